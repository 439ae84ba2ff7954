package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestAWrappedFloatPlacedFromItsCharacter: a 公章 wrapped square and
// placed from the character and line of its anchor (as old templates and
// WPS place one) stands where its anchor's character stands when the
// paragraph is set (as the same seal in front of the text, which does not
// move the lines, stands), and the lines beside it leave it room, on both
// its sides; those under it are whole again.
func TestAWrappedFloatPlacedFromItsCharacter(t *testing.T) {
	const mm = 36000
	text := []rune(report)
	seal := func(wrap string, wps bool) string {
		f := sealtest.Float{Anchor: st.Anchor{H: "character", V: "line", X: 2 * mm, Y: 1 * mm, CX: 20 * mm, CY: 20 * mm, Wrap: wrap}, WPS: wps}
		return st.Para(st.Text(string(text[:40])), f.Run(7, "公章", "rIdSeal"), st.Text(string(text[40:])))
	}
	_, front := laidShapes(t, sealtest.Docx(t, seal("", false), ""))
	want := floatDrawn(t, front)
	for _, wps := range []bool{false, true} {
		_, r := laidShapes(t, sealtest.Docx(t, seal(`wp:wrapSquare wrapText="bothSides"`, wps), ""))
		got := floatDrawn(t, r)
		if !nearly(got.x, want.x, 0.01) || !nearly(got.y, want.y, 0.01) {
			t.Errorf("WPS %v: the seal at (%.2f, %.2f), its character's place (%.2f, %.2f)", wps, got.x, got.y, want.x, want.y)
		}
		left, right, whole := false, false, false
		for _, b := range bandsOf(r) {
			for _, o := range b.ops {
				end := o.x + o.face.width(o.text, o.size)
				if b.top < got.y+got.h && b.top+r.linePitch() > got.y && end > got.x-3.175+overhang && o.x < got.x+got.w+3.175-overhang {
					t.Errorf("WPS %v: %q at %.2f–%.2f over the seal (%.2f–%.2f)", wps, o.text, o.x, end, got.x, got.x+got.w)
				}
				left = left || b.top > got.y && b.top < got.y+got.h && end < got.x
				right = right || b.top > got.y && b.top < got.y+got.h && o.x > got.x+got.w
			}
			whole = whole || b.top > got.y+got.h && b.right() > r.left()+r.width()-r.g.cell-0.5 && !strings.HasSuffix(b.text(), "。")
		}
		if !left || !right || !whole {
			t.Errorf("WPS %v: text left of the seal %v, right %v, whole lines under it %v", wps, left, right, whole)
		}
	}
}
