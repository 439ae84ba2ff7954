package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// glyphItems lays out one body paragraph of runs and returns its pages'
// text items, in drawing order.
func glyphItems(t *testing.T, runs ...wordmodel.Run) []Item {
	t.Helper()
	text := ""
	for _, r := range runs {
		text += r.Text
	}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: text, Runs: runs}}}
	laid, err := Layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var out []Item
	laid.Pages(func(p Page) error {
		for _, it := range p.Items {
			if it.Kind == Glyphs {
				out = append(out, it)
			}
		}
		return nil
	})
	return out
}

// TestEffectsDrawAShadowBeforeTheText: a run's shadow is a Copy of its
// glyphs drawn first, moved down and right by its offset (in its type
// size for a legacy shadow, in pt for Word 2010's), in the shadow's
// colour; the text after it is its fill colour, outlined or hollow; a
// plain run is drawn once, with none of it. Runs of different effects
// are different texts.
func TestEffectsDrawAShadowBeforeTheText(t *testing.T) {
	legacy := &wordmodel.Effects{Shadow: &wordmodel.TextShadow{DX: 0.05, DY: 0.05, Em: true, Color: "C0C0C0"}}
	outlined := &wordmodel.Effects{Outline: 0.75, OutlineColor: "4472C4", Fill: "FFFFFF", Shadow: &wordmodel.TextShadow{DX: -0.3, DY: 1}}
	hollow := &wordmodel.Effects{Outline: 0.25, NoFill: true}
	items := glyphItems(t, wordmodel.Run{Text: "平"}, wordmodel.Run{Text: "影", Effects: legacy, Size: 20},
		wordmodel.Run{Text: "框", Effects: outlined, Color: "FF0000"}, wordmodel.Run{Text: "空", Effects: hollow, Color: "00B050"})
	var texts []string
	for _, it := range items {
		texts = append(texts, it.Text)
	}
	if len(items) < 6 { // the page number follows
		t.Fatalf("items %q, want 平, 影's shadow and 影, 框's shadow and 框, 空", texts)
	}
	plain, shadow, text, shadow2, framed, empty := items[0], items[1], items[2], items[3], items[4], items[5]
	switch {
	case plain.Copy || plain.Outline != 0 || plain.Hollow:
		t.Errorf("a plain text has effects: %+v", plain)
	case !shadow.Copy || shadow.Text != "影" || text.Copy || shadow.Color != "C0C0C0" || text.Color != "":
		t.Errorf("shadow %+v, text %+v", shadow, text)
	case !near(shadow.X-text.X, 0.05*20*ptToMM) || !near(shadow.Y-text.Y, 0.05*20*ptToMM):
		t.Errorf("legacy shadow moved by %.3f, %.3f mm, want a 20th of 20 pt", shadow.X-text.X, shadow.Y-text.Y)
	case !shadow2.Copy || !near(shadow2.X-framed.X, -0.3*ptToMM) || !near(shadow2.Y-framed.Y, ptToMM) || shadow2.Color != "" || shadow2.Outline != 0:
		t.Errorf("Word 2010 shadow %+v of %+v", shadow2, framed)
	case framed.Color != "FFFFFF" || !near(framed.Outline, 0.75*ptToMM) || framed.OutlineColor != "4472C4" || framed.Hollow:
		t.Errorf("outlined text %+v", framed)
	case !empty.Hollow || empty.Copy || empty.OutlineColor != "00B050" || !near(empty.Outline, 0.25*ptToMM):
		t.Errorf("hollow text %+v, want its outline in its own colour", empty)
	}
}
