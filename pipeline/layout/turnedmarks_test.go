package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestTurnedRunsKeepTheirMarks: a 纵横混排 run's shading fills its em box
// before its characters, its underline runs up their right as long as
// the turned text, its strike up their middle, its border is a box
// around it; a 双行合一 stretch's highlight is one fill over its box, its
// underline under each half.
func TestTurnedRunsKeepTheirMarks(t *testing.T) {
	r := laidOut(t, wordmodel.Run{Text: "地名"}, wordmodel.Run{Text: "12", Vertical: true, Shading: "FFFF00", Underline: true, UnderlineStyle: "single", Strike: true,
		Border: &wordmodel.Border{Style: "single", Width: 0.5}}, wordmodel.Run{Text: "月"})
	text := textOp(t, r, "12")
	var fills []op
	var vertical []*Path
	for _, o := range r.ops {
		switch {
		case o.kind == opFill:
			fills = append(fills, o)
		case o.kind == opPath && len(o.path.Segs) == 2 && near(o.path.Segs[0].Pts[0].X, o.path.Segs[1].Pts[0].X):
			vertical = append(vertical, o.path)
		}
	}
	if len(fills) != 1 || fills[0].x >= text.x || fills[0].x+fills[0].w <= text.x || !near(fills[0].y+fills[0].h, text.y) {
		t.Fatalf("fills %+v, want one upright box around the turned text at %.2f, %.2f", fills, text.x, text.y)
	}
	if len(vertical) != 2 {
		t.Fatalf("%d upright lines, want the underline and the strike", len(vertical))
	}
	under, strike := vertical[0], vertical[1]
	if x := under.Segs[0].Pts[0].X; x <= text.x {
		t.Errorf("the underline at x %.2f is not right of the turned baseline %.2f", x, text.x)
	}
	if x := strike.Segs[0].Pts[0].X; x >= text.x {
		t.Errorf("the strike at x %.2f is not through the characters, left of the baseline %.2f", x, text.x)
	}
	if l := under.Segs[0].Pts[0].Y - under.Segs[1].Pts[0].Y; l <= 0 || !near(under.Segs[0].Pts[0].Y, text.y) {
		t.Errorf("the underline runs from %.2f up %.2f, the text from %.2f", under.Segs[0].Pts[0].Y, l, text.y)
	}
	boxes := 0
	for _, o := range r.ops {
		if o.kind == opPath && len(o.path.Segs) == 5 && o.path.Stroke == "000000" {
			boxes++
		}
	}
	if boxes != 1 {
		t.Errorf("%d borders, want one box", boxes)
	}

	r = laidOut(t, wordmodel.Run{Text: "地名"}, wordmodel.Run{Text: "沁源财政", Combine: &wordmodel.Combine{ID: "1"}, Highlight: "FFFF00", Underline: true, UnderlineStyle: "single"})
	fills, lines := nil, 0
	for _, o := range r.ops {
		switch o.kind {
		case opFill:
			fills = append(fills, o)
		case opLine:
			lines++
		}
	}
	if name := textOp(t, r, "地"); len(fills) != 1 || !near(fills[0].y, name.y-name.face.font.ascent*name.size*ptToMM) || lines != 2 {
		t.Errorf("双行合一: fills %+v (want one from the line's top), %d underlines (want one a half)", fills, lines)
	}
}
