package ofd

import (
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestTextEffectsInTheOFD: a shadow is a copy of the TextObject in a
// PageBlock before it, in the shadow's colour; an outline strokes the
// text in its colour and width, over a white fill or none (Fill false);
// a bold red text is stroked in its red; the reader reads each text once
// and the package passes its checks.
func TestTextEffectsInTheOFD(t *testing.T) {
	shadow := &wordmodel.Effects{Fill: "FFFFFF", Outline: 0.75, OutlineColor: "4472C4", Shadow: &wordmodel.TextShadow{DX: 1, DY: 1, Color: "666666"}}
	hollow := &wordmodel.Effects{Outline: 0.25, NoFill: true}
	laid, err := layout.Layout(rt.Runs(wordmodel.Run{Text: "影", Effects: shadow}, wordmodel.Run{Text: "空", Effects: hollow, Color: "FF0000"},
		wordmodel.Run{Text: "粗", Bold: true, Color: "FF0000"}), testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	content := contentOf(t, laid)
	if !regexp.MustCompile(`<ofd:PageBlock ID="\d+"><ofd:TextObject [^>]*><ofd:FillColor Value="102 102 102"/><ofd:TextCode[^>]*>影</ofd:TextCode></ofd:TextObject></ofd:PageBlock><ofd:TextObject [^>]* Stroke="true" LineWidth="0.265"><ofd:FillColor Value="255 255 255"/><ofd:StrokeColor Value="68 114 196"/>`).MatchString(content) {
		t.Errorf("the shadow's copy and the outlined text:\n%s", content)
	}
	if !regexp.MustCompile(`Stroke="true" LineWidth="0.088" Fill="false"><ofd:FillColor Value="255 0 0"/><ofd:StrokeColor Value="255 0 0"/><ofd:TextCode[^>]*>空`).MatchString(content) {
		t.Errorf("the hollow text:\n%s", content)
	}
	if !regexp.MustCompile(`Stroke="true" LineWidth="[\d.]+"><ofd:FillColor Value="255 0 0"/><ofd:StrokeColor Value="255 0 0"/><ofd:TextCode[^>]*>粗`).MatchString(content) {
		t.Errorf("the bold red text is not stroked in red:\n%s", content)
	}
	raw, err := Write(laid, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(doc.Pages, "|"); !strings.HasPrefix(got, "影空粗") {
		t.Errorf("read %q, want each text once", got)
	}
}

// TestTextGradientsInTheOFD: a text's gradient fill is an AxialShd in its
// TextObject's FillColor, its points in the object's space (the run's
// start at the baseline's), and a bold one's stroke too; the package
// passes its checks and is read.
func TestTextGradientsInTheOFD(t *testing.T) {
	across := &wordmodel.Effects{Gradient: &wordmodel.Gradient{Stops: []wordmodel.GradientStop{{Pos: 0, Color: "FFFF00"}, {Pos: 1, Color: "70AD47"}}}}
	laid, err := layout.Layout(rt.Runs(wordmodel.Run{Text: "渐", Effects: across, Bold: true}), testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	content := contentOf(t, laid)
	shd := `<ofd:AxialShd MapType="Direct" Extend="3" StartPoint="0 [\d.]+" EndPoint="[\d.]+ [\d.]+"><ofd:Segment Position="0"><ofd:Color Value="255 255 0"/></ofd:Segment><ofd:Segment Position="1"><ofd:Color Value="112 173 71"/></ofd:Segment></ofd:AxialShd>`
	if !regexp.MustCompile(`<ofd:TextObject [^>]*Stroke="true"[^>]*><ofd:FillColor>` + shd + `</ofd:FillColor><ofd:StrokeColor>` + shd + `</ofd:StrokeColor><ofd:TextCode[^>]*>渐`).MatchString(content) {
		t.Errorf("the gradient text:\n%s", content)
	}
	raw, err := Write(laid, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(doc.Pages, "|"); !strings.HasPrefix(got, "渐") {
		t.Errorf("read %q", got)
	}
}
