package wordmodel

// Word 2010's 发光 (w14:glow) and 映像 (w14:reflection) of a run's text.
// Neither can be what Word draws under PDF/A-1, which has no
// transparency: a glow is the text's shape widened and blurred in a
// translucent colour, drawn as the blurred shadow is (layout's
// textblur.go); a reflection is the text mirrored under it and fading
// out, drawn as the mirrored glyphs filled with a gradient from the
// text's colour at its start alpha to the page at its end. A reflection
// Word's presets write (mirrored straight down, fading down, touching or
// a few points under the text, blurred by half a point at most) is
// drawn; any other is listed (knownEffect), and so is the reflection of
// a text that is not filled in one colour (undrawnEffects), whose
// gradient or outline would have to fade too.

// TextGlow is a halo of Color (as it shows over white at its alpha) Radius
// pt out from the glyphs.
type TextGlow struct {
	Radius float64
	Color  string
}

// Reflection is the text mirrored about its box's foot, Dist pt under
// it, its colour StartAlpha of the text's at StartPos of the box's
// height down from the mirror line, EndAlpha at EndPos (shares of 1);
// Blur is its blur radius, pt, drawn sharp.
type Reflection struct {
	Dist, Blur           float64
	StartAlpha, StartPos float64
	EndAlpha, EndPos     float64
}

// maxReflectionBlur is the blur, pt, of Word's reflection presets (a
// sixth of a millimetre), which a sharp fading copy shows as Word does.
const maxReflectionBlur = 0.5

// glow reads a w14:glow; nil for none.
func (s *sheet) glow(el string) *TextGlow {
	r := emuPt(attr(startTag(el, 0), "w14:rad"), 0)
	c, none, _ := s.fillColor(asDrawingML(el))
	if r <= 0 || none {
		return nil
	}
	return &TextGlow{Radius: round2(r), Color: c}
}

// reflection reads a w14:reflection Word's presets write; nil for one
// knownReflection lists.
func reflection(el string) *Reflection {
	if knownReflection(el) != "" {
		return nil
	}
	tag := startTag(el, 0)
	share := func(name, def string) float64 {
		v := attr(tag, name)
		if v == "" {
			v = def
		}
		return min(max(float64(atoi(v))/100000, 0), 1)
	}
	r := &Reflection{Dist: round2(emuPt(attr(tag, "w14:dist"), 0)), Blur: round2(emuPt(attr(tag, "w14:blurRad"), 0)),
		StartAlpha: share("w14:stA", "100000"), StartPos: share("w14:stPos", "0"), EndAlpha: share("w14:endA", "0"), EndPos: share("w14:endPos", "100000")}
	if r.EndPos <= r.StartPos {
		r.EndPos = min(r.StartPos+0.001, 1)
	}
	return r
}

// knownReflection says what a w14:reflection has that the PDF cannot
// draw: a mirror not straight down, a fade not down it, a blur wider
// than the presets'; "" for one it draws.
func knownReflection(el string) string {
	tag := startTag(el, 0)
	for _, a := range [][2]string{{"w14:sx", "100000"}, {"w14:sy", "-100000"}, {"w14:kx", "0"}, {"w14:ky", "0"}, {"w14:dir", "5400000"}, {"w14:fadeDir", "5400000"}, {"w14:algn", "bl"}} {
		if v := attr(tag, a[0]); v != "" && v != a[1] || v == "" && a[0] == "w14:sy" {
			return "文字效果（映像的方向或变形）"
		}
	}
	if emuPt(attr(tag, "w14:blurRad"), 0) > maxReflectionBlur+0.001 {
		return "文字效果（模糊的映像）"
	}
	return ""
}

// undrawnEffects lists the effects of a run (its layers all) the PDF
// cannot draw together: a reflection of a text not filled in one colour.
func undrawnEffects(all props) []string {
	el := all.element("w14:reflection")
	if el == "" || knownReflection(el) != "" {
		return nil
	}
	if fill := all.element("w14:textFill"); next(fill, "w14:gradFill", 0) >= 0 || next(fill, "w14:noFill", 0) >= 0 ||
		all.element("w14:textOutline") != "" || all.on("w:outline") || all.on("w:emboss") || all.on("w:imprint") {
		return []string{"文字效果（渐变、空心或带轮廓文字的映像）"}
	}
	return nil
}
