package ofd

import (
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

// TestShapesReachTheOFD: a red double rule and a filled ellipse the PDF
// draws are PathObjects of the OFD page: each strand stroked red at its
// width, the ellipse filled and drawn with curves, at the layout's boxes.
func TestShapesReachTheOFD(t *testing.T) {
	doc := &wordmodel.Document{
		Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}},
		Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "红头", Runs: []wordmodel.Run{{Text: "红头"}}, Shapes: []wordmodel.Shape{
			{Name: "直线", Geometry: "line", Width: 156, Float: &wordmodel.Float{FromX: "margin", FromY: "page", Y: 80},
				Outline: &wordmodel.Outline{Color: "FF0000", Width: 3, Dash: "solid", Compound: "dbl"}},
			{Name: "椭圆", Geometry: "ellipse", Width: 40, Height: 40, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 120, Y: 200}, Fill: "C00000"},
		}}},
	}
	laid, want := laidBoxes(t, doc, func(it layout.Item) (box, bool) {
		if it.Kind != layout.Shape {
			return box{}, false
		}
		x, y, w, h := it.Path.Bounds()
		return box{x, y, w, h}, true
	})
	content := contentOf(t, laid)
	got := boundaries(content, "PathObject")
	if len(want) != 3 || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("OFD paths at %q, the layout's at %q", got, want)
	}
	if n := strings.Count(content, `LineWidth="0.353"><ofd:StrokeColor Value="255 0 0"/>`); n != 2 {
		t.Errorf("%d red strands a third of 3 pt wide", n)
	}
	if !strings.Contains(content, `Fill="true"><ofd:FillColor Value="192 0 0"/><ofd:AbbreviatedData>M 40 20 B`) {
		t.Errorf("the ellipse is not filled with curves:\n%s", content)
	}
}
