package ofd

import (
	"image/color"
	"regexp"
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

// TestGradientsReachTheOFD: a gradient fills its PathObject as OFD's
// shading: a rectangle left to right an AxialShd across it from its
// left edge to its right, its stops Segments; an ellipse's gradient from
// its centre a RadialShd, as eccentric as the box; a rectangular
// gradient's quarters each an AxialShd within the shape's Clips. The
// file reads back (Read checks its structure against the schema's
// order).
func TestGradientsReachTheOFD(t *testing.T) {
	stops := []wordmodel.GradientStop{{Pos: 0, Color: "FF0000"}, {Pos: 0.25, Color: "FFFF00"}, {Pos: 1, Color: "0000FF"}}
	at := func(x, y float64) *wordmodel.Float { return &wordmodel.Float{FromX: "page", FromY: "page", X: x, Y: y} }
	doc := &wordmodel.Document{
		Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}},
		Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "渐变", Runs: []wordmodel.Run{{Text: "渐变"}}, Shapes: []wordmodel.Shape{
			{Name: "矩形", Geometry: "rect", Width: 40, Height: 20, Float: at(20, 200), Gradient: &wordmodel.Gradient{RotWithShape: true, Stops: stops}},
			{Name: "椭圆", Geometry: "ellipse", Width: 40, Height: 20, Float: at(80, 200),
				Gradient: &wordmodel.Gradient{Path: "circle", Focus: wordmodel.Box{X: 0.5, Y: 0.5}, RotWithShape: true, Stops: stops}},
			{Name: "矩形", Geometry: "rect", Width: 40, Height: 20, Float: at(140, 200),
				Gradient: &wordmodel.Gradient{Path: "rect", Focus: wordmodel.Box{X: 0.5, Y: 0.5}, RotWithShape: true, Stops: stops}},
		}}},
	}
	content := readBackContent(t, doc)
	segments := `<ofd:Segment Position="0"><ofd:Color Value="255 0 0"/></ofd:Segment><ofd:Segment Position="0.25"><ofd:Color Value="255 255 0"/></ofd:Segment><ofd:Segment Position="1"><ofd:Color Value="0 0 255"/></ofd:Segment>`
	for _, want := range []string{
		`Boundary="20 200 40 20" Stroke="false" Fill="true"><ofd:FillColor><ofd:AxialShd MapType="Direct" Extend="3" StartPoint="0 10" EndPoint="40 10">` + segments,
		// An ellipse through the box's corners: half-axes 28.28 and 14.14 mm.
		`<ofd:RadialShd MapType="Direct" Extend="3" Eccentricity="0.866" Angle="0" StartPoint="20 10" StartRadius="0" EndPoint="20 10" EndRadius="28.284">` + segments,
		`<ofd:Clips><ofd:Clip><ofd:Area><ofd:Path><ofd:AbbreviatedData>M 0 0 L 40 0 L 40 20 L 0 20 C</ofd:AbbreviatedData></ofd:Path></ofd:Area></ofd:Clip></ofd:Clips><ofd:FillColor><ofd:AxialShd`,
	} {
		if !strings.Contains(content, want) {
			t.Errorf("the OFD lacks %s:\n%s", want, content)
		}
	}
	if n := strings.Count(content, "<ofd:Clips>"); n != 4 {
		t.Errorf("%d quarters clipped, want 4", n)
	}
}

// TestPatternsReachTheOFD: a pattern fill is OFD's Pattern: a cell 8 by
// 8 placed by its CTM from the object's boundary, its content the
// background and a PathObject of the dots' runs; the file reads back.
func TestPatternsReachTheOFD(t *testing.T) {
	doc := &wordmodel.Document{
		Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}},
		Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "图案", Runs: []wordmodel.Run{{Text: "图案"}}, Shapes: []wordmodel.Shape{
			{Name: "矩形", Geometry: "rect", Width: 40, Height: 20, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 20, Y: 200},
				Pattern: &wordmodel.Pattern{Rows: [8]byte{0xC0}, Fg: "FF0000", Bg: "FFFFFF"}},
		}}},
	}
	content := readBackContent(t, doc)
	want := `Boundary="20 200 40 20" Stroke="false" Fill="true"><ofd:FillColor><ofd:Pattern Width="8" Height="8" XStep="8" YStep="8" CTM="0.265 0 0 0.265 0 0"><ofd:CellContent>` +
		`<ofd:PathObject ID="5" Boundary="0 0 8 8" Stroke="false" Fill="true"><ofd:FillColor Value="255 255 255"/><ofd:AbbreviatedData>M 0 0 L 8 0 L 8 8 L 0 8 C</ofd:AbbreviatedData></ofd:PathObject>` +
		`<ofd:PathObject ID="6" Boundary="0 0 8 8" Stroke="false" Fill="true"><ofd:FillColor Value="255 0 0"/><ofd:AbbreviatedData>M 0 0 L 2 0 L 2 1 L 0 1 C</ofd:AbbreviatedData></ofd:PathObject>` +
		`</ofd:CellContent></ofd:Pattern></ofd:FillColor><ofd:AbbreviatedData>M 0 0 L 40 0`
	if !strings.Contains(withoutIDs(content), withoutIDs(want)) {
		t.Errorf("the OFD lacks %s:\n%s", want, content)
	}
}

