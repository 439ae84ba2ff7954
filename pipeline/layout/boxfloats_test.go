package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestAFloatInATextBoxIsPlacedInTheBox: a picture floating in a text box,
// as WPS lets a clerk put one and Word opens it, is placed relative to
// the box, whatever it is set relative to: the page is the box, the
// margin and the column its inside (less its inset), the paragraph its
// paragraph in the box; a square-wrapped one shortens the box's lines
// beside it, not the body's.
func TestAFloatInATextBoxIsPlacedInTheBox(t *testing.T) {
	const mm = 36000
	box := st.Anchor{H: "margin", V: "page", X: 50 * mm, Y: 100 * mm, CX: 80 * mm, CY: 40 * mm}
	left, top := 0.0, 100.0 // the box's left is the margin's plus 50 mm
	for _, tc := range []struct {
		name  string
		seal  sealtest.Float
		x, y  func(r *renderer) float64 // the seal's top left corner
		wraps bool
	}{
		{"from the page", sealtest.Float{Anchor: st.Anchor{H: "page", V: "page", X: 10 * mm, Y: 5 * mm, CX: 20 * mm, CY: 20 * mm}},
			func(r *renderer) float64 { return r.left() + 50 + 10 }, func(*renderer) float64 { return top + 5 }, false},
		{"at the margin's right, by WPS", sealtest.Float{Anchor: st.Anchor{H: "margin", V: "paragraph", AlignX: "right", Y: 0, CX: 20 * mm, CY: 20 * mm, Wrap: "wp:wrapSquare wrapText=\"bothSides\""}, WPS: true},
			func(r *renderer) float64 { return r.left() + 50 + 80 - 2.54 - 20 }, func(*renderer) float64 { return top + 1.27 }, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inside := st.Para(st.Text(strings.Repeat("框中文字", 6)), tc.seal.Run(7, "公章", "rIdSeal"))
			body := st.Para(st.Text("锚定段落"), st.TextBox(box, "文本框 1", inside, ">")) + st.Para(st.Text(report))
			_, r := laidShapes(t, sealtest.Docx(t, body, ""))
			seal := floatDrawn(t, r)
			left = r.left() + 50
			if !nearly(seal.x, tc.x(r), 0.05) || !nearly(seal.y, tc.y(r), 0.05) {
				t.Errorf("the seal at (%.2f, %.2f), want (%.2f, %.2f)", seal.x, seal.y, tc.x(r), tc.y(r))
			}
			bands := bandsOf(r)
			beside := 0
			for i, b := range bands {
				inBox := strings.ContainsAny(b.text(), "框中文字")
				if inBox && b.top < seal.y+seal.h {
					beside++
				}
				if inBox && b.top < seal.y+seal.h && tc.wraps && b.right() > seal.x-3.175+overhang {
					t.Errorf("the box's line %q ends at %.2f, over the seal at %.2f", b.text(), b.right(), seal.x)
				}
				if !inBox && i < len(bands)-1 && b.left() < left+80 && b.right() > left && b.top > top && b.top < top+40 && b.right() < r.left()+r.width()-r.g.cell-0.5 {
					t.Errorf("the body's line %q ends at %.2f: it wraps around the box's seal", b.text(), b.right())
				}
			}
			if beside < 2 {
				t.Errorf("%d of the box's lines beside the seal", beside)
			}
		})
	}
}
