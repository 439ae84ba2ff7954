package ofd

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
)

// A picture with transparency (a 公章 whose ground is transparent, or
// one Word made transparent: wordmodel's transparency.go) is a PNG with
// alpha, kept as it is for the readers that honour its alpha. For those
// that do not, its ImageObject also names an ImageMask (GB/T 33190-2016,
// 8.3.2: a MultiMedia of the picture's size, a two-valued image): white
// where the picture is at least half opaque and shows, black where what is
// under it (the 落款 under the seal) shows through, the PDF/A copy's mask
// too.

// maskOf is the ImageMask of a picture, a 1-bit PNG; nil where the
// picture is opaque.
func maskOf(format string, data []byte) ([]byte, error) {
	if format != "PNG" {
		return nil, nil
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("image mask: %w", err)
	}
	// Go's decoded pictures say whether they are opaque without a
	// pixel's colour being made for each.
	if o, ok := img.(interface{ Opaque() bool }); ok && o.Opaque() {
		return nil, nil
	}
	b := img.Bounds()
	nrgba := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(nrgba, nrgba.Bounds(), img, b.Min, draw.Src)
	mask := image.NewPaletted(nrgba.Bounds(), color.Palette{color.Black, color.White})
	seeThrough := false
	for i := range mask.Pix {
		if nrgba.Pix[4*i+3] >= 128 {
			mask.Pix[i] = 1
		} else {
			seeThrough = true
		}
	}
	if !seeThrough {
		return nil, nil
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, mask); err != nil {
		return nil, fmt.Errorf("image mask: %w", err)
	}
	return buf.Bytes(), nil
}

// addMask gives m its ImageMask, a MultiMedia of its own, where it has
// transparency. A picture that does not decode gets none: the PDF, drawn
// from the same layout, refuses it and the build stops.
func (d *document) addMask(m *media) {
	data, err := maskOf(m.format, m.data)
	if err != nil || data == nil {
		return
	}
	mask := &media{id: d.next(), format: "PNG", data: data}
	mask.file = fmt.Sprintf("image_%d.png", mask.id)
	d.media = append(d.media, mask)
	m.mask = mask.id
}
