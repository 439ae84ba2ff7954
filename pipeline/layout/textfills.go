package layout

import (
	"cmp"
	"math"

	"jixiao/pipeline/wordmodel"
)

// A run's gradient fill (Word 2010's 渐变填充 of 文字效果) is laid across
// each stretch of the run on a line, from its first glyph's start to its
// last's end and from the face's ascent to its descent, as a shape's is
// across its box: a text split into several items (its Latin letters in
// another face) keeps one gradient across them. The Shade's Matrix maps
// onto the page where the glyphs stand unturned, their advances the
// scaled ones; a turned text's gradient turns with it about X, Y.

// runSpan is the box, mm, of the stretch of text ops the op k belongs to:
// the ops next to it with its effects on its baseline.
func runSpan(ops []op, k int) (x, y, w, h float64) {
	o := ops[k]
	same := func(j int) bool {
		return ops[j].kind == opText && ops[j].fx == o.fx && ops[j].y == o.y && ops[j].angle == o.angle
	}
	first, last := k, k
	for first > 0 && same(first-1) {
		first--
	}
	for last+1 < len(ops) && same(last+1) {
		last++
	}
	left, right := math.Inf(1), math.Inf(-1)
	top, foot := math.Inf(1), math.Inf(-1)
	for _, p := range ops[first : last+1] {
		left = min(left, p.x)
		right = max(right, p.x+p.face.width(p.text, p.size)*cmp.Or(p.hscale, 1))
		top = min(top, p.y-p.face.font.ascent*p.size*ptToMM)
		foot = max(foot, p.y+p.face.font.descent*p.size*ptToMM)
	}
	return left, top, max(right-left, 0), foot - top
}

// textShade is the gradient g laid across the box x, y, w, h: a linear
// one along its angle, a circular one out from its focus to the box's
// farthest corner. A rectangular one is four (textpaths.go).
func textShade(g *wordmodel.Gradient, x, y, w, h float64) *Shade {
	stops := make([]Stop, len(g.Stops))
	for i, s := range g.Stops {
		// A damaged stop past the ends would make the shading's bounds
		// leave its domain.
		stops[i] = Stop{Pos: min(max(s.Pos, 0), 1), Color: s.Color}
	}
	if g.Path == "circle" {
		cx, cy := g.Focus.X+g.Focus.W/2, g.Focus.Y+g.Focus.H/2
		r := 0.0
		for _, c := range [][2]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
			r = max(r, math.Hypot(c[0]-cx, c[1]-cy))
		}
		return &Shade{Radial: true, Stops: stops, Matrix: matrix{r, 0, 0, r, cx, cy}.then(matrix{w, 0, 0, h, x, y})}
	}
	return &Shade{Stops: stops, Matrix: linearAxis(g, w, h).then(matrix{1, 0, 0, 1, x, y})}
}

// PageShade is the matrix of it's Shade onto the page, its text's turn
// applied: for a back-end that places the gradient on the page whatever
// the glyphs are drawn within (a PDF pattern).
func (it Item) PageShade() [6]float64 {
	m := matrix(it.Shade.Matrix)
	if it.Angle != 0 {
		// Counter-clockwise on the page, its y going down.
		sin, cos := math.Sincos(it.Angle * math.Pi / 180)
		m = m.then(matrix{cos, -sin, sin, cos, it.X - cos*it.X - sin*it.Y, it.Y + sin*it.X - cos*it.Y})
	}
	return m
}

// GlyphShade is the matrix of it's Shade in the glyphs' own space,
// before Scale stretches them across from X: for a back-end that fills
// them within their stretch and turn (an SVG text's gradient).
func (it Item) GlyphShade() [6]float64 {
	m := matrix(it.Shade.Matrix)
	if it.Scale > 0 {
		m = m.then(matrix{1 / it.Scale, 0, 0, 1, it.X * (1 - 1/it.Scale), 0})
	}
	return m
}
