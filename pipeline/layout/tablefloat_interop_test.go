package layout

import (
	"slices"
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestAFloatingTableAsLibreOfficeLaysItOut: a floating table placed by
// offset from the margin, anchored to the paragraph after it, stands
// where LibreOffice puts it (its first row's top within a millimetre; its
// left within 2.5 mm: LibreOffice 7 takes the cell's margin off tblpX in
// any mode, Word 2013 only in older modes), and that paragraph's text
// wraps around it as LibreOffice wraps it: as many lines beside it, and
// text on both its sides.
// Skipped without LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestAFloatingTableAsLibreOfficeLaysItOut(t *testing.T) {
	tbl := floating(`<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:bottomFromText="113" w:vertAnchor="text" w:horzAnchor="margin" w:tblpX="5000" w:tblpY="300"/>`, 3000, 4)
	docx := rt.Docx(t, rt.Para(rt.Word.Run("", "前文"))+tbl+rt.Para(rt.Word.Run("", report+report)), "", nil)
	type word struct {
		x0, y0, x1 float64
		text       string
	}
	// besideOf is the tops of the lines of text beside the table, whose
	// first cell's word is first, and whether there is text on both sides.
	besideOf := func(words []word) (tops []float64, left, right bool, x0, y0 float64) {
		cell := slices.IndexFunc(words, func(w word) bool { return w.text == "甲" })
		if cell < 0 {
			t.Fatal("the table is not drawn")
		}
		x0, y0 = words[cell].x0, words[cell].y0
		last := y0
		for _, w := range words {
			if strings.ContainsAny(w.text, "甲乙") {
				last = max(last, w.y0)
			}
		}
		for _, w := range words {
			if strings.ContainsAny(w.text, "甲乙1前") || w.y0 < y0-5 || w.y0 > last+1 {
				continue
			}
			left, right = left || w.x1 < x0, right || w.x0 > x0+20
			if !slices.ContainsFunc(tops, func(y float64) bool { return nearly(y, w.y0, 1) }) {
				tops = append(tops, w.y0)
			}
		}
		return tops, left, right, x0, y0
	}
	var lo []word
	for _, w := range libreOfficeWords(t, docx) {
		if w.page == 1 {
			lo = append(lo, word{w.x0, w.y0, w.x1, w.text})
		}
	}
	var ours []word
	for _, o := range kindOf(laidDocx(t, docx), opText) {
		// LibreOffice's PDF gives its faces no ascent, which poppler
		// takes as 0.95 of the size: ours are read the same way, from
		// the baseline, so that the faces' own ascents do not count.
		ours = append(ours, word{o.x, o.y - 0.95*o.size*ptToMM, o.x + o.face.width(o.text, o.size), o.text})
	}
	loTops, loLeft, loRight, loX, loY := besideOf(lo)
	tops, left, right, x, y := besideOf(ours)
	if !nearly(x, loX, 2.5) || !nearly(y, loY, 1) {
		t.Errorf("the first cell's text at (%.2f, %.2f), LibreOffice's at (%.2f, %.2f)", x, y, loX, loY)
	}
	if len(tops) != len(loTops) || left != loLeft || right != loRight {
		t.Errorf("%d lines beside the table (text left %v, right %v); LibreOffice's %d (%v, %v)", len(tops), left, right, len(loTops), loLeft, loRight)
	}
}

// TestATableBesideAPictureAsLibreOfficeLaysItOut: a table after a
// paragraph whose photo, wrapped square, reaches down past it stands
// beside the photo where LibreOffice puts it: narrowed short of one at
// the right, moved in past one at the left; its edges (its green lines)
// within 0.6 mm of LibreOffice's, its top beside the photo, not under it.
// Skipped without LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestATableBesideAPictureAsLibreOfficeLaysItOut(t *testing.T) {
	const mm, dpi = 36000, 100
	for _, tc := range []struct {
		side  string
		twips int
	}{{"right", 9000}, {"left", 4000}} {
		seal := sealtest.Float{Anchor: st.Anchor{H: "margin", V: "paragraph", AlignX: tc.side, CX: 40 * mm, CY: 40 * mm, Wrap: `wp:wrapSquare wrapText="bothSides"`}}
		body := st.Para(st.Text("图片段落"), seal.Run(7, "公章", "rIdSeal")) + floating("", tc.twips, 4) + rt.Para(rt.Word.Run("", "后文"))
		docx := sealtest.Docx(t, body, "")
		lx0, ly0, lx1, _, ok := pixelBox(libreOfficePage(t, docx, dpi), dpi, func(r, g, b uint32) bool { return g > 150 && r < 80 && b < 80 })
		if !ok {
			t.Fatal("LibreOffice draws no table")
		}
		_, r := laidShapes(t, docx)
		x0, y0, x1, _, _ := tableBox(r, 1)
		if !nearly(x0, lx0, 0.6) || !nearly(x1, lx1, 0.6) || !nearly(y0, ly0, 1) {
			t.Errorf("%s: the table spans %.2f–%.2f from %.2f; LibreOffice's %.2f–%.2f from %.2f", tc.side, x0, x1, y0, lx0, lx1, ly0)
		}
	}
}
