package infer

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/opc"
	"jixiao/templates"

	"github.com/xuri/excelize/v2"
)

func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// textBlock is the GB/T 9704 text block's width in twips (156 mm).
const textBlock = 8845

// widths shares the text block among the columns by their widest text.
func widths(t *table) []int {
	total := 0
	for _, c := range t.columns {
		total += clampWidth(c.widest)
	}
	out := make([]int, len(t.columns))
	left := textBlock
	for i, c := range t.columns {
		out[i] = textBlock * clampWidth(c.widest) / total
		left -= out[i]
	}
	out[len(out)-1] += left
	return out
}

func clampWidth(n int) int { return min(max(n, 2), 16) }

func para(style, text string) string {
	return fmt.Sprintf(`<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, style, text)
}

func cell(text string, width int, align string, bold bool) string {
	rpr := ""
	if bold {
		rpr = `<w:rPr><w:b/></w:rPr>`
	}
	return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="JxTable"/><w:jc w:val="%s"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>`, width, align, rpr, text)
}

func align(c *column) string {
	switch c.kind {
	case definition.Amount:
		return "right"
	case definition.Text:
		return "left"
	}
	return "center"
}

// docxTemplate is the built-in template's styles, footers and page setup
// around a new body: a title, a sentence per table, and each table in full.
func docxTemplate(tables []*table) ([]byte, error) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`)
	b.WriteString(para("JxTitle", "{{.县}}{{.年度}}年"))
	b.WriteString(para("JxTitle", "绩效目标情况说明"))
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>`)
	for _, t := range tables {
		b.WriteString(para("Normal", narrative(t)))
	}
	for i, t := range tables {
		label := "附件："
		if len(tables) > 1 {
			label = fmt.Sprintf("附件%d：", i+1)
		}
		b.WriteString(para("JxAttachLabel", label))
		b.WriteString(para("JxAttachTitle", "{{."+t.key+".标题}}"))
		b.WriteString(tableXML(t))
		b.WriteString(noteXML(t))
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="JxTable"/></w:pPr></w:p>`)
	}
	sect, err := defaultSection()
	if err != nil {
		return nil, err
	}
	b.WriteString(sect + `</w:body></w:document>`)
	body := []byte(b.String())
	return opc.Rewrite(templates.Disclosure, func(name string) bool { return name == "word/document.xml" },
		func(string, []byte) []byte { return body }, nil)
}

// defaultSection is the built-in template's page setup and footers.
func defaultSection() (string, error) {
	var doc string
	_, err := opc.Rewrite(templates.Disclosure, func(name string) bool { return name == "word/document.xml" },
		func(_ string, body []byte) []byte { doc = string(body); return body }, nil)
	if err != nil {
		return "", err
	}
	i, j := strings.LastIndex(doc, "<w:sectPr"), strings.LastIndex(doc, "</w:sectPr>")
	if i < 0 || j < i {
		return "", fmt.Errorf("the built-in template has no page setup")
	}
	return doc[i : j+len("</w:sectPr>")], nil
}

func tableXML(t *table) string {
	w := widths(t)
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + fmt.Sprint(textBlock) + `" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for _, x := range w {
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, x)
	}
	b.WriteString(`</w:tblGrid>`)
	b.WriteString(headerRowsXML(t, w))
	b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	last := len(t.columns) - 1
	for i, c := range t.columns {
		text := "{{." + c.key + "}}"
		if c.merge {
			text = "{{纵向合并 ." + c.key + "合并}}" + text
		}
		if i == 0 {
			text = "{{range ." + t.key + ".行}}" + text
		}
		if i == last {
			text += "{{end}}"
		}
		b.WriteString(cell(text, w[i], align(c), false))
	}
	b.WriteString(`</w:tr>`)
	if t.total != "" {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		for i, c := range t.columns {
			b.WriteString(cell(escape(totalCell(t, i)), w[i], align(c), c.kind != definition.Amount))
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	return b.String()
}

// totalCell is what the total row holds in column i: the label where the
// workbook has it, each amount's sum.
func totalCell(t *table, i int) string {
	switch c := t.columns[i]; {
	case c.kind == definition.Amount:
		return "{{." + t.key + "." + c.key + "合计}}"
	case i == t.totalCol:
		return t.total
	}
	return ""
}

// xlsxTemplate is a workbook with a sheet per table (附件, or 附件1, 附件2 …
// as the Word template labels them): its title, header, marked row and
// total row, styled and set up for printing. The title cell names the
// table's section, so tables that share their columns still find their own.
func xlsxTemplate(tables []*table) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	border := []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
	var err error
	style := func(s *excelize.Style) int {
		id, e := f.NewStyle(s)
		if e != nil {
			err = e
		}
		return id
	}
	st := sheetStyles{
		title:  style(&excelize.Style{Font: &excelize.Font{Size: 18, Bold: true, Family: "方正小标宋简体"}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}),
		header: style(&excelize.Style{Font: &excelize.Font{Size: 11, Bold: true, Family: "黑体"}, Border: border, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}),
		note:   style(&excelize.Style{Font: &excelize.Font{Size: 10, Family: "仿宋_GB2312"}, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true}}),
		body:   map[string]int{},
	}
	for _, a := range []string{"left", "center", "right"} {
		st.body[a] = style(&excelize.Style{Font: &excelize.Font{Size: 11, Family: "仿宋_GB2312"}, Border: border, Alignment: &excelize.Alignment{Horizontal: a, Vertical: "center", WrapText: true}})
	}
	if err != nil {
		return nil, err
	}
	for i, t := range tables {
		sheet := "附件"
		if len(tables) > 1 {
			sheet = fmt.Sprintf("附件%d", i+1)
		}
		if i == 0 {
			err = f.SetSheetName("Sheet1", sheet)
		} else {
			_, err = f.NewSheet(sheet)
		}
		if err == nil {
			err = tableSheet(f, sheet, t, st)
		}
		if err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type sheetStyles struct {
	title, header, note int
	body                map[string]int // by alignment
}

// tableSheet lays out one table's sheet of the template.
func tableSheet(f *excelize.File, sheet string, t *table, st sheetStyles) error {
	var err error
	n := len(t.columns)
	end, _ := excelize.CoordinatesToCellName(n, 1)
	set := func(col, row int, text string, style int) {
		cell, _ := excelize.CoordinatesToCellName(col, row)
		if e := f.SetCellStr(sheet, cell, text); e != nil && err == nil {
			err = e
		}
		f.SetCellStyle(sheet, cell, cell, style)
	}
	f.MergeCell(sheet, "A1", end)
	set(1, 1, "{{."+t.key+".标题}}", st.title)
	head := headerSheetRows(f, sheet, t, func(col, row int, text string) { set(col, row, text, st.header) })
	for i, c := range t.columns {
		name, _ := excelize.ColumnNumberToName(i + 1)
		f.SetColWidth(sheet, name, name, float64(clampWidth(c.widest))*2+2)
		set(i+1, head+2, "{{."+c.key+"}}", st.body[align(c)])
		if t.total == "" {
			continue
		}
		set(i+1, head+3, totalCell(t, i), st.body[align(c)])
	}
	if t.note != "" {
		below := head + 3
		if t.total != "" {
			below++
		}
		noteCell, _ := excelize.CoordinatesToCellName(1, below)
		noteEnd, _ := excelize.CoordinatesToCellName(n, below)
		f.MergeCell(sheet, noteCell, noteEnd)
		set(1, below, t.note, st.note)
	}
	if err != nil {
		return err
	}
	a4, landscape, one, zero := 9, "landscape", 1, 0
	f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero})
	fit := true
	f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
	f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: "&C第 &P 页，共 &N 页"})
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$%d", sheet, head+1), Scope: sheet})
}
