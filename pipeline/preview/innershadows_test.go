package preview

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestPreviewShowsInnerShadows: a shape's inner shadow is drawn in the
// page's SVG as the PDF draws it: its inside one picture, its line a path
// over it, its fill (FFC000) no path of its own.
func TestPreviewShowsInnerShadows(t *testing.T) {
	sp := wordmodel.Shape{Name: "图形“矩形 1”", Geometry: "rect", Width: 50, Height: 25, Fill: "FFC000",
		Outline:     &wordmodel.Outline{Width: 1, Color: "C00000", Compound: "sng"},
		InnerShadow: &wordmodel.InnerShadow{DX: -1, DY: -1, Blur: 1.8, Color: "000000", Alpha: 0.5}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Shapes: []wordmodel.Shape{sp}}}}
	pages, err := Preview(doc, testOptions(t), 20)
	if err != nil {
		t.Fatal(err)
	}
	page := strings.ToLower(pages[0])
	img, line := strings.Index(page, "<image"), strings.Index(page, "#c00000")
	if strings.Count(page, "<image") != 1 || line < img || strings.Contains(page, "#ffc000") {
		t.Errorf("the preview lacks the inside's picture under the line: %s", pages[0])
	}
}

// TestPreviewShowsShapeReflections: a shape's reflection is drawn in the
// page's SVG as the PDF draws it, a picture before (under) the shape.
func TestPreviewShowsShapeReflections(t *testing.T) {
	sp := wordmodel.Shape{Name: "图形“椭圆 1”", Geometry: "ellipse", Width: 50, Height: 25, Fill: "FFC000",
		Outline:    &wordmodel.Outline{Width: 1, Color: "C00000", Compound: "sng"},
		Reflection: &wordmodel.Reflection{StartAlpha: 0.52, EndAlpha: 0.003, EndPos: 0.35}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Shapes: []wordmodel.Shape{sp}}}}
	pages, err := Preview(doc, testOptions(t), 20)
	if err != nil {
		t.Fatal(err)
	}
	page := strings.ToLower(pages[0])
	img, fill := strings.Index(page, "<image"), strings.Index(page, "#ffc000")
	if strings.Count(page, "<image") != 1 || fill < 0 || img > fill {
		t.Errorf("the preview lacks the reflection under the shape: %s", pages[0])
	}
}
