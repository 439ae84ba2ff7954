package ingest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"

	"github.com/xuri/excelize/v2"
)

const headingDef = `tables:
  - key: 表
    sheet: 重点绩效评价
    section_rows: %s
    columns:
      - {key: 序号, kind: sequence}
      - {key: 项目名称, required: true}
      - {key: 单位}
      - {key: 预算资金, kind: amount, headers: [预算资金（万元）]}
      - {key: 评价得分, kind: score}
      - {key: 评价等级, kind: grade}
`

// headingBook writes a sheet whose section headings are each one cell
// merged across the row, as Excel and WPS write them: WPS styles the
// covered cells (empty <c s=…/>), Excel leaves them out; fill is the
// heading's text and its merge.
func headingBook(t *testing.T, dir string, wps bool, headings [][2]string) string {
	t.Helper()
	f := excelize.NewFile()
	s := "重点绩效评价"
	f.SetSheetName("Sheet1", s)
	border, _ := f.NewStyle(&excelize.Style{Border: []excelize.Border{{Type: "left", Style: 1}}})
	f.SetSheetRow(s, "A1", &[]any{"2023年度重点绩效评价结果"})
	f.MergeCell(s, "A1", "F1")
	f.SetSheetRow(s, "A2", &[]any{"序号", "项目名称", "单位", "预算资金（万元）", "评价得分", "评价等级"})
	row := 3
	for g, h := range headings {
		cell := "A" + itoa(row)
		f.SetCellStr(s, cell, h[0])
		f.MergeCell(s, cell, h[1]+itoa(row))
		if wps {
			f.SetCellStyle(s, cell, "F"+itoa(row), border)
		}
		row++
		for i := range 2 {
			f.SetSheetRow(s, "A"+itoa(row), &[]any{i + 1, "项目" + itoa(g) + itoa(i), "局", 100.5, 90, "优"})
			row++
		}
	}
	f.SetSheetRow(s, "A"+itoa(row), &[]any{nil, "合计", nil, 100.5 * float64(2*len(headings))})
	path := filepath.Join(dir, "book.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func itoa(n int) string { return strconv.Itoa(n) }

func headingRead(t *testing.T, path, sectionRows string) (*dataset.Table, []string) {
	t.Helper()
	def, err := definition.Parse("d.yaml", []byte(strings.Replace(headingDef, "%s", sectionRows, 1)))
	if err != nil {
		t.Fatal(err)
	}
	def.Tables[0].KeepRows = true
	ds, ps := Read(path, def, Options{})
	if ds == nil {
		t.Fatalf("%v", ps.Sorted())
	}
	return ds.Tables[0], messages(ps, dataset.Error)
}

// checkHeadings holds a table read from headingBook to its headings: each
// a heading row with its number and title apart, its rows numbered in
// their group, the total agreeing.
func checkHeadings(t *testing.T, name string, tbl *dataset.Table, errs []string, want [][2]string) {
	t.Helper()
	if len(errs) > 0 {
		t.Fatalf("%s: errors %v", name, errs)
	}
	if tbl.Count != 2*len(want) || len(tbl.Rows) != 3*len(want) {
		t.Fatalf("%s: %d data rows, %d rows", name, tbl.Count, len(tbl.Rows))
	}
	for g, w := range want {
		h := tbl.Rows[3*g]
		if h.Heading != w[1] || h.Values[0].Text != w[0] || h.Values[1].Text != w[1] || !h.Values[3].Blank || h.Group != g+1 {
			t.Errorf("%s: heading %d: %q, values %+v", name, g, h.Heading, h.Values[:4])
		}
		if r := tbl.Rows[3*g+2]; r.Group != g+1 || r.Seq != 2 || r.Heading != "" {
			t.Errorf("%s: row under heading %d: group %d seq %d", name, g, r.Group, r.Seq)
		}
	}
}

// TestHeadingMergedAcrossTheRow: a section heading written as one cell
// merged across the row (一、项目绩效评价 over A:F, or over the declared
// columns only) is the section heading, as Excel and WPS write it; its
// number and title are told apart however it is numbered.
func TestHeadingMergedAcrossTheRow(t *testing.T) {
	headings := [][2]string{{"一、项目绩效评价", "F"}, {"（二）部门整体支出绩效评价", "F"}, {"三.政策评价", "H"}}
	want := [][2]string{{"一、", "项目绩效评价"}, {"（二）", "部门整体支出绩效评价"}, {"三.", "政策评价"}}
	for _, wps := range []bool{false, true} {
		path := headingBook(t, t.TempDir(), wps, headings)
		tbl, errs := headingRead(t, path, "true")
		checkHeadings(t, map[bool]string{false: "excel", true: "wps"}[wps], tbl, errs, want)
	}
}

// TestMergedHeadingIsNotAnAmount: only a whole row's merge holding a
// numbered title is a heading. Without section rows, over part of the
// row, or holding a name or a number, a merge over the amount column is
// still refused at its range.
func TestMergedHeadingIsNotAnAmount(t *testing.T) {
	cases := []struct {
		sectionRows string
		heading     [2]string
		hint        string // what the refusal suggests, "" for nothing
	}{
		{"false", [2]string{"一、项目绩效评价", "F"}, "给表格“重点绩效评价”写 section_rows: true"},
		{"true", [2]string{"一、项目绩效评价", "D"}, ""},
		{"true", [2]string{"十大民生工程", "F"}, "请写成“一、十大民生工程”这样带编号的标题"},
		{"true", [2]string{"100", "F"}, ""},
	}
	for _, c := range cases {
		path := headingBook(t, t.TempDir(), false, [][2]string{c.heading})
		_, errs := headingRead(t, path, c.sectionRows)
		all := strings.Join(errs, "\n")
		if !strings.Contains(all, "A3:") {
			t.Errorf("%v (section rows %s): errors %v, want the merge refused", c.heading, c.sectionRows, errs)
		}
		if hinted := strings.Contains(all, "若是分组标题"); hinted != (c.hint != "") || !strings.Contains(all, c.hint) {
			t.Errorf("%v (section rows %s): errors %v, want the hint %q", c.heading, c.sectionRows, errs, c.hint)
		}
	}
}

// TestMergedHeadingBeforeTheDeclaredColumns: where the sheet's first
// column is none of the table's (序号 not declared), a heading merged
// from it across the table is still the heading, whole in the name column.
func TestMergedHeadingBeforeTheDeclaredColumns(t *testing.T) {
	path := headingBook(t, t.TempDir(), false, [][2]string{{"一、项目绩效评价", "F"}})
	def, err := definition.Parse("d.yaml", []byte(strings.Replace(strings.Replace(headingDef, "%s", "true", 1), "      - {key: 序号, kind: sequence}\n", "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	def.Tables[0].KeepRows = true
	ds, ps := Read(path, def, Options{})
	if ds == nil || len(messages(ps, dataset.Error)) > 0 {
		t.Fatalf("%v", ps.Sorted())
	}
	if h := ds.Tables[0].Rows[0]; h.Heading != "一、项目绩效评价" || h.Values[0].Text != "一、项目绩效评价" || ds.Tables[0].Count != 2 {
		t.Errorf("heading %q, name %q, %d rows", h.Heading, h.Values[0].Text, ds.Tables[0].Count)
	}
}

func TestSplitHeading(t *testing.T) {
	for in, want := range map[string][2]string{
		"一、项目绩效评价": {"一、", "项目绩效评价"}, "(三) 政策": {"(三)", "政策"}, "十一．其他": {"十一．", "其他"},
		"十大民生工程": {}, "一": {}, "一、": {}, "项目一、二": {},
	} {
		n, title, ok := SplitHeading(in)
		if ok != (want[1] != "") || n != want[0] || title != want[1] {
			t.Errorf("%q: %q %q %v", in, n, title, ok)
		}
	}
}

// TestHeadingMergedAcrossTheRowLibreOffice reads the headings' workbook
// as LibreOffice saves it again.
func TestHeadingMergedAcrossTheRowLibreOffice(t *testing.T) {
	needSoffice(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "in")
	os.MkdirAll(src, 0o755)
	path := headingBook(t, src, true, [][2]string{{"一、项目绩效评价", "F"}, {"二、部门整体支出绩效评价", "F"}})
	want := [][2]string{{"一、", "项目绩效评价"}, {"二、", "部门整体支出绩效评价"}}
	tbl, errs := headingRead(t, resaveXLSX(t, dir, path), "true")
	checkHeadings(t, "libreoffice", tbl, errs, want)
	tbl, errs = headingRead(t, resaveAs(t, dir, path, "xls:MS Excel 97"), "true")
	checkHeadings(t, "libreoffice .xls", tbl, errs, want)
}

// resaveXLSX has LibreOffice save the workbook at src as an .xlsx in dir,
// and returns the copy's path.
func resaveXLSX(t *testing.T, dir, src string) string {
	t.Helper()
	return resaveAs(t, dir, src, "xlsx:Calc MS Excel 2007 XML")
}

// resaveAs has LibreOffice save src in dir with filter (ext:filter).
func resaveAs(t *testing.T, dir, src, filter string) string {
	t.Helper()
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", filter, "--outdir", dir, src)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	ext, _, _ := strings.Cut(filter, ":")
	return filepath.Join(dir, strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))+"."+ext)
}
