package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"jixiao/pipeline/definition"

	"github.com/xuri/excelize/v2"
)

// book1904 is an .xlsx whose dates excelize writes in the 1904 date system
// when date1904 is set: a 完成时间 date in a Chinese format, a plain
// number and an amount, which the date system must not move.
func book1904(t *testing.T, date1904 bool) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if date1904 {
		set1904(t, f)
	}
	code := `yyyy"年"m"月"d"日"`
	date, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
	f.SetSheetRow("Sheet1", "A1", &[]any{"项目名称", "金额（万元）", "完成时间"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"甲", 44932, time.Date(2023, 1, 5, 0, 0, 0, 0, time.UTC)})
	f.SetCellStyle("Sheet1", "C2", "C2", date)
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestXLSXDate1904: a date in an .xlsx of the 1904 date system reads as
// the same date its 1900 twin holds, and displays as the workbook shows
// it; numbers that are no dates are not moved.
func TestXLSXDate1904(t *testing.T) {
	plain := readSheets(t, "book.xlsx", book1904(t, false))[0].Rows[1]
	got := readSheets(t, "book1904.xlsx", book1904(t, true))[0].Rows[1]
	if got.Cells[2] != plain.Cells[2] || got.Cells[1] != "44932" || plain.Cells[2] != "44931" {
		t.Fatalf("1904: %q, 1900: %q", got.Cells, plain.Cells)
	}
	if shown := Display(got.Cells[2], got.Formats[2]); shown != "2023年1月5日" {
		t.Errorf("the date displays as %q", shown)
	}
	def, err := definition.Parse("d.yaml", []byte("tables:\n  - key: 表\n    sheet: Sheet1\n    columns:\n      - {key: 项目名称, required: true}\n      - {key: 金额, kind: amount, headers: [金额]}\n      - {key: 完成时间}\n"))
	if err != nil {
		t.Fatal(err)
	}
	def.Tables[0].KeepRows = true
	path := filepath.Join(t.TempDir(), "book1904.xlsx")
	os.WriteFile(path, book1904(t, true), 0o644)
	ds, ps := Read(path, def, Options{})
	if ds == nil || len(ds.Tables[0].Rows) != 1 {
		t.Fatalf("%v", ps.Sorted())
	}
	if v := ds.Tables[0].Rows[0].Values[2]; v.Text != "2023年1月5日" {
		t.Errorf("完成时间 reads %q", v.Text)
	}
}

// TestXLSXDate1904LibreOffice: the .xls fixture in the 1904 system, saved
// by LibreOffice as .xlsx, gives the dates the .xls gives.
func TestXLSXDate1904LibreOffice(t *testing.T) {
	needSoffice(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "in", "book1904.xls")
	os.MkdirAll(filepath.Dir(src), 0o755)
	os.WriteFile(src, fixture(t, "book1904.xls"), 0o644)
	saved, err := os.ReadFile(resaveXLSX(t, dir, src))
	if err != nil {
		t.Fatal(err)
	}
	// Whichever date system LibreOffice saves in, the dates are the
	// .xls's.
	r := readSheets(t, "book1904.xlsx", saved)[0].Rows[4]
	if r.Cells[5] != "46394" {
		t.Errorf("F5 %q, want 46394 as the .xls gives it", r.Cells[5])
	}
}

// TestXLSXDate1904Fixture: the committed 1904 workbook excelize wrote and
// the .xls LibreOffice saved of it give the same cells.
func TestXLSXDate1904Fixture(t *testing.T) {
	want := readSheets(t, "book1904.xls", fixture(t, "book1904.xls"))
	got := readSheets(t, "book1904.xlsx", fixture(t, "book1904.xlsx"))
	if n := sameBook(t, want, got); n < 2400 {
		t.Errorf("only %d cells compared", n)
	}
}

// TestDatesShowAsTheWorkbookShowsThem: a date in a text column is the
// text its format shows, and codes that show a time fall back to the
// plain Chinese date.
func TestDatesShowAsTheWorkbookShowsThem(t *testing.T) {
	day := time.Date(2023, 3, 5, 0, 0, 0, 0, time.UTC)
	for code, want := range map[string]string{
		`yyyy"年"m"月"d"日"`: "2023年3月5日", "yyyy-mm-dd": "2023-03-05", "yyyy/m/d": "2023/3/5",
		"yyyy年m月": "2023年3月", `m"月"d"日"`: "3月5日", "[$-F800]yyyy\\-mm\\-dd": "2023-03-05",
		"yy.m.d": "23.3.5", "yyyy-mm-dd h:mm": "2023年3月5日", "mmm d, yyyy": "2023年3月5日",
	} {
		if got := showDate(day, code); got != want {
			t.Errorf("%s: %q, want %q", code, got, want)
		}
	}
}

// set1904 puts the workbook in the 1904 date system.
func set1904(t testing.TB, f *excelize.File) {
	t.Helper()
	yes := true
	if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
		t.Fatal(err)
	}
}
