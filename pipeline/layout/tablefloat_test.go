package layout

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// floating is a floating table as Word writes one dragged by its handle:
// tblpPr, twips wide in two columns, rows of two cells, its lines green.
func floating(tblpPr string, twips int, rows int) string {
	var trs []string
	for i := range rows {
		a := "甲"
		if i > 0 {
			a = "乙"
		}
		trs = append(trs, rt.Row(false, rt.Word.Cell(twips/2, "", "", rt.Para(rt.Word.Run("", a))), rt.Word.Cell(twips/2, "", "", rt.Para(rt.Word.Run("", "1.00")))))
	}
	return rt.Placed(tblpPr+fmt.Sprintf(`<w:tblW w:w="%d" w:type="dxa"/>`, twips), []int{twips / 2, twips / 2}, trs...)
}

// tableBox is the box of the green lines drawn on page (1 for the first),
// the table's outer edges; ok false where none is drawn there.
func tableBox(r *renderer, page int) (x0, y0, x1, y1 float64, ok bool) {
	x0, y0, x1, y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	p := 0
	for _, o := range r.ops {
		if o.kind == opPage {
			p++
		}
		if p == page && o.kind == opFill && o.color == "00C000" {
			x0, y0, x1, y1 = min(x0, o.x), min(y0, o.y), max(x1, o.x+o.w), max(y1, o.y+o.h)
			ok = true
		}
	}
	return x0, y0, x1, y1, ok
}

const twip = ptToMM / 20

// TestTextWrapsAroundAFloatingTable: a table dragged to the margin's
// right, anchored to the paragraph after it, stands at that paragraph's
// top, its right border on the margin; that paragraph's lines beside it
// end its leftFromText short of it, and the lines under it (with its
// bottomFromText) are whole again.
func TestTextWrapsAroundAFloatingTable(t *testing.T) {
	tbl := floating(`<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:bottomFromText="113" w:vertAnchor="text" w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="1"/>`, 3000, 4)
	r := laidDocx(t, rt.Docx(t, rt.Para(rt.Word.Run("", "前文"))+tbl+rt.Para(rt.Word.Run("", report+report)), "", nil))
	x0, y0, x1, y1, ok := tableBox(r, 1)
	if !ok {
		t.Fatal("the table is not drawn")
	}
	right := r.left() + r.width()
	if !nearly(x1, right, 0.3) || !nearly(x1-x0, 3000*twip, 0.5) {
		t.Errorf("the table spans %.2f–%.2f, want its right border at the margin %.2f, %.2f wide", x0, x1, right, 3000*twip)
	}
	bands := bandsOf(r)
	if bands[0].text() != "前文" {
		t.Fatalf("first line %q", bands[0].text())
	}
	// The first line's glyphs stand as far under the text block's top
	// as the anchor paragraph's under its top, where the table's is.
	k := slices.IndexFunc(bands, func(b textBand) bool { return strings.HasPrefix(b.text(), "本年度") })
	if anchorTop := bands[k].top - (bands[0].top - r.top()); !nearly(y0, anchorTop+1*twip, 0.2) { // its top line centred on its top
		t.Errorf("the table's top at %.2f, its anchor paragraph's at %.2f", y0, anchorTop)
	}
	beside, under := 0, 0
	for _, b := range bands[1:] {
		if strings.ContainsAny(b.text(), "甲乙1") {
			continue // the table's own
		}
		switch {
		case b.top < y1+113*twip-0.01:
			beside++
			if b.right() > x0-180*twip+overhang {
				t.Errorf("%q beside the table ends at %.2f, past %.2f", b.text(), b.right(), x0-180*twip)
			}
		default:
			under++
			if under == 1 && b.right() < right-r.g.cell-0.5 {
				t.Errorf("the first line under the table ends at %.2f, short of the margin %.2f", b.right(), right)
			}
		}
	}
	if beside < 2 || under < 2 {
		t.Errorf("%d lines beside the table, %d under it", beside, under)
	}
}

