package ingest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"

	"github.com/xuri/excelize/v2"
)

// TestWorkbookKindByContent: an .xls read under the name .et (a WPS
// spreadsheet is BIFF8 under that name) and an .xlsx under the name .xls
// read as what they are.
func TestWorkbookKindByContent(t *testing.T) {
	want := readSheets(t, "book.xlsx", fixture(t, "book.xlsx"))
	for name, data := range map[string][]byte{"book.et": fixture(t, "book.xls"), "renamed.xls": fixture(t, "book.xlsx"), "renamed.et": fixture(t, "book.xlsx")} {
		if n := sameBook(t, want, readSheets(t, name, data)); n < 2400 {
			t.Errorf("%s: only %d cells compared", name, n)
		}
	}
}

// TestDate1904: a workbook in the 1904 date system gives its dates as
// serials of the 1900 system, which the checks count in.
func TestDate1904(t *testing.T) {
	got := readSheets(t, "book1904.xls", fixture(t, "book1904.xls"))
	plain := readSheets(t, "book.xls", fixture(t, "book.xls"))
	r := got[0].Rows[4] // row 5
	if r.Row != 5 || r.Cells[5] != "46394" || !isDateFormat(r.Formats[5]) {
		t.Fatalf("row %d: F5 %q (%q), want 44932+1462 as a date", r.Row, r.Cells[5], r.Formats[5])
	}
	if p := plain[0].Rows[4]; p.Cells[5] != "44932" || p.Cells[2] != r.Cells[2] {
		t.Errorf("1900 system: F5 %q C5 %q", p.Cells[5], p.Cells[2])
	}
}

// TestEncryptedXLSIsRefused: a workbook with FILEPASS (made by turning
// the fixture's DATEMODE record, of the same length, into one) and a
// compound document holding no workbook.
func TestEncryptedXLSIsRefused(t *testing.T) {
	data := fixture(t, "book.xls")
	i := bytes.Index(data, []byte{0x22, 0x00, 0x02, 0x00, 0x00, 0x00})
	if i < 0 {
		t.Fatal("no DATEMODE record in the fixture")
	}
	locked := bytes.Clone(data)
	locked[i] = 0x2F
	dir := t.TempDir()
	path := filepath.Join(dir, "加密.xls")
	os.WriteFile(path, locked, 0o644)
	ds, ps := Read(path, definition.Default(), Options{})
	got := strings.Join(messages(ps, dataset.Error), "\n")
	if ds != nil || !strings.Contains(got, "加密.xls") || !strings.Contains(got, "密码") {
		t.Errorf("got %q, want a refusal naming the file and the password", got)
	}
	f, _ := excelize.OpenFile("../../data/qinyuan-2023.xlsx")
	enc := filepath.Join(dir, "加密.xlsx")
	if err := f.SaveAs(enc, excelize.Options{Password: "1234"}); err != nil {
		t.Fatal(err)
	}
	if _, ps := Read(enc, definition.Default(), Options{}); !strings.Contains(fmt.Sprint(ps.Sorted()), "加密.xlsx：文件设置了打开密码") {
		t.Errorf("an encrypted .xlsx: %v", ps.Sorted())
	}
	if _, err := AnnotateSnapshot(&Snapshot{Path: path, Files: []SnapshotFile{{Name: "加密.xls", Data: data}}}, nil); err == nil || !strings.Contains(err.Error(), "另存为” .xlsx") {
		t.Errorf("annotating an .xls: %v", err)
	}
}

// TestSampleAsXLS saves the sample with LibreOffice as .xls, and as the
// same bytes under .et, and reads them both as a build does: every cell
// as the .xlsx's, and the same rows, sums and problems.
func TestSampleAsXLS(t *testing.T) {
	needSoffice(t)
	original, err := os.ReadFile("../../data/qinyuan-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	xls := toXLS(t, original)
	want := readSheets(t, "qinyuan-2023.xlsx", original)
	if n := sameBook(t, want, readSheets(t, "qinyuan-2023.xls", xls)); n < 5000 {
		t.Errorf("only %d cells compared", n)
	}
	dir := t.TempDir()
	_, wantPs, wantRows := read("../../data/qinyuan-2023.xlsx")
	for _, name := range []string{"qinyuan-2023.xls", "qinyuan-2023.et"} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, xls, 0o644)
		ds, ps, rows := read(path)
		if ds == nil {
			t.Fatalf("%s: %v", name, ps.Sorted())
		}
		if a, b := problemText(wantPs, "qinyuan-2023.xlsx"), problemText(ps, name); a != b {
			t.Errorf("%s: problems\n%s\nwant\n%s", name, b, a)
		}
		for _, tbl := range definition.Default().Tables {
			if len(rows[tbl.Key]) != len(wantRows[tbl.Key]) || rows.sum(tbl.Key, "金额") != wantRows.sum(tbl.Key, "金额") {
				t.Errorf("%s %s: %d rows summing %s, want %d summing %s", name, tbl.Key, len(rows[tbl.Key]), rows.sum(tbl.Key, "金额"), len(wantRows[tbl.Key]), wantRows.sum(tbl.Key, "金额"))
			}
		}
	}
}

func problemText(ps dataset.Problems, file string) string {
	var b strings.Builder
	for _, p := range ps.Sorted() {
		b.WriteString(strings.ReplaceAll(p.String(), file, "FILE") + "\n")
	}
	return b.String()
}
