package infer

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// twoLevelBook is a sheet with a two-level header (资金（万元） merged over
// 中央, 省级, 县级; the other columns merged down over both rows), a total
// row and a note merged across the table under it.
func twoLevelBook(t *testing.T) string {
	f := excelize.NewFile()
	defer f.Close()
	s := "专项资金"
	f.SetSheetName("Sheet1", s)
	f.SetCellValue(s, "A1", "2023年专项资金分配表")
	f.MergeCell(s, "A1", "F1")
	f.SetSheetRow(s, "A2", &[]any{"序号", "项目名称", "资金（万元）", nil, nil, "主管部门"})
	f.SetSheetRow(s, "C3", &[]any{"中央", "省级", "县级"})
	for _, m := range [][2]string{{"C2", "E2"}, {"A2", "A3"}, {"B2", "B3"}, {"F2", "F3"}} {
		f.MergeCell(s, m[0], m[1])
	}
	for i := 0; i < 5; i++ {
		f.SetSheetRow(s, fmt.Sprintf("A%d", 4+i), &[]any{i + 1, fmt.Sprintf("项目%d", i+1), 10.5 + float64(i), 20, 3.25, "县财政局"})
	}
	f.SetSheetRow(s, "A9", &[]any{nil, "合计", 62.5, 100, 16.25})
	f.SetCellValue(s, "A10", "注：中央资金含结转。")
	f.MergeCell(s, "A10", "F10")
	path := filepath.Join(t.TempDir(), "专项.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func part(t *testing.T, pkg []byte, name string) string {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(rc)
	return string(data)
}

// TestTwoLevelHeaderAndNote: init --from names the columns by their joined
// headers, reads the rows above the note only, and reproduces the header
// in two rows and the note under the table in Word and Excel.
func TestTwoLevelHeaderAndNote(t *testing.T) {
	r, err := Workbook(twoLevelBook(t), 2023)
	if err != nil {
		t.Fatal(err)
	}
	def := string(r.Definition)
	for _, want := range []string{`headers: ["资金（万元）中央"]`, `headers: ["资金（万元）县级"]`, `headers: ["主管部门"]`, `total_labels: ["合计"]`} {
		if !strings.Contains(def, want) {
			t.Errorf("definition lacks %s:\n%s", want, def)
		}
	}
	if strings.Contains(def, "注：") {
		t.Errorf("the note was read as data:\n%s", def)
	}
	doc := part(t, r.Docx, "word/document.xml")
	for _, want := range []string{`<w:gridSpan w:val="3"/>`, `<w:vMerge w:val="restart"/>`, `<w:vMerge/>`, ">资金（万元）<", ">中央<", ">县级<", ">注：中央资金含结转。<"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the Word template lacks %s", want)
		}
	}
	if n := strings.Count(doc, "<w:tblHeader/>"); n != 2 {
		t.Errorf("%d header rows repeat on each page, want 2", n)
	}
	f, err := excelize.OpenReader(bytes.NewReader(r.Xlsx))
	if err != nil {
		t.Fatal(err)
	}
	merges, _ := f.GetMergeCells("附件")
	var refs []string
	for _, m := range merges {
		refs = append(refs, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	got := strings.Join(refs, " ")
	for _, want := range []string{"C2:E2", "A2:A3", "B2:B3", "F2:F3", "A6:F6"} {
		if !strings.Contains(got, want) {
			t.Errorf("the Excel template's merges %s lack %s", got, want)
		}
	}
	if v, _ := f.GetCellValue("附件", "C3"); v != "中央" {
		t.Errorf("C3 %q", v)
	}
	if v, _ := f.GetCellValue("附件", "A6"); v != "注：中央资金含结转。" {
		t.Errorf("A6 %q", v)
	}
}
