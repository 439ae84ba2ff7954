package ofd

import (
	"bytes"
	"image"
	"image/png"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

// TestBlurredShadowsCarryAnImageMask: a picture's blurred shadow and glow
// are drawn in the OFD as the PDF draws them, a picture under the
// picture, whose ImageObject names an ImageMask (the pixels they leave
// white are left out); the picture itself has none.
func TestBlurredShadowsCarryAnImageMask(t *testing.T) {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 3, 2)))
	logo := wordmodel.Image{Name: "logo.png", Format: "PNG", Width: 30, Height: 20, Data: buf.Bytes(),
		Shadow: &wordmodel.ShapeShadow{DX: 1, DY: 1, Color: "999999", Blur: 1.4}, Glow: &wordmodel.Glow{Radius: 2, Color: "9DC3E6"}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Align: "center", Images: []wordmodel.Image{logo}}}}
	laid, err := layout.Layout(doc, testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	objs := imageMask.FindAllStringSubmatch(contentOf(t, laid), -1)
	if len(objs) != 2 || objs[0][3] == "" || objs[1][3] != "" {
		t.Fatalf("image objects %q: want the effects with a mask, then the picture without", objs)
	}
}
