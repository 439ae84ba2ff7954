package pdf

import (
	"image"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/picturetest"
)

// TestLibreOfficeDrawsSharpShadowsAlike: the shadows of the corpus's
// shape-shadow fixture (a text box's 40% black, 3 pt at 45°; a
// rectangle's green, 6 pt down) are where LibreOffice draws them, of the
// same size (within 0.5 mm at 150 dpi), in the same colours: the strips
// of them that show under the shapes, from the left to the right end.
func TestLibreOfficeDrawsSharpShadowsAlike(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftoppm is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftoppm not available")
	}
	var docx []byte
	for _, f := range effectFeatures() {
		if f.name == "shape-shadow" {
			docx = f.docx(t)
		}
	}
	doc, ours, theirs := bothPDFs(t, docx)
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	a, b := pagePixels(t, ours), pagePixels(t, theirs)
	grey := func(r, g, b uint32) bool {
		return r>>8 >= 0x90 && r>>8 <= 0xa2 && g>>8 >= 0x90 && g>>8 <= 0xa2 && b>>8 >= 0x90 && b>>8 <= 0xa2
	}
	green := func(r, g, b uint32) bool { return r < 0x3000 && g > 0xa000 && b > 0x3000 && b < 0x7000 }
	const mmPx = 150 / 25.4
	// Below the shapes' red outlines only the shadows show, the text
	// (whose anti-aliased edges are grey too) being above.
	red := func(r, g, b uint32) bool { return r > 0xa000 && g < 0x3000 && b < 0x3000 }
	for _, img := range []struct {
		name string
		px   image.Image
	}{{"ours", a}, {"LibreOffice's", b}} {
		if coloured(img.px, red, 0, 120*mmPx).Empty() {
			t.Fatalf("no red outline in %s", img.name)
		}
	}
	foot := func(img image.Image) float64 { return float64(coloured(img, red, 0, 120*mmPx).Max.Y) }
	for _, s := range []struct {
		name string
		is   func(r, g, b uint32) bool
	}{{"the text box's grey shadow", grey}, {"the rectangle's green shadow", green}} {
		ga, gb := coloured(a, s.is, foot(a)-2, foot(a)+4*mmPx), coloured(b, s.is, foot(b)-2, foot(b)+4*mmPx)
		if ga.Empty() || gb.Empty() {
			t.Errorf("%s: drawn over %v, LibreOffice's over %v (px at 150 dpi)", s.name, ga, gb)
			continue
		}
		for k, d := range []int{ga.Min.X - gb.Min.X, ga.Max.X - gb.Max.X, ga.Max.Y - gb.Max.Y} {
			if math.Abs(float64(d)) > 0.5*mmPx+1 {
				t.Errorf("%s: edge %d is %.2f mm from LibreOffice's (ours %v, theirs %v px)", s.name, k, float64(d)/mmPx, ga, gb)
			}
		}
	}
}

// TestSharpShadowsSavedByLibreOfficeAreRead: the shape-shadow fixture
// saved again by LibreOffice (as a clerk's LibreOffice would, its
// attributes in its own order, its colours in lower case) keeps both
// shadows, read and drawn, nothing refused.
func TestSharpShadowsSavedByLibreOfficeAreRead(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "shadows.docx")
	for _, f := range effectFeatures() {
		if f.name == "shape-shadow" {
			os.WriteFile(path, f.docx(t), 0o644)
		}
	}
	saved, err := os.ReadFile(filepath.Join(opctest.SaveWithLibreOffice(t, `docx:MS Word 2007 XML`, path), "shadows.docx"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := wordmodel.Read(saved)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	var colours []string
	for _, b := range doc.Blocks {
		if p, ok := b.(*wordmodel.Paragraph); ok {
			for _, sp := range p.Shapes {
				if sp.Shadow != nil {
					colours = append(colours, sp.Shadow.Color)
				}
			}
		}
	}
	if strings.Join(colours, " ") != "999999 00B050" {
		t.Errorf("shadows %v, want the text box's 40%% black and the rectangle's green", colours)
	}
}

// TestLibreOfficeDrawsAPicturesSharpShadowAlike: a picture in its line
// with LibreOffice's own kind of shadow (grey, 2 mm at 45°, no blur) has
// its shadow's strip under it where LibreOffice draws it (within 0.5 mm
// at 150 dpi).
func TestLibreOfficeDrawsAPicturesSharpShadowAlike(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftoppm is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftoppm not available")
	}
	shadow := `<a:effectLst><a:outerShdw dist="101823" dir="2700000" algn="bl" rotWithShape="0"><a:srgbClr val="808080"/></a:outerShdw></a:effectLst>`
	f := feature{name: "picture-shadow", body: text("正文") + para(`<w:jc w:val="center"/>`, picturetest.Inline("rIdimage1", 1, 1800000, 720000, "", picturetest.Stretched, picturetest.Rect+shadow)) + text(sample),
		parts: map[string]string{"word/media/image1.png": string(picturetest.Bands(t, "png"))}}
	doc, ours, theirs := bothPDFs(t, f.docx(t))
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	a, b := pagePixels(t, ours), pagePixels(t, theirs)
	const mmPx = 150 / 25.4
	blue := func(r, g, b uint32) bool { return r < 0x3000 && g < 0x3000 && b > 0xc000 }
	grey := func(r, g, b uint32) bool {
		return r>>8 >= 0x78 && r>>8 <= 0x88 && g>>8 >= 0x78 && g>>8 <= 0x88 && b>>8 >= 0x78 && b>>8 <= 0x88
	}
	// The shadow's strip right of the picture's blue band, where no text
	// is: its box, relative to the band's top right corner.
	strip := func(img image.Image) image.Rectangle {
		band := coloured(img, blue, 0, 200*mmPx)
		var box image.Rectangle
		for y := band.Min.Y; y < band.Max.Y+15; y++ {
			for x := band.Max.X - 2; x < band.Max.X+15; x++ {
				if r, g, b, _ := img.At(x, y).RGBA(); grey(r, g, b) {
					box = box.Union(image.Rect(x, y, x+1, y+1))
				}
			}
		}
		return box.Sub(image.Pt(band.Max.X, band.Min.Y))
	}
	ga, gb := strip(a), strip(b)
	if ga.Dx() < 5 || gb.Dx() < 5 {
		t.Fatalf("the shadow's strip %v, LibreOffice's %v (px at 150 dpi from the picture's top right)", ga, gb)
	}
	for k, d := range []int{ga.Min.X - gb.Min.X, ga.Min.Y - gb.Min.Y, ga.Max.X - gb.Max.X, ga.Max.Y - gb.Max.Y} {
		if math.Abs(float64(d)) > 0.5*mmPx+1 {
			t.Errorf("the shadow's edge %d is %.2f mm from LibreOffice's (ours %v, theirs %v px from the picture's top right)", k, float64(d)/mmPx, ga, gb)
		}
	}
}
