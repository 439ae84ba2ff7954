package layout

import (
	"math"
	"strings"
	"testing"

	"jixiao/fonts"
	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
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

// TestACellsTypeSitsByTheSameRule: in one row, cells whose paragraphs
// are set exact off the grid, atLeast by their minimum and single on the
// grid (the template's linesAndChars grid, 28.95 pt) put their baselines
// where the body's lines would, from the same top.
func TestACellsTypeSitsByTheSameRule(t *testing.T) {
	para := func(pPr, text string) string {
		p := rt.Para(rt.Word.Run("", text))
		return strings.Replace(p, `<w:pStyle w:val="Normal"/>`, `<w:pStyle w:val="Normal"/>`+pPr, 1)
	}
	r := laidDocx(t, rt.Docx(t, rt.Table([]int{2000, 2000, 2000},
		rt.Word.Cell(2000, "", "", para(`<w:snapToGrid w:val="0"/><w:spacing w:line="579" w:lineRule="exact"/>`, "甲")),
		rt.Word.Cell(2000, "", "", para(`<w:snapToGrid w:val="0"/><w:spacing w:line="720" w:lineRule="atLeast"/>`, "乙")),
		rt.Word.Cell(2000, "", "", para(`<w:spacing w:line="240" w:lineRule="auto"/>`, "丙"))), "", nil))
	exact, least, grid := textOp(t, r, "甲"), textOp(t, r, "乙"), textOp(t, r, "丙")
	f, s := grid.face.font, grid.size*ptToMM
	pitch := 579.0 / 20 * ptToMM
	centred := (pitch-(f.ascent+f.descent)*s)/2 + f.ascent*s
	if d := exact.y - grid.y; !near(d, 0.8*pitch-centred) {
		t.Errorf("exact line's baseline %.2f mm under the grid line's, want %.2f", d, 0.8*pitch-centred)
	}
	if d := least.y - grid.y; !near(d, 720.0/20*ptToMM-f.descent*s-centred) {
		t.Errorf("atLeast line's baseline %.2f mm under the grid line's, want %.2f", d, 720.0/20*ptToMM-f.descent*s-centred)
	}
}

// TestTheLineGapIsOverTheType: the built-in 仿宋 (FandolFang, whose hhea
// table gives a line gap of 0.2 of the size) stands its gap lower in its
// line than its ascent alone would put it, as LibreOffice sets it: the
// sample's body, on the grid, 0.2 × 三号 / 2 lower, a line of auto height
// the whole gap.
func TestTheLineGapIsOverTheType(t *testing.T) {
	f, err := parsed(fonts.FangSong)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(f.gap-0.2) > 1e-9 {
		t.Fatalf("FandolFang's gap %.3f, want 0.2", f.gap)
	}
	r := &renderer{g: geometry{pitch: 10.21}}
	s := 16 * ptToMM
	if got, want := r.baseline(nil, true, 10.21, s, f, faceMetrics{}), (10.21-(f.ascent+f.gap+f.descent)*s)/2+(f.ascent+f.gap)*s; !near(got, want) {
		t.Errorf("on the grid: baseline %.3f mm down its line, want %.3f", got, want)
	}
	if got, want := r.baseline(&wordmodel.Spacing{Line: 240, LineRule: "auto"}, false, 20.8*ptToMM, s, f, faceMetrics{}), (f.ascent+0.2)*s; !near(got, want) {
		t.Errorf("auto: baseline %.3f mm down its line, want %.3f", got, want)
	}
}
