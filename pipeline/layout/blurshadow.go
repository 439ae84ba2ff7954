package layout

import (
	"image"
	"image/draw"
	"math"
	"slices"
	"strconv"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/vector"
)

// A blurred effect (a shape's or a picture's blurred shadow, its glow)
// is drawn as a picture of it: PDF/A-1 has neither blur nor transparency.
// The effect is painted as it shows over the white page, each pixel in
// the colour the effect leaves there, and the pixels where it leaves the
// page white are left out (a PNG with alpha, which every back-end keeps
// as a mask: masks.go in pdf and ofd). So the picture stands for the
// effect exactly where nothing but the white page lies under it; where
// anything is drawn under its drawn pixels (text, a rule, another shape)
// it would hide that, and the layout refuses the page (effectCovers). A
// plain PDF (pdfa: false) draws the same picture: the three outputs show
// the same thing and are checked alike.
//
// The fading is LibreOffice's, which draws these effects since 7.0 as
// Word shows them: the effect's silhouette blurred with a tent of the
// blur's radius (two box blurs of half of it each way), so that it fades
// out over the radius on either side of the silhouette's edge.

// effectDPI is the effect picture's resolution: a fading edge has no
// detail finer than this at print size; maxEffectPixels caps a large
// shape's picture, whose resolution is lowered to fit.
const (
	effectDPI       = 150
	maxEffectPixels = 2_000_000
)

// effectLayer is one effect of a picture: the silhouette of paths, grown
// by grow mm, blurred by radius mm, in color over what is under it.
type effectLayer struct {
	paths        []*Path
	radius, grow float64
	color        string
	// pixels, where set, is the silhouette instead: a picture's alpha
	// over its box at x, y, w by h mm (a picture with transparency casts
	// the shadow of what of it shows).
	pixels     image.Image
	x, y, w, h float64
}

// effectPicture draws layers, each over those before it, over the white
// page, as an image op; false where nothing of them shows. name says
// what it is, for the refusal of a page where it would hide something
// (effectCovers).
func effectPicture(layers []effectLayer, name string) (op, bool) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, l := range layers {
		margin := l.radius + l.grow
		if l.pixels != nil {
			x0, y0, x1, y1 = min(x0, l.x-margin), min(y0, l.y-margin), max(x1, l.x+l.w+margin), max(y1, l.y+l.h+margin)
		}
		for _, p := range l.paths {
			x, y, w, h := p.Bounds()
			if w == 0 && h == 0 {
				continue
			}
			x0, y0, x1, y1 = min(x0, x-margin), min(y0, y-margin), max(x1, x+w+margin), max(y1, y+h+margin)
		}
	}
	if x0 > x1 {
		return op{}, false
	}
	scale := effectDPI / 25.4 // pixels a mm
	if px := (x1 - x0) * (y1 - y0) * scale * scale; px > maxEffectPixels {
		scale *= math.Sqrt(maxEffectPixels / px)
	}
	w, h := max(int(math.Ceil((x1-x0)*scale)), 1), max(int(math.Ceil((y1-y0)*scale)), 1)
	shade := make([][3]float32, w*h)
	for i := range shade {
		shade[i] = [3]float32{255, 255, 255}
	}
	for _, l := range layers {
		mask := silhouette(l.paths, x0, y0, scale, w, h)
		if l.pixels != nil {
			at := image.Rect(int(math.Round((l.x-x0)*scale)), int(math.Round((l.y-y0)*scale)), int(math.Round((l.x+l.w-x0)*scale)), int(math.Round((l.y+l.h-y0)*scale)))
			xdraw.BiLinear.Scale(mask, at, l.pixels, l.pixels.Bounds(), draw.Over, nil)
		}
		cov := make([]float32, w*h)
		for i, a := range mask.Pix {
			cov[i] = float32(a) / 255
		}
		if g := int(math.Round(min(l.grow*scale, float64(w+h)))); g > 0 {
			cov = dilate(cov, w, h, g)
		}
		if r := l.radius * scale; r >= 0.5 {
			tent(cov, w, h, r)
		}
		n, _ := strconv.ParseUint(l.color, 16, 32)
		c := [3]float32{float32(n >> 16 & 0xff), float32(n >> 8 & 0xff), float32(n & 0xff)}
		for i, a := range cov {
			for k := range 3 {
				shade[i][k] += (c[k] - shade[i][k]) * a
			}
		}
	}
	return effectOp(shade, w, h, x0, y0, 1/scale, 1/scale, name)
}

