package layout

import (
	"math"
	"strconv"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestArrowsAndRotatedBoxesAsLibreOfficeDrawsThem: a 2 pt red arrow (an
// oval at its start, a large triangle at its end) and a yellow text box
// rotated 30° cover, within half a millimetre, the part of the page they
// cover in LibreOffice's print of the same document: the arrowheads as
// wide and as far out, the box turned the same. Skipped without
// LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestArrowsAndRotatedBoxesAsLibreOfficeDrawsThem(t *testing.T) {
	const mm, dpi = 36000, 200
	a := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 100 * mm, CX: 60 * mm, CY: 0}
	ln := `<a:ln w="25400"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill><a:headEnd type="oval"/><a:tailEnd type="triangle" w="lg" len="lg"/></a:ln>`
	b := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 150 * mm, CX: 60 * mm, CY: 20 * mm}
	body := st.Para(st.Text("锚"), st.Run(a.Drawing(1, "直接箭头连接符 1", st.Shape(a, "straightConnector1", "", ln, "", "", "")), ""),
		st.Run(b.Drawing(2, "文本框 2", st.Shape(b, "rect", ` rot="1800000"`, st.Fill("FFFF00"), "", st.Para(st.Text("旋转")), ">")), ""))
	docx := st.Docx(t, body, nil)
	page := libreOfficePage(t, docx, dpi)
	_, r := laidShapes(t, docx)
	for _, c := range []struct {
		name  string
		color string
		match func(r, g, b uint32) bool
	}{
		{"the arrow", "FF0000", func(r, g, b uint32) bool { return r > 200 && g < 80 && b < 80 }},
		{"the rotated box", "FFFF00", func(r, g, b uint32) bool { return r > 200 && g > 200 && b < 80 }},
	} {
		coversAsLibreOffice(t, r, page, dpi, c.name, c.color, false, c.match)
	}
}

// TestPresetPolygonsAsLibreOfficeDrawsThem: preset polygons (a star, a
// right arrow with its own adjust values, a trapezoid, a chevron), each
// filled in a colour of its own, cover within half a millimetre the part
// of the page they cover in LibreOffice's print of the same document,
// and as much of it (their areas within 3%): LibreOffice evaluates the
// same preset definitions.
// Skipped without LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestPresetPolygonsAsLibreOfficeDrawsThem(t *testing.T) {
	const mm, dpi = 36000, 200
	shapes := []struct {
		prst, color string
		y           int
	}{
		{"star5", "FF0000", 60},
		{`<a:prstGeom prst="rightArrow"><a:avLst><a:gd name="adj1" fmla="val 30000"/><a:gd name="adj2" fmla="val 80000"/></a:avLst></a:prstGeom>`, "00FF00", 110},
		{`<a:prstGeom prst="trapezoid"><a:avLst><a:gd name="adj" fmla="val 40000"/></a:avLst></a:prstGeom>`, "0000FF", 160},
		{"chevron", "FF00FF", 210},
	}
	runs := []string{st.Text("锚")}
	for i, s := range shapes {
		a := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: s.y * mm, CX: 60 * mm, CY: 30 * mm}
		runs = append(runs, st.Run(a.Drawing(i+1, "形状", st.Shape(a, s.prst, "", st.Fill(s.color)+`<a:ln><a:noFill/></a:ln>`, "", "", "")), ""))
	}
	docx := st.Docx(t, st.Para(runs...), nil)
	page := libreOfficePage(t, docx, dpi)
	_, r := laidShapes(t, docx)
	for _, s := range shapes {
		var want [3]uint32
		for i := range want {
			v, _ := strconv.ParseUint(s.color[2*i:2*i+2], 16, 8)
			want[i] = uint32(v)
		}
		match := func(r, g, b uint32) bool {
			return max(r, want[0])-min(r, want[0]) < 40 && max(g, want[1])-min(g, want[1]) < 40 && max(b, want[2])-min(b, want[2]) < 40
		}
		lx0, ly0, lx1, ly1, ok := pixelBox(page, dpi, match)
		if !ok {
			t.Fatalf("LibreOffice draws no %s", s.color)
		}
		var x0, y0, x1, y1, area float64
		for _, p := range paths(r) {
			if p.Fill == s.color {
				x, y, w, h := p.Bounds()
				x0, y0, x1, y1 = x, y, x+w, y+h
				for i, seg := range p.Segs[:len(p.Segs)-1] {
					a, b := seg.Pts[0], p.Segs[(i+1)%(len(p.Segs)-1)].Pts[0]
					area += (a.X*b.Y - b.X*a.Y) / 2
				}
			}
		}
		if !nearly(x0, lx0, 0.5) || !nearly(y0, ly0, 0.5) || !nearly(x1, lx1, 0.5) || !nearly(y1, ly1, 0.5) {
			t.Errorf("%s covers %.2f–%.2f × %.2f–%.2f mm, LibreOffice's %.2f–%.2f × %.2f–%.2f", s.color, x0, x1, y0, y1, lx0, lx1, ly0, ly1)
		}
		if lo := pixelArea(page, dpi, match); math.Abs(math.Abs(area)-lo) > 0.03*lo {
			t.Errorf("%s covers %.1f mm², LibreOffice's %.1f", s.color, math.Abs(area), lo)
		}
	}
}
