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

// TestPageTextureFillsEveryPage: a texture tiled over the largest page
// (297 by 297 mm: a portrait and a landscape A4 section) is drawn on each
// page within the page, cut to the page's own top left part (the
// portrait page shows 210 of its 297 mm across, the landscape page 210 of
// them down), so the tiles keep their size; a picture (Width 0) is
// stretched over each page uncut; a pattern fills the page as a shape's.
func TestPageTextureFillsEveryPage(t *testing.T) {
	landscape := testSection
	landscape.Width, landscape.Height = 297, 210
	tex := &wordmodel.Image{Name: "texture.png", Format: "PNG", Width: 297, Height: 297, Data: []byte{0}}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection, landscape}, Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Text: "正文", Runs: []wordmodel.Run{{Text: "正文"}}},
		&wordmodel.Paragraph{Style: "Normal", Text: "附件", Runs: []wordmodel.Run{{Text: "附件"}}, Section: 1},
	}, Background: &wordmodel.Shape{Geometry: "rect", Picture: tex}, BackgroundShown: true}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	pages := splitPages(r.ops)
	if len(pages) != 2 {
		t.Fatalf("%d pages", len(pages))
	}
	for i, want := range [][4]float64{{0, 0, 297, 297}, {0, 0, 297, 297}} {
		bg := pages[i][1]
		if bg.kind != opImage || bg.path == nil {
			t.Fatalf("page %d starts with %+v, want the texture", i+1, bg)
		}
		if got := [4]float64{bg.x, bg.y, bg.w, bg.h}; !near4(got, want) {
			t.Errorf("page %d: the texture is drawn at %v, want %v", i+1, got, want)
		}
		x, y, w, h := bg.path.Bounds()
		if x != 0 || y != 0 || !near(w, pages[i][0].w) || !near(h, pages[i][0].h) {
			t.Errorf("page %d: clipped to %v %v %v %v", i+1, x, y, w, h)
		}
	}
	doc.Background.Picture = &wordmodel.Image{Name: "picture.png", Format: "PNG", Data: []byte{0}}
	if r, err = layout(doc, testOptions(t)); err != nil {
		t.Fatal(err)
	}
	if bg := splitPages(r.ops)[1][1]; bg.kind != opImage || !near4([4]float64{bg.x, bg.y, bg.w, bg.h}, [4]float64{0, 0, 297, 210}) {
		t.Errorf("the picture on the landscape page: %+v", bg)
	}
	doc.Background = &wordmodel.Shape{Geometry: "rect", Pattern: &wordmodel.Pattern{Rows: [8]byte{0xFF}, Fg: "FF0000", Bg: "FFFFFF"}}
	if r, err = layout(doc, testOptions(t)); err != nil {
		t.Fatal(err)
	}
	if bg := splitPages(r.ops)[0][1]; bg.kind != opPath || bg.path.Pattern == nil {
		t.Errorf("the pattern page starts with %+v", bg)
	}
}

func near4(a, b [4]float64) bool {
	return near(a[0], b[0]) && near(a[1], b[1]) && near(a[2], b[2]) && near(a[3], b[3])
}
