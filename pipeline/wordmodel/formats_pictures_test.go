package wordmodel_test

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/png"
	"testing"

	"golang.org/x/image/bmp"
	"golang.org/x/image/tiff"

	"jixiao/pipeline/wordmodel"
)

// TestOtherPictureFormatsBecomePNG: a GIF, a BMP and a TIFF picture, as
// Word embeds them, are read as PNG with the same pixels; a damaged GIF
// and a WMF are listed, the metafile with what to do.
func TestOtherPictureFormatsBecomePNG(t *testing.T) {
	src := image.NewPaletted(image.Rect(0, 0, 6, 3), color.Palette{color.White, color.RGBA{R: 255, A: 255}})
	src.SetColorIndex(2, 1, 1)
	encoded := map[string][]byte{}
	for name, enc := range map[string]func(*bytes.Buffer) error{
		"image1.gif":  func(b *bytes.Buffer) error { return gif.Encode(b, src, nil) },
		"image2.bmp":  func(b *bytes.Buffer) error { return bmp.Encode(b, src) },
		"image3.tiff": func(b *bytes.Buffer) error { return tiff.Encode(b, src, nil) },
	} {
		var b bytes.Buffer
		if err := enc(&b); err != nil {
			t.Fatal(err)
		}
		encoded[name] = b.Bytes()
	}
	rel := func(id, target string) string {
		return `<Relationship Id="` + id + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/` + target + `"/>`
	}
	f := fixture{
		body: para(inline("rId1", "图片 1")) + para(inline("rId2", "图片 2")) + para(inline("rId3", "图片 3")) +
			para(inline("rId4", "图片 4")) + para(inline("rId5", "图片 5")),
		rels: rel("rId1", "image1.gif") + rel("rId2", "image2.bmp") + rel("rId3", "image3.tiff") + rel("rId4", "image4.gif") + rel("rId5", "image5.wmf"),
		parts: map[string]string{
			"word/media/image1.gif":  string(encoded["image1.gif"]),
			"word/media/image2.bmp":  string(encoded["image2.bmp"]),
			"word/media/image3.tiff": string(encoded["image3.tiff"]),
			"word/media/image4.gif":  "GIF89a\x06\x00\x03\x00\x80\x00\x00broken",
			"word/media/image5.wmf":  "\xd7\xcd\xc6\x9a\x00\x00wmf",
		},
	}
	doc := f.read(t)
	for k, b := range doc.Blocks[:3] {
		imgs := b.(*wordmodel.Paragraph).Images
		if len(imgs) != 1 || imgs[0].Format != "PNG" {
			t.Fatalf("paragraph %d: %+v", k+1, imgs)
		}
		got, err := png.Decode(bytes.NewReader(imgs[0].Data))
		if err != nil {
			t.Fatalf("%s is not a PNG: %v", imgs[0].Name, err)
		}
		if got.Bounds() != src.Bounds() || !sameColor(got.At(2, 1), src.At(2, 1)) || !sameColor(got.At(0, 0), src.At(0, 0)) {
			t.Errorf("%s's pixels changed: %v", imgs[0].Name, got.At(2, 1))
		}
	}
	for _, b := range doc.Blocks[3:] {
		if imgs := b.(*wordmodel.Paragraph).Images; len(imgs) != 0 {
			t.Errorf("drawn %+v", imgs)
		}
	}
	wantListed(t, doc,
		"第 4 段：图片 image4.gif（GIF 图片无法读取）",
		"第 5 段：图片 image5.wmf（EMF、WMF 矢量图无法显示；请在 Word 中右键另存为 PNG 图片后重新插入）",
	)
}

func sameColor(a, b color.Color) bool {
	r1, g1, b1, a1 := a.RGBA()
	r2, g2, b2, a2 := b.RGBA()
	return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
}
