package wordmodel

import "strings"

// A VML shape's shadow (v:shadow on="t", 阴影 as Word 2003 and WPS set
// it) is a copy of the shape, its inside and its line, in one colour,
// offset from it and drawn under it: VML's shadow has no blur. Its
// double, embossed and perspective kinds (type, a matrix that scales or
// skews it) are listed.

// vmlShadowTag is the start tag of the shadow of the VML shape element
// shape, its own (not a shape's in its text box); "" for none.
func vmlShadowTag(shape string) string {
	own := shape
	if i := next(shape, "v:textbox", 0); i >= 0 {
		own = shape[:i]
	}
	i := next(own, "v:shadow", 0)
	if i < 0 {
		return ""
	}
	tag := startTag(own, i)
	if vmlOn("阴影")(nil, tag+">") == "" {
		return ""
	}
	return tag
}

// vmlShadow reads the shadow of shape: nil for none, or for a kind the
// PDF does not draw, which the element lists; why the PDF cannot draw
// it, otherwise. A shadow showing through (opacity) is drawn in the
// colour it shows over white, which is what it shows where it falls
// beside its shape on the page: f, the shape's place, says whether text
// may pass under it (a float in front of the text that text does not go
// around), which is listed.
func vmlShadow(sp *Shape, shape string, f *Float) (*ShapeShadow, string) {
	tag := vmlShadowTag(shape)
	if tag == "" {
		return nil, ""
	}
	if sp.Picture != nil {
		return nil, "图片填充的形状的阴影"
	}
	if vmlShadowKind(tag) != "" {
		return nil, "" // listed by the element (vmlShadowListed)
	}
	color, ok := "808080", true // VML's default: gray
	if c := attr(tag, "color"); c != "" {
		color, ok = vmlColor(c)
	}
	if !ok {
		return nil, "阴影的颜色“" + attr(tag, "color") + "”无法识别"
	}
	if o := attr(tag, "opacity"); o != "" && vmlNumber(o) < 1 {
		if f != nil && !f.Behind && f.Wrap.Mode == "" {
			return nil, "半透明的阴影（浮于文字上方）"
		}
		color = overWhite(color, o)
	}
	sh := &ShapeShadow{Color: color, DX: 2 * 25.4 / 72, DY: 2 * 25.4 / 72} // VML's default: 2pt, 2pt
	if off := attr(tag, "offset"); off != "" {
		x, y, _ := strings.Cut(off, ",")
		sh.DX, sh.DY = shadowLength(x, sh.DX), shadowLength(y, sh.DY)
	}
	return sh, ""
}

// shadowLength is an offset's length, mm; def where it is left out.
func shadowLength(v string, def float64) float64 {
	if strings.TrimSpace(v) == "" {
		return def
	}
	return vmlLength(v)
}

// vmlShadowKind says why a shadow is not a plain offset copy: a double
// one, an embossed or a perspective one, one a matrix scales or skews,
// one offset by a share of the shape (in its own coordinates).
func vmlShadowKind(tag string) string {
	switch attr(tag, "type") {
	case "", "single":
	default:
		return "阴影（双重、浮凸或透视阴影）"
	}
	if m := attr(tag, "matrix"); m != "" {
		want := []float64{1, 0, 0, 1, 0, 0}
		for k, v := range strings.Split(m, ",") {
			if k < len(want) && strings.TrimSpace(v) != "" && abs(vmlNumber(v)-want[k]) > 1e-6 {
				return "阴影（透视或缩放的阴影）"
			}
		}
	}
	for _, v := range strings.Split(attr(tag, "offset"), ",") {
		if v = strings.TrimSpace(v); strings.HasSuffix(v, "%") || strings.HasSuffix(v, "f") {
			return "阴影（按形状大小的比例偏移）"
		}
	}
	return ""
}

// vmlShadowListed lists a shadow the PDF does not draw at all, by the
// element: one whose kind it does not draw; a plain one is its shape's
// reader's (vmlRead), and the readers of shapes that do not draw one
// (pictures, 艺术字) list it there.
func vmlShadowListed(_ *sheet, el string) string {
	tag := tagOf(el)
	if vmlOn("阴影")(nil, el) == "" {
		return ""
	}
	return vmlShadowKind(tag)
}
