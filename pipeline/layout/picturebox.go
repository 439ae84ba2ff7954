package layout

import (
	"bytes"
	"image"
	_ "image/png" // a picture with transparency's shadow

	"jixiao/pipeline/wordmodel"
)

// pictureOps draw img in the box x, y, w by h: whole where Word shows it
// whole; otherwise what its crop leaves (wordmodel.Crop) within its
// shape's outline (Image.Frame: a rounded picture style's roundRect, an
// ellipse), then the frame's line over it, as a shape's line is drawn.
func pictureOps(img *wordmodel.Image, x, y, w, h float64) []op {
	frame := wordmodel.Shape{Geometry: "rect", Width: img.Width, Height: img.Height}
	if img.Frame != nil {
		frame = *img.Frame
	}
	frame.Rotation, frame.FlipH, frame.FlipV = img.Rotation, img.FlipH, img.FlipV
	var ops []op
	var pixels image.Image
	if (img.Shadow != nil || img.Glow != nil) && img.Frame == nil && img.SeeThrough() {
		// One with transparency (a 公章's ground) casts them of what of
		// it shows; one that cannot be read (which no back-end draws) of
		// its box.
		pixels, _, _ = image.Decode(bytes.NewReader(img.Data))
	}
	if pixels != nil {
		if o, ok := seeThroughEffects(img, pixels, x, y, w, h); ok {
			ops = append(ops, o)
		}
	} else if img.Shadow != nil || img.Glow != nil {
		// Its shadow and glow first: its box's or its shape's inside and
		// line, as an opaque shape's.
		cast := frame
		cast.Fill, cast.Shadow, cast.Glow, cast.Name = "FFFFFF", img.Shadow, img.Glow, "图片 "+img.Name
		ops = append(ops, shadowOps(&cast, x, y, w, h)...)
	}
	if img.Reflection != nil {
		// Under it, as its shadow is (wordmodel lists one cropped,
		// framed, turned or transparent).
		if o, ok := reflectedPicture(img, x, y, w, h); ok {
			ops = append(ops, o)
		}
	}
	if img.Frame == nil && img.Crop.IsZero() {
		// Faded at its edges (wordmodel lists a framed or cropped one's):
		// the faded picture in its place.
		if img.SoftEdge > 0 {
			if soft := softPicture(img, w, h); soft != nil {
				return append(ops, op{kind: opImage, x: x, y: y, w: w, h: h, img: soft, effect: "图片 " + img.Name + "的柔化边缘"})
			}
		}
		return append(ops, op{kind: opImage, x: x, y: y, w: w, h: h, img: img})
	}
	ops = append(ops, clippedPicture(img, &frame, insideSegs(&frame, w, h), x, y, w, h))
	if frame.Outline != nil {
		frame.Fill, frame.Gradient, frame.Pattern, frame.Picture = "", nil, nil, nil
		for _, p := range shapePaths(&frame, x, y, w, h) {
			ops = append(ops, op{kind: opPath, path: p})
		}
	}
	return ops
}

// insideSegs are sp's filled outline in its own box, w by h: what a
// picture in it or filling it is drawn within.
func insideSegs(sp *wordmodel.Shape, w, h float64) []Seg {
	if sp.Paths == nil {
		return outline(sp, w, h, 0)
	}
	var segs []Seg
	for _, sub := range sp.Paths {
		if sub.Fill != "none" {
			segs = append(segs, subpathSegs(sub, sp, w, h, 0)...)
		}
	}
	return segs
}

// clippedPicture draws img over the box x, y, w by h of sp, turned and
// mirrored with it, within clip (in the box's own coordinates): the
// whole picture is drawn where its crop puts it around the box, larger
// than the box by what is cut off (a JPEG keeps its bytes, unencoded),
// smaller by the room left empty, and only what falls inside clip shows.
func clippedPicture(img *wordmodel.Image, sp *wordmodel.Shape, clip []Seg, x, y, w, h float64) op {
	c := img.Crop
	fw, fh := w/(1-c.L-c.R), h/(1-c.T-c.B)
	// The whole picture's centre, in the box's coordinates, put on the
	// page as the box is: the picture then turns about its own centre.
	at := placement(sp, x, y, w, h).apply(Point{fw * (0.5 - c.L), fh * (0.5 - c.T)})
	pic := *img
	pic.Width, pic.Height, pic.Rotation, pic.FlipH, pic.FlipV = fw, fh, sp.Rotation, sp.FlipH, sp.FlipV
	return op{kind: opImage, img: &pic, x: at.X - fw/2, y: at.Y - fh/2, w: fw, h: fh, path: &Path{Segs: positioned(clip, sp, x, y, w, h)}}
}

// seeThroughEffects are the shadow and glow of img, a picture with
// transparency of pixels src in the box x, y, w by h (wordmodel lists
// one framed, turned or mirrored, or of a scaled shadow): of its pixels'
// alpha, as one picture.
func seeThroughEffects(img *wordmodel.Image, src image.Image, x, y, w, h float64) (op, bool) {
	var layers []effectLayer
	if s := img.Shadow; s != nil {
		layers = append(layers, effectLayer{pixels: src, x: x + s.DX, y: y + s.DY, w: w, h: h, radius: s.Blur, color: s.Color})
	}
	if g := img.Glow; g != nil {
		layers = append(layers, effectLayer{pixels: src, x: x, y: y, w: w, h: h, radius: g.Radius / 2, grow: g.Radius / 2, color: g.Color})
	}
	sp := wordmodel.Shape{Name: "图片 " + img.Name, Shadow: img.Shadow, Glow: img.Glow}
	return effectPicture(layers, effectNames(&sp))
}
