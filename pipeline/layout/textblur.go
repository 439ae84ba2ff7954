package layout

import (
	"cmp"
	"fmt"
	"math"
	"strconv"

	"jixiao/pipeline/wordmodel"
)

// A w14 shadow blurred (Word's gallery shadows are, by 3 or 4 pt) cannot
// be a blurred copy under PDF/A-1, which has no transparency and no
// blur, nor a sharp one, which shows a dark double of the text Word
// does not. It is drawn as a blur looks: a few opaque copies, each its
// glyphs widened by a stroke, widest and palest first, the text's own
// shape last, each in the shadow's colour at the share of it a Gaussian
// blur leaves at that distance from a stroke of the glyphs, laid over
// what lies beneath: white, or the colour of the box filled under the
// text (a cell's, a paragraph's or the text's own shading). The blur's radius is taken as two of
// its standard deviations (LibreOffice's and Word's look alike so), and
// a stroke as a tenth of the type: a CJK face's stroke with its nearest
// neighbours, which a blur as wide as a stroke's gap runs into.

// blurBands is how many widened copies stand for a blur or a glow: more show no
// steps at a type's size but cost a copy of the text each.
const blurBands = 4

// blurredShadow appends the copies that stand for the blurred shadow s
// of the text item shadow (already moved and marked a Copy) to items.
func blurredShadow(items []Item, shadow Item, s *wordmodel.TextShadow) []Item {
	sigma := s.Blur / 2
	stroke := shadow.Size / 10
	color, ground := cmp.Or(s.Color, "000000"), groundUnder(items, shadow)
	// The share of the shadow's colour at distance d (pt) outside a
	// stroke's edge: the part of the blur's bell over the stroke.
	share := func(d float64) float64 { return normal((d+stroke)/sigma) - normal(d/sigma) }
	items = appendBands(items, shadow, color, ground, s.Blur, share)
	shadow.Color = overGround(color, ground, 2*normal(stroke/2/sigma)-1)
	return append(items, shadow)
}

// appendBands appends to items blurBands copies of it, each its glyphs
// widened by a stroke reaching out a share of reach (pt), widest first,
// in color over ground at share(d) of its strength, d the middle of the
// band's reach: a blur or a glow, fading out.
func appendBands(items []Item, it Item, color, ground string, reach float64, share func(d float64) float64) []Item {
	for k := blurBands; k >= 1; k-- {
		band := it
		band.Color = overGround(color, ground, share(reach*(float64(k)-0.5)/blurBands))
		band.Outline, band.OutlineColor = 2*reach*float64(k)/blurBands*ptToMM, band.Color
		items = append(items, band)
	}
	return items
}

// normal is the standard normal distribution's cumulative function.
func normal(x float64) float64 { return (1 + math.Erf(x/math.Sqrt2)) / 2 }

// groundUnder is the colour of the last box or shape filled in one
// colour under the middle of the text it among items, the page's
// drawings before it (a shading, a text box's fill, the page's colour);
// "" for none, the white page. A shape is taken as its bounds.
func groundUnder(items []Item, it Item) string {
	w := 0.0
	for _, a := range it.Advances {
		w += a
	}
	x, y := it.X+w/2, it.Y-it.Size*ptToMM/3
	for i := len(items) - 1; i >= 0; i-- {
		o := items[i]
		if o.Kind == Shape && !o.Copy && o.Path.Clip == nil && (o.Path.Fill != "" || o.Path.Shade != nil || o.Path.Pattern != nil) {
			o.X, o.Y, o.W, o.H = o.Path.Bounds()
			o.Color, o.Kind = o.Path.Fill, Fill
			switch p := o.Path; {
			case p.Shade != nil:
				o.Color = p.Shade.at(Point{x, y})
			case p.Pattern != nil:
				o.Color = p.Pattern.Bg
			}
		}
		if o.Kind == Fill && x >= o.X && x <= o.X+o.W && y >= o.Y && y <= o.Y+o.H {
			return o.Color
		}
	}
	return ""
}

// at is the gradient's colour at the page's point p.
func (s *Shade) at(p Point) string {
	m := s.Matrix
	det := m[0]*m[3] - m[1]*m[2]
	if det == 0 || len(s.Stops) == 0 {
		return ""
	}
	// p in the gradient's own space.
	dx, dy := p.X-m[4], p.Y-m[5]
	u, v := (m[3]*dx-m[2]*dy)/det, (m[0]*dy-m[1]*dx)/det
	if s.Radial {
		u = math.Hypot(u, v)
	}
	stops := s.Stops
	if u <= stops[0].Pos {
		return stops[0].Color
	}
	for k := 1; k < len(stops); k++ {
		if a, b := stops[k-1], stops[k]; u <= b.Pos {
			t := 0.0
			if b.Pos > a.Pos {
				t = (u - a.Pos) / (b.Pos - a.Pos)
			}
			return overGround(cmp.Or(b.Color, "000000"), cmp.Or(a.Color, "000000"), t)
		}
	}
	return stops[len(stops)-1].Color
}

// overGround is colour laid at opacity over ground (RRGGBB, "" white).
func overGround(colour, ground string, opacity float64) string {
	if ground == "" || ground == "FFFFFF" {
		return overWhite(colour, opacity)
	}
	c, g := rgbOf(colour), rgbOf(ground)
	out := make([]byte, 0, 6)
	for i := range 3 {
		out = fmt.Appendf(out, "%02X", int(math.Round(float64(c[i])*opacity+float64(g[i])*(1-opacity))))
	}
	return string(out)
}

// rgbOf reads RRGGBB; "" is black.
func rgbOf(colour string) [3]int {
	var c [3]int
	for i := range c {
		if v, err := strconv.ParseUint(colour[min(2*i, len(colour)):min(2*i+2, len(colour))], 16, 8); err == nil {
			c[i] = int(v)
		}
	}
	return c
}
