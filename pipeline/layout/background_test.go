package layout

import (
	"slices"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestPageColourFillsEveryPage: 页面颜色 is drawn first on each page, over
// the whole page (the landscape section's too), a float behind the text
// over it; the clerk is told Word prints it only with its option, and a
// colour Word's 页面视图 does not show is not drawn.
func TestPageColourFillsEveryPage(t *testing.T) {
	seal := wordmodel.Image{Name: "seal.png", Format: "PNG", Width: 40, Height: 40, Data: []byte{0},
		Float: &wordmodel.Float{FromX: "margin", FromY: "paragraph", Behind: true}}
	landscape := testSection
	landscape.Width, landscape.Height = 297, 210
	doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection, landscape}, Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Text: "正文", Runs: []wordmodel.Run{{Text: "正文"}}, Images: []wordmodel.Image{seal}},
		&wordmodel.Paragraph{Style: "Normal", Text: "附件", Runs: []wordmodel.Run{{Text: "附件"}}, Section: 1},
	}, Background: &wordmodel.Shape{Geometry: "rect", Fill: "FFF2CC"}, BackgroundShown: true}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	pages := splitPages(r.ops)
	if len(pages) != 2 {
		t.Fatalf("%d pages", len(pages))
	}
	for i, ops := range pages {
		bg := ops[1]
		if bg.kind != opPath || bg.path.Fill != "FFF2CC" {
			t.Fatalf("page %d starts with %+v, want the page colour", i+1, bg)
		}
		x, y, w, h := bg.path.Bounds()
		if x > 0 || y > 0 || x+w < ops[0].w || y+h < ops[0].h {
			t.Errorf("page %d: the colour fills %.0f,%.0f %.0f×%.0f of a %.0f×%.0f page", i+1, x, y, w, h, ops[0].w, ops[0].h)
		}
	}
	if k := slices.IndexFunc(pages[0], func(o op) bool { return o.kind == opImage }); k != 2 {
		t.Errorf("the float behind the text is operation %d of the page, want right over the colour", k)
	}
	if !slices.Contains(r.warnings, backgroundDrawn) {
		t.Errorf("warnings %q: the clerk is not told Word prints it only with its option", r.warnings)
	}
	// 填充效果's gradient through the shapes' fill.
	doc.Background = &wordmodel.Shape{Geometry: "rect", Gradient: &wordmodel.Gradient{Stops: []wordmodel.GradientStop{{Pos: 0, Color: "FFF2CC"}, {Pos: 1, Color: "BDD6EE"}}, Angle: 90}}
	if r, err = layout(doc, testOptions(t)); err != nil {
		t.Fatal(err)
	}
	if bg := splitPages(r.ops)[0][1]; bg.kind != opPath || bg.path.Shade == nil || len(bg.path.Shade.Stops) != 2 {
		t.Errorf("the gradient page starts with %+v", bg)
	}
	doc.BackgroundShown = false
	if r, err = layout(doc, testOptions(t)); err != nil {
		t.Fatal(err)
	}
	if slices.ContainsFunc(r.ops, func(o op) bool { return o.kind == opPath }) || !slices.Contains(r.warnings, backgroundHidden) {
		t.Errorf("a colour Word's page view hides is drawn, or not said: %q", r.warnings)
	}
}
