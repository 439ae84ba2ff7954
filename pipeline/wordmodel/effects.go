package wordmodel

import (
	"math"
	"strconv"
	"strings"
)

// Effects are how a run's glyphs are drawn besides being filled in its
// colour: Word's legacy effects of the 字体 dialog (空心 w:outline, 阴影
// w:shadow, 阳文 w:emboss, 阴文 w:imprint) and Word 2010's 文字效果
// (w14:textOutline, w14:textFill, w14:shadow), which take their place
// where a run has both, as Word 2010 and later draw them.
//
// The legacy ones look as LibreOffice draws them, which is how Word
// shows them: 空心 a thin outline in the text's colour around a white
// inside; 阴影 a light grey copy (black behind a coloured text) a 24th of
// the line down and to the right; 阳文 and 阴文 the text in white (a
// coloured text keeps its colour) over a copy a fraction of a point down
// and right (阳文, lit from the top left) or up and left (阴文), black
// behind white text and light grey behind any other.
//
// PDF/A-1 has no transparency and no blur: a w14 shadow's colour is drawn
// as it shows over white at its alpha, and so are a gradient fill's
// stops (a shading, which PDF/A-1 allows); a blurred shadow and a glow
// are graded copies standing for the blur, a reflection a copy faded by
// a shading (glowreflect.go, layout's textblur.go). A shadow distorted in
// perspective is listed (knownEffect), and so are an outline in a
// rectangular gradient, a reflection unlike Word's presets and 3-D.
type Effects struct {
	// Outline strokes the glyphs' outlines Outline pt wide in
	// OutlineColor (RRGGBB, "" for the run's colour); 0 for none.
	Outline      float64
	OutlineColor string
	// Fill is the colour the glyphs are filled with instead of the run's
	// Color; NoFill leaves them unfilled, only their outline drawn.
	Fill   string
	NoFill bool
	// Gradient fills the glyphs instead (w14:gradFill): laid across each
	// stretch of the run on a line, as across a shape's box; a
	// rectangular one (path rect or shape) as four quarters, as a shape's.
	Gradient *Gradient
	// OutlineGradient strokes the outline Outline pt wide in a linear or
	// circular gradient, laid as Gradient is, instead of OutlineColor.
	OutlineGradient *Gradient
	// Shadow is a copy of the text drawn behind it; nil for none.
	Shadow *TextShadow
	// Glow is a halo round the glyphs, Reflection the text mirrored
	// under it (glowreflect.go); nil for none.
	Glow       *TextGlow
	Reflection *Reflection
}

// TextShadow is a copy of a run's text drawn behind it, moved DX to the
// right and DY down, in Color (RRGGBB, "" for black). They are in pt, or
// in the run's type size where Em is set: a legacy shadow grows with its
// type. Blur is a w14 shadow's blur radius, pt (Word's gallery shadows
// are blurred by 3 or 4 pt); 0 for a sharp copy.
type TextShadow struct {
	DX, DY float64
	Em     bool
	Color  string
	Blur   float64
}

// Relief offsets are LibreOffice's: a copy 0.3 pt away, whatever the
// size; a legacy shadow's, a 24th of the line (about 1.17 em).
const (
	reliefOffset = 0.3
	shadowEms    = 1.17 / 24
	lightGray    = "C0C0C0"
	// outlineWidth is the legacy outline's pen, pt.
	outlineWidth = 0.25
)

// effects reads a run's effects from its layers (all) over its colour;
// nil for none.
func (s *sheet) effects(all props, color string) *Effects {
	var fx Effects
	switch {
	case all.on("w:emboss"), all.on("w:imprint"):
		fx.Shadow = relief(color, all.on("w:imprint"))
		if color == "" {
			fx.Fill = "FFFFFF"
		}
	case all.on("w:shadow"):
		shade := lightGray
		if luminance(color) >= 8 {
			shade = "000000"
		}
		fx.Shadow = &TextShadow{DX: shadowEms, DY: shadowEms, Em: true, Color: shade}
	}
	// Word 2010 draws its own outline where a run has both, the legacy
	// one being for Word 2007 and WPS.
	if all.on("w:outline") && all.element("w14:textOutline") == "" {
		fx.Outline, fx.Fill = outlineWidth, "FFFFFF"
	}
	if el := all.element("w14:shadow"); el != "" {
		fx.Shadow = s.textShadow(el)
	}
	if el := all.element("w14:textOutline"); el != "" {
		fx.Outline, fx.OutlineColor = 0, ""
		if g := next(el, "w14:gradFill", 0); g >= 0 {
			// One it cannot read or draw is listed (knownEffect).
			if g, why := s.gradient(asDrawingML(el[g:end(el, g, "w14:gradFill")])); why == "" && (g.Path == "" || g.Path == "circle") {
				fx.Outline, fx.OutlineGradient = emuPt(attr(startTag(el, 0), "w14:w"), 0.75), g
			}
		} else if c, none, _ := s.fillColor(asDrawingML(el)); !none && c != "" {
			fx.Outline, fx.OutlineColor = emuPt(attr(startTag(el, 0), "w14:w"), 0.75), c
		}
	}
	if el := all.element("w14:glow"); el != "" {
		fx.Glow = s.glow(el)
	}
	if el := all.element("w14:reflection"); el != "" && undrawnEffects(all) == nil {
		fx.Reflection = reflection(el)
	}
	if el := all.element("w14:textFill"); el != "" {
		if g := next(el, "w14:gradFill", 0); g >= 0 {
			// One it cannot read or draw is listed (knownEffect).
			if g, why := s.gradient(asDrawingML(el[g:end(el, g, "w14:gradFill")])); why == "" {
				fx.Gradient = g
			}
		} else {
			c, none, _ := s.fillColor(asDrawingML(el))
			fx.Fill, fx.NoFill = c, none
		}
	}
	if fx == (Effects{}) {
		return nil
	}
	return &fx
}