// readBackContent lays doc out and writes it as OFD, which must read
// back, and returns its pages' content.
func readBackContent(t *testing.T, doc *wordmodel.Document) string {
	t.Helper()
	laid, _ := laidBoxes(t, doc, func(layout.Item) (box, bool) { return box{}, false })
	raw, err := Write(laid, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Read(raw); err != nil {
		t.Fatalf("the OFD does not read back: %v", err)
	}
	return contentOf(t, laid)
}

// TestLineGradientsReachTheOFD: a line's gradient is its PathObject's
// StrokeColor, an AxialShd across the rectangle from its left edge to
// its right, the line's width and dashes kept; the file reads back (the
// schema's order allows a shading in a StrokeColor).
func TestLineGradientsReachTheOFD(t *testing.T) {
	stops := []wordmodel.GradientStop{{Pos: 0, Color: "FF0000"}, {Pos: 1, Color: "0000FF"}}
	doc := &wordmodel.Document{
		Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}},
		Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "线", Runs: []wordmodel.Run{{Text: "线"}}, Shapes: []wordmodel.Shape{
			{Name: "矩形", Geometry: "rect", Width: 40, Height: 20, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 20, Y: 200},
				Outline: &wordmodel.Outline{Color: "FF0000", Width: 6, Dash: "dash", Compound: "sng", Gradient: &wordmodel.Gradient{RotWithShape: true, Stops: stops}}},
		}}},
	}
	content := readBackContent(t, doc)
	// The boundary takes in the line's width: the rectangle's left edge
	// is 1.058 mm into it.
	want := `DashPattern="8.467 6.35" LineWidth="2.117"><ofd:StrokeColor><ofd:AxialShd MapType="Direct" Extend="3" StartPoint="1.058 11.058" EndPoint="41.058 11.058">` +
		`<ofd:Segment Position="0"><ofd:Color Value="255 0 0"/></ofd:Segment><ofd:Segment Position="1"><ofd:Color Value="0 0 255"/></ofd:Segment></ofd:AxialShd></ofd:StrokeColor>`
	if !strings.Contains(content, want) {
		t.Errorf("the OFD lacks %s:\n%s", want, content)
	}
}

// TestPageTextureReachesTheOFD: the page's texture, tiled over the
// largest page (297 by 297 mm), is an ImageObject of that size at the
// page's top left, clipped to the A4 page; a pattern background is a
// Pattern filling the page; the file reads back.
func TestPageTextureReachesTheOFD(t *testing.T) {
	tex := picture(t, "PNG", 60, 60, color.RGBA{R: 200, A: 255})
	tex.Width, tex.Height = 297, 297
	doc := &wordmodel.Document{
		Sections:   []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}},
		Blocks:     []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "纹理", Runs: []wordmodel.Run{{Text: "纹理"}}}},
		Background: &wordmodel.Shape{Geometry: "rect", Picture: &tex}, BackgroundShown: true,
	}
	content := readBackContent(t, doc)
	if !regexp.MustCompile(`<ofd:ImageObject [^>]*Boundary="0 0 297 297"[^>]*><ofd:Clips><ofd:Clip><ofd:Area><ofd:Path><ofd:AbbreviatedData>M 0 0 L 210 0 L 210 297 L 0 297 C`).MatchString(content) {
		t.Errorf("no texture clipped to the page:\n%s", content)
	}
	doc.Background = &wordmodel.Shape{Geometry: "rect", Pattern: &wordmodel.Pattern{Rows: [8]byte{0x80}, Fg: "4472C4", Bg: "FFFFFF"}}
	if content := readBackContent(t, doc); !strings.Contains(content, `Boundary="0 0 210 297" Stroke="false" Fill="true"><ofd:FillColor><ofd:Pattern`) {
		t.Errorf("no pattern over the page:\n%s", content)
	}
}
