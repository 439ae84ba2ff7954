package preview

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestThePreviewDrawsShapes: the SVG preview draws a shape's paths as the
// PDF does: the red rule's thick strand 0.2 of its 3 pt above its middle
// at 80 mm and its thin one 0.4 below, and a dashed outline (dashes of 4
// and 3 line widths).
func TestThePreviewDrawsShapes(t *testing.T) {
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "红头", Runs: []wordmodel.Run{{Text: "红头"}}, Shapes: []wordmodel.Shape{
		{Name: "直线", Geometry: "line", Width: 156, Float: &wordmodel.Float{FromX: "margin", FromY: "page", Y: 80},
			Outline: &wordmodel.Outline{Color: "FF0000", Width: 3, Dash: "solid", Compound: "thickThin"}},
		{Name: "矩形", Geometry: "rect", Width: 40, Height: 20, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 20, Y: 200},
			Outline: &wordmodel.Outline{Color: "000000", Width: 1, Dash: "dash", Compound: "sng"}},
	}}}}
	pages, err := Preview(doc, testOptions(t), 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<path d="M 28.00 79.79 L 184.00 79.79 " fill="none" stroke="#FF0000" stroke-width="0.64"/>`,
		`<path d="M 28.00 80.42 L 184.00 80.42 " fill="none" stroke="#FF0000" stroke-width="0.21"/>`,
		`<path d="M 20.00 200.00 L 60.00 200.00 L 60.00 220.00 L 20.00 220.00 Z " fill="none" stroke="#000000" stroke-width="0.35" stroke-dasharray="1.41 1.06"/>`,
	} {
		if !strings.Contains(pages[0], want) {
			t.Errorf("the preview lacks %s:\n%s", want, pages[0])
		}
	}
}
