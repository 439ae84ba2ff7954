package layout

import (
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestVMLShadowsAreSolidCopies: a VML rectangle's plain shadow is drawn
// before (under) it, its inside and line in the shadow's colour, the
// same size, moved by the offset across and down; a line's shadow is the
// line moved, in the shadow's colour; a shape with none draws none.
func TestVMLShadowsAreSolidCopies(t *testing.T) {
	rect := st.Pict(`<v:rect id="矩形 1" style="position:absolute;margin-left:20pt;margin-top:10pt;width:100pt;height:50pt;z-index:1" fillcolor="#ffc000" strokecolor="#0070c0" strokeweight="1pt"><v:shadow on="t" color="#404040" offset="6pt,4pt"/><w10:wrap type="square"/></v:rect>`)
	line := st.Pict(`<v:line id="直线 2" style="position:absolute;z-index:2" from="0,100pt" to="200pt,100pt" strokecolor="red" strokeweight="2pt"><v:shadow on="t" color="#7f7f7f" offset="1pt,3pt"/></v:line>`)
	plain := st.Pict(`<v:rect id="矩形 3" style="position:absolute;margin-left:300pt;margin-top:10pt;width:50pt;height:50pt;z-index:3" fillcolor="#00b050" stroked="f"/>`)
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("锚"), rect, line, plain), nil))
	ps := paths(r)
	at := func(fill, stroke string) int {
		for i, p := range ps {
			if p.Fill == fill && p.Stroke == stroke {
				return i
			}
		}
		t.Fatalf("no path filled %q stroked %q among %d", fill, stroke, len(ps))
		return -1
	}
	pt := ptToMM
	fill, shade := at("FFC000", ""), at("404040", "")
	x, y, w, h := ps[fill].Bounds()
	sx, sy, sw, sh := ps[shade].Bounds()
	if shade > fill || !nearly(sx-x, 6*pt, 0.01) || !nearly(sy-y, 4*pt, 0.01) || !nearly(sw, w, 0.01) || !nearly(sh, h, 0.01) {
		t.Errorf("the shadow (path %d) at %.2f, %.2f, %.2f by %.2f; the rectangle (path %d) at %.2f, %.2f, %.2f by %.2f: want under it, 6 pt right and 4 pt down", shade, sx, sy, sw, sh, fill, x, y, w, h)
	}
	if outline, shadowLine := at("", "0070C0"), at("", "404040"); shadowLine > outline || ps[shadowLine].Width != ps[outline].Width {
		t.Errorf("the shadow's line (path %d, %.2f wide) against the rectangle's (path %d, %.2f wide)", shadowLine, ps[shadowLine].Width, outline, ps[outline].Width)
	}
	red, grey := at("", "FF0000"), at("", "7F7F7F")
	lx, ly, _, _ := ps[red].Bounds()
	gx, gy, _, _ := ps[grey].Bounds()
	if grey > red || !nearly(gx-lx, 1*pt, 0.01) || !nearly(gy-ly, 3*pt, 0.01) {
		t.Errorf("the line's shadow at %.2f, %.2f, the line at %.2f, %.2f: want 1 pt right, 3 pt down, drawn first", gx, gy, lx, ly)
	}
	green := 0
	for _, p := range ps {
		if p.Fill == "00B050" {
			green++
		}
	}
	if green != 1 || len(ps) != 7 {
		t.Errorf("%d paths, %d green: want 7, the shape without a shadow once", len(ps), green)
	}
}
