package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// cmykJPEG is an 8×8 baseline JPEG with four components and an Adobe
// marker, as Photoshop saves a picture for print: a CMYK picture, which Go
// cannot encode. Each block is its DC value alone.
func cmykJPEG() []byte {
	var b bytes.Buffer
	seg := func(marker byte, body ...byte) {
		b.Write([]byte{0xFF, marker, byte((len(body) + 2) >> 8), byte(len(body) + 2)})
		b.Write(body)
	}
	b.Write([]byte{0xFF, 0xD8})
	seg(0xEE, append([]byte("Adobe"), 0, 100, 0, 0, 0, 0, 0)...) // transform 0: CMYK, not YCCK
	seg(0xDB, append([]byte{0}, bytes.Repeat([]byte{1}, 64)...)...)
	seg(0xC0, 8, 0, 8, 0, 8, 4, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0)
	// One code, "0", in each table: DC difference category 0, AC end of block.
	seg(0xC4, append([]byte{0x00, 1}, append(make([]byte, 15), 0)...)...)
	seg(0xC4, append([]byte{0x10, 1}, append(make([]byte, 15), 0)...)...)
	seg(0xDA, 4, 1, 0, 2, 0, 3, 0, 4, 0, 0, 63, 0)
	b.Write([]byte{0x00, 0xFF, 0xD9}) // 4 blocks × ("0" DC, "0" EOB) = 8 bits
	return b.Bytes()
}

func halfRed() image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, 4, 4))
	for i := 0; i < len(img.Pix); i += 4 {
		copy(img.Pix[i:], []byte{0xFF, 0, 0, 0x80})
	}
	return img
}

// TestPicturesAreMadeOpaque: a PNG with an alpha channel, a grey one with
// alpha, a palette one with a transparent colour and a CMYK JPEG become
// RGB PNGs drawn over white (the transparent ones keep a colour key,
// TestKeyedMasksWhatIsLessThanHalfOpaque); an opaque PNG and an RGB JPEG
// are kept byte for byte.
func TestPicturesAreMadeOpaque(t *testing.T) {
	pal := image.NewPaletted(image.Rect(0, 0, 2, 2), color.Palette{color.NRGBA{0, 0, 0, 0}, color.NRGBA{0, 0, 0xFF, 0xFF}})
	pal.Pix[0] = 1
	grey := image.NewNRGBA(image.Rect(0, 0, 2, 2))
	for i := 0; i < len(grey.Pix); i += 4 {
		copy(grey.Pix[i:], []byte{0x40, 0x40, 0x40, 0x80})
	}
	greyAlpha := testPNG(t, grey)
	for name, c := range map[string]struct {
		data   []byte
		format string
		corner color.RGBA // the top left pixel after
	}{
		"alpha":   {testPNG(t, halfRed()), "PNG", color.RGBA{0xFF, 0x7F, 0x7F, 0xFF}},
		"grey":    {greyAlpha, "PNG", color.RGBA{0x9F, 0x9F, 0x9F, 0xFF}},
		"palette": {testPNG(t, pal), "PNG", color.RGBA{0, 0, 0xFF, 0xFF}},
		"cmyk":    {cmykJPEG(), "JPEG", color.RGBA{}},
	} {
		out, format, err := opaque(c.data, c.format)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if format != "PNG" || out[25] != 2 {
			t.Errorf("%s: %s, colour type %d, want an RGB PNG", name, format, out[25])
			continue
		}
		img, _ := png.Decode(bytes.NewReader(out))
		if got := color.RGBAModel.Convert(img.At(0, 0)).(color.RGBA); name != "cmyk" && !nearRGBA(got, c.corner) {
			t.Errorf("%s: corner %v, want %v", name, got, c.corner)
		}
	}
	if pngTransparent(greyAlpha[:30]) {
		t.Error("a cut PNG header read as transparent")
	}
	solid := image.NewRGBA(image.Rect(0, 0, 2, 2))
	for i := range solid.Pix {
		solid.Pix[i] = 0xFF
	}
	var rgbJPEG bytes.Buffer
	jpeg.Encode(&rgbJPEG, solid, nil)
	for format, data := range map[string][]byte{"PNG": testPNG(t, solid), "JPEG": rgbJPEG.Bytes()} {
		if out, f, err := opaque(data, format); err != nil || f != format || !bytes.Equal(out, data) {
			t.Errorf("opaque %s was rewritten: %v", format, err)
		}
	}
}

func nearRGBA(a, b color.RGBA) bool {
	d := func(x, y uint8) bool { return x-y < 3 || y-x < 3 }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B) && a.A == b.A
}

// TestArchivalPDFDrawsPicturesOpaque: the same pictures drawn in a plain
// PDF have a soft mask and CMYK; in the archival one neither, and the file
// passes the archival check.
func TestArchivalPDFDrawsPicturesOpaque(t *testing.T) {
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Align: "center", Images: []wordmodel.Image{
			{Name: "seal.png", Format: "PNG", Width: 30, Height: 30, Data: testPNG(t, halfRed())},
			{Name: "photo.jpg", Format: "JPEG", Width: 30, Height: 30, Data: cmykJPEG()},
		}},
		&wordmodel.Paragraph{Style: "Normal", Text: "正文"},
	}}
	plain := renderDoc(t, doc, true)
	if !bytes.Contains(plain, []byte("/SMask")) || !bytes.Contains(plain, []byte("/DeviceCMYK")) {
		t.Fatal("the plain PDF has no soft mask or CMYK picture: the fixture tests nothing")
	}
	out := renderDoc(t, doc, false)
	if bytes.Contains(out, []byte("/SMask")) || bytes.Contains(out, []byte("/DeviceCMYK")) {
		t.Error("the archival PDF has a soft mask or a CMYK picture")
	}
	if n := bytes.Count(out, []byte("/Subtype /Image")); n != 2 {
		t.Errorf("%d pictures in the archival PDF", n)
	}
}