// TestAFloatingTableTheTextCannotPassIsInLine: a table across the text
// (vertAnchor text, tblpY 0), as Word leaves one the clerk nudged, has its
// paragraph start under it: it comes out as a table in the flow would.
func TestAFloatingTableTheTextCannotPassIsInLine(t *testing.T) {
	body := rt.Para(rt.Word.Run("", "前文")) + floating(`<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:tblpY="0"/>`, 8800, 3) + rt.Para(rt.Word.Run("", "后文"))
	r := laidDocx(t, rt.Docx(t, body, "", nil))
	_, y0, _, y1, _ := tableBox(r, 1)
	var before, after textBand
	for _, b := range bandsOf(r) {
		switch b.text() {
		case "前文":
			before = b
		case "后文":
			after = b
		}
	}
	if before.ops == nil || after.ops == nil {
		t.Fatal("the paragraphs are not drawn")
	}
	if y0 < before.ops[0].y {
		t.Errorf("the table's top %.2f over the line before it (%.2f)", y0, before.ops[0].y)
	}
	if after.top < y1 {
		t.Errorf("the line after the table at %.2f, over the table ending at %.2f", after.top, y1)
	}
}

// TestAFloatingTableGoesOnWithItsParagraph: a floating table whose place
// is too low on the page for it moves to the next page's top with its
// anchor paragraph, as Word moves it; nothing of it on the first page.
func TestAFloatingTableGoesOnWithItsParagraph(t *testing.T) {
	var fill []string
	for range 20 {
		fill = append(fill, rt.Para(rt.Word.Run("", "前文一行")))
	}
	body := strings.Join(fill, "") + floating(`<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="1"/>`, 3000, 8) + rt.Para(rt.Word.Run("", "锚定段落"))
	r := laidDocx(t, rt.Docx(t, body, "", nil))
	if _, _, _, _, ok := tableBox(r, 1); ok {
		t.Errorf("the table is drawn on the first page")
	}
	_, y0, _, y1, ok := tableBox(r, 2)
	if !ok || !nearly(y0, r.top()+twip, 1.5) || y1 > r.blockBottom() {
		t.Errorf("on page 2 the table spans %.2f–%.2f (drawn %v), the text block from %.2f", y0, y1, ok, r.top())
	}
	for _, b := range bandsOf(r) {
		if b.text() == "锚定段落" && b.page != 2 {
			t.Errorf("its anchor paragraph is on page %d", b.page)
		}
	}
}

