package ingest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// read is what the reader makes of a workbook: each sheet's non-empty
// cells, their formats, formulas without a value, and merged ranges.
type readBook struct {
	names    []string
	cells    map[string]map[[2]int]string // sheet → (row, col) → value
	formats  map[string]map[[2]int]string
	formulas map[string]string // "sheet!D5"
	merges   map[string][]span
}

func readAll(data []byte) (*readBook, error) {
	p, err := openPackage(data, 1<<30)
	if err != nil {
		return nil, err
	}
	b := &readBook{names: p.sheetNames(), cells: map[string]map[[2]int]string{}, formats: map[string]map[[2]int]string{}, formulas: map[string]string{}, merges: map[string][]span{}}
	for _, name := range p.sheetNames() {
		src, err := p.openSheet(name)
		if err != nil {
			return nil, err
		}
		got, fmts := map[[2]int]string{}, map[[2]int]string{}
		for {
			row, cells, formats, ok, err := src.next()
			if err != nil {
				src.close()
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			if !ok {
				break
			}
			for c, v := range cells {
				if v != "" {
					got[[2]int{row, c + 1}], fmts[[2]int{row, c + 1}] = v, formats[c]
				}
			}
		}
		for k := range src.rr.formulas {
			b.formulas[name+"!"+ref(k[1], k[0])] = src.formula(k[1], k[0])
		}
		b.cells[name], b.formats[name], b.merges[name] = got, fmts, src.merges()
		src.close()
	}
	return b, nil
}

// excelizeCells is excelize's reading of the same bytes, raw values.
func excelizeCells(data []byte) (map[string]map[[2]int]string, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]map[[2]int]string{}
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, err
		}
		m := map[[2]int]string{}
		for r, cells := range rows {
			for c, v := range cells {
				if v != "" {
					m[[2]int{r + 1, c + 1}] = v
				}
			}
		}
		out[name] = m
	}
	return out, nil
}

// sameCells compares two readings cell by cell.
func sameCells(t *testing.T, label string, ours, theirs map[string]map[[2]int]string) int {
	t.Helper()
	n := 0
	for name, want := range theirs {
		got := ours[name]
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s!%s %s: ours %q, excelize %q", label, name, ref(k[1], k[0]), got[k], v)
			}
		}
		for k, v := range got {
			if _, ok := want[k]; !ok {
				t.Errorf("%s!%s %s: ours %q, excelize has no value", label, name, ref(k[1], k[0]), v)
			}
		}
		n += len(want)
	}
	return n
}

// TestScannerAgreesWithExcelize reads every sheet of the sample and of the
// bad-input corpus both ways and compares every non-empty cell.
func TestScannerAgreesWithExcelize(t *testing.T) {
	files := []string{"../../data/qinyuan-2023.xlsx"}
	more, _ := filepath.Glob("../../cmd/jixiao/testdata/bad/*.xlsx")
	files = append(files, more...)
	checked := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		ours, err := readAll(data)
		if err != nil {
			continue // the corpus holds files that are not workbooks on purpose
		}
		theirs, err := excelizeCells(data)
		if err != nil {
			t.Fatalf("%s: excelize cannot read what the reader read: %v", file, err)
		}
		checked += sameCells(t, filepath.Base(file), ours.cells, theirs)
	}
	if checked < 5000 {
		t.Errorf("only %d cells compared", checked)
	}
}

