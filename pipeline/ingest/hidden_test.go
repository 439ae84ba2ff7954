package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"

	"github.com/xuri/excelize/v2"
)

// hiddenBook is a sheet whose column C (项目编码) and row 3 the clerk hid,
// and whose unused columns to the sheet's edge are hidden too.
func hiddenBook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetRow("Sheet1", "A1", &[]any{"项目名称", "金额（万元）", "项目编码"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"甲", 10, "X1"})
	f.SetSheetRow("Sheet1", "A3", &[]any{"乙", 20, "X2"})
	f.SetSheetRow("Sheet1", "A4", &[]any{"丙", 30, "X3"})
	f.SetColVisible("Sheet1", "C", false)
	f.SetColVisible("Sheet1", "E:XFD", false)
	f.SetRowVisible("Sheet1", 3, false)
	return saved(t, f)
}

// saved is the workbook f as saved.
func saved(t *testing.T, f *excelize.File) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// keptRows builds book.xlsx with def, whose first column names each row,
// and returns the rows kept, joined, and the warnings.
func keptRows(t *testing.T, book []byte, def *definition.Definition) (names, warns string) {
	t.Helper()
	def.Tables[0].KeepRows = true
	path := filepath.Join(t.TempDir(), "book.xlsx")
	os.WriteFile(path, book, 0o644)
	ds, ps := Read(path, def, Options{})
	if ds == nil || ps.HasErrors() {
		t.Fatalf("%v", ps.Sorted())
	}
	for _, r := range ds.Tables[0].Rows {
		names += r.Values[0].Text
	}
	return names, strings.Join(messages(ps, dataset.Warning), "\n")
}

// Hidden rows and columns are known to the raw reader, of an .xlsx and of
// the .xls LibreOffice saves from it (ROW and COLINFO records); a build
// leaves a hidden row out, with a warning naming it.
func TestHiddenRowsAndColumns(t *testing.T) {
	check := func(name string, data []byte) {
		s := readSheets(t, name, data)[0]
		var hidden []int
		for _, r := range s.Rows {
			if r.Hidden {
				hidden = append(hidden, r.Row)
			}
		}
		if !slices.Equal(hidden, []int{3}) || !slices.Contains(s.HiddenCols, 3) || slices.Contains(s.HiddenCols, 2) || !slices.Contains(s.HiddenCols, 5) {
			t.Errorf("%s: hidden rows %v, columns %v", name, hidden, s.HiddenCols[:min(len(s.HiddenCols), 5)])
		}
	}
	book := hiddenBook(t)
	check("book.xlsx", book)

	def, err := definition.Parse("d.yaml", []byte("tables:\n  - key: 表\n    sheet: Sheet1\n    total_labels: []\n    columns:\n      - {key: 项目名称, required: true}\n      - {key: 金额, kind: amount, headers: [金额]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	names, warns := keptRows(t, book, def)
	if names != "甲丙" || !strings.Contains(warns, "book.xlsx!Sheet1!第3行：这一行是隐藏行") {
		t.Errorf("rows %q, warnings %s", names, warns)
	}

	if os.Getenv("JIXIAO_INTEROP") != "1" {
		return
	}
	needSoffice(t)
	check("book.xls", toXLS(t, book))
}
