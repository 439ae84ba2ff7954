package preview

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestPreviewShowsBlurredShadows: a picture's blurred shadow is drawn in
// the page's SVG as the PDF draws it, a picture (a PNG with alpha) under
// the picture.
func TestPreviewShowsBlurredShadows(t *testing.T) {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 3, 2)))
	logo := wordmodel.Image{Name: "logo.png", Format: "PNG", Width: 30, Height: 20, Data: buf.Bytes(),
		Shadow: &wordmodel.ShapeShadow{DX: 1, DY: 1, Color: "999999", Blur: 1.4}, Glow: &wordmodel.Glow{Radius: 2, Color: "9DC3E6"}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Align: "center", Images: []wordmodel.Image{logo}}}}
	pages, err := Preview(doc, testOptions(t), 20)
	if err != nil {
		t.Fatal(err)
	}
	effect := strings.Index(pages[0], `<image`)
	picture := strings.Index(pages[0], `width="30.00" height="20.00" preserveAspectRatio="none"`)
	if effect < 0 || picture < 0 || effect > picture || strings.Count(pages[0], "<image") != 2 {
		t.Errorf("the preview lacks the shadow under the picture: %s", pages[0])
	}
}
