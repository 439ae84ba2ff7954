package pdf

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/draw"
	"image/png"

	"codeberg.org/go-pdf/fpdf"

	"jixiao/pipeline/layout"
)

// image draws a picture, handing it to fpdf the first time: a picture
// the document shows twice (a logo on each page) is in the file once.
func (w *writer) image(o layout.Item) {
	key := sha256.Sum256(o.Image.Data)
	name, ok := w.images[key]
	if !ok {
		name = fmt.Sprintf("img%d", len(w.images)+1)
		w.images[key] = name
		data, err := pdfReady(o.Image)
		format := o.Image.Format
		// A picture with transparency keeps it as PDF/A allows (masks.go).
		switch {
		case err != nil: // refused below
		case w.archival:
			data, format, err = opaque(data, format)
		case format == "PNG" && pngTransparent(data):
			data, err = softMasked(data)
		}
		if err != nil {
			w.pdf.SetError(fmt.Errorf("图片 %s 无法放入 PDF：%v", o.Image.Name, err))
			return
		}
		w.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: format}, bytes.NewReader(data))
	}
	// A shape's picture fill is drawn within the shape.
	if o.Path != nil {
		w.pdf.RawWriteStr("q")
		w.segs(o.Path.Segs)
		w.pdf.RawWriteStr("W n")
		defer w.pdf.RawWriteStr("Q")
	}
	// Mirrored, then turned: the last transform set is the first applied.
	if o.Angle != 0 || o.FlipH || o.FlipV {
		w.pdf.TransformBegin()
		defer w.pdf.TransformEnd()
	}
	if o.Angle != 0 {
		w.pdf.TransformRotate(o.Angle, o.X+o.W/2, o.Y+o.H/2)
	}
	if o.FlipH {
		w.pdf.TransformMirrorHorizontal(o.X + o.W/2)
	}
	if o.FlipV {
		w.pdf.TransformMirrorVertical(o.Y + o.H/2)
	}
	w.pdf.ImageOptions(name, o.X, o.Y, o.W, o.H, false, fpdf.ImageOptions{ImageType: o.Image.Format}, 0, "")
}

// pdfReady is a picture as fpdf reads it. fpdf does not read interlaced
// PNGs (as image editors save them for the web): those are written again,
// pixel for pixel, not interlaced.
func pdfReady(img *layout.Image) ([]byte, error) {
	d := img.Data
	if img.Format != "PNG" || len(d) < 29 || d[28] == 0 {
		return d, nil
	}
	src, err := png.Decode(bytes.NewReader(d))
	if err != nil {
		return nil, err
	}
	dst := image.NewNRGBA(src.Bounds())
	draw.Draw(dst, dst.Bounds(), src, src.Bounds().Min, draw.Src)
	var buf bytes.Buffer
	if err := png.Encode(&buf, dst); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
