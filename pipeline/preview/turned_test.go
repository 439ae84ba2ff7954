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
