package pdf_test

import (
	"testing"

	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	pt "jixiao/pipeline/wordmodel/picturetest"
)

// TestFormattedPicturesAreArchival: pictures cropped (a JPEG clipped, one
// turned), in a rounded frame with a line, and a shape's cropped picture
// fill keep the PDF PDF/A-1b: clips and strokes only, no transparency.
func TestFormattedPicturesAreArchival(t *testing.T) {
	jpeg := wordmodel.Image{Name: "scan.jpeg", Format: "JPEG", Width: 50, Height: 20, Data: pt.Bands(t, "jpeg"), Crop: wordmodel.Crop{L: 0.25, R: 0.25, T: -0.1}}
	turned := jpeg
	turned.Rotation, turned.Float = 30, &wordmodel.Float{FromX: "margin", X: 20, FromY: "paragraph", Y: 10}
	rounded := wordmodel.Image{Name: "logo.png", Format: "PNG", Width: 40, Height: 16, Data: pt.Bands(t, "png"),
		Frame: &wordmodel.Shape{Geometry: "roundRect", Corner: 0.16667, Width: 40, Height: 16, Outline: &wordmodel.Outline{Color: "FFFFFF", Width: 7, Dash: "solid", Compound: "sng"}}}
	fill := jpeg
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Align: "center", Images: []wordmodel.Image{jpeg, rounded}},
		&wordmodel.Paragraph{Style: "Normal", Text: "沁源县财政局", Images: []wordmodel.Image{turned}, Shapes: []wordmodel.Shape{
			{Name: "椭圆 1", Geometry: "ellipse", Width: 40, Height: 20, Picture: &fill, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 100, Y: 150}},
		}},
	}}
	out, _, err := pdf.Render(doc, options(t))
	if err != nil {
		t.Fatal(err)
	}
	validateA1b(t, "formatted-pictures", out)
}
