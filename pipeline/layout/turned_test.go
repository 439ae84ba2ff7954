package layout

import (
	"strings"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestARotatedTextBoxTurnsItsText: a text box Word rotates (a:xfrm rot,
// 30° and a quarter turn) has its text set as in the box unturned and
// turned with it about the box's centre, each glyph run at the box's
// angle, its underline turned into a path along the text; one set not
// to rotate its text (upright) keeps it level; a VML text box's rotation
// alike.
func TestARotatedTextBoxTurnsItsText(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 100 * mm, CX: 60 * mm, CY: 20 * mm}
	inside := st.Para(`<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>旋转的框</w:t></w:r>`)
	doc := func(xfrm, bodyPr string) string {
		return st.Para(st.Text("锚"), st.Run(a.Drawing(1, "文本框 1", st.Shape(a, "rect", xfrm, st.Fill("FFFF00")+st.Ln(9525, "", "", "000000"), "", inside, bodyPr)), ""))
	}
	_, level := laidShapes(t, st.Docx(t, doc("", ">"), nil))
	want := firstTextOp(t, level, "旋")
	c := Point{50 + 30, 100 + 10}
	for _, tc := range []struct {
		name, xfrm, bodyPr string
		deg                float64
	}{
		{"30°", ` rot="1800000"`, ">", 30},
		{"a quarter turn", ` rot="5400000"`, ">", 90},
		{"upright", ` rot="5400000"`, ` upright="1">`, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, r := laidShapes(t, st.Docx(t, doc(tc.xfrm, tc.bodyPr), nil))
			got := firstTextOp(t, r, "旋")
			p := newTurner(c, tc.deg).at(want.x, want.y)
			if !nearly(got.x, p.X, 0.01) || !nearly(got.y, p.Y, 0.01) || !nearly(got.angle, -tc.deg, 0.001) {
				t.Errorf("the text at (%.2f, %.2f) turned %.1f°, want (%.2f, %.2f) turned %.1f°", got.x, got.y, got.angle, p.X, p.Y, -tc.deg)
			}
			if len(kindOf(r, opLine)) != map[bool]int{true: 1, false: 0}[tc.deg == 0] {
				t.Errorf("%d rules drawn level", len(kindOf(r, opLine)))
			}
			if tc.deg == 0 {
				return
			}
			ps := paths(r)
			rule := ps[len(ps)-1]
			if rule.Stroke != "000000" || len(rule.Segs) != 2 {
				t.Fatalf("the underline is not a path: %+v", rule)
			}
			// The underline runs along the text's direction.
			from, to := rule.Segs[0].Pts[0], rule.Segs[1].Pts[0]
			if d := newTurner(Point{}, -tc.deg).at(to.X-from.X, to.Y-from.Y); !nearly(d.Y, 0, 0.01) || d.X <= 0 {
				t.Errorf("the underline runs %v, not along the text", d)
			}
		})
	}
	vml := `<v:rect id="文本框 2" style="position:absolute;margin-left:141.75pt;margin-top:283.5pt;width:170.1pt;height:56.7pt;rotation:90;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" fillcolor="yellow"><v:textbox inset="2.5mm,1.27mm,2.5mm,1.27mm"><w:txbxContent>` + strings.Replace(inside, "<w:u w:val=\"single\"/>", "", 1) + `</w:txbxContent></v:textbox></v:rect>`
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("锚"), st.Pict(vml)), nil))
	if got := firstTextOp(t, r, "旋"); !nearly(got.angle, -90, 0.001) {
		t.Errorf("the VML box's text turned %.1f°", got.angle)
	}
}
