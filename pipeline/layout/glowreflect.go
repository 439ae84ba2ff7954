package layout

import (
	"cmp"
	"math"
	"slices"

	"jixiao/pipeline/wordmodel"
)

// A run's glow (w14:glow) is drawn as its blurred shadow is
// (textblur.go): opaque copies of the glyphs widened by strokes, widest
// and palest first, in the glow's colour at the share of it the glow
// leaves at that distance, over what lies beneath. The share is
// LibreOffice's glow, which looks as Word's does: the glyphs widened by
// half the radius, then blurred by the other half (two standard
// deviations), so that the halo is the glow's colour close by the glyphs
// and fades out to nothing at its radius.
//
// A run's reflection (w14:reflection, as Word's presets write it) is its
// glyphs mirrored about the foot of its run's box, moved its distance
// down, and filled with a gradient down the mirrored box from the text's
// colour at the start alpha to it at the end alpha, each over what lies
// beneath: the fade PDF/A-1 cannot draw as transparency.

// appendGlow appends the copies that stand for the glow g round the text
// item it to items.
func appendGlow(items []Item, it Item, g *wordmodel.TextGlow) []Item {
	ground := groundUnder(items, it)
	sigma := g.Radius / 4
	it.Copy, it.Shade, it.Hollow = true, nil, false
	// LibreOffice's glow: grown by half its radius, blurred over the
	// other half.
	return appendBands(items, it, g.Color, ground, g.Radius, func(mid float64) float64 { return normal((g.Radius/2 - mid) / sigma) })
}

// reflectionPath is the reflection r of the text item it, set in the
// face of look under the run's box, filled in its fading colour over
// ground.
func reflectionPath(it Item, r *wordmodel.Reflection, look runLook, ground string) Item {
	turn := it.turn()
	level := it
	level.Angle = 0
	segs := glyphSegs(look.face, level)
	if it.Bold {
		segs = widened(segs, boldStroke(it)/2)
	}
	// Mirrored about the box's foot, moved down by the distance, then
	// turned as the text is.
	foot := look.y + look.h
	mirror := matrix{1, 0, 0, -1, 0, 2*foot + r.Dist*ptToMM}.then(turn)
	for _, s := range segs {
		for i, p := range s.Pts {
			s.Pts[i] = mirror.apply(p)
		}
	}
	color := cmp.Or(it.Color, "000000")
	top := foot + r.Dist*ptToMM
	shade := &Shade{Stops: []Stop{{Pos: r.StartPos, Color: overGround(color, ground, r.StartAlpha)}, {Pos: r.EndPos, Color: overGround(color, ground, r.EndAlpha)}},
		Matrix: matrix{0, look.h, 1, 0, look.x, top}.then(turn)}
	return Item{Kind: Shape, Path: &Path{Segs: segs, Shade: shade}, Copy: true}
}

// underTexts moves items[start:], a run's glow, blurred shadow or
// reflection reaching past its own glyphs, under the texts drawn before
// that it reaches (the runs before it on its line, the lines above): as
// opaque copies standing for a translucent halo they would hide them,
// where Word draws the texts over every run's effects.
func underTexts(items []Item, start int) []Item {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, it := range items[start:] {
		a, b, c, d := drawnBox(it)
		x0, y0, x1, y1 = min(x0, a), min(y0, b), max(x1, c), max(y1, d)
	}
	at := start
	for i := start - 1; i >= 0; i-- {
		if o := items[i]; o.Kind == Glyphs && !o.Copy {
			if a, b, c, d := drawnBox(o); a < x1 && c > x0 && b < y1 && d > y0 {
				at = i
			}
		}
	}
	if at == start {
		return items
	}
	moved := slices.Clone(items[start:])
	copy(items[at+len(moved):], items[at:start])
	copy(items[at:], moved)
	return items
}

// drawnBox is the box an item draws within, near enough to tell what it
// covers: a text's em box widened by its stroke (turned about its start
// as far as it may turn), a shape's path.
func drawnBox(it Item) (x0, y0, x1, y1 float64) {
	if it.Kind == Shape {
		x, y, w, h := it.Path.Bounds()
		return x, y, x + w, y + h
	}
	w := 0.0
	for _, a := range it.Advances {
		w += a
	}
	em, pad := it.Size*ptToMM, it.Outline/2
	if it.Angle != 0 {
		r := math.Hypot(w, em) + pad
		return it.X - r, it.Y - r, it.X + r, it.Y + r
	}
	return it.X - pad, it.Y - em - pad, it.X + w + pad, it.Y + em*0.3 + pad
}
