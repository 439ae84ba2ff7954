package layout

import (
	"cmp"

	"jixiao/pipeline/wordmodel"
)

// A run's effects (空心, 阴影, 阳文, 阴文, Word 2010's text outline, fill
// and shadow; wordmodel's Effects) are drawn by every back-end from the
// Glyphs alone: the shadow or the relief's other side is a Copy of the
// Glyphs in its colour, drawn first, moved on the page (down and right
// whatever way the text is turned, as the light falls), and the text
// itself carries its fill colour or gradient (Shade), its outline and
// whether it is Hollow.
// A back-end strokes and fills glyphs and keeps a Copy out of its text
// layer; it never needs to know what a Copy stands for.

// appendEffects appends the text item it, drawn with the effects fx, to
// items: its shadow's copy before it.
func appendEffects(items []Item, it Item, fx *wordmodel.Effects, look runLook) []Item {
	own := it.Color // a legacy outline is in the run's colour
	start := len(items)
	if fx.Glow != nil {
		items = appendGlow(items, it, fx.Glow)
	}
	if s := fx.Shadow; s != nil {
		unit := ptToMM
		if s.Em {
			unit *= it.Size
		}
		shadow := it
		shadow.X, shadow.Y, shadow.Color, shadow.Copy, shadow.Shade = it.X+s.DX*unit, it.Y+s.DY*unit, s.Color, true, nil
		if s.Blur > 0 {
			items = blurredShadow(items, shadow, s)
		} else {
			items = append(items, shadow)
		}
	}
	if fx.Fill != "" {
		it.Color = fx.Fill
		if fx.Fill == "000000" {
			it.Color = ""
		}
	}
	if fx.Outline > 0 && fx.OutlineGradient == nil {
		it.Outline, it.OutlineColor = fx.Outline*ptToMM, cmp.Or(fx.OutlineColor, own)
	}
	it.Hollow = fx.NoFill
	if r := fx.Reflection; r != nil {
		// wordmodel reads one of a text filled in one colour only.
		items = append(items, reflectionPath(it, r, look, groundUnder(items, it)))
	}
	if fx.Glow != nil || fx.Reflection != nil || fx.Shadow != nil && fx.Shadow.Blur > 0 {
		items = underTexts(items, start)
	}
	if g := fx.Gradient; g != nil && it.Shade == nil {
		// A rectangular gradient, drawn within the glyphs (textpaths.go).
		items = appendGradientFill(items, it, g, look)
		if it.Bold && it.Outline > 0 {
			it.Outline += boldStroke(it)
		}
		it.Hollow, it.Bold = true, false
	}
	if fx.OutlineGradient == nil {
		return append(items, it)
	}
	width := fx.Outline * ptToMM
	if it.Bold {
		width += boldStroke(it)
	}
	return append(items, it, outlineGradientPath(it, fx.OutlineGradient, width, look))
}
