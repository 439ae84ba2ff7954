package ingest

import (
	"os"
	"slices"
	"strconv"
	"testing"
)

// readSheets reads every sheet of a workbook's bytes, whatever its format.
func readSheets(t testing.TB, name string, data []byte) []RawSheet {
	t.Helper()
	b, err := openWorkbook(&Snapshot{Path: name, Files: []SnapshotFile{{Name: name, Data: data}}}, Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var out []RawSheet
	for _, n := range b.sheetNames() {
		src, err := b.sheet(n)
		if err != nil {
			t.Fatal(err)
		}
		s, err := rawSheet(n, src, 1<<20)
		if err != nil {
			t.Fatalf("%s %s: %v", name, n, err)
		}
		s.Rows = slices.DeleteFunc(s.Rows, func(r RawRow) bool { return len(r.Cells) == 0 }) // styled, empty
		slices.SortFunc(s.Merges, func(a, b [4]int) int { return slices.Compare(a[:], b[:]) })
		out = append(out, s)
	}
	return out
}

// sameBook compares a .xls cell by cell with the .xlsx it was saved from:
// the same sheets, merges and cells, numbers equal as numbers and shown
// alike by their formats, text the same, dates still dates. It returns
// how many cells it compared.
func sameBook(t *testing.T, want, got []RawSheet) int {
	t.Helper()
	if len(want) != len(got) {
		t.Fatalf("%d sheets, want %d", len(got), len(want))
	}
	n := 0
	for i, w := range want {
		g := got[i]
		if g.Name != w.Name {
			t.Errorf("sheet %d is %q, want %q", i, g.Name, w.Name)
		}
		if !slices.Equal(g.Merges, w.Merges) {
			t.Errorf("%s: merges %v, want %v", w.Name, g.Merges, w.Merges)
		}
		if len(g.Rows) != len(w.Rows) {
			t.Errorf("%s: %d rows, want %d", w.Name, len(g.Rows), len(w.Rows))
			continue
		}
		for r, wr := range w.Rows {
			gr := g.Rows[r]
			if gr.Row != wr.Row || len(gr.Cells) != len(wr.Cells) {
				t.Errorf("%s row %d: %d cells at row %d, want %d", w.Name, wr.Row, len(gr.Cells), gr.Row, len(wr.Cells))
				continue
			}
			for c, wv := range wr.Cells {
				n++
				gv, wf, gf := gr.Cells[c], wr.Formats[c], gr.Formats[c]
				at := ref(c+1, wr.Row)
				wn, err1 := strconv.ParseFloat(wv, 64)
				gn, err2 := strconv.ParseFloat(gv, 64)
				switch {
				case err1 == nil && err2 == nil && wf != textFormat:
					if wn != gn {
						t.Errorf("%s %s: %s, want %s", w.Name, at, gv, wv)
					}
					if isDateFormat(wf) != isDateFormat(gf) || Display(wv, wf) != Display(gv, gf) {
						t.Errorf("%s %s: shown %q (%q), want %q (%q)", w.Name, at, Display(gv, gf), gf, Display(wv, wf), wf)
					}
				case gv != wv:
					t.Errorf("%s %s: %q, want %q", w.Name, at, gv, wv)
				case (wf == textFormat) != (gf == textFormat) || (wf == booleanFormat) != (gf == booleanFormat):
					t.Errorf("%s %s: format %q, want %q", w.Name, at, gf, wf)
				}
			}
		}
	}
	return n
}

func fixture(t *testing.T, name string) []byte {
	data, err := os.ReadFile("testdata/xls/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestXLSFixturesMatchXLSX reads the committed .xls fixtures, saved by
// LibreOffice from the .xlsx beside them, and compares them cell by cell.
func TestXLSFixturesMatchXLSX(t *testing.T) {
	want := readSheets(t, "book.xlsx", fixture(t, "book.xlsx"))
	got := readSheets(t, "book.xls", fixture(t, "book.xls"))
	if n := sameBook(t, want, got); n < 2400 {
		t.Errorf("only %d cells compared", n)
	}
	if n := sameBook(t, readSheets(t, "small.xlsx", fixture(t, "small.xlsx")), readSheets(t, "small.xls", fixture(t, "small.xls"))); n != 9 {
		t.Errorf("small: %d cells compared, want 9", n)
	}
}
