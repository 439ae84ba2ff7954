package ingest

import (
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestScannerAgreesWithExcelize reads every sheet of the sample and of the
// bad-input corpus both ways and compares every non-empty cell.
func TestScannerAgreesWithExcelize(t *testing.T) {
	files := []string{"../../data/qinyuan-2023.xlsx"}
	more, _ := filepath.Glob("../../cmd/jixiao/testdata/bad/*.xlsx")
	files = append(files, more...)
	checked := 0
	for _, file := range files {
		p, err := openPackage(file, 1<<30)
		if err != nil {
			continue // the corpus holds files that are not workbooks on purpose
		}
		f, err := excelize.OpenFile(file)
		if err != nil {
			t.Fatalf("%s: excelize cannot open what the scanner opened: %v", file, err)
		}
		for _, name := range p.sheetNames() {
			want := map[[2]int]string{}
			rows, _ := f.Rows(name)
			r := 0
			for rows.Next() {
				r++
				cells, _ := rows.Columns(excelize.Options{RawCellValue: true})
				for c, v := range cells {
					if v != "" {
						want[[2]int{r, c + 1}] = v
					}
				}
			}
			rows.Close()
			src, err := p.openSheet(name)
			if err != nil {
				t.Fatal(err)
			}
			got := map[[2]int]string{}
			for {
				row, cells, _, ok, err := src.next()
				if err != nil {
					t.Fatal(err)
				}
				if !ok {
					break
				}
				for c, v := range cells {
					if v != "" {
						got[[2]int{row, c + 1}] = v
					}
				}
			}
			src.close()
			for k, v := range want {
				if got[k] != v {
					t.Errorf("%s!%s row %d col %d: scanner %q, excelize %q", filepath.Base(file), name, k[0], k[1], got[k], v)
				}
			}
			if len(got) != len(want) {
				t.Errorf("%s!%s: scanner %d cells, excelize %d", filepath.Base(file), name, len(got), len(want))
			}
			checked += len(want)
		}
		f.Close()
		p.close()
	}
	if checked < 5000 {
		t.Errorf("only %d cells compared", checked)
	}
}

type nopCloser struct{ io.Reader }

func (nopCloser) Close() error { return nil }

func TestScannerHandlesWhatOtherWritersWrite(t *testing.T) {
	sst := `<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2">` +
		`<x:si><x:r><x:t>沁源</x:t></x:r><x:r><x:rPr/><x:t xml:space="preserve">县 A&amp;B</x:t></x:r><x:rPh sb="0" eb="1"><x:t>しん</x:t></x:rPh></x:si>` +
		`<x:si><x:t>line_x000D_two</x:t></x:si></x:sst>`
	s := newScanner(strings.NewReader(sst))
	var strs []string
	for {
		el, ok, err := s.element("si")
		if err != nil || !ok {
			break
		}
		strs = append(strs, richText(el, s.prefix))
	}
	if strings.Join(strs, "|") != "沁源县 A&B|line\rtwo" {
		t.Fatalf("shared strings = %q", strs)
	}
	sheet := `<x:worksheet xmlns:x="…"><x:cols><x:col min="1"/></x:cols><x:sheetData>` +
		`<x:row r="3"><x:c r="B3" t="s"><x:v>0</x:v></x:c><x:c r="C3" s="2"/><x:c r="D3" t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c>` +
		`<x:c r="E3" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="F3"><x:f>SUM(A1:A2)</x:f></x:c><x:c r="AA3"><x:v>1.5E-3</x:v></x:c></x:row>` +
		`<x:row r="4" spans="1:2"/></x:sheetData></x:worksheet>`
	f := &fastSheet{s: newScanner(strings.NewReader(sheet)), rc: nopCloser{}, sst: strs, formulas: map[[2]int]string{}}
	row, cells, _, ok, err := f.next()
	if err != nil || !ok || row != 3 {
		t.Fatalf("first row: %d %v %v", row, ok, err)
	}
	want := map[int]string{2: "沁源县 A&B", 4: "内联", 5: "#DIV/0!", 27: "1.5E-3"}
	for c, v := range want {
		if c > len(cells) || cells[c-1] != v {
			t.Errorf("column %d = %q, want %q (cells %q)", c, cells[c-1], v, cells)
		}
	}
	if f.formula(6, 3) != "SUM(A1:A2)" {
		t.Errorf("formula without a value not recorded: %q", f.formula(6, 3))
	}
	row, cells, _, ok, _ = f.next()
	if !ok || row != 4 || len(cells) != 0 {
		t.Errorf("empty row: %d %q %v", row, cells, ok)
	}
	if _, _, _, ok, _ := f.next(); ok {
		t.Error("rows after the end")
	}
	// Rows and cells without r attributes, as some writers save them.
	bare := `<worksheet><sheetData><row><c t="inlineStr"><is><t>甲</t></is></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData></worksheet>`
	f = &fastSheet{s: newScanner(strings.NewReader(bare)), rc: nopCloser{}, formulas: map[[2]int]string{}}
	row, cells, _, _, _ = f.next()
	if row != 1 || strings.Join(cells, ",") != "甲,2" {
		t.Errorf("bare row 1: %d %q", row, cells)
	}
	if row, cells, _, _, _ = f.next(); row != 2 || strings.Join(cells, ",") != "3" {
		t.Errorf("bare row 2: %d %q", row, cells)
	}
}
