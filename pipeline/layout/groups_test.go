package layout

import (
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestAGroupIsDrawnWhereWordPlacesIt: a 红头 grouped (a red line, a star
// and a text box), centred in the margin 5 mm under its paragraph's top,
// is drawn member by member in the group's box, and the paragraph's text
// wraps under the whole group, not under one member.
func TestAGroupIsDrawnWhereWordPlacesIt(t *testing.T) {
	a := st.Anchor{H: "margin", V: "paragraph", AlignX: "center", Y: 180000, CX: 5616000, CY: 720000, Wrap: `wp:wrapTopAndBottom`}
	// WPS's VML group of the same, from the column's left edge.
	for _, tc := range []struct{ name, group string }{{"Word", st.RedHeadGroup(a)}, {"WPS", st.VMLRedHead("0", "14.2pt")}} {
		t.Run(tc.name, func(t *testing.T) {
			_, r := laidShapes(t, st.Docx(t, st.Para(tc.group, st.Text("红头下的文字")), nil))
			// Word's text box has Word's inset, WPS's none.
			left, inset := r.left()+(r.width()-156)/2, 2.54
			if tc.name == "WPS" {
				left, inset = r.left(), 0
			}
			checkRedHead(t, r, left, inset)
		})
	}
}

func checkRedHead(t *testing.T, r *renderer, left, inset float64) {
	t.Helper()
	text := firstTextOp(t, r, "红")
	box := firstTextOp(t, r, "财")
	top := box.y // about the paragraph's top + 5 mm + the box's inset
	var line, star bool
	for _, p := range paths(r) {
		x, y, w, h := p.Bounds()
		switch {
		case p.Stroke == "FF0000" && h < 1.5:
			line = true
			if !nearly(x+p.Width/2, left, 0.05) || !nearly(w-p.Width, 156, 0.05) {
				t.Errorf("line from %.2f, %.2f long; want from %.2f, 156", x+p.Width/2, w-p.Width, left)
			}
			if y < top+10 || y > top+20 || text.y < y {
				t.Errorf("line at %.2f: want 20 mm under the group's top, above the text at %.2f (box text at %.2f)", y, text.y, top)
			}
		case p.Fill == "FF0000":
			star = true
			if !nearly(x+w/2, left+78, 0.05) || w < 9 || w > 10.05 || y > text.y-10 {
				t.Errorf("star at %.2f, %.2f, %.2f by %.2f; want centred at %.2f, 10 mm, above the text", x, y, w, h, left+78)
			}
		}
	}
	if !line || !star {
		t.Fatalf("line drawn %v, star drawn %v: %+v", line, star, paths(r))
	}
	if !nearly(box.x, left+inset, 0.05) {
		t.Errorf("text box text at %.2f, want the group's left %.2f and the inset", box.x, left)
	}
}
