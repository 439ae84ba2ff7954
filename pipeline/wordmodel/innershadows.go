package wordmodel

import (
	"cmp"
	"math"
	"strings"
)

// InnerShadow is a shape's 内部阴影 (a:innerShdw): the page beyond its
// edge moved DX right and DY down, mm, blurred over Blur mm (blurRad)
// and laid in Color (RRGGBB) at Alpha (0 to 1) over its fill, within its
// outline. PDF/A-1 has no transparency: the layout draws the inside as
// a picture of the fill with the shadow over it (innershadows.go there).
// Only a solid fill's is drawn: over a gradient, a pattern or a picture
// the shadow's colour would have to be mixed with each of their pixels,
// which is listed, and so is that of a turned or flipped shape (Word
// keeps the shadow's direction on the page or turns it: unverified).
type InnerShadow struct {
	DX, DY, Blur float64
	Color        string
	Alpha        float64
}

// innerShadow reads an a:innerShdw of sp's into what the PDF draws; nil
// and why the PDF cannot draw it, else. text: sp is a text box.
func (s *sheet) innerShadow(sp *Shape, el string, text bool) (*InnerShadow, string) {
	tag := startTag(el, 0)
	// Its colour without its alpha, which is laid over the fill, not
	// over white.
	alpha := 1.0
	if i := next(el, "a:alpha", 0); i >= 0 {
		alpha = float64(atoi(attr(startTag(el, i), "val"))) / 100000
	}
	plain := el
	if i := next(el, "a:alpha", 0); i >= 0 {
		plain = el[:i] + el[end(el, i, "a:alpha"):]
	}
	c, none, why := s.fillColor(plain)
	switch {
	case why != "" || none || next(el, "a:alphaMod", 0) >= 0 || next(el, "a:alphaOff", 0) >= 0:
		return nil, "颜色无法识别的内部阴影"
	case sp.Picture != nil || sp.Gradient != nil || sp.Pattern != nil:
		return nil, "渐变、图案或图片填充形状的内部阴影"
	case sp.Fill == "" && text:
		return nil, "无填充文本框的内部阴影"
	case sp.Fill == "" || sp.Geometry == "line":
		return nil, "无填充形状的内部阴影"
	case sp.Rotation != 0 || sp.FlipH || sp.FlipV:
		return nil, "旋转或翻转的形状的内部阴影"
	}
	alpha = min(max(alpha, 0), 1)
	blur := max(emuPt(attr(tag, "blurRad"), 0), 0) * 25.4 / 72
	dist := emuPt(attr(tag, "dist"), 0) * 25.4 / 72
	if alpha == 0 || blur == 0 && dist == 0 {
		// Nothing of it shows: the page beyond the edge, not moved, is
		// outside.
		return nil, ""
	}
	dir := float64(atoi(attr(tag, "dir"))) / 60000 * math.Pi / 180
	return &InnerShadow{DX: dist * math.Cos(dir), DY: dist * math.Sin(dir), Blur: blur, Color: cmp.Or(strings.ToUpper(c), "000000"), Alpha: alpha}, ""
}

// turnedInnerShadow is why the PDF cannot draw the inner shadow or the
// reflection of a member of the group that its turning or mirroring
// turned or mirrored (a turned shape's are listed as they are read,
// before its group turns it); "" for none.
func (g *group) turnedInnerShadow() string {
	for _, sp := range (*g.s.shapes)[g.shapes:] {
		if sp.InnerShadow != nil && (sp.Rotation != 0 || sp.FlipH || sp.FlipV) {
			return sp.Name + "（旋转或翻转的形状的内部阴影效果无法显示）"
		}
		if sp.Reflection != nil && (sp.Rotation != 0 || sp.FlipH || sp.FlipV) {
			return sp.Name + "（旋转或翻转的形状的映像效果无法显示）"
		}
	}
	for _, img := range (*g.s.images)[g.images:] {
		if img.Reflection != nil && (img.Rotation != 0 || img.FlipH || img.FlipV) {
			return "图片 " + img.Name + "（旋转或翻转的图片的映像效果无法显示）"
		}
	}
	return ""
}
