package layout

import (
	"bytes"
	"hash/fnv"
	"image"
	"image/draw"
	_ "image/jpeg" // a JPEG picture's soft edges
	"image/png"
	"math"
	"strconv"

	xdraw "golang.org/x/image/draw"

	"jixiao/pipeline/wordmodel"
)

// 柔化边缘 (a:softEdge) fades a shape or a picture out to the page in
// from its edge, as LibreOffice draws it (7.6 on): the silhouette eroded
// by the radius and blurred over it, so that it is gone at the edge,
// half faded a radius in and whole two radii in. It is drawn as a
// blurred shadow is (blurshadow.go): a picture of the faded shape over
// the white page, which may hide nothing drawn under it.

// softEdged is sp's inside and line, each in its colour, faded out over
// its SoftEdge, as one picture; false where nothing of it shows.
func softEdged(sp *wordmodel.Shape, paths []*Path) (op, bool) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range paths {
		x, y, w, h := p.Bounds()
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x+w), max(y1, y+h)
	}
	if x0 >= x1 || y0 >= y1 {
		return op{}, false
	}
	// A pixel of room each way: the erosion sees the page beyond.
	x0, y0, x1, y1 = x0-0.5, y0-0.5, x1+0.5, y1+0.5
	scale := effectDPI / 25.4
	if px := (x1 - x0) * (y1 - y0) * scale * scale; px > maxEffectPixels {
		scale *= math.Sqrt(maxEffectPixels / px)
	}
	w, h := max(int(math.Ceil((x1-x0)*scale)), 1), max(int(math.Ceil((y1-y0)*scale)), 1)
	fade := softMask(coverage(silhouette(paths, x0, y0, scale, w, h)), w, h, sp.SoftEdge*scale)
	shade := make([][3]float32, w*h)
	for i := range shade {
		shade[i] = [3]float32{255, 255, 255}
	}
	for _, p := range paths {
		c := cmpColor(p.Fill, p.Stroke)
		for i, a := range silhouette([]*Path{p}, x0, y0, scale, w, h).Pix {
			if a == 0 {
				continue
			}
			k := float32(a) / 255 * fade[i]
			for j := range 3 {
				shade[i][j] += (c[j] - shade[i][j]) * k
			}
		}
	}
	return effectOp(shade, w, h, x0, y0, 1/scale, 1/scale, sp.Name+"的柔化边缘")
}

// softPicture is img faded out over its SoftEdge in from its box's edge
// (w by h mm), over white, at its own resolution (no more than
// maxEffectPixels): the picture drawn in its place, turned and mirrored
// as it; nil where it cannot be decoded (drawn then as it is).
func softPicture(img *wordmodel.Image, w, h float64) *wordmodel.Image {
	src, _, err := image.Decode(bytes.NewReader(img.Data))
	if err != nil || w <= 0 || h <= 0 {
		return nil
	}
	pw, ph := src.Bounds().Dx(), src.Bounds().Dy()
	if px := float64(pw) * float64(ph); px > maxEffectPixels {
		f := math.Sqrt(maxEffectPixels / px)
		pw, ph = max(int(float64(pw)*f), 1), max(int(float64(ph)*f), 1)
	}
	rgba := image.NewRGBA(image.Rect(0, 0, pw, ph))
	if pw == src.Bounds().Dx() && ph == src.Bounds().Dy() {
		draw.Draw(rgba, rgba.Bounds(), src, src.Bounds().Min, draw.Src)
	} else {
		xdraw.BiLinear.Scale(rgba, rgba.Bounds(), src, src.Bounds(), draw.Src, nil)
	}
	// The box's pixels a mm, across and down (a picture may be stretched).
	sx, sy := float64(pw)/w, float64(ph)/h
	cov := make([]float32, pw*ph)
	for i := range cov {
		cov[i] = 1
	}
	// Eroded and blurred along the rows at the across scale, the columns
	// at the down scale: the fade is as deep on every side, mm.
	fade := softMaskXY(cov, pw, ph, img.SoftEdge*sx, img.SoftEdge*sy)
	shade := make([][3]float32, pw*ph)
	for i := range shade {
		k := fade[i]
		for j := range 3 {
			shade[i][j] = 255 + (float32(rgba.Pix[4*i+j])-255)*k
		}
	}
	// Whole, not cut to what shows: it stands where the picture does.
	pic, _ := effectImage(shade, pw, ph)
	out := encodedEffect(pic)
	if out == nil {
		return nil
	}
	// It is the picture, its pixels faded: its name stays, as a picture
	// Word's 颜色 adjusted keeps its own.
	out.Name, out.Width, out.Height, out.Rotation, out.FlipH, out.FlipV = img.Name, img.Width, img.Height, img.Rotation, img.FlipH, img.FlipV
	return out
}

