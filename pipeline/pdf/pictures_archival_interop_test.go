package pdf_test

import (
	"bytes"
	"image"
	"image/png"
	"testing"

	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	pt "jixiao/pipeline/wordmodel/picturetest"
)

// TestFormattedPicturesAreArchival: pictures cropped (a JPEG clipped, one
// turned), in a rounded frame with a line, and a shape's cropped picture
// fill, and a picture greyed (stored as one channel) keep the PDF
// PDF/A-1b: clips, strokes and DeviceGray only, no transparency.
func TestFormattedPicturesAreArchival(t *testing.T) {
	t.Parallel()
	jpeg := wordmodel.Image{Name: "scan.jpeg", Format: "JPEG", Width: 50, Height: 20, Data: pt.Bands(t, "jpeg"), Crop: wordmodel.Crop{L: 0.25, R: 0.25, T: -0.1}}
	turned := jpeg
	turned.Rotation, turned.Float = 30, &wordmodel.Float{FromX: "margin", X: 20, FromY: "paragraph", Y: 10}
	rounded := wordmodel.Image{Name: "logo.png", Format: "PNG", Width: 40, Height: 16, Data: pt.Bands(t, "png"),
		Frame: &wordmodel.Shape{Geometry: "roundRect", Corner: 0.16667, Width: 40, Height: 16, Outline: &wordmodel.Outline{Color: "FFFFFF", Width: 7, Dash: "solid", Compound: "sng"}}}
	fill := jpeg
	grey := wordmodel.Image{Name: "grey.png", Format: "PNG", Width: 40, Height: 16, Data: greyPNG(t)}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Align: "center", Images: []wordmodel.Image{jpeg, rounded, grey}},
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

// greyPNG is a grey PNG of one channel, as wordmodel stores a picture
// set to 灰度.
func greyPNG(t *testing.T) []byte {
	m := image.NewGray(image.Rect(0, 0, 20, 8))
	for i := range m.Pix {
		m.Pix[i] = uint8(i * 3)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
