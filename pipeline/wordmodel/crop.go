package wordmodel

import (
	"fmt"
	"strings"
)

// Crop is what Word cuts off a picture (图片裁剪): shares of the picture's
// width (L, R) and height (T, B) off each side, the rest stretched over
// the picture's box. A negative share is room left empty beside the
// picture (Word's crop dragged outwards): the picture is drawn smaller in
// its box and nothing is drawn there.
type Crop struct{ L, T, R, B float64 }

// IsZero reports whether nothing is cut off nor left empty.
func (c Crop) IsZero() bool { return c == Crop{} }

// shown is the share of the picture's width and height the box shows.
func (c Crop) shown() (w, h float64) { return 1 - c.L - c.R, 1 - c.T - c.B }

// blipCrop reads a blipFill's crop: its a:srcRect (thousandths of a per
// cent of the picture cut off each side) and its a:stretch's a:fillRect
// (the box's share each side the cut picture is stretched short of; a
// negative one spreads it beyond the box), taken as one crop of the
// picture the box shows. why says why it cannot be drawn.
func blipCrop(blipFill string) (Crop, string) {
	src := rectShares(blipFill, "a:srcRect")
	fill := Crop{}
	if i := next(blipFill, "a:stretch", 0); i >= 0 {
		fill = rectShares(blipFill[i:end(blipFill, i, "a:stretch")], "a:fillRect")
	}
	w, h := src.shown()
	fw, fh := fill.shown()
	if w <= 0 || h <= 0 || fw <= 0 || fh <= 0 {
		return Crop{}, "图片裁剪后没有内容"
	}
	// The box's edges, in shares of the picture: the shown part
	// [src.L, 1-src.R] stands over the box's [fill.L, 1-fill.R].
	kx, ky := w/fw, h/fh
	return Crop{L: src.L - fill.L*kx, R: src.R - fill.R*kx, T: src.T - fill.T*ky, B: src.B - fill.B*ky}, ""
}

// rectShares reads the l, t, r, b of the first <name> in el as shares.
func rectShares(el, name string) Crop {
	i := next(el, name, 0)
	if i < 0 {
		return Crop{}
	}
	tag := startTag(el, i)
	share := func(side string) float64 { return float64(atoi(attr(tag, side))) / 100000 }
	return Crop{L: share("l"), T: share("t"), R: share("r"), B: share("b")}
}

// vmlCrop reads a v:imagedata's cropleft, croptop, cropright and
// cropbottom: shares ("0.1") or 65536ths ("6554f"), as WPS and Word 2003
// write them.
func vmlCrop(tag string) (Crop, string) {
	c := Crop{L: vmlNumber(attr(tag, "cropleft")), T: vmlNumber(attr(tag, "croptop")), R: vmlNumber(attr(tag, "cropright")), B: vmlNumber(attr(tag, "cropbottom"))}
	if w, h := c.shown(); w <= 0 || h <= 0 {
		return Crop{}, "图片裁剪后没有内容"
	}
	return c, ""
}

// pictureFormat reads what Word's 图片格式 tab did to the picture img, in
// its box (img.Width by img.Height), of blipFill (a pic:pic's, pic; or a
// shape's picture fill, pic ""): its crop and its colour adjustments,
// applied to its pixels where it helps (tones.go), its tiling (tile.go);
// for a pic:pic also its shape and its line (Frame). why says what of
// it the PDF cannot draw.
func (s *sheet) pictureFormat(img *Image, pic, blipFill string) string {
	c, why := blipCrop(blipFill)
	if why != "" {
		return why
	}
	blip, _ := cutElement(blipFill, "a:blip")
	tones, why := s.blipTones(blip)
	if why != "" {
		return why
	}
	img.Crop = c
	if err := img.develop(tones); err != nil {
		return "图片无法调整：" + err.Error()
	}
	if why := img.tiled(blipFill); why != "" {
		return why
	}
	spPr, _ := cutElement(pic, "pic:spPr")
	if spPr == "" || pic == "" {
		return ""
	}
	return s.frame(img, spPr)
}

// frame reads a picture's shape (图片形状: a preset other than a
// rectangle, as Word's 圆角矩形 picture style sets) and its line (图片边框)
// from its spPr into img.Frame.
func (s *sheet) frame(img *Image, spPr string) string {
	f := &Shape{Geometry: "rect", Width: img.Width, Height: img.Height}
	if next(spPr, "a:prstGeom", 0) >= 0 || next(spPr, "a:custGeom", 0) >= 0 {
		f.Geometry = ""
		if why := f.readGeometry(spPr); why != "" {
			return why
		}
	}
	// A picture has no style: a line of no fill of its own is none.
	if ln, _ := cutElement(spPr, "a:ln"); strings.Contains(ln, "Fill") && !strings.Contains(ln, "<a:noFill") {
		var why string
		if f.Outline, why = s.outline(spPr, ""); why != "" {
			return "图片边框" + strings.TrimPrefix(why, "线条")
		}
	}
	if f.Geometry == "line" {
		return "图片形状“直线”无法显示"
	}
	if f.Geometry != "rect" || f.Outline != nil {
		f.Rotation, f.FlipH, f.FlipV = 0, false, false // the picture's own
		img.Frame = f
	}
	return s.pictureShadow(img, spPr)
}

// vmlImageFormat reads what the v:imagedata of shape does to the
// picture: its crop and its colour (gain, blacklevel, grayscale, bilevel).
func vmlImageFormat(img *Image, shape string) string {
	i := next(shape, "v:imagedata", 0)
	if i < 0 {
		return ""
	}
	tag := startTag(shape, i)
	c, why := vmlCrop(tag)
	if why != "" {
		return why
	}
	img.Crop = c
	if err := img.develop(vmlTones(tag)); err != nil {
		return fmt.Sprintf("图片无法调整：%v", err)
	}
	return ""
}

// blipFillOf is the first pic:blipFill of el.
func blipFillOf(el string) string {
	f, _ := cutElement(el, "pic:blipFill")
	return f
}
