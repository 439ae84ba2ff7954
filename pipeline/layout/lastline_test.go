package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestAJustifiedLastLineBesideAFloatIsNotStretched: a justified
// paragraph's last line, standing left of a picture wrapped on both
// sides, is set left at its own width, as Word sets any last line; the
// empty span right of the picture does not make it a line to stretch.
func TestAJustifiedLastLineBesideAFloatIsNotStretched(t *testing.T) {
	pic := floatPicture(t, 50, 50, wordmodel.Float{FromX: "margin", AlignX: "center", FromY: "paragraph"}, "square", "bothSides")
	p := body("甲乙丙", pic)
	p.Align = "both"
	r := presetLaid(t, p)
	img := floatDrawn(t, r)
	bands := bandsOf(r)
	if len(bands) != 1 {
		t.Fatalf("%d lines, want 1", len(bands))
	}
	if right, want := bands[0].right(), bands[0].ops[0].x+3*r.g.cell; right > want+0.5 || right > img.x-3 {
		t.Errorf("%q ends at %.2f mm, want at its own width's %.2f (the picture at %.2f)", bands[0].text(), right, want, img.x)
	}
}

// TestACommaHangsPastAParagraphsEnd: a paragraph's comma or stop that
// would start the next line hangs past the line's end, as Word's
// 允许标点溢出边界 sets it, rather than take the character before it
// down; a cell's (a unit not marked to hang) still takes it down, and
// two closing marks in a row do not hang.
func TestACommaHangsPastAParagraphsEnd(t *testing.T) {
	units := func(text string, hang bool) []unit {
		var out []unit
		for _, r := range text {
			out = append(out, unit{text: string(r), width: 1, hang: hang && hangable(string(r))})
		}
		return out
	}
	for _, c := range []struct {
		text  string
		hang  bool
		first string
	}{
		{"甲乙丙，丁", true, "甲乙丙，"},
		{"甲乙丙，丁", false, "甲乙"},
		{"甲乙丙，”丁", true, "甲乙"},
		{"甲乙丙。", true, "甲乙丙。"},
	} {
		line, _ := takeLine(units(c.text, c.hang), 3, true)
		got := ""
		for _, u := range line {
			got += u.text
		}
		if got != c.first {
			t.Errorf("%q (hang %v): first line %q, want %q", c.text, c.hang, got, c.first)
		}
	}
}
