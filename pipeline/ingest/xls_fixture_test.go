package ingest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"

	"github.com/xuri/excelize/v2"
)

// xlsFixture writes, as excelize writes an .xlsx, a workbook holding what
// the BIFF reader must read: text enough for the shared strings to run on
// into CONTINUE records, integers and decimals (RK, MULRK, NUMBER),
// formulas with number, text, logical and error results, a logical value,
// dates in Chinese formats, amounts in #,##0.00, merges across and down,
// blank styled cells, and a second sheet.
func xlsFixture(t testing.TB, date1904 bool) []byte {
	f := excelize.NewFile()
	defer f.Close()
	if date1904 {
		set1904(t, f)
	}
	s := "绩效自评"
	f.SetSheetName("Sheet1", s)
	set := func(sheet, cell string, v any) {
		if err := f.SetCellValue(sheet, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	style := func(code string) int {
		id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	set(s, "A1", "2023年度项目支出绩效自评表")
	f.MergeCell(s, "A1", "F1")
	set(s, "A2", "单位：万元")
	for i, h := range []string{"序号", "项目名称", "资金（万元）", "", "", "完成日期"} {
		if h != "" {
			set(s, fmt.Sprintf("%c3", 'A'+i), h)
		}
	}
	f.MergeCell(s, "C3", "E3")
	f.MergeCell(s, "A3", "A4")
	f.MergeCell(s, "B3", "B4")
	f.MergeCell(s, "F3", "F4")
	set(s, "C4", "中央")
	set(s, "D4", "省级")
	set(s, "E4", "县级")
	amount, date := style("#,##0.00"), style(`yyyy"年"m"月"d"日"`)
	for r := 5; r < 405; r++ {
		set(s, fmt.Sprintf("A%d", r), r-4)
		// Long, varied names make the shared strings pass 8224 bytes.
		set(s, fmt.Sprintf("B%d", r), fmt.Sprintf("第%d号农村饮水安全巩固提升工程（%s）", r-4, strings.Repeat("维修养护", r%7+1)))
		set(s, fmt.Sprintf("C%d", r), float64(r)*12.5)
		set(s, fmt.Sprintf("D%d", r), float64(r*r)/100)
		set(s, fmt.Sprintf("E%d", r), 1234567.891+float64(r)/3)
		f.SetCellStyle(s, fmt.Sprintf("C%d", r), fmt.Sprintf("E%d", r), amount)
		set(s, fmt.Sprintf("F%d", r), 44927+r)
		f.SetCellStyle(s, fmt.Sprintf("F%d", r), fmt.Sprintf("F%d", r), date)
	}
	set(s, "B405", "合计")
	f.SetCellFormula(s, "C405", "SUM(C5:C404)")
	// No formula with a text result: LibreOffice writes such a result as 0
	// and no STRING record; xls_test.go makes those records by hand.
	f.SetCellFormula(s, "D405", "ROUND(SUM(D5:D404),2)")
	f.SetCellFormula(s, "E405", "1/0")
	f.SetCellFormula(s, "G405", "C405>0")
	f.SetCellStyle(s, "A406", "F407", amount) // styled, empty: BLANK and MULBLANK
	set(s, "A407", "注：本表金额单位为万元，数据来源于财政一体化系统。")
	f.MergeCell(s, "A407", "F407")
	set(s, "A408", true)
	set(s, "B408", -0.000123)
	set(s, "C408", 1e22)
	set(s, "D408", -42)
	// Rich text: the shared string carries formatting runs.
	f.SetCellRichText(s, "E408", []excelize.RichTextRun{{Text: "加粗", Font: &excelize.Font{Bold: true}}, {Text: "与红色", Font: &excelize.Font{Color: "FF0000"}}})
	f.NewSheet("说明")
	set("说明", "B2", "English and 中文 mixed")
	set("说明", "C3", 3.14159)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// smallFixture is a sheet of a few cells, a small seed for the fuzz
// targets.
func smallFixture(t testing.TB) []byte {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetRow("Sheet1", "A1", &[]any{"项目名称", "金额（万元）", "日期"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"甲", 12.5, 45000})
	f.SetSheetRow("Sheet1", "A3", &[]any{"合计", 1e6})
	f.MergeCell("Sheet1", "A4", "C4")
	f.SetCellValue("Sheet1", "A4", "注：单位为万元")
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// needSoffice skips where LibreOffice is missing, unless JIXIAO_INTEROP=1.
func needSoffice(t *testing.T) {
	opctest.Require(t, "soffice", "--version")
}

// toXLS saves an .xlsx as LibreOffice writes a .xls (MS Excel 97, BIFF8).
func toXLS(t *testing.T, xlsx []byte) []byte { return convert(t, xlsx, "xls:MS Excel 97", "xls") }

// recalc saves an .xlsx again with LibreOffice, which stores each
// formula's result, as Excel does and excelize does not.
func recalc(t *testing.T, xlsx []byte) []byte {
	return convert(t, xlsx, "xlsx:Calc MS Excel 2007 XML", "xlsx")
}

func convert(t *testing.T, xlsx []byte, filter, ext string) []byte {
	dir := t.TempDir()
	src := filepath.Join(dir, "in", "book.xlsx")
	os.MkdirAll(filepath.Dir(src), 0o755)
	if err := os.WriteFile(src, xlsx, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("soffice", "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", filter, "--outdir", dir, src)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "book."+ext))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestWriteXLSFixtures regenerates the committed .xls fixtures; it runs
// only when asked (JIXIAO_REGEN=1), since it writes into testdata.
func TestWriteXLSFixtures(t *testing.T) {
	if os.Getenv("JIXIAO_REGEN") != "1" {
		t.Skip("JIXIAO_REGEN=1 regenerates testdata/xls")
	}
	needSoffice(t)
	os.MkdirAll("testdata/xls", 0o755)
	for name, x := range map[string][]byte{"book": xlsFixture(t, false), "book1904": xlsFixture(t, true), "small": smallFixture(t)} {
		x = recalc(t, x)
		os.WriteFile("testdata/xls/"+name+".xlsx", x, 0o644)
		os.WriteFile("testdata/xls/"+name+".xls", toXLS(t, x), 0o644)
	}
}
