package layout

import (
	"math"

	"jixiao/pipeline/wordmodel"
)

// A shape's 内部阴影 (wordmodel's InnerShadow) is the page beyond its
// edge, moved by the shadow's offset and blurred as an outer shadow is
// (blurshadow.go: a tent of the blur's radius), laid in the shadow's
// colour at its alpha over the fill, within the outline. PDF/A-1 has no
// transparency, so the inside is drawn as one picture of the fill with
// the shadow over it, in place of the plain fill, each edge pixel over
// the white page as far as the inside leaves it (effectcover.go refuses
// a page where that would hide something drawn before it); the line is
// drawn over it as before.

// innerShadowed splits paths into the picture of sp's inside with its
// inner shadow and the paths still drawn over it (its line, its
// arrowheads); false where nothing of the inside shows (paths unchanged).
func innerShadowed(sp *wordmodel.Shape, paths []*Path) (op, []*Path, bool) {
	var inside, rest []*Path
	for _, p := range paths {
		if p.Fill != "" && p.Stroke == "" && p.Clip == nil {
			inside = append(inside, p)
		} else {
			rest = append(rest, p)
		}
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range inside {
		x, y, w, h := p.Bounds()
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x+w), max(y1, y+h)
	}
	if x0 >= x1 || y0 >= y1 {
		return op{}, paths, false
	}
	x0, y0, x1, y1 = x0-0.5, y0-0.5, x1+0.5, y1+0.5
	scale := effectDPI / 25.4
	if px := (x1 - x0) * (y1 - y0) * scale * scale; px > maxEffectPixels {
		scale *= math.Sqrt(maxEffectPixels / px)
	}
	w, h := max(int(math.Ceil((x1-x0)*scale)), 1), max(int(math.Ceil((y1-y0)*scale)), 1)
	s := sp.InnerShadow
	// The fill, each part in its colour (a preset's darker faces), over
	// the white page.
	shade := make([][3]float32, w*h)
	for i := range shade {
		shade[i] = [3]float32{255, 255, 255}
	}
	for _, p := range inside {
		c := cmpColor(p.Fill)
		for i, a := range silhouette([]*Path{p}, x0, y0, scale, w, h).Pix {
			if a == 0 {
				continue
			}
			k := float32(a) / 255
			for j := range 3 {
				shade[i][j] += (c[j] - shade[i][j]) * k
			}
		}
	}
	cov := coverage(silhouette(inside, x0, y0, scale, w, h))
	dark := outsideMoved(cov, w, h, s.DX*scale, s.DY*scale, s.Blur*scale)
	c := cmpColor(s.Color)
	a := float32(s.Alpha)
	for i := range shade {
		k := a * dark[i] * cov[i]
		if k == 0 {
			continue
		}
		for j := range 3 {
			shade[i][j] += (c[j] - shade[i][j]) * k
		}
	}
	o, ok := effectOp(shade, w, h, x0, y0, 1/scale, 1/scale, sp.Name+"的内部阴影")
	if !ok {
		return op{}, paths, false
	}
	return o, rest, true
}

// outsideMoved is, for each of the w by h pixels, how much of the page
// beyond the silhouette cov lies there once moved dx right and dy down
// and blurred over r, all pixels: the inner shadow's strength before its
// alpha. Beyond the picture is beyond the silhouette: the picture is
// framed in a border wide enough that the blur and the move see that.
func outsideMoved(cov []float32, w, h int, dx, dy, r float64) []float32 {
	ox, oy := int(math.Round(dx)), int(math.Round(dy))
	pad := int(math.Ceil(2*r)) + max(abs(ox), abs(oy)) + 2
	pw, ph := w+2*pad, h+2*pad
	out := make([]float32, pw*ph)
	for i := range out {
		out[i] = 1
	}
	for y := range h {
		for x := range w {
			out[(y+pad)*pw+x+pad] = 1 - cov[y*w+x]
		}
	}
	if r >= 0.5 {
		tent(out, pw, ph, r)
	}
	dark := make([]float32, w*h)
	for y := range h {
		copy(dark[y*w:(y+1)*w], out[(y+pad-oy)*pw+pad-ox:])
	}
	return dark
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
