package layout

import (
	"cmp"
	"math"

	"github.com/tdewolff/font"
)

// Some of a run's effects are not the glyphs filled or stroked in a
// colour but drawn from their outlines as a shape's are: a rectangular
// gradient within them, a line of a gradient along them (effects that
// every back-end draws as it draws a shape's path, with no kind of its
// own). glyphSegs are those outlines, placed on the page as the text item
// it is: from its baseline's start, each glyph at its advance, stretched
// by its Scale and turned by its Angle.

// outlineSink collects a glyph's outline, in font units up from its
// origin, as Segs placed on the page by m.
type outlineSink struct {
	segs []Seg
	m    matrix
	at   Point // the pen, in font units, for a quadratic's control points
}

func (o *outlineSink) MoveTo(x, y float64) {
	o.at = Point{x, y}
	o.segs = append(o.segs, Seg{Op: 'M', Pts: []Point{o.m.apply(o.at)}})
}

func (o *outlineSink) LineTo(x, y float64) {
	o.at = Point{x, y}
	o.segs = append(o.segs, Seg{Op: 'L', Pts: []Point{o.m.apply(o.at)}})
}

// QuadTo writes a TrueType quadratic as the cubic it is.
func (o *outlineSink) QuadTo(cx, cy, x, y float64) {
	a := o.at
	c1 := Point{a.X + 2.0/3*(cx-a.X), a.Y + 2.0/3*(cy-a.Y)}
	c2 := Point{x + 2.0/3*(cx-x), y + 2.0/3*(cy-y)}
	o.CubeTo(c1.X, c1.Y, c2.X, c2.Y, x, y)
}

func (o *outlineSink) CubeTo(x1, y1, x2, y2, x, y float64) {
	o.at = Point{x, y}
	o.segs = append(o.segs, Seg{Op: 'C', Pts: []Point{o.m.apply(Point{x1, y1}), o.m.apply(Point{x2, y2}), o.m.apply(o.at)}})
}

func (o *outlineSink) Close() { o.segs = append(o.segs, Seg{Op: 'Z'}) }

// glyphSegs are the outlines of the glyphs of it, set in f, on the page.
func glyphSegs(f *face, it Item) []Seg {
	unit := it.Size * ptToMM / f.font.upem
	turn := it.turn()
	sink := &outlineSink{}
	pen, k := it.X, 0
	for _, r := range it.Text {
		// Up in the font is up the page; stretched across from the pen.
		sink.m = matrix{unit * cmp.Or(it.Scale, 1), 0, 0, -unit, pen, it.Y}.then(turn)
		// A glyph the font cannot outline is drawn by the text as
		// Word's missing glyph, and has no outline to add.
		_ = f.font.sfnt.GlyphPath(sink, f.glyph(r).index, 0, 0, 0, 1, font.NoHinting)
		if k < len(it.Advances) {
			pen += it.Advances[k]
		}
		k++
	}
	return sink.segs
}

// turn is the turn of it on the page about its baseline's start, as its
// Angle turns its glyphs: counter-clockwise, y going down.
func (it Item) turn() matrix {
	if it.Angle == 0 {
		return matrix{1, 0, 0, 1, 0, 0}
	}
	sin, cos := math.Sincos(it.Angle * math.Pi / 180)
	return matrix{cos, -sin, sin, cos, it.X - cos*it.X - sin*it.Y, it.Y + sin*it.X - cos*it.Y}
}
