package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// pagesOf are the laid-out operations page by page, each without its
// opPage.
func pagesOf(r *renderer) [][]op {
	var out [][]op
	for _, o := range r.ops {
		if o.kind == opPage {
			out = append(out, nil)
			continue
		}
		out[len(out)-1] = append(out[len(out)-1], o)
	}
	return out
}

// pathOps are the path operations among ops.
func pathOps(ops []op) []*Path {
	var out []*Path
	for _, o := range ops {
		if o.kind == opPath {
			out = append(out, o.path)
		}
	}
	return out
}

// twoPages is a body of two pages of text.
var twoPages = rt.PageBreak("第一页") + rt.Para(rt.Word.Run("", "第二页"))

// TestPageBordersAreDrawnWhereWordPutsThem: a box of four lines, each in
// its side's style, width and colour, measured from the page's edge
// (offsetFrom page) or outside the text block (Word's default) and the
// footer (unless the settings leave it out), on every page; the corners
// closed; in front of the text unless zOrder is back.
func TestPageBordersAreDrawnWhereWordPutsThem(t *testing.T) {
	const mm = 25.4 / 1440                                                 // a twip
	top, left, bottom, right := 2098*mm, 1588*mm, 297-1984*mm, 210-1474*mm // the template's text block
	footer := 297 - 1247*mm                                                // its footer's foot
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		red := rt.Side{Style: "single", Sz: 12, Color: "FF0000", Space: 24}
		r := laidDocx(t, rt.Docx(t, twoPages, w.PgBorders(`w:offsetFrom="page"`, red, red, red, red), nil))
		pages := pagesOf(r)
		if len(pages) != 2 {
			t.Fatalf("%v: %d pages", w, len(pages))
		}
		for n, ops := range pages {
			ps := pathOps(ops)
			if len(ps) != 4 {
				t.Fatalf("%v: page %d has %d border lines, want 4", w, n+1, len(ps))
			}
			mid := 24*ptToMM + 0.75*ptToMM // the line's middle: its space and half its width in from the edge
			want := [][4]float64{{mid - 0.75*ptToMM, mid, 210 - mid + 0.75*ptToMM, mid}, {mid - 0.75*ptToMM, 297 - mid, 210 - mid + 0.75*ptToMM, 297 - mid},
				{mid, mid, mid, 297 - mid}, {210 - mid, mid, 210 - mid, 297 - mid}}
			for i, p := range ps {
				a, b := p.Segs[0].Pts[0], p.Segs[1].Pts[0]
				if got := [4]float64{a.X, a.Y, b.X, b.Y}; !nearAll(got, want[i]) || p.Stroke != "FF0000" || !near(p.Width, 1.5*ptToMM) || p.Dash != nil {
					t.Errorf("%v: page %d line %d from %v to %v in %s %.2f mm, want %v", w, n+1, i, a, b, p.Stroke, p.Width, want[i])
				}
			}
			if ops[len(ops)-1].kind != opPath {
				t.Errorf("%v: page %d's borders are not in front of its text", w, n+1)
			}
		}
		// From the text, double on top, dotted on the left, none at the
		// bottom, behind the text.
		fromText := rt.Docx(t, twoPages, w.PgBorders(`w:zOrder="back"`, rt.Side{Style: "double", Sz: 4, Color: "auto", Space: 1},
			rt.Side{Style: "dotted", Sz: 8, Color: "0000FF", Space: 4}, rt.Side{}, rt.Side{Style: "single", Sz: 4, Color: "auto", Space: 4}), nil)
		r = laidDocx(t, fromText)
		if y := pathOps(pagesOf(r)[0])[3].Segs[1].Pts[0].Y; !near(y, footer) {
			t.Errorf("%v: the right line ends at %.2f, not round the footer to %.2f", w, y, footer)
		}
		r = laidDocx(t, opctest.Edit(t, fromText, map[string]func(string) string{"word/settings.xml": func(s string) string {
			return strings.Replace(s, "<w:defaultTabStop", "<w:bordersDoNotSurroundFooter/><w:defaultTabStop", 1)
		}}))
		for n, ops := range pagesOf(r) {
			ps := pathOps(ops)
			if len(ps) != 4 {
				t.Fatalf("%v: from the text, page %d has %d border strands, want 4", w, n+1, len(ps))
			}
			w1 := 0.5 * ptToMM
			if y := ps[0].Segs[0].Pts[0].Y; !near(y, top-1*ptToMM-w1*1.5-w1) || !near(ps[1].Segs[0].Pts[0].Y, y+2*w1) {
				t.Errorf("%v: the double line's strands at %.2f, %.2f; the text block's top %.2f", w, y, ps[1].Segs[0].Pts[0].Y, top)
			}
			if x := ps[2].Segs[0].Pts[0].X; !near(x, left-4*ptToMM-0.5*ptToMM) || ps[2].Dash == nil || ps[2].Stroke != "0000FF" {
				t.Errorf("%v: the dotted line at %.2f (text from %.2f), %+v", w, x, left, ps[2])
			}
			if x, y := ps[3].Segs[0].Pts[0].X, ps[3].Segs[1].Pts[0].Y; !near(x, right+4*ptToMM+w1/2) || !near(y, bottom) {
				t.Errorf("%v: the right line at %.2f down to %.2f (text to %.2f, %.2f)", w, x, y, right, bottom)
			}
			if ops[0].kind != opPath {
				t.Errorf("%v: page %d's borders behind the text come after %+v", w, n+1, ops[0])
			}
		}
	}
}

