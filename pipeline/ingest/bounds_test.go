package ingest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/opc/opctest"
)

// oneSheet is a workbook of one sheet "S" with rows in the given order,
// as writer w writes it; decoded puts a comment before the rows, so that
// the decoder reads them rather than the lexer.
func oneSheet(t testing.TB, w writer, rows map[int][]tc, order []int, merges []string, decoded bool) []byte {
	sheet := w.sheet(rows, order, merges)
	if decoded {
		open := "<" + w.el("sheetData") + ">"
		sheet = strings.Replace(sheet, open, open+"<!-- decoded -->", 1)
	}
	return w.book(t, []string{"S"}, []string{sheet}, corpusSST)
}

// TestReferencesInEveryForm: a reference in lower case or with $ is read
// at its cell; one outside the sheet or malformed is an error naming it,
// never a panic; rows and cells out of order are errors. Each case is
// read by the lexer, by the decoder, and as two writers write it.
func TestReferencesInEveryForm(t *testing.T) {
	v := func(ref string) tc { return tc{ref, "", "", "<v>7</v>"} }
	cases := []struct {
		name  string
		rows  map[int][]tc
		order []int
		at    [2]int // where the 7 is read, or
		err   string // the error's text
		only  string // the writer whose quotes the case is written for
	}{
		{name: "lower", rows: map[int][]tc{3: {v("d3")}}, order: []int{3}, at: [2]int{3, 4}},
		{name: "dollar", rows: map[int][]tc{3: {v("$D$3")}}, order: []int{3}, at: [2]int{3, 4}},
		{name: "mixed", rows: map[int][]tc{3: {v("$xfd3")}}, order: []int{3}, at: [2]int{3, 16384}},
		{name: "no ref", rows: map[int][]tc{3: {v("A3"), v("-")}}, order: []int{3}, at: [2]int{3, 2}},
		{name: "ZZZZZZ3", rows: map[int][]tc{3: {v("ZZZZZZ3")}}, order: []int{3}, err: "ZZZZZZ3"},
		{name: "XFE3", rows: map[int][]tc{3: {v("XFE3")}}, order: []int{3}, err: "XFE3"},
		{name: "A0", rows: map[int][]tc{1: {v("A0")}}, order: []int{1}, err: "A0"},
		{name: "A1048577", rows: map[int][]tc{1: {v("A1048577")}}, order: []int{1}, err: "A1048577"},
		{name: "digits only", rows: map[int][]tc{3: {v("3")}}, order: []int{3}, err: "“3”"},
		{name: "letters only", rows: map[int][]tc{3: {v("D")}}, order: []int{3}, err: "“D”"},
		{name: "junk", rows: map[int][]tc{3: {v("D3x")}}, order: []int{3}, err: "D3x"},
		{name: "other row", rows: map[int][]tc{2: {v("A3")}}, order: []int{2}, err: "A3"},
		{name: "cells reversed", rows: map[int][]tc{1: {v("B1"), v("A1")}}, order: []int{1}, err: "A1"},
		{name: "cell twice", rows: map[int][]tc{1: {v("B1"), v("b1")}}, order: []int{1}, err: "b1"},
		{name: "rows reversed", rows: map[int][]tc{5: {v("A5")}, 3: {v("A3")}}, order: []int{5, 3}, err: "第 3 行出现在第 5 行之后"},
		{name: "row twice", rows: map[int][]tc{3: {v("A3")}}, order: []int{3, 3}, err: "第 3 行出现在第 3 行之后"},
		{name: "row 0", rows: map[int][]tc{0: {v("-")}}, order: []int{0}, err: "行号“0”"},
		{name: "attribute twice", rows: map[int][]tc{3: {{"A3\" r=\"B3", "", "", "<v>7</v>"}}}, order: []int{3}, err: "出现了两次", only: "excel"},
		{name: "row too far", rows: map[int][]tc{1048577: {v("-")}}, order: []int{1048577}, err: "1048577"},
	}
	for _, c := range cases {
		for _, w := range []writer{writers[0], writers[5]} {
			if c.only != "" && w.name != c.only {
				continue
			}
			for _, decoded := range []bool{false, true} {
				label := fmt.Sprintf("%s/%s/decoded=%v", c.name, w.name, decoded)
				b, err := readAll(oneSheet(t, w, c.rows, c.order, nil, decoded))
				if c.err != "" {
					if err == nil || !strings.Contains(err.Error(), c.err) {
						t.Errorf("%s: error %v, want one naming %s", label, err, c.err)
					}
					continue
				}
				if err != nil {
					t.Errorf("%s: %v", label, err)
					continue
				}
				if got := b.cells["S"]; got[c.at] != "7" {
					t.Errorf("%s: cells %v, want 7 at %v", label, got, c.at)
				}
			}
		}
	}
}

