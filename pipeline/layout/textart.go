package layout

import (
	"cmp"
	"fmt"
	"math"
	"strconv"

	"jixiao/pipeline/wordmodel"
)

// A shape drawn as text (WordArt; the watermark 样稿 Word and WPS put in a
// header, a page's every page drawing it behind the text) is its text
// stretched to fill the shape's box, as Word's text path fits it: the
// glyphs' ink as tall as the box and stretched across to its width, then
// turned with the box about its middle. Its colour is laid over white at
// its opacity: a PDF/A file holds no transparency, and the watermark
// shows as light as Word shows it over a white page.

// textArt is the drawing of the text shape sp whose box's top left corner
// is at x, y.
func (r *renderer) textArt(sp *wordmodel.Shape, x, y float64) []op {
	art := sp.Art
	face := r.fs.role(cmp.Or(roleOf(art.Font), "song"))
	units := r.units(art.Text, face, 1/ptToMM, false) // an em of 1 mm
	ink, ok := inkOf(units)
	if !ok || sp.Width <= 0 || sp.Height <= 0 {
		return nil
	}
	em := sp.Height / (ink.top - ink.bottom)
	sizePt := em / ptToMM
	hscale := sp.Width / ((ink.right - ink.left) * em)
	color := overWhite(sp.Fill, art.Opacity)
	// The text's start on its baseline, from the box's middle before the
	// turn: its ink's middle on the box's.
	dx, dy := -sp.Width/2-ink.left*em*hscale, (ink.top+ink.bottom)/2*em
	cx, cy := x+sp.Width/2, y+sp.Height/2
	sin, cos := math.Sincos(sp.Rotation * math.Pi / 180) // clockwise, y down
	// The turn counter-clockwise, as Glyphs turn, between -180° and 180°.
	angle := math.Mod(-sp.Rotation, 360)
	switch {
	case angle > 180:
		angle -= 360
	case angle <= -180:
		angle += 360
	}
	var ops []op
	for _, u := range units {
		px, py := cx+dx*cos-dy*sin, cy+dx*sin+dy*cos
		ops = append(ops, op{kind: opText, face: u.face, size: sizePt, x: px, y: py, text: u.text, color: color, hscale: hscale, angle: angle})
		dx += u.width * em * hscale
	}
	return ops
}

// ink is the box the glyphs' outlines take, in ems from the start of
// their baseline, up being positive.
type ink struct{ left, right, bottom, top float64 }

// inkOf is the ink of units set at an em of 1 mm; ok is false where
// they draw nothing.
func inkOf(units []unit) (box ink, ok bool) {
	box = ink{left: math.Inf(1), right: math.Inf(-1), bottom: math.Inf(1), top: math.Inf(-1)}
	pen := 0.0
	for _, u := range units {
		f := u.face.font
		for _, c := range u.text {
			g := u.face.glyph(c)
			x0, y0, x1, y1 := f.sfnt.GlyphBounds(g.index)
			if x1 > x0 && y1 > y0 {
				box.left, box.right = min(box.left, pen+float64(x0)/f.upem), max(box.right, pen+float64(x1)/f.upem)
				box.bottom, box.top = min(box.bottom, float64(y0)/f.upem), max(box.top, float64(y1)/f.upem)
				ok = true
			}
			pen += float64(g.advance) / f.upem
		}
	}
	return box, ok
}

// overWhite is colour (RRGGBB) laid over white at opacity.
func overWhite(colour string, opacity float64) string {
	if opacity >= 1 || len(colour) != 6 {
		return colour
	}
	out := ""
	for i := 0; i < 6; i += 2 {
		v, _ := strconv.ParseUint(colour[i:i+2], 16, 8)
		out += fmt.Sprintf("%02X", int(math.Round(float64(v)*opacity+255*(1-opacity))))
	}
	return out
}