// TestPageBordersShowOnTheirPages: display firstPage draws them on the
// section's first page only, notFirstPage on the others.
func TestPageBordersShowOnTheirPages(t *testing.T) {
	side := rt.Side{Style: "single", Sz: 4, Color: "auto", Space: 24}
	for _, c := range []struct {
		display string
		want    []int
	}{{"allPages", []int{4, 4}}, {"firstPage", []int{4, 0}}, {"notFirstPage", []int{0, 4}}} {
		r := laidDocx(t, rt.Docx(t, twoPages, rt.WPS.PgBorders(`w:display="`+c.display+`" w:offsetFrom="page"`, side, side, side, side), nil))
		for n, ops := range pagesOf(r) {
			if got := len(pathOps(ops)); got != c.want[n] {
				t.Errorf("%s: page %d has %d border lines, want %d", c.display, n+1, got, c.want[n])
			}
		}
	}
}

func nearAll(a, b [4]float64) bool {
	for i := range a {
		if !near(a[i], b[i]) {
			return false
		}
	}
	return true
}

// TestANewSectionsPageHasItsBorders: a landscape section after a page
// break has its own borders on its page, not the last section's.
func TestANewSectionsPageHasItsBorders(t *testing.T) {
	blue := rt.Side{Style: "single", Sz: 4, Color: "0000FF", Space: 24}
	red := rt.Side{Style: "single", Sz: 8, Color: "FF0000", Space: 24}
	first := `<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/>` +
		rt.Word.PgBorders(`w:offsetFrom="page" w:zOrder="back"`, blue, blue, blue, blue) + `</w:sectPr></w:pPr></w:p>`
	body := rt.PageBreak("一") + first + rt.Para(rt.Word.Run("", "二"))
	docx := rt.Docx(t, body, rt.Word.PgBorders(`w:offsetFrom="page"`, red, red, red, red), nil)
	docx = opctest.Edit(t, docx, map[string]func(string) string{"word/document.xml": func(s string) string {
		return strings.Replace(s, `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/><w:pgBorders w:offsetFrom="page"><w:top w:val="single" w:sz="8"`,
			`<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1588" w:right="2098" w:bottom="1474" w:left="1984" w:header="851" w:footer="1247" w:gutter="0"/><w:pgBorders w:offsetFrom="page"><w:top w:val="single" w:sz="8"`, 1)
	}})
	r := laidDocx(t, docx)
	pages := pagesOf(r)
	last := pages[len(pages)-1]
	var colours []string
	for _, p := range pathOps(last) {
		colours = append(colours, p.Stroke)
	}
	if len(colours) != 4 || strings.Count(strings.Join(colours, ""), "FF0000") != 4 {
		t.Errorf("%d pages; the landscape page's border lines are in %v, want 4 red", len(pages), colours)
	}
	if first := pathOps(pages[0]); len(first) != 4 || first[0].Stroke != "0000FF" {
		t.Errorf("the first page's borders: %d", len(first))
	}
}
