package layout

import (
	"math"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestWatermarksAreDrawnOnEveryPage: Word's and WPS's watermark (VML, and
// Word's WordArt in DrawingML) is drawn
// on each page behind the body's text: its characters turned 45° up to
// the right, light (silver at half opacity over white), its ink as tall
// as its box (its em taller) and stretched to its width, centred on the
// text block.
func TestWatermarksAreDrawnOnEveryPage(t *testing.T) {
	const tw = 25.4 / 1440
	boxW, boxH := 412.4*ptToMM, 206.2*ptToMM
	cx, cy := (1588*tw+210-1474*tw)/2, (2098*tw+297-1984*tw)/2 // the text block's middle
	for w, form := range []string{rt.Word.Watermark("样稿"), rt.WPS.Watermark("样稿"), rt.DrawingWatermark("样稿")} {
		r := laidDocx(t, rt.WithHeader(t, rt.Docx(t, twoPages, "", nil), form))
		pages := pagesOf(r)
		if len(pages) != 2 {
			t.Fatalf("%v: %d pages", w, len(pages))
		}
		for n, ops := range pages {
			var art []op
			body := -1
			for i, o := range ops {
				switch {
				case o.kind == opText && (o.text == "样" || o.text == "稿"):
					art = append(art, o)
					if body >= 0 {
						t.Errorf("%v: page %d: the watermark is drawn over the text", w, n+1)
					}
				case o.kind == opText && body < 0:
					body = i
				}
			}
			if len(art) != 2 {
				t.Fatalf("%v: page %d: %d watermark characters, want 2", w, n+1, len(art))
			}
			a := art[0]
			if a.angle != 45 || a.color != "E0E0E0" || a.size*ptToMM < boxH || a.size*ptToMM > 1.4*boxH || a.hscale <= 0 {
				t.Errorf("%v: page %d: turned %v, in %s, %.1f mm type, scaled %.2f", w, n+1, a.angle, a.color, a.size*ptToMM, a.hscale)
			}
			// The second character is an advance along the turned baseline.
			dx, dy := art[1].x-a.x, art[1].y-a.y
			if !nearly(dx, -dy, 0.01) || math.Hypot(dx, dy) < boxW/3 || math.Hypot(dx, dy) > boxW*0.6 {
				t.Errorf("%v: page %d: 稿 is (%.2f, %.2f) from 样", w, n+1, dx, dy)
			}
			// The run's middle on its baseline (稿's start) lies near the
			// diagonal down to the right from the block's middle, the
			// baseline below the ink's middle.
			mx, my := a.x+dx, a.y+dy
			along, below := (mx-cx-(my-cy))/math.Sqrt2, (mx-cx+my-cy)/math.Sqrt2
			if math.Abs(along) > 0.05*boxW || below <= 0 || below > boxH/2 {
				t.Errorf("%v: page %d: the baseline's middle at (%.1f, %.1f), the block's middle (%.1f, %.1f)", w, n+1, mx, my, cx, cy)
			}
		}
	}
}
