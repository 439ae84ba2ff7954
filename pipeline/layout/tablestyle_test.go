package layout

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	ts "jixiao/pipeline/wordmodel/tablestyletest"
)

// styledDoc reads a document of one table of Word's Grid Table 4 Accent 1
// with a header row, a total row and a bold first column, banded rows.
func styledDoc(t *testing.T, rows [][]string) *wordmodel.Document {
	t.Helper()
	look := `w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"`
	doc, err := wordmodel.Read(ts.Docx(ts.Styles(ts.GridTable4), ts.Table("4-1", look, 3, rows)+ts.Para("", "")))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// fillUnder is the colour of the cell fill drawn under o, "" for none.
func fillUnder(ops []op, o op) string {
	for _, f := range ops {
		if f.kind == opFill && f.h > 2 && f.x <= o.x && o.x < f.x+f.w && f.y < o.y && o.y < f.y+f.h {
			return f.color
		}
	}
	return ""
}

// TestATableStyleIsDrawn: the header row's white bold text on the
// accent's fill, the first column's bold face, the bands' fill under
// every other body row, the total row's double line over it.
func TestATableStyleIsDrawn(t *testing.T) {
	rows := [][]string{{"项目", "金额", "备注"}, {"甲", "1.00", "一"}, {"乙", "2.00", "二"}, {"丙", "3.00", "三"}, {"合计", "6.00", "无"}}
	r := laidCells(t, styledDoc(t, rows))
	header := r.fs.role(r.p.Table.HeaderFont)
	for _, tc := range []struct {
		text, color, fill string
		bold              bool
	}{
		{"项目", "FFFFFF", "4472C4", true}, {"金额", "FFFFFF", "4472C4", true},
		{"甲", "", "D9E2F3", true}, {"1.00", "", "D9E2F3", false},
		{"乙", "", "", true}, {"2.00", "", "", false},
		{"丙", "", "D9E2F3", true}, {"三", "", "D9E2F3", false},
		{"合计", "", "", true}, {"6.00", "", "", true},
	} {
		o := textOp(t, r, tc.text)
		if o.color != tc.color {
			t.Errorf("%s drawn in %q, want %q", tc.text, o.color, tc.color)
		}
		if got := fillUnder(r.ops, o); got != tc.fill {
			t.Errorf("%s on a fill of %q, want %q", tc.text, got, tc.fill)
		}
		if tc.bold && o.face != header {
			t.Errorf("%s drawn in %s, want the bold header face %s", tc.text, o.face.family, header.family)
		}
	}
	// The total row's top: two strokes of the accent, a line apart.
	total := textOp(t, r, "6.00")
	var double []op
	for _, o := range r.ops {
		if o.kind == opFill && o.color == "4472C4" && o.w > o.h && o.h < 1 && o.y < total.y && total.y-o.y < 8 && o.x <= total.x && total.x < o.x+o.w {
			double = append(double, o)
		}
	}
	if len(double) != 2 {
		t.Errorf("over the total row: %d strokes of the accent, want a double line's 2: %+v", len(double), double)
	}
}

// TestRepeatedHeaderKeepsItsLook: a styled table's header row repeated
// on each page is drawn as on the first, white on the accent, and the
// body rows on the next page keep their bands.
func TestRepeatedHeaderKeepsItsLook(t *testing.T) {
	rows := [][]string{{"项目", "金额", "备注"}}
	for i := 1; i <= 80; i++ {
		rows = append(rows, []string{wide(fmt.Sprintf("行%d", i)), fmt.Sprintf("%d.00", i), ""})
	}
	r := laidCells(t, styledDoc(t, rows))
	pages := byPage(r.ops)
	if len(pages) < 2 {
		t.Fatalf("%d pages, want the table over two", len(pages))
	}
	checked := 0
	for p, ops := range pages {
		var heads int
		for _, o := range ops {
			if o.kind == opText && o.text == "项目" {
				heads++
				if o.color != "FFFFFF" || fillUnder(ops, o) != "4472C4" {
					t.Errorf("page %d: header drawn %q on %q, want white on 4472C4", p+1, o.color, fillUnder(ops, o))
				}
			}
			if o.kind == opText && len(o.text) > 3 && o.text[:3] == "行" {
				var n int
				fmt.Sscanf(narrow(o.text[3:]), "%d", &n)
				checked++
				want := map[bool]string{true: "D9E2F3", false: ""}[n%2 == 1]
				if n == 80 {
					want = "" // the total row
				}
				if got := fillUnder(ops, o); got != want {
					t.Errorf("page %d: %s on %q, want %q", p+1, o.text, got, want)
				}
			}
		}
		if heads != 1 {
			t.Errorf("page %d: header drawn %d times", p+1, heads)
		}
	}
	if checked != 80 {
		t.Errorf("%d body rows' text found, want 80", checked)
	}
}

// TestLightShadingIsDrawn: Word's 「浅色底纹」: 1 pt rules over and under
// the header and the total row and none down the table, the header bold,
// the bands a quarter grey.
func TestLightShadingIsDrawn(t *testing.T) {
	rows := [][]string{{"项目", "金额", "备注"}, {"甲", "1.00", "一"}, {"乙", "2.00", "二"}, {"丙", "3.00", "三"}, {"合计", "6.00", "无"}}
	look := `w:firstRow="1" w:lastRow="1" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"`
	doc, err := wordmodel.Read(ts.Docx(ts.Styles(ts.LightShading), ts.Table("a5", look, 3, rows)+ts.Para("", "")))
	if err != nil {
		t.Fatal(err)
	}
	r := laidCells(t, doc)
	header := r.fs.role(r.p.Table.HeaderFont)
	for _, tc := range []struct {
		text, fill string
		bold       bool
	}{{"项目", "", true}, {"甲", "C0C0C0", false}, {"1.00", "C0C0C0", false}, {"乙", "", false}, {"丙", "C0C0C0", false}, {"合计", "", true}} {
		o := textOp(t, r, tc.text)
		if got := fillUnder(r.ops, o); got != tc.fill {
			t.Errorf("%s on a fill of %q, want %q", tc.text, got, tc.fill)
		}
		if (o.face == header) != tc.bold {
			t.Errorf("%s drawn in %s, bold %v", tc.text, o.face.family, tc.bold)
		}
	}
	var across []float64
	for _, o := range r.ops {
		if o.kind != opFill || o.h > 2 {
			continue
		}
		if o.h > o.w && o.w < 1 {
			t.Errorf("a line down the table at x %.1f mm: %+v", o.x, o)
		}
		if o.w > o.h && o.h < 1 {
			if math.Abs(o.h-pt(1)) > 0.01 {
				t.Errorf("a rule %.2f mm thick, want 1 pt", o.h)
			}
			if !slices.ContainsFunc(across, func(y float64) bool { return math.Abs(y-o.y) < 0.01 }) {
				across = append(across, o.y) // drawn cell by cell
			}
		}
	}
	// Over and under the header and the total row, the table's top and
	// bottom among them: four rules across, none between the body rows.
	if len(across) != 4 {
		t.Errorf("%d rules across the table at %v, want 4", len(across), across)
	}
}

// TestAStyleHeaderRowRepeats: a table whose style's header row format
// repeats the row (trPr's tblHeader in the firstRow format) has its first
// row drawn again at the top of each page it runs onto, though the row
// itself says nothing of it.
func TestAStyleHeaderRowRepeats(t *testing.T) {
	var rows [][]string
	for i := range 60 {
		rows = append(rows, []string{wide(fmt.Sprintf("格%d-0", i)), wide(fmt.Sprintf("格%d-1", i)), wide(fmt.Sprintf("格%d-2", i))})
	}
	table := strings.Replace(ts.Table("Repeat", ts.Look04A0, 3, rows), `<w:trPr><w:tblHeader/></w:trPr>`, "", 1)
	doc, err := wordmodel.Read(ts.Docx(ts.Styles(ts.Repeating), table+ts.Para("", "")))
	if err != nil {
		t.Fatal(err)
	}
	r := laidCells(t, doc)
	heads, pages := 0, len(kindOf(r, opPage))
	for _, o := range kindOf(r, opText) {
		if strings.HasPrefix(o.text, wide("格0-1")) {
			heads++
		}
	}
	if pages < 2 || heads != pages {
		t.Errorf("the header row drawn %d times on %d pages", heads, pages)
	}
}
