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