// silhouette is where paths cover the picture of w by h pixels whose top
// left corner is x0, y0 on the page at scale pixels a mm: each inside
// filled, each line stroked as quadrilaterals along it (ends squared off
// by half its width, which covers its joins: the blur hides the rest).
func silhouette(paths []*Path, x0, y0, scale float64, w, h int) *image.Alpha {
	dst := image.NewAlpha(image.Rect(0, 0, w, h))
	var r vector.Rasterizer
	at := func(p Point) (float32, float32) {
		return float32((p.X - x0) * scale), float32((p.Y - y0) * scale)
	}
	for _, p := range paths {
		r.Reset(w, h)
		if p.Fill != "" || p.Shade != nil || p.Pattern != nil {
			for _, s := range p.Segs {
				switch s.Op {
				case 'M':
					r.ClosePath()
					r.MoveTo(at(s.Pts[0]))
				case 'L':
					r.LineTo(at(s.Pts[0]))
				case 'C':
					ax, ay := at(s.Pts[0])
					bx, by := at(s.Pts[1])
					cx, cy := at(s.Pts[2])
					r.CubeTo(ax, ay, bx, by, cx, cy)
				case 'Z':
					r.ClosePath()
				}
			}
			r.ClosePath()
		} else {
			half := max(p.Width, 0.1) / 2 * scale
			for _, l := range flattened(p.Segs) {
				ax, ay := at(l[0])
				bx, by := at(l[1])
				strokeLine(&r, ax, ay, bx, by, half)
			}
		}
		r.Draw(dst, dst.Bounds(), image.Opaque, image.Point{})
	}
	return dst
}

// flattened are segs' straight pieces, a curve cut into eight.
func flattened(segs []Seg) [][2]Point {
	var out [][2]Point
	var start, at Point
	for _, s := range segs {
		switch s.Op {
		case 'M':
			start, at = s.Pts[0], s.Pts[0]
		case 'L':
			out = append(out, [2]Point{at, s.Pts[0]})
			at = s.Pts[0]
		case 'C':
			p0, p1, p2, p3 := at, s.Pts[0], s.Pts[1], s.Pts[2]
			for k := 1; k <= 8; k++ {
				t := float64(k) / 8
				u := 1 - t
				q := Point{u*u*u*p0.X + 3*u*u*t*p1.X + 3*u*t*t*p2.X + t*t*t*p3.X, u*u*u*p0.Y + 3*u*u*t*p1.Y + 3*u*t*t*p2.Y + t*t*t*p3.Y}
				out = append(out, [2]Point{at, q})
				at = q
			}
		case 'Z':
			out = append(out, [2]Point{at, start})
			at = start
		}
	}
	return out
}

// strokeLine adds the rectangle half either side of the line from a to
// b, squared off by half beyond each end, always turning the same way so
// that overlapping pieces add up rather than cancel.
func strokeLine(r *vector.Rasterizer, ax, ay, bx, by float32, half float64) {
	dx, dy := float64(bx-ax), float64(by-ay)
	n := math.Hypot(dx, dy)
	if n == 0 {
		dx, dy, n = 1, 0, 1
	}
	ux, uy := dx/n*half, dy/n*half
	px, py := -uy, ux
	sx, sy := float64(ax)-ux, float64(ay)-uy
	ex, ey := float64(bx)+ux, float64(by)+uy
	r.MoveTo(float32(sx+px), float32(sy+py))
	r.LineTo(float32(ex+px), float32(ey+py))
	r.LineTo(float32(ex-px), float32(ey-py))
	r.LineTo(float32(sx-px), float32(sy-py))
	r.ClosePath()
}

