package layout

import (
	"math"

	"jixiao/pipeline/wordmodel"
)

// tiledGradientPaths fill the outline page (on the page) with a linear
// gradient repeated from its tile (wordmodel.Gradient.Tile) over the box
// bx, by, bw by bh: each tile the box holds a path of its rectangle,
// drawn within the outline, its gradient across it, mirrored across in
// every other column where FlipX says and down in every other row where
// FlipY does (a mirrored gradient is the same one at the mirrored angle).
func tiledGradientPaths(g *wordmodel.Gradient, stops []Stop, page []Seg, bx, by, bw, bh float64, place matrix) []*Path {
	tx, ty, tw, th := g.Tile.X*bw, g.Tile.Y*bh, g.Tile.W*bw, g.Tile.H*bh
	if tw <= 0 || th <= 0 {
		return nil
	}
	// The tiles from the one over the box's left (top) edge to the one
	// over its right (bottom) edge.
	i0, i1 := int(math.Floor(-tx/tw)), int(math.Ceil((bw-tx)/tw))
	j0, j1 := int(math.Floor(-ty/th)), int(math.Ceil((bh-ty)/th))
	odd := func(n int) bool { return n%2 != 0 }
	toPage := matrix{1, 0, 0, 1, bx, by}.then(place)
	var out []*Path
	for j := j0; j < j1; j++ {
		for i := i0; i < i1; i++ {
			x, y := tx+float64(i)*tw, ty+float64(j)*th
			tile := *g
			if g.FlipX && odd(i) {
				tile.Angle = 180 - tile.Angle
			}
			if g.FlipY && odd(j) {
				tile.Angle = -tile.Angle
			}
			rect := polygonSegs(toPage.apply(Point{x, y}), toPage.apply(Point{x + tw, y}), toPage.apply(Point{x + tw, y + th}), toPage.apply(Point{x, y + th}))
			out = append(out, &Path{Segs: rect, Clip: page, Shade: shadeOver(&tile, stops, bx+x, by+y, tw, th, place)})
		}
	}
	return out
}
