package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// TestReadsWhatLibreOfficeWrites saves the sample with LibreOffice (its
// own row and cell attributes, shared strings, styles) and reads it both
// ways. It skips where soffice is missing, unless JIXIAO_INTEROP=1.
func TestReadsWhatLibreOfficeWrites(t *testing.T) {
	needSoffice(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "in", "sample.xlsx")
	os.MkdirAll(filepath.Dir(src), 0o755)
	data, _ := os.ReadFile("../../data/qinyuan-2023.xlsx")
	os.WriteFile(src, data, 0o644)
	saved, err := os.ReadFile(resaveXLSX(t, dir, src))
	if err != nil {
		t.Fatal(err)
	}
	original, err := readAll(data)
	if err != nil {
		t.Fatal(err)
	}
	ours, err := readAll(saved)
	if err != nil {
		t.Fatalf("the workbook LibreOffice saved: %v", err)
	}
	theirs, err := excelizeCells(saved)
	if err != nil {
		t.Fatal(err)
	}
	if n := sameCells(t, "libreoffice", ours.cells, theirs); n < 5000 {
		t.Errorf("only %d cells compared", n)
	}
	for name, cells := range original.cells {
		if len(ours.cells[name]) != len(cells) {
			t.Errorf("%s: %d cells as LibreOffice saved it, %d before", name, len(ours.cells[name]), len(cells))
		}
	}
}
