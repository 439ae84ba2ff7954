package xlsx

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/document/documenttest"
	"jixiao/templates"

	"github.com/xuri/excelize/v2"
)

// data is an attachment of n rows, one agency for all, with the names
// given in place of the first ones.
func data(t *testing.T, n int, names ...[3]string) *document.Data {
	t.Helper()
	var rows []string
	for i := 0; i < n; i++ {
		name, unit, agency := fmt.Sprintf("项目%d", i+1), "局", "机构"
		if i < len(names) {
			name, unit, agency = names[i][0], names[i][1], names[i][2]
		}
		if i > 0 && i >= len(names) {
			agency = ""
		}
		rows = append(rows, fmt.Sprintf("%d,%s,%s,%d.125,85,良,%s", i+1, documenttest.Quote(name), documenttest.Quote(unit), i+1, documenttest.Quote(agency)))
	}
	return documenttest.Build(t, "测试县", 2024, map[string][]string{"重点绩效评价结果": rows})
}

func open(t *testing.T, d *document.Data) *excelize.File {
	t.Helper()
	tpl, err := Parse("attachment.xlsx", templates.Attachment, definition.Default())
	if err != nil {
		t.Fatal(err)
	}
	out, err := tpl.Render(d)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestDataIsNeverAFormula(t *testing.T) {
	d := data(t, 4, [3]string{"=HYPERLINK(\"http://x\",\"点我\")", "局", "机构"}, [3]string{"项目2", "+1+1", "机构"}, [3]string{"项目3", "局", "-2"}, [3]string{"@SUM(A1)", "局", "机构"})
	f := open(t, d)
	for _, cell := range []string{"B3", "C4", "G5", "B6"} {
		if formula, _ := f.GetCellFormula("附件", cell); formula != "" {
			t.Errorf("%s became the formula %q", cell, formula)
		}
		if typ, _ := f.GetCellType("附件", cell); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
			t.Errorf("%s has type %v, want text", cell, typ)
		}
	}
	if v, _ := f.GetCellValue("附件", "B3"); !strings.HasPrefix(v, "=HYPERLINK") {
		t.Errorf("B3 = %q", v)
	}
}

func TestLargeTable(t *testing.T) {
	const n = 10000
	f := open(t, data(t, n))
	last := n + 2
	if v, _ := f.GetCellValue("附件", fmt.Sprintf("B%d", last)); v != fmt.Sprintf("项目%d", n) {
		t.Errorf("last row B%d = %q", last, v)
	}
	formula, _ := f.GetCellFormula("附件", fmt.Sprintf("D%d", last+1))
	if formula != fmt.Sprintf("SUM(D3:D%d)", last) {
		t.Errorf("合计 formula = %q", formula)
	}
	dim, _ := f.GetSheetDimension("附件")
	if dim != fmt.Sprintf("A1:G%d", last+1) {
		t.Errorf("dimension %q", dim)
	}
	style3, _ := f.GetCellStyle("附件", "D3")
	styleLast, _ := f.GetCellStyle("附件", fmt.Sprintf("D%d", last))
	if style3 != styleLast {
		t.Errorf("row styles not copied: %d vs %d", style3, styleLast)
	}
}

func TestEmptyTable(t *testing.T) {
	f := open(t, data(t, 0))
	if v, _ := f.GetCellValue("附件", "B3"); strings.ReplaceAll(v, " ", "") != "合计" {
		t.Errorf("with no rows, row 3 = %q, want the 合计 row", v)
	}
}

func TestTemplateWithoutMarkerRow(t *testing.T) {
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", "序号")
	var buf bytes.Buffer
	f.WriteTo(&buf)
	_, err := Parse("我的模板.xlsx", buf.Bytes(), definition.Default())
	if err == nil || !strings.Contains(err.Error(), "我的模板.xlsx") || !strings.Contains(err.Error(), "找不到模板行") {
		t.Fatalf("err = %v", err)
	}
}

// withCell is the default template with text in cell of its first sheet.
func withCell(t *testing.T, cell, text string) []byte {
	return edited(t, func(f *excelize.File) { f.SetCellStr("附件", cell, text) })
}

