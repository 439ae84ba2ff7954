package layout

import (
	"math"

	"jixiao/pipeline/wordmodel"
)

// A run's rectangular gradient fill (Word's 矩形 or 路径 渐变 of 文字效果)
// is four gradients, one within each quarter of the run's box, and a
// text is filled in one colour or one shading: it is drawn as a shape's
// is, the four quarters within the glyphs' outlines (a bold text's
// widened as the PDF widens it, all round by half its stroke), over the
// text itself drawn unfilled, so that its text is still there to read
// and its solid outline still drawn. A gradient outline is the outlines
// stroked in a line's gradient over the text, as a shape's line of a
// gradient is, its width a bold text's stroke besides its own.

// runLook is what the effects drawn from a text item's glyph outlines
// need: the face the item is set in and the box of its run's stretch on
// its line (runSpan), where a gradient is laid.
type runLook struct {
	face       *face
	x, y, w, h float64
}

// boldStroke is the width, mm, of the stroke a bold text is widened by
// (no bold cut is embedded), a 30th of its size.
func boldStroke(it Item) float64 { return it.Size * ptToMM / 30 }

// appendGradientFill appends the quarters of the rectangular gradient
// g across the run's box within it's glyphs to items.
func appendGradientFill(items []Item, it Item, g *wordmodel.Gradient, look runLook) []Item {
	clip := glyphSegs(look.face, it)
	if it.Bold {
		clip = widened(clip, boldStroke(it)/2)
	}
	stops := make([]Stop, len(g.Stops))
	for i, s := range g.Stops {
		stops[i] = Stop{Pos: min(max(s.Pos, 0), 1), Color: s.Color}
	}
	for _, p := range quarterPaths(g, stops, clip, look.x, look.y, look.w, look.h, it.turn()) {
		items = append(items, Item{Kind: Shape, Path: p, Copy: true})
	}
	return items
}

// outlineGradientPath is it's glyphs' outlines stroked width wide in the
// gradient g laid across the run's box.
func outlineGradientPath(it Item, g *wordmodel.Gradient, width float64, look runLook) Item {
	shade := textShade(g, look.x, look.y, look.w, look.h)
	shade.Matrix = matrix(shade.Matrix).then(it.turn())
	return Item{Kind: Shape, Path: &Path{Segs: glyphSegs(look.face, it), Width: width, StrokeShade: shade}, Copy: true}
}

// widenings is how many copies round it widen an outline: its edge is
// then within a 13th of d of a stroke's (a 40th of a point at 22 pt),
// and each of a rectangular gradient's quarters is clipped by them all.
const widenings = 8

// widened is the outline segs and its copies d away all round it: their
// union, as a non-zero fill or clip takes it, is the outline widened by
// a stroke 2·d wide.
func widened(segs []Seg, d float64) []Seg {
	out := make([]Seg, 0, len(segs)*(widenings+1))
	out = append(out, segs...)
	for k := range widenings {
		sin, cos := math.Sincos(float64(k) * 2 * math.Pi / widenings)
		for _, s := range segs {
			pts := make([]Point, len(s.Pts))
			for i, p := range s.Pts {
				pts[i] = Point{p.X + d*cos, p.Y + d*sin}
			}
			out = append(out, Seg{Op: s.Op, Pts: pts})
		}
	}
	return out
}
