package ofd

import (
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

// TestInnerShadowsAreDrawnAsThePDFDraws: a shape's inner shadow is drawn
// in the OFD as the PDF draws it: its inside one picture, its line a
// path over it, its fill no path of its own.
func TestInnerShadowsAreDrawnAsThePDFDraws(t *testing.T) {
	sp := wordmodel.Shape{Name: "图形“矩形 1”", Geometry: "rect", Width: 50, Height: 25, Fill: "FFC000",
		Outline:     &wordmodel.Outline{Width: 1, Color: "C00000", Compound: "sng"},
		InnerShadow: &wordmodel.InnerShadow{DX: -1, DY: -1, Blur: 1.8, Color: "000000", Alpha: 0.5}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Shapes: []wordmodel.Shape{sp}}}}
	laid, err := layout.Layout(doc, testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	content := contentOf(t, laid)
	if objs := imageMask.FindAllStringSubmatch(content, -1); len(objs) != 1 {
		t.Errorf("image objects %q: want the inside's picture", objs)
	}
	if !strings.Contains(content, "<ofd:PathObject") {
		t.Errorf("no path for the line: %s", content)
	}
	if strings.Contains(content, `Fill="true"`) {
		t.Errorf("the fill is drawn as a path too: %s", content)
	}
}

// TestShapeReflectionsAreDrawnAsThePDFDraws: a shape's reflection is
// drawn in the OFD as the PDF draws it: a picture with an image mask
// under the shape's fill and line.
func TestShapeReflectionsAreDrawnAsThePDFDraws(t *testing.T) {
	sp := wordmodel.Shape{Name: "图形“椭圆 1”", Geometry: "ellipse", Width: 50, Height: 25, Fill: "FFC000",
		Outline:    &wordmodel.Outline{Width: 1, Color: "C00000", Compound: "sng"},
		Reflection: &wordmodel.Reflection{StartAlpha: 0.52, EndAlpha: 0.003, EndPos: 0.35}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Shapes: []wordmodel.Shape{sp}}}}
	laid, err := layout.Layout(doc, testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	content := contentOf(t, laid)
	objs := imageMask.FindAllStringSubmatch(content, -1)
	if len(objs) != 1 || objs[0][3] == "" || strings.Index(content, "<ofd:ImageObject") > strings.Index(content, "<ofd:PathObject") {
		t.Errorf("image objects %q: want the reflection, masked, before the shape's paths: %s", objs, content)
	}
}
