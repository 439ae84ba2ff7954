// Package picturetest makes pictures and picture runs for tests as Word
// 2016 and WPS write them after a clerk formats a picture on the 图片格式
// tab: cropped, outlined, shaped, recoloured.
package picturetest

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"
)

// Bands is a 100 by 40 picture of four upright bands left to right:
// black, red, white, blue; encoded as "png" or "jpeg" (quality 95).
func Bands(t testing.TB, format string) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 100, 40))
	bands := []color.NRGBA{{0, 0, 0, 255}, {255, 0, 0, 255}, {255, 255, 255, 255}, {0, 0, 255, 255}}
	for y := 0; y < 40; y++ {
		for x := 0; x < 100; x++ {
			img.SetNRGBA(x, y, bands[x/25])
		}
	}
	var buf bytes.Buffer
	var err error
	if format == "jpeg" {
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 95})
	} else {
		err = png.Encode(&buf, img)
	}
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Stretched is Word's blipFill after the blip of a picture not cropped.
const Stretched = `<a:stretch><a:fillRect/></a:stretch>`

// Rect is a picture's rectangle geometry, as Word writes it.
const Rect = `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>`

// Inline is a picture's run in the line (嵌入型), cx by cy EMU, as Word
// 2016 inserts it (docPr id), related by rel: blip is what its a:blip
// holds before Word's extLst (its colour adjustments), fill what follows
// the blip in pic:blipFill (a:srcRect, a:stretch), spPr what follows the
// xfrm in pic:spPr (the geometry, the line, the effects).
func Inline(rel string, id, cx, cy int, blip, fill, spPr string) string {
	return fmt.Sprintf(`<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" wp14:anchorId="2B3C4D%02d" wp14:editId="5E6F7A%02d"><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="图片 %d"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="%d" name="image%d.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="%s">%s<a:extLst><a:ext uri="{28A0092B-C50C-407E-A947-70E740481C1C}"><a14:useLocalDpi xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" val="0"/></a:ext></a:extLst></a:blip>%s</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>%s</pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`,
		id, id, cx, cy, id, id, id, id, rel, blip, fill, cx, cy, spPr)
}

// WPS is a picture as WPS writes one in w:pict (a v:shape of type
// _x0000_t75 with v:imagedata), w by h pt, the imagedata's attributes
// data after its r:id (cropleft="6554f", gain, grayscale …).
func WPS(rel string, w, h float64, data string) string {
	return fmt.Sprintf(`<w:r><w:pict><v:shape id="图片 1" o:spid="_x0000_s1026" o:spt="75" type="#_x0000_t75" style="height:%gpt;width:%gpt;" filled="f" o:preferrelative="t" stroked="f" coordsize="21600,21600"><v:path/><v:fill on="f" focussize="0,0"/><v:stroke on="f"/><v:imagedata r:id="%s" o:title="" %s/><o:lock v:ext="edit" aspectratio="t"/></v:shape></w:pict></w:r>`,
		h, w, rel, data)
}

// Dots is an 8 by 8 PNG of black dots on white down the diagonal from
// the top left: the picture Word writes for a VML pattern fill
// (浅色下对角线).
func Dots(t testing.TB) []byte {
	t.Helper()
	m := image.NewGray(image.Rect(0, 0, 8, 8))
	for i := range m.Pix {
		m.Pix[i] = 255
	}
	for k := 0; k < 8; k++ {
		m.SetGray(k, k, color.Gray{})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
