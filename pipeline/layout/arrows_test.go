package layout

import (
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestArrowheadsAreDrawn: a 1 pt arrow Word inserts (a triangle at its
// end, an oval at its start) is drawn with a filled triangle whose point
// is the line's end, 3 line widths long and wide (of 2 pt at least, as a
// hairline's), the line stopping at its base; an oval centred on its
// start; an open arrow as two strokes meeting at the end; and a VML line
// drawn from right to left keeps its arrowhead at its start.
func TestArrowheadsAreDrawn(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 100 * mm, CX: 50 * mm, CY: 0}
	ln := `<a:ln w="12700"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill><a:headEnd type="oval"/><a:tailEnd type="triangle"/></a:ln>`
	open := `<a:ln w="38100"><a:solidFill><a:srgbClr val="0000FF"/></a:solidFill><a:tailEnd type="arrow" w="lg" len="sm"/></a:ln>`
	b := a
	b.Y = 150 * mm
	vml := st.Pict(`<v:line id="直接箭头连接符 3" style="position:absolute;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" from="283.5pt,566.95pt" to="141.75pt,566.95pt" strokecolor="#00B050" strokeweight="1pt"><v:stroke endarrow="block"/></v:line>`)
	body := st.Para(st.Text("锚"), st.Run(a.Drawing(1, "直接箭头连接符 1", st.Shape(a, "straightConnector1", "", ln, "", "", "")), ""),
		st.Run(b.Drawing(2, "直接箭头连接符 2", st.Shape(b, "straightConnector1", "", open, "", "", "")), ""), vml)
	_, r := laidShapes(t, st.Docx(t, body, nil))
	ps := paths(r)
	if len(ps) != 7 {
		t.Fatalf("%d paths: %+v", len(ps), ps)
	}
	size := 3 * 0.7 // 3 widths of a 2 pt line: a 1 pt line's arrowhead
	line, oval, tri := ps[0], ps[1], ps[2]
	if lx, _, lw, _ := line.Bounds(); !nearly(lx+lw-line.Width/2, 100-size, 0.01) || line.Stroke != "FF0000" {
		t.Errorf("the line ends at %.2f, want the triangle's base at %.2f", lx+lw-line.Width/2, 100-size)
	}
	if x, y, w, h := tri.Bounds(); tri.Fill != "FF0000" || !nearly(x, 100-size, 0.01) || !nearly(w, size, 0.01) || !nearly(y, 100-size/2, 0.01) || !nearly(h, size, 0.01) {
		t.Errorf("the triangle fills %.2f %.2f %.2f %.2f in %q", x, y, w, h, tri.Fill)
	}
	if x, y, w, h := oval.Bounds(); oval.Fill != "FF0000" || !nearly(x+w/2, 50, 0.01) || !nearly(y+h/2, 100, 0.01) || !nearly(w, size, 0.01) {
		t.Errorf("the oval fills %.2f %.2f %.2f %.2f", x, y, w, h)
	}
	// The open arrow: 3 pt line, lg wide (5 widths), sm long (2).
	arrow := ps[4]
	if x, y, w, h := arrow.Bounds(); arrow.Fill != "" || arrow.Stroke != "0000FF" || !nearly(x+w-arrow.Width/2, 100, 0.01) || !nearly(h-arrow.Width, 5*3*ptToMM, 0.01) || !nearly(y+h/2, 150, 0.01) {
		t.Errorf("the open arrow strokes %.2f %.2f %.2f %.2f", x, y, w, h)
	}
	// The VML line from 100 mm to 50 mm: its end, at the left, has the
	// triangle.
	if x, _, _, _ := ps[6].Bounds(); ps[6].Fill != "00B050" || !nearly(x, 50, 0.05) {
		t.Errorf("the VML line's triangle at %.2f, want at its end 50", x)
	}
}
