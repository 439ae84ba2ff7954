package preview

import (
	"regexp"
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestThePreviewDrawsTextEffects: a shadow is a copy before the text in
// its colour, hidden from screen readers; an outline strokes the text in
// its colour, a hollow one is not filled.
func TestThePreviewDrawsTextEffects(t *testing.T) {
	fx := &wordmodel.Effects{Outline: 0.75, OutlineColor: "4472C4", NoFill: true, Shadow: &wordmodel.TextShadow{DX: 1, DY: 1, Color: "666666"}}
	page := firstPage(t, rt.Runs(wordmodel.Run{Text: "影", Effects: fx}, wordmodel.Run{Text: "常"}))
	copyThenText := regexp.MustCompile(`<text [^>]* fill="#666666" aria-hidden="true" style="user-select:none">影</text><text [^>]* fill-opacity="0" stroke="#4472C4" stroke-width="0.26">影</text>`)
	if !copyThenText.MatchString(page) {
		t.Errorf("no shadow's copy before the outlined hollow text:\n%s", page)
	}
	if regexp.MustCompile(`stroke[^>]*>常`).MatchString(page) {
		t.Errorf("the plain text is stroked:\n%s", page)
	}
}

// TestThePreviewDrawsTextGradients: a text's gradient fill is a
// linearGradient in the page's space the text is filled with.
func TestThePreviewDrawsTextGradients(t *testing.T) {
	fx := &wordmodel.Effects{Gradient: &wordmodel.Gradient{Stops: []wordmodel.GradientStop{{Pos: 0, Color: "FFFF00"}, {Pos: 1, Color: "70AD47"}}}}
	page := firstPage(t, rt.Runs(wordmodel.Run{Text: "渐", Effects: fx}))
	if !regexp.MustCompile(`<linearGradient id="([^"]+)" gradientUnits="userSpaceOnUse" [^>]*><stop offset="0.0000" stop-color="#FFFF00"/><stop offset="1.0000" stop-color="#70AD47"/></linearGradient><text [^>]* fill="url\(#([^"]+)\)">渐</text>`).MatchString(page) {
		t.Errorf("no gradient filling the text:\n%s", page)
	}
}

// TestThePreviewDrawsEffectsFromGlyphs: a glow's copies are stroked
// with round joins and hidden from screen readers; a reflection, a
// rectangular gradient's quarters and a gradient outline are paths of the
// glyphs, the text under the quarters not filled.
func TestThePreviewDrawsEffectsFromGlyphs(t *testing.T) {
	stops := []wordmodel.GradientStop{{Pos: 0, Color: "FFC000"}, {Pos: 1, Color: "C00000"}}
	glow := &wordmodel.Effects{Glow: &wordmodel.TextGlow{Radius: 5, Color: "8FAADC"}, Reflection: &wordmodel.Reflection{StartAlpha: 0.55, EndAlpha: 0.003, EndPos: 0.455}}
	rect := &wordmodel.Effects{Gradient: &wordmodel.Gradient{Path: "rect", Focus: wordmodel.Box{X: 0.5, Y: 0.5}, Stops: stops}}
	outline := &wordmodel.Effects{Outline: 1, OutlineGradient: &wordmodel.Gradient{Angle: 90, Stops: stops}}
	page := firstPage(t, rt.Runs(wordmodel.Run{Text: "光", Effects: glow}, wordmodel.Run{Text: "矩", Effects: rect}, wordmodel.Run{Text: "廓", Effects: outline}))
	if n := len(regexp.MustCompile(`<text [^>]* stroke-linejoin="round" aria-hidden="true" style="user-select:none">光</text>`).FindAllString(page, -1)); n != 4 {
		t.Errorf("%d round-joined glow copies, want 4:\n%s", n, page)
	}
	if n := len(regexp.MustCompile(`<path d="M[^"]*C[^"]*"[^>]*fill="url\(#`).FindAllString(page, -1)); n < 1 {
		t.Errorf("no glyph path filled with a gradient (the reflection):\n%s", page)
	}
	if !regexp.MustCompile(`fill-opacity="0"[^>]*>矩</text>`).MatchString(page) {
		t.Errorf("the text under the rectangular gradient is filled:\n%s", page)
	}
	if !regexp.MustCompile(`stroke="url\(#[^"]+\)"`).MatchString(page) {
		t.Errorf("no gradient outline:\n%s", page)
	}
}
