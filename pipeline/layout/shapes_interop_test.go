package layout

import (
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
		lx0, ly0, lx1, ly1, ok := pixelBox(page, dpi, c.match)
		if !ok {
			t.Fatalf("LibreOffice draws no %s", c.name)
		}
		x0, y0, x1, y1 := 1e9, 1e9, -1e9, -1e9
		for _, p := range paths(r) {
			if p.Fill == c.color || p.Stroke == c.color {
				x, y, w, h := p.Bounds()
				x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x+w), max(y1, y+h)
			}
		}
		const tol = 0.5
		if !nearly(x0, lx0, tol) || !nearly(y0, ly0, tol) || !nearly(x1, lx1, tol) || !nearly(y1, ly1, tol) {
			t.Errorf("%s covers %.2f–%.2f × %.2f–%.2f mm, LibreOffice's %.2f–%.2f × %.2f–%.2f", c.name, x0, x1, y0, y1, lx0, lx1, ly0, ly1)
		}
	}
}