// TestBadReferenceIsAProblemAtItsSheet goes through Read: the clerk is
// told the file, the sheet and the cell, in Chinese.
func TestBadReferenceIsAProblemAtItsSheet(t *testing.T) {
	w := writers[0]
	rows := map[int][]tc{1: {{"A1", "s", "", "<v>0</v>"}}, 2: {{"$d$2", "", "", "<v>1</v>"}, {"ZZZZZZ2", "", "", "<v>1</v>"}}}
	data := w.book(t, []string{"重点绩效评价结果"}, []string{w.sheet(rows, []int{1, 2}, nil)}, corpusSST)
	path := filepath.Join(t.TempDir(), "refs.xlsx")
	os.WriteFile(path, data, 0o644)
	_, ps := Read(path, definition.Default(), Options{})
	found := false
	for _, p := range ps.Sorted() {
		if p.At.Sheet == "重点绩效评价结果" && p.At.Row == 2 && strings.Contains(p.Message, "ZZZZZZ2") && p.Severity == dataset.Error {
			found = true
		}
	}
	if !found {
		t.Errorf("no error naming ZZZZZZ2 at its row: %v", ps.Sorted())
	}
	// A shared string that is not there is an error at its cell.
	rows = map[int][]tc{1: {{"A1", "s", "", "<v>0</v>"}}, 2: {{"C2", "s", "", "<v>99</v>"}}}
	data = w.book(t, []string{"重点绩效评价结果"}, []string{w.sheet(rows, []int{1, 2}, nil)}, corpusSST)
	os.WriteFile(path, data, 0o644)
	_, ps = Read(path, definition.Default(), Options{})
	found = false
	for _, p := range ps.Sorted() {
		found = found || p.At.Sheet == "重点绩效评价结果" && p.At.Row == 2 && p.At.Col == 3 && strings.Contains(p.Message, "共享字符串")
	}
	if !found {
		t.Errorf("no error at C2 for a missing shared string: %v", ps.Sorted())
	}
}

// allocated runs f and returns the bytes it allocated.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestMergeOverTheWholeSheetIsARange: a merge to the sheet's last cell
// costs what a small one costs, and the table beside it reads as before.
func TestMergeOverTheWholeSheetIsARange(t *testing.T) {
	plain := writeBook(t, validSheets())
	data, _ := os.ReadFile(plain)
	parts, err := SheetParts(data)
	if err != nil {
		t.Fatal(err)
	}
	// excelize itself never finishes merging such a range: the XML is
	// edited instead.
	data = patchPart(t, data, parts["重点绩效评价结果"], func(s string) string {
		return strings.Replace(s, `<mergeCell ref="G2:G3"></mergeCell>`, `<mergeCell ref="G2:G3"></mergeCell><mergeCell ref="H40:XFD1048576"/>`, 1)
	})
	huge := filepath.Join(t.TempDir(), "huge-merge.xlsx")
	os.WriteFile(huge, data, 0o644)
	def := definition.Default()
	var base, big uint64
	var dsPlain, dsHuge *dataset.Dataset
	var psHuge dataset.Problems
	base = allocated(func() { dsPlain, _ = Read(plain, def, Options{}) })
	big = allocated(func() { dsHuge, psHuge = Read(huge, def, Options{}) })
	if big > base+8<<20 {
		t.Errorf("the merge to XFD1048576 cost %d MB more than none", (big-base)>>20)
	}
	if psHuge.Err() != nil {
		t.Errorf("problems: %v", psHuge.Sorted())
	}
	for i, tb := range dsPlain.Tables {
		if tb.Count != dsHuge.Tables[i].Count {
			t.Errorf("%s: %d rows, %d with the merge", tb.Def.Key, tb.Count, dsHuge.Tables[i].Count)
		}
	}
}