// edited is the default template as edit leaves it.
func edited(t *testing.T, edit func(*excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(templates.Attachment))
	if err != nil {
		t.Fatal(err)
	}
	edit(f)
	var buf bytes.Buffer
	f.WriteTo(&buf)
	return buf.Bytes()
}

func TestHelpersWorkInExcelCells(t *testing.T) {
	tpl, err := Parse("a.xlsx", withCell(t, "A40", "合计（千分位）：{{千分位 .附件.合计}}，大写：{{大写 .附件.合计}}"), definition.Default())
	if err != nil {
		t.Fatal(err)
	}
	out, err := tpl.Render(data(t, 2))
	if err != nil {
		t.Fatal(err)
	}
	f, _ := excelize.OpenReader(bytes.NewReader(out))
	defer f.Close()
	rows, _ := f.GetRows("附件")
	var found string
	for _, r := range rows {
		for _, c := range r {
			if strings.HasPrefix(c, "合计（千分位）") {
				found = c
			}
		}
	}
	if found != "合计（千分位）：3.25，大写：叁万贰仟伍佰元整" {
		t.Errorf("cell = %q", found)
	}
}

func TestUnknownFieldInAnExcelCellBeforeAnyData(t *testing.T) {
	_, err := Parse("a.xlsx", withCell(t, "C40", "{{.附件.合记}}"), definition.Default())
	if err == nil || !strings.Contains(err.Error(), "单元格 C40") || !strings.Contains(err.Error(), "是否应为 .附件.合计？") {
		t.Fatalf("err = %v", err)
	}
}

// A table has one marked row: the same section's fields on a second sheet
// are an error naming both sheets, before any data is read.
func TestOneSheetPerTable(t *testing.T) {
	_, err := Parse("a.xlsx", edited(t, func(f *excelize.File) {
		f.NewSheet("副本")
		f.SetCellStr("副本", "A3", "{{.序号}}")
		f.SetCellStr("副本", "B3", "{{.项目名称}}")
	}), definition.Default())
	if err == nil || !strings.Contains(err.Error(), "工作表“附件”和“副本”都是") {
		t.Fatalf("err = %v", err)
	}
}

// A sheet with figures but no row fields is no table: its placeholders are
// filled, and the table stays on its own sheet.
func TestSheetOfFiguresOnly(t *testing.T) {
	tpl, err := Parse("a.xlsx", edited(t, func(f *excelize.File) {
		f.NewSheet("说明")
		f.SetCellStr("说明", "A1", "{{.附件.合计}}")
	}), definition.Default())
	if err != nil {
		t.Fatal(err)
	}
	out, tables, err := tpl.RenderTables(data(t, 2))
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) != 1 || tables[0].Sheet != "附件" {
		t.Fatalf("tables: %+v", tables)
	}
	g, _ := excelize.OpenReader(bytes.NewReader(out))
	defer g.Close()
	if v, _ := g.GetCellValue("说明", "A1"); v != "3.25" {
		t.Errorf("说明!A1 = %q", v)
	}
}

// A printed table the template has no sheet for is left out of the
// workbook, and the clerk is told so before any data is read.
func TestATableWithoutASheetIsNoted(t *testing.T) {
	def, err := definition.Parse("d.yaml", []byte(`tables:
  - key: 项目表
    columns:
      - {key: 名称, required: true}
      - {key: 金额, kind: amount}
  - key: 政策表
    columns:
      - {key: 名称, required: true}
      - {key: 金额, kind: amount}
sections:
  - {key: 项目, label: 项目评价, table: 项目表, rows: 行}
  - {key: 政策, label: 政策评价, table: 政策表, rows: 行}
`))
	if err != nil {
		t.Fatal(err)
	}
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A2", "{{.名称}}")
	f.SetCellStr("Sheet1", "B2", "{{.金额}}")
	var buf bytes.Buffer
	f.WriteTo(&buf)
	tpl, err := Parse("a.xlsx", buf.Bytes(), def)
	if err != nil {
		t.Fatal(err)
	}
	if len(tpl.Notes) != 1 || !strings.Contains(tpl.Notes[0], "“政策评价”列出各行，但 Excel 模板中没有它的模板行") {
		t.Errorf("notes: %q", tpl.Notes)
	}
}
