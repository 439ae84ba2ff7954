package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestFootnoteBoxesAndShading: a footnote's shaded, boxed paragraph is
// drawn at the foot as a body paragraph is: its fill behind its lines,
// its top line over them and its bottom line under them, the room of
// the lines taken from the page's text; split over two pages, the box is
// open at the break, its top line on the first page, its bottom line on
// the next.
func TestFootnoteBoxesAndShading(t *testing.T) {
	line := &wordmodel.Border{Style: "single", Width: 0.5, Space: 1, Color: "000000"}
	for _, tc := range []struct {
		name  string
		lines int
	}{{"on its page", 3}, {"going on overleaf", 12}} {
		doc := longNoteDoc(20, tc.lines, wordmodel.NoteSeparators{})
		for _, b := range doc.Blocks {
			if p := b.(*wordmodel.Paragraph); len(p.Footnotes) > 0 && strings.HasPrefix(p.Footnotes[0].Paragraphs[0].Text, "1") {
				np := p.Footnotes[0].Paragraphs[0]
				np.Shading, np.Borders = "E7E6E6", &wordmodel.Borders{Top: line, Bottom: line}
			}
		}
		fills, rules, texts := pagedOps(t, doc, opFill), pagedOps(t, doc, opLine), pagedOps(t, doc, opText)
		pages := map[int]bool{}
		for _, p := range texts {
			if p.op.text == "续" {
				pages[p.page] = true
			}
		}
		var tops, bottoms []int
		filled := map[int]bool{}
		for _, f := range fills {
			if f.op.color != "E7E6E6" {
				continue
			}
			filled[f.page] = true
			for _, p := range texts {
				if p.op.text == "续" && p.page == f.page && (p.op.y < f.op.y || p.op.y > f.op.y+f.op.h) {
					t.Errorf("%s: the note's text at %.1f mm outside its fill %.1f to %.1f on page %d", tc.name, p.op.y, f.op.y, f.op.y+f.op.h, f.page)
					break
				}
			}
			// The box's lines lie on its fill's edges (the separators
			// 2 mm above the notes' first line).
			for _, r := range rules {
				switch {
				case r.page != f.page || !near(r.op.w, 160):
				case r.op.y > f.op.y-0.5 && r.op.y < f.op.y+0.5:
					tops = append(tops, r.page)
				case r.op.y > f.op.y+f.op.h-0.5 && r.op.y < f.op.y+f.op.h+0.5:
					bottoms = append(bottoms, r.page)
				}
			}
		}
		var first, last int
		for p := range pages {
			if first == 0 || p < first {
				first = p
			}
			last = max(last, p)
		}
		if len(tops) == 0 || tops[0] != first || len(bottoms) == 0 || bottoms[len(bottoms)-1] != last {
			t.Errorf("%s: the box's top lines on pages %v, bottom lines on %v; the note on pages %v", tc.name, tops, bottoms, pages)
		}
		if len(filled) != len(pages) {
			t.Errorf("%s: the note's fill on pages %v, its text on %v", tc.name, filled, pages)
		}
		if len(tops) != 1 || len(bottoms) != 1 || tc.lines == 12 && len(pages) != 2 {
			t.Errorf("%s: the note on pages %v, top lines %v, bottom lines %v: want it open at the break", tc.name, pages, tops, bottoms)
		}
	}
}