func TestMergeIndex(t *testing.T) {
	m := newMergeIndex([]span{{40, 8, 1048576, 16384}, {2, 7, 3, 7}, {5, 1, 5, 3}})
	for _, c := range []struct {
		row, col int
		want     span
		ok       bool
	}{
		{40, 8, span{40, 8, 1048576, 16384}, true}, {1048576, 16384, span{40, 8, 1048576, 16384}, true},
		{39, 8, span{}, false}, {3, 7, span{2, 7, 3, 7}, true}, {4, 7, span{}, false}, {5, 2, span{5, 1, 5, 3}, true}, {5, 4, span{}, false},
	} {
		got, ok := m.cover(c.row, c.col)
		if ok != c.ok || got != c.want {
			t.Errorf("cover(%d,%d) = %v %v, want %v %v", c.row, c.col, got, ok, c.want, c.ok)
		}
	}
	if s := m.startingAt(5); len(s) != 1 || s[0].left != 1 {
		t.Errorf("startingAt(5) = %v", s)
	}
}

// patchPart rewrites one part of a package.
func patchPart(t testing.TB, data []byte, name string, edit func(string) string) []byte {
	t.Helper()
	changed := false
	out := opctest.Rewrap(t, data, func(part string, h *zip.FileHeader, raw []byte) []byte {
		if part != name {
			return raw
		}
		body, _ := io.ReadAll(flate.NewReader(bytes.NewReader(raw)))
		edited := []byte(edit(string(body)))
		changed = !bytes.Equal(edited, body)
		raw = deflated(edited)
		h.CRC32, h.UncompressedSize64, h.CompressedSize64 = crc32.ChecksumIEEE(edited), uint64(len(edited)), uint64(len(raw))
		return raw
	})
	if !changed {
		t.Fatalf("%s: the edit changed nothing", name)
	}
	return out
}

// bomb packs a workbook whose part name is written by fill, streamed
// through the zip writer so that the test never holds it unpacked.
func bomb(t *testing.T, name string, fill func(w io.Writer)) []byte {
	t.Helper()
	w := writers[0]
	rows := map[int][]tc{1: {{"A1", "", "", "<v>1</v>"}}}
	good := w.book(t, []string{"S"}, []string{w.sheet(rows, []int{1}, nil)}, corpusSST)
	return opctest.Stream(t, good, name, func(w io.Writer, _ []byte) { fill(w) })
}

func repeat(w io.Writer, head, item, foot string, n int) {
	io.WriteString(w, head)
	block := strings.Repeat(item, 4096)
	for i := 0; i < n/4096; i++ {
		io.WriteString(w, block)
	}
	io.WriteString(w, foot)
}

// TestCraftedPartsAreBounded: parts a few hundred kilobytes packed that
// unpack to a hundred megabytes and more are refused, naming what, and
// reading them allocates a bounded amount, whatever they hold.
func TestCraftedPartsAreBounded(t *testing.T) {
	sstHead := `<?xml version="1.0"?><sst xmlns="` + mainNS + `">`
	cases := []struct {
		name, part string
		fill       func(io.Writer)
		err        string
		maxAlloc   uint64
	}{
		{"empty strings", "xl/sharedStrings.xml", func(w io.Writer) { repeat(w, sstHead, "<si/>", "</sst>", 27<<20) }, "共享字符串表超过", 150 << 20},
		{"long strings", "xl/sharedStrings.xml", func(w io.Writer) {
			repeat(w, sstHead, "<si><t>"+strings.Repeat("长", 10000)+"</t></si>", "</sst>", 4<<10)
		}, "共享字符串表超过", 150 << 20},
		{"styles", "xl/styles.xml", func(w io.Writer) {
			repeat(w, `<styleSheet xmlns="`+mainNS+`"><cellXfs>`, `<xf numFmtId="0"/>`, "</cellXfs></styleSheet>", 1<<20)
		}, "xl/styles.xml", 8 << 20},
		{"far cells", "xl/worksheets/sheet1.xml", func(w io.Writer) {
			io.WriteString(w, `<worksheet xmlns="`+mainNS+`"><sheetData>`)
			for r := 1; r <= 20000; r++ {
				fmt.Fprintf(w, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, r, r)
			}
			io.WriteString(w, "</sheetData></worksheet>")
		}, "空单元格过多", 700 << 20},
	}
	for _, c := range cases {
		data := bomb(t, c.part, c.fill)
		if len(data) > 1<<20 {
			t.Fatalf("%s: the crafted file is %d KB, meant to be under 1 MB", c.name, len(data)>>10)
		}
		var err error
		n := allocated(func() { _, err = readAll(data) })
		if err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.err)
		}
		if n > c.maxAlloc {
			t.Errorf("%s: reading allocated %d MB", c.name, n>>20)
		}
	}
}
