package layout

import (
	"bytes"
	"image"
	"image/draw"
	"math"

	xdraw "golang.org/x/image/draw"

	"jixiao/pipeline/wordmodel"
)

// A shape's reflection (wordmodel's Shape.Reflection, Word's gallery's)
// is its inside and line, each in its colour, mirrored about the foot of
// its box and moved its distance down, fading down the mirrored box from
// its start alpha to its end alpha, as a run's reflection does
// (glowreflect.go). PDF/A-1 has no transparency: it is drawn as one
// picture over the white page under the shape, as a blurred shadow is
// (blurshadow.go), which may hide nothing drawn before it
// (effectcover.go). Its blur, half a point at most, is drawn sharp, as a
// run's is.

// reflected is the picture of sp's reflection, its box's top left corner
// at x, y and h tall, paths its drawing; false where nothing of it shows.
func reflected(sp *wordmodel.Shape, paths []*Path, x, y, h float64) (op, bool) {
	r := sp.Reflection
	top := y + h + r.Dist*ptToMM
	mirror := func(segs []Seg) []Seg {
		out := make([]Seg, len(segs))
		for i, s := range segs {
			pts := make([]Point, len(s.Pts))
			for k, p := range s.Pts {
				pts[k] = Point{p.X, 2*(y+h) + r.Dist*ptToMM - p.Y}
			}
			out[i] = Seg{Op: s.Op, Pts: pts}
		}
		return out
	}
	var flipped []*Path
	for _, p := range paths {
		q := *p
		q.Segs = mirror(p.Segs)
		flipped = append(flipped, &q)
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range flipped {
		px, py, pw, ph := p.Bounds()
		grow := p.Width / 2
		if p.Fill != "" {
			grow = 0
		}
		x0, y0, x1, y1 = min(x0, px-grow), min(y0, py-grow), max(x1, px+pw+grow), max(y1, py+ph+grow)
	}
	if x0 >= x1 || y0 >= y1 || h <= 0 {
		return op{}, false
	}
	x0, y0, x1, y1 = x0-0.5, y0-0.5, x1+0.5, y1+0.5
	scale := effectDPI / 25.4
	if px := (x1 - x0) * (y1 - y0) * scale * scale; px > maxEffectPixels {
		scale *= math.Sqrt(maxEffectPixels / px)
	}
	w, hp := max(int(math.Ceil((x1-x0)*scale)), 1), max(int(math.Ceil((y1-y0)*scale)), 1)
	// Each pixel row's alpha: the fade down the mirrored box, its ends
	// held beyond its positions.
	fade := make([]float32, hp)
	for row := range fade {
		fade[row] = reflectionAlpha(r, ((y0+(float64(row)+0.5)/scale)-top)/h)
	}
	shade := make([][3]float32, w*hp)
	for i := range shade {
		shade[i] = [3]float32{255, 255, 255}
	}
	for _, p := range flipped {
		c := cmpColor(p.Fill, p.Stroke)
		for i, a := range silhouette([]*Path{p}, x0, y0, scale, w, hp).Pix {
			if a == 0 {
				continue
			}
			k := float32(a) / 255 * fade[i/w]
			for j := range 3 {
				shade[i][j] += (c[j] - shade[i][j]) * k
			}
		}
	}
	return effectOp(shade, w, hp, x0, y0, 1/scale, 1/scale, sp.Name+"的映像")
}

// reflectionAlpha is r's alpha t of the mirrored box's height down from
// its top. Past the end, the presets' end alpha (0.3%) shifts no colour
// by a whole level of 255: it is none, and the picture ends there, not at
// the mirrored box's foot.
func reflectionAlpha(r *wordmodel.Reflection, t float64) float32 {
	k := min(max((t-r.StartPos)/(r.EndPos-r.StartPos), 0), 1)
	if k == 1 && r.EndAlpha*255 < 1 {
		return 0
	}
	return float32(r.StartAlpha + (r.EndAlpha-r.StartAlpha)*k)
}

// reflectedPicture is the reflection of img, drawn whole and upright in
// the box x, y, w by h: its pixels mirrored under the box, its distance
// down, fading over white, at the effects' resolution; false where it
// cannot be decoded (wordmodel lists a picture it cannot read) or
// nothing of it shows.
func reflectedPicture(img *wordmodel.Image, x, y, w, h float64) (op, bool) {
	src, _, err := image.Decode(bytes.NewReader(img.Data))
	if err != nil || w <= 0 || h <= 0 {
		return op{}, false
	}
	r := img.Reflection
	scale := effectDPI / 25.4
	if px := w * h * scale * scale; px > maxEffectPixels {
		scale *= math.Sqrt(maxEffectPixels / px)
	}
	pw, ph := max(int(math.Ceil(w*scale)), 1), max(int(math.Ceil(h*scale)), 1)
	rgba := image.NewRGBA(image.Rect(0, 0, pw, ph))
	xdraw.BiLinear.Scale(rgba, rgba.Bounds(), src, src.Bounds(), draw.Src, nil)
	shade := make([][3]float32, pw*ph)
	for row := range ph {
		a := reflectionAlpha(r, (float64(row)+0.5)/float64(ph))
		from := rgba.Pix[(ph-1-row)*rgba.Stride:]
		for col := range pw {
			for j := range 3 {
				shade[row*pw+col][j] = 255 + (float32(from[4*col+j])-255)*a
			}
		}
	}
	return effectOp(shade, pw, ph, x, y+h+r.Dist*ptToMM, w/float64(pw), h/float64(ph), "图片 "+img.Name+"的映像")
}
