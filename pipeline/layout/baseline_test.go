package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestTheTypeSitsInItsLineByItsRule: a two-line paragraph first on the
// page (its block's top at 20 mm, on a grid of 10 mm) has each line's
// baseline where its rule puts it, as LibreOffice sets a .docx: four
// fifths down a line of exact height (over the line's top where the type
// is taller), on the foot less the descent in an atLeast line its minimum
// makes, at the ascent in a multiple's line with the room under it, and
// centred in the grid's pitch on the grid.
func TestTheTypeSitsInItsLineByItsRule(t *testing.T) {
	pt := func(twips float64) float64 { return twips / 20 * ptToMM }
	for _, c := range []struct {
		name string
		sp   wordmodel.Spacing
		want func(a, d, size float64) (first, pitch float64)
	}{
		{"exact", wordmodel.Spacing{Line: 579, LineRule: "exact", NoGrid: true}, func(a, d, s float64) (float64, float64) {
			return 0.8 * pt(579), pt(579)
		}},
		{"exact lower than the type", wordmodel.Spacing{Line: 240, LineRule: "exact", NoGrid: true}, func(a, d, s float64) (float64, float64) {
			return 0.8 * pt(240), pt(240)
		}},
		{"atLeast", wordmodel.Spacing{Line: 720, LineRule: "atLeast", NoGrid: true}, func(a, d, s float64) (float64, float64) {
			return pt(720) - d*s, pt(720)
		}},
		{"multiple 1.5", wordmodel.Spacing{Line: 360, LineRule: "auto", NoGrid: true}, func(a, d, s float64) (float64, float64) {
			return a * s, 1.5 * singleLine * s
		}},
		{"grid", wordmodel.Spacing{Line: 240, LineRule: "auto"}, func(a, d, s float64) (float64, float64) {
			return (10-(a+d)*s)/2 + a*s, 10
		}},
		{"exact on the grid", wordmodel.Spacing{Line: 579, LineRule: "exact"}, func(a, d, s float64) (float64, float64) {
			return (10-(a+d)*s)/2 + a*s, pt(579)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			sp := c.sp
			r := layoutOf(t, testSection, &wordmodel.Paragraph{Style: "Normal", Text: "甲\n乙", Spacing: &sp})
			first, second := opsOf(r, "甲"), opsOf(r, "乙")
			if len(first) != 1 || len(second) != 1 {
				t.Fatalf("lines %v %v", first, second)
			}
			f, size := first[0].face.font, first[0].size*ptToMM
			at, pitch := c.want(f.ascent, f.descent, size)
			if !near(first[0].y, r.top()+at) || !near(second[0].y, r.top()+pitch+at) {
				t.Errorf("baselines at %.2f and %.2f mm, want %.2f and %.2f", first[0].y, second[0].y, r.top()+at, r.top()+pitch+at)
			}
		})
	}
}
