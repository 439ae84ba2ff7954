package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"jixiao/pipeline/opc"
)

// An Excel template carries nothing that runs or fetches, as a Word
// template does not (see package opc for what every package is checked
// for). Beyond that, a workbook can reach outside in its formulas: a DDE
// formula (=cmd|'/c calc'!A1), a path to another workbook, and the
// functions that call programs or addresses (WEBSERVICE, RTD, CALL,
// REGISTER.ID, IMAGE, STOCKHISTORY, and LibreOffice's DDE); and a sheet
// can hold OLE objects and controls.

// activeFormula finds, in a formula with its string literals taken out,
// what reaches outside the workbook.
var activeFormula = regexp.MustCompile(`(?i)([\w.]+\|)|(\b(?:WEBSERVICE|RTD|CALL|REGISTER\.ID|REGISTER|IMAGE|STOCKHISTORY|DDE)\s*\()|(\[[^\]]*\.(?:xl\w*|csv)\])|(://|\\\\)`)

// formulaStrings are the string literals of a formula.
var formulaStrings = regexp.MustCompile(`"(?:[^"]|"")*"`)

// sheetElements are a worksheet's elements that hold OLE objects and
// controls.
var sheetElements = map[string]string{
	"oleObjects": "OLE 对象（嵌入或链接的其他程序的文件）",
	"controls":   "ActiveX 或窗体控件",
}

// checkActive refuses a workbook with anything that runs or reads from
// outside, naming each thing and where it is.
func checkActive(name string, raw []byte) error {
	found, err := opc.Inspect(raw)
	if err != nil {
		return fmt.Errorf("Excel 模板 %s 无法打开：%v", name, err)
	}
	var problems []string
	for _, f := range found {
		problems = append(problems, f.String())
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return fmt.Errorf("Excel 模板 %s 无法打开：%v", name, err)
	}
	if !slices.ContainsFunc(found, func(f opc.Finding) bool { return f.Declaration }) {
		sheets := sheetNames(zr)
		files := append([]*zip.File(nil), zr.File...)
		sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
		for _, f := range files {
			lower := strings.ToLower(f.Name)
			if !(strings.HasPrefix(lower, "xl/worksheets/") && strings.HasSuffix(lower, ".xml") || lower == "xl/workbook.xml") {
				continue
			}
			where := f.Name
			if s, ok := sheets[f.Name]; ok {
				where = "工作表“" + s + "”"
			}
			found, err := activeInSheet(f, where)
			if err != nil {
				found = []string{where + "：XML 有误，无法检查其中的公式；请在 Excel 或 WPS 中打开后另存为新文件"}
			}
			problems = append(problems, found...)
		}
	}
	if len(problems) == 0 {
		return nil
	}
	return fmt.Errorf("Excel 模板 %s 含有可运行或读取外部的内容，发布的文件不能有这些，请删除后另存为 .xlsx（%d 处）：\n  %s", name, len(problems), strings.Join(problems, "\n  "))
}

// activeInSheet finds the formulas that reach outside, and the objects
// and controls, of a worksheet or of the workbook's defined names.
func activeInSheet(f *zip.File, where string) ([]string, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var out []string
	d := xml.NewDecoder(rc)
	cell, inFormula := "", false
	var text strings.Builder
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "c":
				cell = opc.Attr(t, "r")
			case "definedName":
				cell = "名称“" + opc.Attr(t, "name") + "”"
				inFormula = true
				text.Reset()
			case "f":
				inFormula = true
				text.Reset()
			}
			if what, ok := sheetElements[t.Name.Local]; ok {
				out = append(out, where+"：有"+what)
			}
		case xml.CharData:
			if inFormula {
				text.Write(t)
			}
		case xml.EndElement:
			if t.Name.Local != "f" && t.Name.Local != "definedName" {
				continue
			}
			inFormula = false
			formula := text.String()
			text.Reset()
			if m := activeFormula.FindString(formulaStrings.ReplaceAllString(formula, `""`)); m != "" {
				out = append(out, fmt.Sprintf("%s %s：公式“=%s”%s", where, cell, short(formula), formulaReason(m)))
			}
		}
	}
}

func formulaReason(m string) string {
	switch {
	case strings.HasSuffix(m, "|"):
		return "是 DDE 链接，打开时会启动其他程序"
	case strings.HasSuffix(m, "("):
		return "调用的 " + strings.TrimSpace(strings.TrimSuffix(m, "(")) + " 会运行程序或读取网址"
	}
	return "引用了其他文件或网址"
}

func short(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// sheetNames maps each worksheet part to the sheet's name, for messages.
func sheetNames(zr *zip.Reader) map[string]string {
	ids := map[string]string{} // relationship id → sheet name
	targets := map[string]string{}
	for _, f := range zr.File {
		switch f.Name {
		case "xl/workbook.xml":
			eachElement(f, func(e xml.StartElement) {
				if e.Name.Local == "sheet" {
					ids[opc.Attr(e, "id")] = opc.Attr(e, "name")
				}
			})
		case "xl/_rels/workbook.xml.rels":
			eachElement(f, func(e xml.StartElement) {
				target := opc.Attr(e, "Target")
				if strings.HasPrefix(target, "/") {
					target = strings.TrimPrefix(target, "/")
				} else {
					target = path.Join("xl", target)
				}
				targets[opc.Attr(e, "Id")] = target
			})
		}
	}
	out := map[string]string{}
	for id, name := range ids {
		if t, ok := targets[id]; ok {
			out[t] = name
		}
	}
	return out
}

// eachElement calls fn with each start element of a part already checked
// for declarations; a part it cannot read names nothing.
func eachElement(f *zip.File, fn func(xml.StartElement)) {
	if rc, err := f.Open(); err == nil {
		opc.EachElement(rc, fn)
		rc.Close()
	}
}
