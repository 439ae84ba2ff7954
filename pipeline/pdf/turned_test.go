package pdf

import (
	"image"
	"regexp"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestATurnedPictureIsTurnedInThePDF: a picture Word rotates 30° is drawn
// under a rotation of 30° clockwise (cos 30°, -sin 30° …) about its box's
// centre; an unturned one beside it is not; one also flipped is mirrored.
func TestATurnedPictureIsTurnedInThePDF(t *testing.T) {
	data := testPNG(t, image.NewGray(image.Rect(0, 0, 4, 2)))
	turned := wordmodel.Image{Name: "seal.png", Format: "PNG", Width: 40, Height: 20, Data: data, Rotation: 30,
		Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 50, Y: 100}}
	level := wordmodel.Image{Name: "logo.png", Format: "PNG", Width: 40, Height: 20, Data: data,
		Float: &wordmodel.Float{FromX: "page", FromY: "page", X: 50, Y: 200}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "锚", Images: []wordmodel.Image{turned, level}}}}
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	pages, _ := contents(out)
	if n := len(regexp.MustCompile(`0\.8660\d* -0\.5000\d* 0\.5000\d* 0\.8660\d* [\d.-]+ [\d.-]+ cm`).FindAll(pages[0], -1)); n != 1 {
		t.Errorf("%d turns of 30° clockwise, want 1:\n%s", n, pages[0])
	}
	if n := len(regexp.MustCompile(`-1\.0+ 0\.0+ 0\.0+ 1\.0+ [\d.-]+ [\d.-]+ cm`).FindAll(pages[0], -1)); n != 0 {
		t.Errorf("%d mirrors, want none", n)
	}
	turned.FlipH = true
	doc.Blocks[0].(*wordmodel.Paragraph).Images[0] = turned
	if out, _, err = Render(doc, testOptions(t)); err != nil {
		t.Fatal(err)
	}
	pages, _ = contents(out)
	if n := len(regexp.MustCompile(`-1\.0+ 0\.0+ 0\.0+ 1\.0+ [\d.-]+ [\d.-]+ cm`).FindAll(pages[0], -1)); n != 1 {
		t.Errorf("%d mirrors of the flipped picture, want 1:\n%s", n, pages[0])
	}
}
