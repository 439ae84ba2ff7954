package sealtest

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
)

// useLocalDpi is the extension Word 2010 and later write into every
// a:blip.
const useLocalDpi = `<a:extLst><a:ext uri="{28A0092B-C50C-407E-A947-70E740481C1C}"><a14:useLocalDpi xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" val="0"/></a:ext></a:extLst>`

// ClearWhite is an a:blip's content after Word's 图片格式 → 颜色 → 设置透明色
// clicked on white: white changed to white with no alpha.
const ClearWhite = `<a:clrChange><a:clrFrom><a:srgbClr val="FFFFFF"/></a:clrFrom><a:clrTo><a:srgbClr val="FFFFFF"><a:alpha val="0"/></a:srgbClr></a:clrTo></a:clrChange>` + useLocalDpi

// HalfClear is an a:blip's content after Word's 图片透明度 50%.
const HalfClear = `<a:alphaModFix amt="50000"/>` + useLocalDpi

func blip(rel, content string) string {
	if content == "" {
		return `<a:blip r:embed="` + rel + `"/>`
	}
	return `<a:blip r:embed="` + rel + `">` + content + `</a:blip>`
}

// Ring is a size × size 公章: a red ring, its edges anti-aliased, on a
// transparent ground (inside the ring too), as a seal scanned and cut out
// is saved.
func Ring(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	c := float64(size) / 2
	outer, inner := c-1, c*0.8
	for y := range size {
		for x := range size {
			d := math.Hypot(float64(x)+0.5-c, float64(y)+0.5-c)
			// Coverage of the pixel by the ring, one pixel of ramp at each edge.
			a := math.Min(math.Max(outer-d+0.5, 0), 1) * math.Min(math.Max(d-inner+0.5, 0), 1)
			img.SetNRGBA(x, y, color.NRGBA{R: Red.R, G: Red.G, B: Red.B, A: uint8(math.Round(a * 255))})
		}
	}
	return img
}

// RingPNG is Ring as a PNG with alpha.
func RingPNG(t testing.TB, size int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, Ring(size)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// RingJPEG is Ring over white as a JPEG, as a seal is scanned: its white
// ground is what 设置透明色 makes transparent.
func RingJPEG(t testing.TB, size int) []byte {
	t.Helper()
	ring := Ring(size)
	img := image.NewRGBA(ring.Bounds())
	for i := 0; i < len(img.Pix); i += 4 {
		a := int(ring.Pix[i+3])
		for k := range 3 {
			img.Pix[i+k] = uint8((int(ring.Pix[i+k])*a + 255*(255-a)) / 255)
		}
		img.Pix[i+3] = 255
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// RingGIF is Ring as a GIF with a transparent colour (index 0): a pixel
// at least half covered is red, any other transparent.
func RingGIF(t testing.TB, size int) []byte {
	t.Helper()
	ring := Ring(size)
	img := image.NewPaletted(ring.Bounds(), color.Palette{color.NRGBA{}, Red})
	for i := range img.Pix {
		if ring.Pix[4*i+3] >= 128 {
			img.Pix[i] = 1
		}
	}
	var buf bytes.Buffer
	if err := gif.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// DocxSeal is Docx without a header, its seal the part media/file (a
// .png, .jpeg or .gif, its content type declared) holding data.
func DocxSeal(t testing.TB, body, file string, data []byte) []byte {
	t.Helper()
	ext := file[strings.LastIndexByte(file, '.')+1:]
	return opctest.Edit(t, Docx(t, body, ""), map[string]func(string) string{
		"word/media/seal.png": opctest.Set("-"),
		"word/media/" + file:  opctest.Set(string(data)),
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, `Target="media/seal.png"`, `Target="media/`+file+`"`, 1)
		},
		"[Content_Types].xml": func(s string) string {
			if strings.Contains(s, `Extension="`+ext+`"`) {
				return s
			}
			return strings.Replace(s, "<Default ", `<Default Extension="`+ext+`" ContentType="image/`+ext+`"/><Default `, 1)
		},
	})
}