// relief is the copy 阳文 (emboss) or 阴文 (imprint) draws behind a text
// of colour.
func relief(color string, imprint bool) *TextShadow {
	d := reliefOffset
	if imprint {
		d = -d
	}
	shade := lightGray
	if color == "" || color == "FFFFFF" {
		shade = "" // black behind the text drawn white
	}
	return &TextShadow{DX: d, DY: d, Color: shade}
}

// textShadow reads a w14:shadow: its distance (EMU) in its direction
// (60000ths of a degree clockwise from the right), its colour over white
// at its alpha.
func (s *sheet) textShadow(el string) *TextShadow {
	tag := startTag(el, 0)
	dist := emuPt(attr(tag, "w14:dist"), 0)
	dir := float64(atoi(attr(tag, "w14:dir"))) / 60000 * math.Pi / 180
	c, _, _ := s.fillColor(asDrawingML(el))
	return &TextShadow{DX: round2(dist * math.Cos(dir)), DY: round2(dist * math.Sin(dir)), Color: c, Blur: round2(emuPt(attr(tag, "w14:blurRad"), 0))}
}

// asDrawingML is a w14 element written as the DrawingML it mirrors, for
// the colour readers: <w14:srgbClr w14:val=…> as <a:srgbClr val=…>.
func asDrawingML(el string) string {
	return strings.NewReplacer("<w14:", "<a:", "</w14:", "</a:", " w14:", " ").Replace(el)
}

// emuPt is an EMU attribute in pt; def where it has none.
func emuPt(v string, def float64) float64 {
	n, err := parseFloat(v)
	if err != nil {
		return def
	}
	return n / 12700
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

// luminance is LibreOffice's of a colour RRGGBB ("" is black), 0 to 255.
func luminance(color string) int {
	n, _ := strconv.ParseUint(color, 16, 32)
	r, g, b := int(n>>16&0xff), int(n>>8&0xff), int(n&0xff)
	return (b*29 + g*151 + r*76) >> 8
}

// knownEffect lists a w14 effect the PDF draws not, as the clerk calls
// it: a gradient it cannot read, a pattern or picture fill (crafted:
// [MS-DOCX]'s CT_FillTextEffect holds no fill, a solid or a gradient one
// only), an outline in a rectangular gradient, a shadow distorted in
// perspective, a reflection unlike Word's presets. A solid, gradient or
// no fill, a solid or gradient outline, an offset shadow, blurred or not,
// and a preset's reflection are drawn.
func knownEffect(s *sheet, el string) string {
	switch elementName(el, 0) {
	case "w14:textFill":
		for _, fill := range []string{"w14:pattFill", "w14:blipFill"} {
			if next(el, fill, 0) >= 0 {
				return "文字效果（图案或图片填充）"
			}
		}
		if g := next(el, "w14:gradFill", 0); g >= 0 {
			if _, why := s.gradient(asDrawingML(el[g:end(el, g, "w14:gradFill")])); why != "" {
				return "文字效果（渐变填充" + why + "）"
			}
		}
	case "w14:textOutline":
		if g := next(el, "w14:gradFill", 0); g >= 0 {
			switch g, why := s.gradient(asDrawingML(el[g:end(el, g, "w14:gradFill")])); {
			case why != "":
				return "文字效果（渐变轮廓" + why + "）"
			case g.Path == "rect" || g.Path == "shape":
				// A line's gradient is one shading along it; four
				// quarters of a rectangular one would need the stroke
				// as a clip, which PDF/A-1 cannot make of a line.
				return "文字效果（矩形或路径渐变的轮廓）"
			}
		}
	case "w14:reflection":
		return knownReflection(el)
	case "w14:shadow":
		tag := startTag(el, 0)
		for name, plain := range map[string]string{"w14:sx": "100000", "w14:sy": "100000", "w14:kx": "0", "w14:ky": "0"} {
			if v := attr(tag, name); v != "" && v != plain {
				return "文字效果（透视阴影）"
			}
		}
	}
	return ""
}

// element is the whole element name in the strongest layer that has it;
// "" for none.
func (ps props) element(name string) string {
	for i := len(ps) - 1; i >= 0; i-- {
		if j := next(ps[i], name, 0); j >= 0 {
			return ps[i][j:end(ps[i], j, name)]
		}
	}
	return ""
}
