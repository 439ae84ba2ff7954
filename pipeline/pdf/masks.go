package pdf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/draw"
	"image/png"
)

// A picture with transparency (a PNG with alpha or a transparent colour:
// a 公章 whose ground is transparent, a picture Word made transparent,
// transparency.go in wordmodel) must leave what is under its transparent
// parts visible: a 公章 floating over the 落款 must not paint a white box
// over the signature.
//
// PDF/A-1 forbids soft masks (ISO 19005-1 §6.4: no SMask in an image
// dictionary) but allows explicit masking: an image's /Mask, a stencil or
// a colour key. An archival PDF therefore draws such a picture as Word
// shows it on white paper (its colour composited over white where its
// alpha is partial) with a colour-key mask that leaves out each pixel
// less than half opaque: a colour no drawn pixel has is given to those,
// and the picture is handed to fpdf as an RGB PNG with that colour as its
// tRNS, which fpdf writes as "/Mask [r r g g b b]". Such a mask is one bit
// a pixel, exactly; the PNG is lossless, so no drawn pixel can turn into
// the key. A plain PDF (pdfa: false) keeps the full alpha as a soft mask,
// which fpdf writes for a PNG with an alpha channel.

// keyed is img over white, with a colour key for its pixels less than half
// opaque, as an RGB PNG; the key is the lightest colour none of the other
// pixels has, so that a reader ignoring the mask shows nearly white.
func keyed(img image.Image) ([]byte, error) {
	b := img.Bounds()
	nrgba := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(nrgba, nrgba.Bounds(), img, b.Min, draw.Src)
	rgb := image.NewRGBA(nrgba.Bounds())
	draw.Draw(rgb, rgb.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(rgb, rgb.Bounds(), nrgba, image.Point{}, draw.Over)
	used := make([]uint64, 1<<24/64)
	masked := false
	for i := 0; i < len(rgb.Pix); i += 4 {
		if nrgba.Pix[i+3] < 128 {
			masked = true
			continue
		}
		c := int(rgb.Pix[i])<<16 | int(rgb.Pix[i+1])<<8 | int(rgb.Pix[i+2])
		used[c/64] |= 1 << (c % 64)
	}
	key := -1
	for c := 1<<24 - 1; c >= 0 && masked; c-- {
		if used[c/64]&(1<<(c%64)) == 0 {
			key = c
			break
		}
	}
	if key >= 0 {
		for i := 0; i < len(rgb.Pix); i += 4 {
			if nrgba.Pix[i+3] < 128 {
				rgb.Pix[i], rgb.Pix[i+1], rgb.Pix[i+2] = byte(key>>16), byte(key>>8), byte(key)
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, rgb); err != nil {
		return nil, fmt.Errorf("mask picture: %w", err)
	}
	data := buf.Bytes()
	if key < 0 {
		return data, nil
	}
	return withKey(data, byte(key>>16), byte(key>>8), byte(key))
}

// withKey adds a tRNS chunk naming r, g, b transparent to an RGB PNG, after
// its header, where the PNG format places it before the image data.
func withKey(data []byte, r, g, b byte) ([]byte, error) {
	if len(data) < 33 || data[25] != 2 {
		return nil, fmt.Errorf("mask picture: not an RGB PNG")
	}
	body := []byte{'t', 'R', 'N', 'S', 0, r, 0, g, 0, b}
	chunk := binary.BigEndian.AppendUint32(nil, uint32(len(body)-4))
	chunk = append(chunk, body...)
	chunk = binary.BigEndian.AppendUint32(chunk, crc32.ChecksumIEEE(body))
	const afterIHDR = 8 + 12 + 13
	out := append(append(append([]byte{}, data[:afterIHDR]...), chunk...), data[afterIHDR:]...)
	return out, nil
}

// softMasked is a transparent PNG as a plain PDF draws it: with an alpha
// channel, which fpdf writes as a soft mask. fpdf reads a palette PNG's
// transparency as one colour key, the first colour with no alpha, and
// drops partial alpha; such a PNG, and a grey or RGB one with a tRNS, is
// written again with alpha.
func softMasked(data []byte) ([]byte, error) {
	if ct := data[25]; ct == 4 || ct == 6 {
		return data, nil
	}
	src, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	b := src.Bounds()
	dst := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(dst, dst.Bounds(), src, b.Min, draw.Src)
	var buf bytes.Buffer
	if err := png.Encode(&buf, dst); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