// TestAFloatingTablePlacedOnThePage: from the page's edges by offset (one
// whose offset would take it past the text block's foot pulled up to end
// there, on its page), centred across the margin, at the margin's
// bottom; one that may not overlap another goes under it.
func TestAFloatingTablePlacedOnThePage(t *testing.T) {
	for _, tc := range []struct {
		name, tblpPr string
		// at is where the table's top left corner belongs, h high.
		at func(r *renderer, h float64) (x, y float64)
	}{
		{"page offsets", `<w:tblpPr w:vertAnchor="page" w:horzAnchor="page" w:tblpX="2000" w:tblpY="3000"/>`,
			func(*renderer, float64) (float64, float64) { return 2000 * twip, 3000 * twip }},
		{"past the page's foot, pulled up", `<w:tblpPr w:vertAnchor="page" w:horzAnchor="page" w:tblpX="2000" w:tblpY="16000"/>`,
			func(r *renderer, h float64) (float64, float64) { return 2000 * twip, r.blockBottom() - h }},
		{"centred at the margin's bottom", `<w:tblpPr w:vertAnchor="margin" w:horzAnchor="margin" w:tblpXSpec="center" w:tblpYSpec="bottom"/>`,
			func(r *renderer, h float64) (float64, float64) {
				return r.left() + (r.width()-3000*twip)/2, r.blockBottom() - h
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := laidDocx(t, rt.Docx(t, floating(tc.tblpPr, 3000, 2)+rt.Para(rt.Word.Run("", "锚定")), "", nil))
			x0, y0, _, y1, ok := tableBox(r, 1)
			x, y := tc.at(r, y1-y0)
			if !ok || !nearly(x0, x, 0.3) || !nearly(y0, y, 0.3) {
				t.Errorf("the table at (%.2f, %.2f), want (%.2f, %.2f)", x0, y0, x, y)
			}
		})
	}
	t.Run("by WPS, to the first cell's text", func(t *testing.T) {
		pr := `<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="page" w:horzAnchor="page" w:tblpX="2000" w:tblpY="3000"/>`
		r := laidDocx(t, rt.Compat(t, rt.Docx(t, floating(pr, 3000, 2)+rt.Para(rt.Word.Run("", "锚定")), "", nil), 0))
		if x0, _, _, _, _ := tableBox(r, 1); !nearly(x0, (2000-108)*twip, 0.3) {
			t.Errorf("the table's border at %.2f, want the cell's margin left of %.2f", x0, 2000*twip)
		}
	})
	t.Run("never overlapping", func(t *testing.T) {
		pr := `<w:tblpPr w:vertAnchor="page" w:horzAnchor="page" w:tblpX="2000" w:tblpY="3000"/><w:tblOverlap w:val="never"/>`
		r := laidDocx(t, rt.Docx(t, floating(pr, 3000, 2)+floating(pr, 3000, 2)+rt.Para(rt.Word.Run("", "锚定")), "", nil))
		var tops []float64
		for _, o := range kindOf(r, opText) {
			if o.text == "甲" {
				tops = append(tops, glyphTop(o))
			}
		}
		_, y0, _, y1, _ := tableBox(r, 1)
		if len(tops) != 2 || tops[1] < tops[0]+(y1-y0)/2-0.5 {
			t.Errorf("the tables' first rows at %v: the second overlaps the first", tops)
		}
	})
}

// TestAFloatingTableTallerThanAPage is laid out in the flow, its rows
// going on over the pages, and warned of by its first cell; one placed
// above its anchor paragraph, over text already set, is warned of too,
// but not one reaching only into the space after the paragraph above.
func TestAFloatingTableTallerThanAPage(t *testing.T) {
	tall := floating(`<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:tblpY="1"/>`, 3000, 40)
	r := laidDocx(t, rt.Docx(t, tall+rt.Para(rt.Word.Run("", "后文")), "", nil))
	_, _, _, _, first := tableBox(r, 1)
	_, _, _, _, second := tableBox(r, 2)
	if !first || !second || !slices.ContainsFunc(r.warnings, func(w string) bool {
		return strings.Contains(w, "浮动表格（首格为“甲”的表格）比一页还高")
	}) {
		t.Errorf("drawn on pages 1 and 2: %v %v; warnings %q", first, second, r.warnings)
	}
	high := floating(`<w:tblpPr w:vertAnchor="text" w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="-600"/>`, 3000, 2)
	r = laidDocx(t, rt.Docx(t, rt.Para(rt.Word.Run("", report))+high+rt.Para(rt.Word.Run("", "后文")), "", nil))
	if !slices.ContainsFunc(r.warnings, func(w string) bool { return strings.Contains(w, "高出它所锚定的段落") }) {
		t.Errorf("warnings %q", r.warnings)
	}
	// Dragged up into the space after the paragraph above (12 pt), no
	// further: nothing to say.
	spaced := `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:spacing w:after="240"/></w:pPr>` + rt.Word.Run("", "前文") + `</w:p>`
	nudged := floating(`<w:tblpPr w:vertAnchor="text" w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="-200"/>`, 3000, 2)
	r = laidDocx(t, rt.Docx(t, spaced+nudged+rt.Para(rt.Word.Run("", "后文")), "", nil))
	if len(r.warnings) > 0 {
		t.Errorf("warnings %q", r.warnings)
	}
}
