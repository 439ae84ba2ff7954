package preview

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestThePreviewTurnsARotatedPicture: a picture Word rotates 30° is drawn
// turned 30° clockwise about its box's centre, as the PDF draws it; one
// also flipped is mirrored across its upright middle line first.
func TestThePreviewTurnsARotatedPicture(t *testing.T) {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 3, 2)))
	seal := wordmodel.Image{Name: "seal.png", Format: "PNG", Width: 40, Height: 20, Data: buf.Bytes(), Rotation: 30,
		Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 50, Y: 100}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "锚", Images: []wordmodel.Image{seal}}}}
	page := firstPage(t, doc)
	if !strings.Contains(page, `<image x="50.00" y="100.00" width="40.00" height="20.00" transform="rotate(30.00 70.00 110.00)"`) {
		t.Errorf("the picture is not turned about its centre:\n%s", page)
	}
	seal.FlipH = true
	doc.Blocks[0].(*wordmodel.Paragraph).Images[0] = seal
	if page := firstPage(t, doc); !strings.Contains(page, `transform="rotate(30.00 70.00 110.00) matrix(-1 0 0 1 140.00 0.00)"`) {
		t.Errorf("the picture is not mirrored, then turned:\n%s", page)
	}
}

// TestThePreviewClipsAPictureFill: a shape's picture fill is its picture
// drawn within a clipPath of the shape's outline, the picture's own turn
// inside the clip.
func TestThePreviewClipsAPictureFill(t *testing.T) {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 3, 2)))
	img := &wordmodel.Image{Name: "fill.png", Format: "PNG", Data: buf.Bytes()}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "锚", Runs: []wordmodel.Run{{Text: "锚"}}, Shapes: []wordmodel.Shape{
		{Name: "三角形", Geometry: "rect", Width: 40, Height: 20, Picture: img, Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 50, Y: 100}},
	}}}}
	page := firstPage(t, doc)
	want := `<clipPath id="jixiao-page-1-c1"><path d="M 50.00 100.00 L 90.00 100.00 L 90.00 120.00 L 50.00 120.00 Z "/></clipPath><g clip-path="url(#jixiao-page-1-c1)"><image x="50.00" y="100.00" width="40.00" height="20.00" preserveAspectRatio="none"`
	if !strings.Contains(page, want) {
		t.Errorf("the picture fill is not clipped to its shape:\n%s", page)
	}
}
