package pdf

import (
	"image"
	"os"
	"path/filepath"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestTextUnderTheSealShows: a 公章 floating over the 落款 (浮于文字上方)
// or behind it (衬于文字下方), its ground transparent by alpha, by Word's
// 设置透明色 on a JPEG, by its 透明度, or by a GIF's transparent colour,
// leaves the text under its middle visible in the archival PDF and the
// plain one, as pdftoppm draws them: black pixels of text inside the ring,
// and the ring's red around them. A picture drawn opaque over white (as
// before) paints out the text there.
func TestTextUnderTheSealShows(t *testing.T) {
	t.Parallel()
	const size = 240
	png, jpeg, gif := sealtest.RingPNG(t, size), sealtest.RingJPEG(t, size), sealtest.RingGIF(t, size)
	for _, c := range []struct {
		name string
		seal sealtest.Float
		file string
		data []byte
	}{
		{"alpha", sealtest.Float{}, "seal2.png", png},
		{"behind", sealtest.Float{Anchor: st.Anchor{Behind: true}}, "seal2.png", png},
		{"clrChange", sealtest.Float{Blip: sealtest.ClearWhite}, "seal.jpeg", jpeg},
		{"alphaModFix", sealtest.Float{Blip: sealtest.HalfClear}, "seal2.png", png},
		{"gif", sealtest.Float{}, "seal.gif", gif},
	} {
		doc := sealOver(t, c.seal, c.file, c.data)
		box := pictureBox(t, doc)
		for _, plain := range []bool{false, true} {
			path := filepath.Join(t.TempDir(), c.name+".pdf")
			if err := os.WriteFile(path, renderDoc(t, doc, plain), 0o644); err != nil {
				t.Fatal(err)
			}
			page := pageAt(t, path, 1, 150)
			dark, red := inSeal(page, box, 150)
			if dark < 30 || red < 100 {
				t.Errorf("%s (plain %v): %d dark pixels of text inside the seal, %d red of its ring", c.name, plain, dark, red)
			}
		}
	}
}

// pictureBox is the box (mm) of the one picture laid out on page 1.
func pictureBox(t *testing.T, doc *wordmodel.Document) [4]float64 {
	t.Helper()
	laid, err := layout.Layout(doc, testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	var box [4]float64
	n := 0
	laid.Pages(func(p layout.Page) error {
		for _, it := range p.Items {
			if it.Image != nil && n == 0 {
				box = [4]float64{it.X, it.Y, it.W, it.H}
			}
			if it.Image != nil {
				n++
			}
		}
		return nil
	})
	if n != 1 {
		t.Fatalf("%d pictures laid out", n)
	}
	return box
}

// inSeal counts, within the middle half of the seal's box (inside its
// ring), the dark pixels (text) and, in the whole box, the red ones (pink
// at half transparency).
func inSeal(page image.Image, box [4]float64, dpi float64) (dark, red int) {
	px := func(mm float64) int { return int(mm * dpi / 25.4) }
	x0, y0, x1, y1 := px(box[0]), px(box[1]), px(box[0]+box[2]), px(box[1]+box[3])
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			r, g, b, _ := page.At(x, y).RGBA()
			r, g, b = r>>8, g>>8, b>>8
			middle := 4*(x-x0) > x1-x0 && 4*(x1-x) > x1-x0 && 4*(y-y0) > y1-y0 && 4*(y1-y) > y1-y0
			switch {
			case middle && r < 100 && g < 100 && b < 100:
				dark++
			case r > 180 && g < 160 && b < 160 && r > g+60:
				red++
			}
		}
	}
	return dark, red
}
