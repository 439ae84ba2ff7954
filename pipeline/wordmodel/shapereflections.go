package wordmodel

import (
	"bytes"
	"cmp"
	"image"
	"image/color"
	_ "image/jpeg" // a JPEG's colour model
)

// A shape's 映像 (a:reflection) as Word's gallery writes it (紧密、半、全
// 映像, 接触 or 4 pt or 8 pt 偏移: mirrored straight down about the foot
// of its box, fading down it, blurred by half a point at most) is drawn
// as a run's is: its inside and line mirrored under it, Dist pt down,
// fading from StartAlpha to EndAlpha (Shape.Reflection, the run's
// Reflection type), as one picture over the white page (layout's
// shapereflections.go). Any other (turned, skewed, scaled, blurred more)
// is listed, and so is that of a text box (Word mirrors its text too), a
// turned or flipped shape, a gradient, pattern or picture fill or line
// (their fade is not drawn), a dashed line, and a reflection with another effect (each
// is a picture of its own: one would hide the other).

// shapeReflection reads sp's a:reflection el; nil and why the PDF cannot
// draw it, else. text: sp is a text box. others: sp has another effect.
func shapeReflection(sp *Shape, el string, text, others bool) (*Reflection, string) {
	tag := startTag(el, 0)
	for _, a := range [][2]string{{"sx", "100000"}, {"sy", "-100000"}, {"kx", "0"}, {"ky", "0"}, {"dir", "5400000"}, {"fadeDir", "5400000"}, {"algn", "bl"}} {
		if v := attr(tag, a[0]); v != "" && v != a[1] || v == "" && a[0] == "sy" {
			return nil, "方向、变形与库中不同的映像"
		}
	}
	line := sp.Outline
	switch {
	case emuPt(attr(tag, "blurRad"), 0) > maxReflectionBlur+0.001:
		return nil, "模糊超过 0.5 磅的映像"
	case text:
		return nil, "文本框的映像"
	case sp.Rotation != 0 || sp.FlipH || sp.FlipV:
		return nil, "旋转或翻转的形状的映像"
	case sp.Gradient != nil || sp.Pattern != nil || sp.Picture != nil || line != nil && line.Gradient != nil:
		return nil, "渐变、图案或图片填充形状的映像"
	case line != nil && line.Dash != "" && line.Dash != "solid":
		// Its dashes would have to be mirrored and faded one by one.
		return nil, "虚线形状的映像"
	case others:
		return nil, "与其他效果同用的映像"
	}
	share := func(name, def string) float64 {
		return min(max(float64(atoi(cmp.Or(attr(tag, name), def)))/100000, 0), 1)
	}
	r := &Reflection{Dist: round2(emuPt(attr(tag, "dist"), 0)), Blur: round2(emuPt(attr(tag, "blurRad"), 0)),
		StartAlpha: share("stA", "100000"), StartPos: share("stPos", "0"), EndAlpha: share("endA", "0"), EndPos: share("endPos", "100000")}
	if r.EndPos <= r.StartPos {
		r.EndPos = min(r.StartPos+0.001, 1)
	}
	return r, ""
}

// reflectedPicture is why the PDF cannot draw the reflection r of img
// (nil for none): only that of a picture drawn whole in its box, upright,
// opaque, and of RGB or grey pixels is (the picture's pixels mirrored);
// a cropped, framed, turned or flipped one's, a transparent one's (Word
// mirrors what of it shows) and a CMYK JPEG's (drawn as it shows on white,
// which the mirrored pixels would have to be too) are listed.
func reflectedPicture(img *Image, r *Reflection) string {
	if r == nil {
		return ""
	}
	if img.Frame != nil || !img.Crop.IsZero() || img.Rotation != 0 || img.FlipH || img.FlipV {
		return "裁剪过的、带边框或形状的、旋转或翻转的图片的映像效果无法显示"
	}
	if img.Format != "PNG" && img.Format != "JPEG" || seeThroughImage(img) {
		return "透明图片的映像效果无法显示"
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(img.Data))
	if err != nil || cfg.ColorModel == color.CMYKModel {
		return "CMYK 或无法读取的图片的映像效果无法显示"
	}
	return ""
}
