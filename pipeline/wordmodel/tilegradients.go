package wordmodel

import "strings"

// A gradient's a:tileRect is the box it runs across, its l, t, r and b
// the shape's box's shares it stands in from each side (negative: out
// beyond it); where that box is not the shape's own the gradient repeats
// from it over the shape, every other tile mirrored across (gradFill
// flip x) or down (y, xy both), as ECMA-376 20.1.8.33 has it. Word
// writes it so for a gradient mirrored about the middle (a:tileRect
// r="50000", flip x: the colours out and back).

// maxGradientTiles bounds the tiles drawn, each a path of its own: a
// gradient repeated more often is listed rather than drawn slowly.
const maxGradientTiles = 256

// tileRect reads el's a:tileRect as a box in shares of the shape's and
// gradFill's flip (tag, its start tag).
func tileRect(tag, el string) (tile Box, flipX, flipY bool) {
	tile = Box{W: 1, H: 1}
	if i := next(el, "a:tileRect", 0); i >= 0 {
		r := startTag(el, i)
		share := func(side string) float64 { return float64(atoi(attr(r, side))) / 100000 }
		tile = Box{X: share("l"), Y: share("t"), W: 1 - share("l") - share("r"), H: 1 - share("t") - share("b")}
	}
	flip := attr(tag, "flip")
	return tile, strings.Contains(flip, "x"), strings.Contains(flip, "y")
}

// linearTiling reads a linear gradient's tile and flip into g; why it
// is not drawn, otherwise.
func (g *Gradient) linearTiling(tag, el string) string {
	tile, fx, fy := tileRect(tag, el)
	if tile.W <= 0 || tile.H <= 0 {
		return "的渐变平铺区域没有大小"
	}
	if n := (1/tile.W + 2) * (1/tile.H + 2); n > maxGradientTiles {
		return "的渐变平铺过密，无法显示"
	}
	if tile != (Box{W: 1, H: 1}) || fx || fy {
		g.Tile, g.FlipX, g.FlipY = tile, fx, fy
	}
	return ""
}

// pathTiling checks a path gradient's tile: one as large as the shape's
// box or larger (Word's presets from a corner stand it out beyond the
// box) is drawn, as it shows no second tile; a smaller one, which
// repeats the gradient, is refused.
func (g *Gradient) pathTiling(tag, el string) string {
	tile, _, _ := tileRect(tag, el)
	if tile.X > 0 || tile.Y > 0 || tile.X+tile.W < 1 || tile.Y+tile.H < 1 {
		return "的渐变平铺无法显示"
	}
	return ""
}
