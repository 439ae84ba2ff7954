package preview

import (
	"bytes"
	"image"
	"image/png"
	"regexp"
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

// TestThePreviewDrawsGradients: a gradient is an SVG gradient in the
// page's space, its stops as they are, the path filled with it; a
// rectangular gradient's quarters are drawn within the shape's clip;
// ids are the page's own.
func TestThePreviewDrawsGradients(t *testing.T) {
	stops := []wordmodel.GradientStop{{Pos: 0, Color: "FF0000"}, {Pos: 0.4, Color: "FFFF00"}, {Pos: 1, Color: "0000FF"}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "渐变", Runs: []wordmodel.Run{{Text: "渐变"}}, Shapes: []wordmodel.Shape{
		{Name: "矩形", Geometry: "rect", Width: 40, Height: 20, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 20, Y: 200},
			Gradient: &wordmodel.Gradient{Angle: 0, RotWithShape: true, Stops: stops}},
		{Name: "矩形", Geometry: "rect", Width: 40, Height: 20, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 100, Y: 200},
			Gradient: &wordmodel.Gradient{Path: "rect", Focus: wordmodel.Box{X: 0.5, Y: 0.5}, RotWithShape: true, Stops: stops}},
	}}}}
	pages, err := Preview(doc, testOptions(t), 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		// Left to right across the rectangle, 40 mm from x 20.
		`<linearGradient id="jixiao-page-1-g1" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="1" y2="0" gradientTransform="matrix(40.0000 0.0000 0.0000 1.0000 20.000 210.000)">` +
			`<stop offset="0.0000" stop-color="#FF0000"/><stop offset="0.4000" stop-color="#FFFF00"/><stop offset="1.0000" stop-color="#0000FF"/></linearGradient>`,
		`<path d="M 20.00 200.00 L 60.00 200.00 L 60.00 220.00 L 20.00 220.00 Z " fill="url(#jixiao-page-1-g1)"/>`,
		`<clipPath id="jixiao-page-1-c2"><path d="M 100.00 200.00 L 140.00 200.00 L 140.00 220.00 L 100.00 220.00 Z "/></clipPath>`,
		`<path d="M 120.00 210.00 L 100.00 200.00 L 140.00 200.00 Z " clip-path="url(#jixiao-page-1-c2)" fill="url(#jixiao-page-1-g3)"/>`,
	} {
		if !strings.Contains(pages[0], want) {
			t.Errorf("the preview lacks %s:\n%s", want, pages[0])
		}
	}
	if n := strings.Count(pages[0], "<linearGradient"); n != 5 {
		t.Errorf("%d gradients, want 1 and 4 quarters", n)
	}
}

// TestThePreviewDrawsPatterns: a pattern fill is an SVG pattern of its
// 8-dot cell placed by the layout's matrix, its background a rectangle
// and its dots' runs one path.
func TestThePreviewDrawsPatterns(t *testing.T) {
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "图案", Runs: []wordmodel.Run{{Text: "图案"}}, Shapes: []wordmodel.Shape{
		{Name: "矩形", Geometry: "rect", Width: 40, Height: 20, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 20, Y: 200},
			Pattern: &wordmodel.Pattern{Rows: [8]byte{0xC0}, Fg: "FF0000", Bg: "FFFFFF"}},
	}}}}
	pages, err := Preview(doc, testOptions(t), 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<pattern id="jixiao-page-1-p1" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="matrix(0.2646 0.0000 0.0000 0.2646 20.000 200.000)">` +
			`<rect width="8" height="8" fill="#FFFFFF"/><path d="M0 0h2v1h-2z" fill="#FF0000"/></pattern>`,
		`L 20.00 220.00 Z " fill="url(#jixiao-page-1-p1)"/>`,
	} {
		if !strings.Contains(pages[0], want) {
			t.Errorf("the preview lacks %s:\n%s", want, pages[0])
		}
	}
}

