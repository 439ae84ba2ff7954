package pdf

import (
	"image"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// gradientDoc is a page of three shapes with gradients: a rectangle
// top to bottom through three colours, a heart from its centre out, a
// rectangle in from its sides (path rect).
func gradientDoc() *wordmodel.Document {
	at := func(x, y float64) *wordmodel.Float { return &wordmodel.Float{FromX: "page", FromY: "page", X: x, Y: y} }
	heart := wordmodel.Shape{Name: "心形", Geometry: "heart", Width: 40, Height: 30, Float: at(100, 60),
		Paths: []wordmodel.Subpath{{Fill: "norm", Stroke: true, Segs: []wordmodel.PathSeg{{Op: 'M', Pts: []wordmodel.Point{{X: 20, Y: 7.5}}},
			{Op: 'C', Pts: []wordmodel.Point{{X: 28, Y: -10}, {X: 61, Y: 7.5}, {X: 20, Y: 30}}}, {Op: 'C', Pts: []wordmodel.Point{{X: -21, Y: 7.5}, {X: 12, Y: -10}, {X: 20, Y: 7.5}}}, {Op: 'Z'}}}},
		Gradient: &wordmodel.Gradient{Path: "circle", Focus: wordmodel.Box{X: 0.5, Y: 0.5}, RotWithShape: true,
			Stops: []wordmodel.GradientStop{{Pos: 0, Color: "FFFFFF"}, {Pos: 1, Color: "C00000"}}}}
	return &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "渐变", Runs: []wordmodel.Run{{Text: "渐变"}}, Shapes: []wordmodel.Shape{
		{Name: "矩形", Geometry: "rect", Width: 60, Height: 30, Float: at(30, 60), Gradient: &wordmodel.Gradient{Angle: 90, Scaled: true, RotWithShape: true,
			Stops: []wordmodel.GradientStop{{Pos: 0, Color: "FF0000"}, {Pos: 0.5, Color: "FFFF00"}, {Pos: 1, Color: "0000FF"}}}},
		heart,
		{Name: "矩形", Geometry: "rect", Width: 60, Height: 30, Float: at(30, 120), Gradient: &wordmodel.Gradient{Path: "rect", Focus: wordmodel.Box{X: 0.5, Y: 0.5}, RotWithShape: true,
			Stops: []wordmodel.GradientStop{{Pos: 0, Color: "00FF00"}, {Pos: 1, Color: "000000"}}}},
	}}}}
}

// TestGradientsAreShadings: a gradient reaches the PDF as a shading
// drawn within its shape (the outline a clip, "W n", then "sh"): an
// axial one of a stitching function through its three stops, the
// axis mapped from the top of the rectangle (y 60 mm: 237 mm up the
// page, 671.8 pt) to its bottom; a radial one for the heart, its curves
// the clip; a rectangular gradient as four axial quarters each within
// the rectangle; the shadings in the pages' resources.
func TestGradientsAreShadings(t *testing.T) {
	out, content := renderedPage(t, gradientDoc())
	// Top to bottom: the axis runs down the page, 30 mm (85.04 pt).
	if !strings.Contains(content, "255.12 586.77 l\n85.04 586.77 l\nh\nW n\n0 -85.03937 -170.07874 0 170.07874 671.81102 cm /Jx0 sh\nQ") {
		t.Errorf("no axial shading down the rectangle:\n%s", content)
	}
	if !regexp.MustCompile(`c\n[^Q]*W n\n[-\d. ]+ cm /Jx1 sh`).MatchString(content) {
		t.Errorf("the heart's curves do not clip its radial shading:\n%s", content)
	}
	// Four quarters, each clipped twice: by the rectangle and by itself.
	if n := strings.Count(content, "/Jx2 sh"); n != 4 {
		t.Errorf("%d quarters of the rectangular gradient", n)
	}
	body := string(out)
	for _, want := range []string{
		"/ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 1 0] /Function << /FunctionType 3 /Domain [0 1] /Functions [<< /FunctionType 2 /Domain [0 1] /C0 [1 0 0] /C1 [1 1 0] /N 1 >> << /FunctionType 2 /Domain [0 1] /C0 [1 1 0] /C1 [0 0 1] /N 1 >>] /Bounds [0.5] /Encode [0 1 0 1] >> /Extend [true true]",
		"/ShadingType 3 /ColorSpace /DeviceRGB /Coords [0 0 0 0 0 1] /Function << /FunctionType 2 /Domain [0 1] /C0 [1 1 1] /C1 [0.75294 0 0] /N 1 >>",
		"/Shading << /Jx0 ",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the file lacks %s", want)
		}
	}
}

// TestPatternsAreTilingPatterns: a pattern fill reaches the PDF as a
// coloured tiling pattern of an 8 by 8 cell (its background, then its
// runs of dots), its matrix putting the cell's dots 1/96 inch apart from
// the shape's top left, the path filled with it in the Pattern colour
// space; the pattern in the pages' resources.
func TestPatternsAreTilingPatterns(t *testing.T) {
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "图案", Runs: []wordmodel.Run{{Text: "图案"}}, Shapes: []wordmodel.Shape{
		{Name: "矩形", Geometry: "rect", Width: 60, Height: 30, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 30, Y: 60},
			Pattern: &wordmodel.Pattern{Rows: [8]byte{0xF0, 0, 0, 0, 0x0F}, Fg: "FF0000", Bg: "FFFF00"}},
	}}}}
	out, content := renderedPage(t, doc)
	if !strings.Contains(content, "q /Pattern cs /Jx0 scn\n85.04 671.81 m") || !strings.Contains(content, "h\nf Q") {
		t.Errorf("the rectangle is not filled with the pattern:\n%s", content)
	}
	body := string(out)
	// A dot is 0.75 pt; the cell's top left at (30 mm, 60 mm): 85.04 pt
	// across, 671.81 pt up.
	for _, want := range []string{
		"/PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 8 8] /XStep 8 /YStep 8 /Resources << >> /Matrix [0.75 0 0 -0.75 85.03937 671.81102]",
		"1 1 0 rg 0 0 8 8 re f\n1 0 0 rg\n0 0 4 1 re\n4 4 4 1 re\nf",
		"/Pattern << /Jx0 ",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the file lacks %s", want)
		}
	}
}

// TestAPictureFillIsClipped: a shape's picture fill is drawn within the
// shape: its outline a clip ("W n") before the picture's "Do", restored
// after.
func TestAPictureFillIsClipped(t *testing.T) {
	img := &wordmodel.Image{Name: "fill.png", Format: "PNG", Data: testPNG(t, image.NewRGBA(image.Rect(0, 0, 4, 2)))}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "图", Runs: []wordmodel.Run{{Text: "图"}}, Shapes: []wordmodel.Shape{
		{Name: "矩形", Geometry: "rect", Width: 60, Height: 30, Picture: img, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 30, Y: 60}},
	}}}}
	content := firstContent(t, doc)
	if !regexp.MustCompile(`q\n85\.04 671\.81 m\n255\.12 671\.81 l\n255\.12 586\.77 l\n85\.04 586\.77 l\nh\nW n\n[^Q]*/I\w+ Do[^Q]*Q\nQ`).MatchString(content) {
		t.Errorf("the picture is not clipped to its shape:\n%s", content)
	}
}

// renderedPage is doc's PDF and its first page's content stream.
func renderedPage(t *testing.T, doc *wordmodel.Document) ([]byte, string) {
	t.Helper()
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := contents(out)
	if err != nil {
		t.Fatal(err)
	}
	return out, string(pages[0])
}
