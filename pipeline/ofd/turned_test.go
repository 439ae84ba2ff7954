package ofd

import (
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

// TestATurnedPictureIsTurnedInTheOFD: a picture Word rotates a quarter
// turn is an ImageObject whose boundary is its box turned about its
// centre (as tall as it was wide) and whose CTM turns the unit square
// into it: its width's side going down.
func TestATurnedPictureIsTurnedInTheOFD(t *testing.T) {
	seal := picture(t, "PNG", 4, 2, color.RGBA{200, 0, 0, 255})
	seal.Width, seal.Height, seal.Rotation = 40, 20, 90
	seal.Float = &wordmodel.Float{FromX: "page", FromY: "page", X: 50, Y: 100}
	doc := &wordmodel.Document{
		Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}},
		Blocks:   []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "锚", Images: []wordmodel.Image{seal}}},
	}
	laid, _ := laidBoxes(t, doc, func(it layout.Item) (box, bool) { return box{}, false })
	content := contentOf(t, laid)
	m := regexp.MustCompile(`<ofd:ImageObject ID="\d+" Boundary="([^"]+)" CTM="([^"]+)"`).FindStringSubmatch(content)
	if m == nil {
		t.Fatalf("no ImageObject: %s", content)
	}
	nums := func(s string) (out []float64) {
		for _, f := range strings.Fields(s) {
			v, _ := strconv.ParseFloat(f, 64)
			out = append(out, v)
		}
		return out
	}
	bound, ctm := nums(m[1]), nums(m[2])
	want := []float64{60, 90, 20, 40}
	for i := range want {
		if d := bound[i] - want[i]; d > 0.001 || d < -0.001 {
			t.Fatalf("boundary %v, want %v", bound, want)
		}
	}
	// Clockwise a quarter, y down: the unit square's x goes down 40, its
	// y left 20; its centre at the boundary's.
	wantCTM := []float64{0, 40, -20, 0, 20, 0}
	for i := range wantCTM {
		if d := ctm[i] - wantCTM[i]; d > 0.001 || d < -0.001 {
			t.Fatalf("CTM %v, want %v", ctm, wantCTM)
		}
	}
	// Mirrored across its upright middle line first: x goes up from the
	// bottom instead.
	doc.Blocks[0].(*wordmodel.Paragraph).Images[0].FlipH = true
	laid, _ = laidBoxes(t, doc, func(it layout.Item) (box, bool) { return box{}, false })
	m = regexp.MustCompile(`<ofd:ImageObject ID="\d+" Boundary="([^"]+)" CTM="([^"]+)"`).FindStringSubmatch(contentOf(t, laid))
	ctm = nums(m[2])
	wantCTM = []float64{0, -40, -20, 0, 20, 40}
	for i := range wantCTM {
		if d := ctm[i] - wantCTM[i]; d > 0.001 || d < -0.001 {
			t.Fatalf("mirrored CTM %v, want %v", ctm, wantCTM)
		}
	}
}
