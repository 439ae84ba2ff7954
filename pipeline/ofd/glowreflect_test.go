package ofd

import (
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestTextEffectsDrawnFromGlyphsInTheOFD: a glow's copies are
// TextObjects in PageBlocks stroked with round joins; a reflection is a
// PathObject of the mirrored glyphs filled with an AxialShd; a
// rectangular gradient fill is PathObjects of its quarters clipped to
// the glyphs, over the text not filled; a gradient outline a PathObject
// stroked with an AxialShd; the reader reads each text once and the
// package passes its checks.
func TestTextEffectsDrawnFromGlyphsInTheOFD(t *testing.T) {
	stops := []wordmodel.GradientStop{{Pos: 0, Color: "FFC000"}, {Pos: 1, Color: "C00000"}}
	glow := &wordmodel.Effects{Glow: &wordmodel.TextGlow{Radius: 5, Color: "8FAADC"}, Reflection: &wordmodel.Reflection{StartAlpha: 0.55, EndAlpha: 0.003, EndPos: 0.455}}
	rect := &wordmodel.Effects{Gradient: &wordmodel.Gradient{Path: "rect", Focus: wordmodel.Box{X: 0.5, Y: 0.5}, Stops: stops}}
	outline := &wordmodel.Effects{Outline: 1, OutlineGradient: &wordmodel.Gradient{Angle: 90, Stops: stops}}
	laid, err := layout.Layout(rt.Runs(wordmodel.Run{Text: "光", Effects: glow}, wordmodel.Run{Text: "矩", Effects: rect}, wordmodel.Run{Text: "廓", Effects: outline}), testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	content := contentOf(t, laid)
	if n := len(regexp.MustCompile(`<ofd:PageBlock ID="\d+"><ofd:TextObject [^>]*Stroke="true" LineWidth="[\d.]+" Join="Round">`).FindAllString(content, -1)); n != 4 {
		t.Errorf("%d round-joined glow copies, want 4:\n%s", n, content)
	}
	if !regexp.MustCompile(`<ofd:PathObject [^>]*Fill="true"><ofd:FillColor><ofd:AxialShd [^>]*><ofd:Segment Position="0"><ofd:Color Value="115 115 115"/>`).MatchString(content) {
		t.Errorf("no reflection faded from the black text at 55%% over white:\n%s", content)
	}
	if n := strings.Count(content, "<ofd:Clips>"); n < 4 {
		t.Errorf("%d clipped paths, want the rectangular gradient's four quarters:\n%s", n, content)
	}
	if !regexp.MustCompile(`Fill="false"><ofd:TextCode[^>]*>矩`).MatchString(content) {
		t.Errorf("the text under the rectangular gradient is filled:\n%s", content)
	}
	if !regexp.MustCompile(`<ofd:PathObject [^>]*LineWidth="0.353"><ofd:StrokeColor><ofd:AxialShd`).MatchString(content) {
		t.Errorf("no gradient outline stroked 1 pt wide:\n%s", content)
	}
	raw, err := Write(laid, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(doc.Pages, "|"); !strings.HasPrefix(got, "光矩廓") {
		t.Errorf("read %q, want each text once", got)
	}
}