// effectPixels is shade (each pixel's colour over white): each pixel
// opaque in its colour where that is not white, transparent elsewhere.
// It is cut to its drawn pixels, whose box in shade it returns; nil where
// none is drawn.
func effectPixels(shade [][3]float32, w, h int) (*image.NRGBA, image.Rectangle) {
	pic, bx := effectImage(shade, w, h)
	if bx.Empty() {
		return nil, bx
	}
	out := image.NewNRGBA(image.Rect(0, 0, bx.Dx(), bx.Dy()))
	draw.Draw(out, out.Bounds(), pic, bx.Min, draw.Src)
	return out, bx
}

// effectImage is effectPixels uncut, with the box of its drawn pixels.
func effectImage(shade [][3]float32, w, h int) (*image.NRGBA, image.Rectangle) {
	pic := image.NewNRGBA(image.Rect(0, 0, w, h))
	bx := image.Rectangle{}
	for y := range h {
		for x := range w {
			var px [3]uint8
			white := true
			for k, v := range shade[y*w+x] {
				px[k] = uint8(math.Round(float64(min(max(v, 0), 255))))
				white = white && px[k] == 255
			}
			if white {
				continue
			}
			i := pic.PixOffset(x, y)
			pic.Pix[i], pic.Pix[i+1], pic.Pix[i+2], pic.Pix[i+3] = px[0], px[1], px[2], 255
			bx = bx.Union(image.Rect(x, y, x+1, y+1))
		}
	}
	return pic, bx
}

// tent blurs cov (w by h) with a tent of radius r pixels each way: two
// box blurs of r/2 either side, along the rows and then the columns.
func tent(cov []float32, w, h int, r float64) { tentXY(cov, w, h, r, r) }

// tentXY is tent with radius rx along the rows, ry along the columns.
func tentXY(cov []float32, w, h int, rx, ry float64) {
	kx, ky := max(int(math.Round(rx/2)), 1), max(int(math.Round(ry/2)), 1)
	line := make([]float32, max(w, h))
	for range 2 {
		for y := range h {
			boxBlur(cov[y*w:(y+1)*w], 1, w, kx, line)
		}
		for x := range w {
			boxBlur(cov[x:], w, h, ky, line)
		}
	}
}

// boxBlur averages the n values of v, stride apart, over k either side
// (what lies beyond the ends counting as nothing), using tmp.
func boxBlur(v []float32, stride, n, k int, tmp []float32) {
	for i := range n {
		tmp[i] = v[i*stride]
	}
	var sum float32
	for i := 0; i < k && i < n; i++ {
		sum += tmp[i]
	}
	div := float32(2*k + 1)
	for i := range n {
		if j := i + k; j < n {
			sum += tmp[j]
		}
		if j := i - k - 1; j >= 0 {
			sum -= tmp[j]
		}
		v[i*stride] = sum / div
	}
}

// dilate grows cov by g pixels each way (a square's, the blur after it
// rounding its corners).
func dilate(cov []float32, w, h, g int) []float32 { return dilateXY(cov, w, h, g, g) }

// dilateXY grows cov by gx pixels across, gy down: the most of each
// row's and then each column's window, kept in a queue of falling values
// so that a wide glow costs no more than a narrow one.
func dilateXY(cov []float32, w, h, gx, gy int) []float32 {
	out := slices.Clone(cov)
	q := make([]int, 0, max(w, h))
	line := make([]float32, max(w, h))
	for y := range h {
		windowMax(out[y*w:], 1, w, gx, q, line)
	}
	for x := range w {
		windowMax(out[x:], w, h, gy, q, line)
	}
	return out
}

// windowMax sets each of the n values of v, stride apart, to the most
// within g either side, using q and tmp.
func windowMax(v []float32, stride, n, g int, q []int, tmp []float32) {
	for i := range n {
		tmp[i] = v[i*stride]
	}
	q = q[:0]
	next := 0
	for i := range n {
		for ; next < n && next <= i+g; next++ {
			for len(q) > 0 && tmp[q[len(q)-1]] <= tmp[next] {
				q = q[:len(q)-1]
			}
			q = append(q, next)
		}
		for q[0] < i-g {
			q = q[1:]
		}
		v[i*stride] = tmp[q[0]]
	}
}