// TestWhatEachWriterWrites reads the corpus workbook as each program
// writes it, and checks every cell against what Excel shows.
func TestWhatEachWriterWrites(t *testing.T) {
	want := map[string]string{
		"A1": "项目名称", "B1": "单位", "C1": "金额（万元）", "D1": "内联",
		"A2": "沁源县 A&B ", "B2": "中中<>\"'", "C2": "10.5", "D2": "1", "E2": "#DIV/0!", "F2": "沁源x",
		"A3": "line\rtwo", "B3": "45292", "C3": "1.5E-3", "D3": "富文本",
		"A5": "  空格  ", "B5": "-7",
		"A6": "A&B", "B6": "42",
	}
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			b, err := readAll(corpusBook(t, w))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(b.names, []string{"Sheet1", "表二"}) {
				t.Fatalf("sheets %q", b.names)
			}
			got := map[string]string{}
			for k, v := range b.cells["Sheet1"] {
				got[ref(k[1], k[0])] = v
			}
			for k, v := range want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q", k, got[k], v)
				}
			}
			if len(got) != len(want) {
				t.Errorf("%d cells, want %d: %q", len(got), len(want), got)
			}
			if f := b.formats["Sheet1"]; f[[2]int{2, 3}] != "0.00_ " || f[[2]int{3, 2}] != builtinFormats[14] || f[[2]int{1, 1}] != textFormat {
				t.Errorf("formats C2 %q, B3 %q, A1 %q", f[[2]int{2, 3}], f[[2]int{3, 2}], f[[2]int{1, 1}])
			}
			if b.formulas["Sheet1!D5"] != "SUM(C2:C3)" || len(b.formulas) != 1 {
				t.Errorf("formulas %q", b.formulas)
			}
			if m := b.merges["Sheet1"]; !slices.Equal(m, []span{{1, 1, 1, 2}, {2, 7, 4, 7}}) {
				t.Errorf("merges %v", m)
			}
			if b.cells["表二"][[2]int{1, 1}] != "二" {
				t.Errorf("second sheet %v", b.cells["表二"])
			}
		})
	}
}

// TestUnsureBytesAreDecoded puts into the rows what the lexer does not
// know (a comment, CDATA, a processing instruction, a namespace declared
// on a row, an end tag with a space): the reading must not change.
func TestUnsureBytesAreDecoded(t *testing.T) {
	w := writers[0]
	rows, order := corpusRows()
	plain := w.sheet(rows, order, []string{"A1:B1", "G2:G4"})
	wantBook, err := readAll(w.book(t, []string{"S"}, []string{plain}, corpusSST))
	if err != nil {
		t.Fatal(err)
	}
	edits := map[string]func(string) string{
		"comment":   func(s string) string { return strings.Replace(s, `<row r="3"`, `<!-- <row r="99"> --><row r="3"`, 1) },
		"cdata":     func(s string) string { return strings.Replace(s, "<t>内联</t>", "<t><![CDATA[内]]>联</t>", 1) },
		"pi":        func(s string) string { return strings.Replace(s, "</sheetData>", "<?mso x?></sheetData>", 1) },
		"xmlns":     func(s string) string { return strings.Replace(s, `<row r="5"`, `<y:row xmlns:y="`+mainNS+`" r="5"`, 1) },
		"end space": func(s string) string { return strings.Replace(s, "</row><row r=\"5\"", "</row ><row r=\"5\"", 1) },
		"cr":        func(s string) string { return strings.Replace(s, "<v>-7</v>", "<v>-7</v>\r\n", 1) },
		"merge nl": func(s string) string {
			return strings.Replace(s, `<mergeCell ref="G2:G4"/>`, "<mergeCell\nref=\"G2:G4\"/>", 1)
		},
		"merge cmt": func(s string) string { return strings.Replace(s, `<mergeCells`, `<!-- --><mergeCells`, 1) },
		"bom":       func(s string) string { return "\xef\xbb\xbf" + s },
	}
	for name, edit := range edits {
		sheet := edit(plain)
		if sheet == plain {
			t.Fatalf("%s: edit did nothing", name)
		}
		if name == "xmlns" {
			sheet = strings.Replace(sheet, "</row><row>", "</y:row><row>", 1)
		}
		got, err := readAll(w.book(t, []string{"S"}, []string{sheet}, corpusSST))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if fmt.Sprint(got.cells) != fmt.Sprint(wantBook.cells) || !slices.Equal(got.merges["S"], wantBook.merges["S"]) {
			t.Errorf("%s: read\n%v %v\nwant\n%v %v", name, got.cells, got.merges, wantBook.cells, wantBook.merges)
		}
	}
}