// effectOp is the picture drawing an effect whose colours over white are
// shade, w by h pixels, the first at (x, y), each sx by sy mm; what names
// the effect where it would hide what is under it (effectcover.go). False
// where it shows nothing.
func effectOp(shade [][3]float32, w, h int, x, y, sx, sy float64, what string) (op, bool) {
	pic, bx := effectPixels(shade, w, h)
	if pic == nil {
		return op{}, false
	}
	img := encodedEffect(pic)
	if img == nil {
		return op{}, false
	}
	return op{kind: opImage, img: img, x: x + float64(bx.Min.X)*sx, y: y + float64(bx.Min.Y)*sy, w: float64(bx.Dx()) * sx, h: float64(bx.Dy()) * sy, effect: what}, true
}

// encodedEffect is an effect's picture as a PNG named by its bytes.
func encodedEffect(pic *image.NRGBA) *wordmodel.Image {
	var buf bytes.Buffer
	if err := png.Encode(&buf, pic); err != nil {
		return nil
	}
	sum := fnv.New64a()
	sum.Write(buf.Bytes())
	return &wordmodel.Image{Name: "effect-" + strconv.FormatUint(sum.Sum64(), 16) + ".png", Format: "PNG", Data: buf.Bytes()}
}

// coverage is an alpha picture's pixels as shares.
func coverage(a *image.Alpha) []float32 {
	cov := make([]float32, len(a.Pix))
	for i, v := range a.Pix {
		cov[i] = float32(v) / 255
	}
	return cov
}

// softMask is cov eroded by r pixels and blurred over r: 0 at the
// silhouette's edge, 1 2r pixels in.
func softMask(cov []float32, w, h int, r float64) []float32 {
	return softMaskXY(cov, w, h, r, r)
}

// softMaskXY is softMask with rx pixels across and ry down.
func softMaskXY(cov []float32, w, h int, rx, ry float64) []float32 {
	// What lies beyond the picture is outside the silhouette. A radius
	// wider than the picture fades all of it: no wider is needed.
	rx, ry = min(rx, float64(w+h)), min(ry, float64(w+h))
	gx, gy := max(int(math.Round(rx)), 1), max(int(math.Round(ry)), 1)
	pw, ph := w+2*gx+2, h+2*gy+2
	inv := make([]float32, pw*ph)
	for i := range inv {
		inv[i] = 1
	}
	for y := range h {
		for x := range w {
			inv[(y+gy+1)*pw+x+gx+1] = 1 - cov[y*w+x]
		}
	}
	grown := dilateXY(inv, pw, ph, gx, gy)
	for i := range grown {
		grown[i] = 1 - grown[i]
	}
	tentXY(grown, pw, ph, rx, ry)
	out := make([]float32, w*h)
	for y := range h {
		copy(out[y*w:(y+1)*w], grown[(y+gy+1)*pw+gx+1:])
	}
	return out
}

// cmpColor is the first of colours given, as red, green and blue.
func cmpColor(colors ...string) [3]float32 {
	for _, c := range colors {
		if c != "" {
			n, _ := strconv.ParseUint(c, 16, 32)
			return [3]float32{float32(n >> 16 & 0xff), float32(n >> 8 & 0xff), float32(n & 0xff)}
		}
	}
	return [3]float32{}
}
