package xlsx

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/document"
	"jixiao/pipeline/money"
	"jixiao/templates"

	"github.com/xuri/excelize/v2"
)

func data(n int) *document.Data {
	d := &document.Data{County: "测试县", Year: 2024, PriorYear: 2023}
	d.Attachment.Title = "测试县2024年重点绩效评价项目结果汇总表"
	total := money.Zero
	for i := 0; i < n; i++ {
		a := money.MustParse(fmt.Sprintf("%d.125", i+1))
		total = total.Add(a)
		d.Attachment.Rows = append(d.Attachment.Rows, document.Row{Seq: i + 1, Name: fmt.Sprintf("项目%d", i+1), Unit: "局", Amount: a, Grade: "良", Agency: "机构"})
	}
	d.Attachment.Total = total
	return d
}

func open(t *testing.T, d *document.Data) *excelize.File {
	t.Helper()
	tpl, err := Parse("attachment.xlsx", templates.Attachment)
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
	d := data(4)
	d.Attachment.Rows[0].Name = "=HYPERLINK(\"http://x\",\"点我\")"
	d.Attachment.Rows[1].Unit = "+1+1"
	d.Attachment.Rows[2].Agency = "-2"
	d.Attachment.Rows[3].Name = "@SUM(A1)"
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
	f := open(t, data(n))
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
	f := open(t, data(0))
	if v, _ := f.GetCellValue("附件", "B3"); strings.ReplaceAll(v, " ", "") != "合计" {
		t.Errorf("with no rows, row 3 = %q, want the 合计 row", v)
	}
}

func TestTemplateWithoutMarkerRow(t *testing.T) {
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", "序号")
	var buf bytes.Buffer
	f.WriteTo(&buf)
	_, err := Parse("我的模板.xlsx", buf.Bytes())
	if err == nil || !strings.Contains(err.Error(), "我的模板.xlsx") || !strings.Contains(err.Error(), "找不到模板行") {
		t.Fatalf("err = %v", err)
	}
}