// TestThePreviewDrawsCurvedShapes: a preset's curves reach the preview
// as SVG's C, through the points the layout placed: a heart's first
// curve from its top dip to its point.
func TestThePreviewDrawsCurvedShapes(t *testing.T) {
	heart := wordmodel.Subpath{Fill: "norm", Stroke: true, Segs: []wordmodel.PathSeg{
		{Op: 'M', Pts: []wordmodel.Point{{X: 24, Y: 7.5}}}, {Op: 'C', Pts: []wordmodel.Point{{X: 34, Y: -10}, {X: 73, Y: 7.5}, {X: 24, Y: 30}}},
		{Op: 'C', Pts: []wordmodel.Point{{X: -25, Y: 7.5}, {X: 14, Y: -10}, {X: 24, Y: 7.5}}}, {Op: 'Z'}}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "心", Runs: []wordmodel.Run{{Text: "心"}}, Shapes: []wordmodel.Shape{
		{Name: "心形", Geometry: "heart", Width: 48, Height: 30, Paths: []wordmodel.Subpath{heart}, Fill: "FF0000",
			Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 20, Y: 200}},
	}}}}
	pages, err := Preview(doc, testOptions(t), 1)
	if err != nil {
		t.Fatal(err)
	}
	want := `<path d="M 44.00 207.50 C 54.00 190.00 93.00 207.50 44.00 230.00 C -5.00 207.50 34.00 190.00 44.00 207.50 Z " fill="#FF0000"/>`
	if !strings.Contains(pages[0], want) {
		t.Errorf("the preview lacks %s:\n%s", want, pages[0])
	}
}

// TestThePreviewStrokesLineGradients: a line's gradient is an SVG
// gradient the path is stroked with, at the line's width.
func TestThePreviewStrokesLineGradients(t *testing.T) {
	stops := []wordmodel.GradientStop{{Pos: 0, Color: "FF0000"}, {Pos: 1, Color: "0000FF"}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "线", Runs: []wordmodel.Run{{Text: "线"}}, Shapes: []wordmodel.Shape{
		{Name: "矩形", Geometry: "rect", Width: 40, Height: 20, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 20, Y: 200},
			Outline: &wordmodel.Outline{Color: "FF0000", Width: 6, Dash: "solid", Compound: "sng", Gradient: &wordmodel.Gradient{RotWithShape: true, Stops: stops}}},
	}}}}
	pages, err := Preview(doc, testOptions(t), 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<linearGradient id="jixiao-page-1-g1" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="1" y2="0" gradientTransform="matrix(40.0000 0.0000 0.0000 1.0000 20.000 210.000)">`,
		`Z " fill="none" stroke="url(#jixiao-page-1-g1)" stroke-width="2.12"/>`,
	} {
		if !strings.Contains(pages[0], want) {
			t.Errorf("the preview lacks %s:\n%s", want, pages[0])
		}
	}
}

// TestThePreviewDrawsThePageTexture: the page's texture, tiled over a
// box larger than the page, is the page's first picture, 297 mm
// square, within a clip of the page.
func TestThePreviewDrawsThePageTexture(t *testing.T) {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 3, 3)))
	tex := wordmodel.Image{Name: "texture.png", Format: "PNG", Width: 297, Height: 297, Data: buf.Bytes()}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "纹理", Runs: []wordmodel.Run{{Text: "纹理"}}}},
		Background: &wordmodel.Shape{Geometry: "rect", Picture: &tex}, BackgroundShown: true}
	pages, err := Preview(doc, testOptions(t), 1)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`<clipPath id="[^"]+"><path d="M 0.00 0.00 L 210.00 0.00 L 210.00 297.00 L 0.00 297.00 Z "/></clipPath><g clip-path="url\(#[^)]+\)"><image x="0.00" y="0.00" width="297.00" height="297.00"`).MatchString(pages[0]) {
		t.Errorf("no texture over the page:\n%s", pages[0])
	}
}
