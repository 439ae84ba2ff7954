package wordmodel_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// sealOver is a 公章 of Word 2016 floating over the 落款 (浮于文字上方),
// its a:blip holding blip.
func sealOver(blip string) string {
	seal := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 3600000, Y: -300000, CX: 1080000, CY: 1080000}, Blip: blip}
	return st.Para(st.Text("沁源县财政局（盖章）"), seal.Run(7, "公章", "rIdSeal"))
}

// vmlSealOver is the same seal as Word 2003 and WPS write it (VML),
// 设置透明色 its v:imagedata's chromakey.
func vmlSealOver(chromakey string) string {
	return st.Para(st.Text("沁源县财政局（盖章）"), st.Pict(`<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/></v:shapetype>`+
		`<v:shape id="图片 7" o:spid="_x0000_s1026" o:spt="75" type="#_x0000_t75" style="position:absolute;margin-left:283.5pt;margin-top:-23.6pt;height:85pt;width:85pt;z-index:251660288;mso-width-relative:page;mso-height-relative:page;" filled="f" o:preferrelative="t" stroked="f" coordsize="21600,21600"><v:path/><v:fill on="f" focussize="0,0"/><v:stroke on="f"/><v:imagedata r:id="rIdSeal" o:title=""`+chromakey+`/><o:lock v:ext="edit" aspectratio="t"/><w10:wrap type="none"/></v:shape>`))
}

// readSeal reads docx and its one picture's pixels.
func readSeal(t *testing.T, docx []byte, want ...string) (wordmodel.Image, *image.NRGBA) {
	t.Helper()
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	wantListed(t, doc, want...)
	if len(want) > 0 {
		return wordmodel.Image{}, nil
	}
	p := doc.Blocks[0].(*wordmodel.Paragraph)
	if len(p.Images) != 1 {
		t.Fatalf("pictures read: %d", len(p.Images))
	}
	img := p.Images[0]
	src, _, err := image.Decode(bytes.NewReader(img.Data))
	if err != nil {
		t.Fatal(err)
	}
	px := image.NewNRGBA(src.Bounds())
	for y := range src.Bounds().Dy() {
		for x := range src.Bounds().Dx() {
			px.Set(x, y, src.At(x, y))
		}
	}
	return img, px
}

// TestWordsTransparencyIsApplied: Word's 设置透明色 on a JPEG (a:clrChange
// white to no alpha, matched within JPEG's tolerance), its 透明度 50%
// (a:alphaModFix) on a PNG with alpha, WPS's and Word 2003's chromakey on
// a VML picture, and a GIF's transparent colour are in the picture's
// pixels as read: its ground transparent, its ring red and opaque (half
// opaque at 50%), a PNG.
func TestWordsTransparencyIsApplied(t *testing.T) {
	const size = 120
	for _, c := range []struct {
		name, body, file string
		data             []byte
		ringAlpha        uint8
	}{
		{"clrChange", sealOver(sealtest.ClearWhite), "seal.jpeg", sealtest.RingJPEG(t, size), 255},
		{"alphaModFix", sealOver(sealtest.HalfClear), "seal2.png", sealtest.RingPNG(t, size), 128},
		{"chromakey", vmlSealOver(` chromakey="white"`), "seal.jpeg", sealtest.RingJPEG(t, size), 255},
		{"chromakey-hex", vmlSealOver(` chromakey="#FFFFFF"`), "seal.jpeg", sealtest.RingJPEG(t, size), 255},
		{"gif", sealOver(""), "seal.gif", sealtest.RingGIF(t, size), 255},
	} {
		img, px := readSeal(t, sealtest.DocxSeal(t, c.body, c.file, c.data))
		if img.Format != "PNG" {
			t.Errorf("%s: read as %s", c.name, img.Format)
		}
		for _, at := range [][2]int{{0, 0}, {size / 2, size / 2}, {size - 1, size - 1}} {
			if a := px.NRGBAAt(at[0], at[1]).A; a != 0 {
				t.Errorf("%s: ground at %v has alpha %d, want 0", c.name, at, a)
			}
		}
		ring := px.NRGBAAt(size/2, 5) // within the ring's band at the top
		if d := int(ring.A) - int(c.ringAlpha); d < -1 || d > 1 || ring.R < 0xC0 || ring.G > 0x40 {
			t.Errorf("%s: ring %v, want red at alpha %d", c.name, ring, c.ringAlpha)
		}
	}
}

// TestTransparentColourTolerance: a PNG's colour made transparent matches
// within 1 of each of red, green and blue (Word's tolerance for PNG), no
// further; a colour changed to another opaque one is recoloured; useA="0"
// ignores clrTo's alpha; a picture without controls is kept byte for byte.
func TestTransparentColourTolerance(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 4, 1))
	for x, c := range []color.NRGBA{{0xFF, 0xFF, 0xFF, 0xFF}, {0xFE, 0xFF, 0xFE, 0xFF}, {0xFD, 0xFF, 0xFF, 0xFF}, {0xE6, 0, 0x12, 0xFF}} {
		src.SetNRGBA(x, 0, c)
	}
	var buf bytes.Buffer
	png.Encode(&buf, src)
	data := buf.Bytes()
	_, px := readSeal(t, sealtest.DocxSeal(t, sealOver(sealtest.ClearWhite), "seal2.png", data))
	for x, want := range []uint8{0, 0, 0xFF, 0xFF} {
		if a := px.NRGBAAt(x, 0).A; a != want {
			t.Errorf("pixel %d: alpha %d, want %d", x, a, want)
		}
	}
	recolour := `<a:clrChange><a:clrFrom><a:srgbClr val="E60012"/></a:clrFrom><a:clrTo><a:srgbClr val="000000"/></a:clrTo></a:clrChange>`
	_, px = readSeal(t, sealtest.DocxSeal(t, sealOver(recolour), "seal2.png", data))
	if got := px.NRGBAAt(3, 0); got != (color.NRGBA{0, 0, 0, 0xFF}) {
		t.Errorf("recoloured pixel %v, want opaque black", got)
	}
	noAlpha := strings.Replace(sealtest.ClearWhite, "<a:clrChange>", `<a:clrChange useA="0">`, 1)
	_, px = readSeal(t, sealtest.DocxSeal(t, sealOver(noAlpha), "seal2.png", data))
	if a := px.NRGBAAt(0, 0).A; a != 0xFF {
		t.Errorf("useA=0: alpha %d, want the colour kept opaque", a)
	}
	img, _ := readSeal(t, sealtest.DocxSeal(t, sealOver(""), "seal2.png", data))
	if !bytes.Equal(img.Data, data) {
		t.Error("a picture without transparency controls was rewritten")
	}
}

// TestUnreadableTransparencyIsListed: a transparent colour the reader
// cannot read leaves the picture listed, not drawn without it; Word's
// other recolourings stay listed.
func TestUnreadableTransparencyIsListed(t *testing.T) {
	odd := `<a:clrChange><a:clrFrom><a:scrgbClr r="100000" g="100000" b="100000"/></a:clrFrom><a:clrTo><a:srgbClr val="FFFFFF"><a:alpha val="0"/></a:srgbClr></a:clrTo></a:clrChange>`
	readSeal(t, sealtest.DocxSeal(t, sealOver(odd), "seal.jpeg", sealtest.RingJPEG(t, 40)),
		"第 1 段（“沁源县财政局（盖章）”）：浮动图片 seal.jpeg（设置透明色的颜色无法识别）")
	readSeal(t, sealtest.DocxSeal(t, vmlSealOver(` chromakey="fuchsia-ish"`), "seal.jpeg", sealtest.RingJPEG(t, 40)),
		"第 1 段（“沁源县财政局（盖章）”）：图片 seal.jpeg（透明色“fuchsia-ish”无法识别）")
	replaced := `<a:clrRepl><a:srgbClr val="FF0000"/></a:clrRepl>`
	readSeal(t, sealtest.DocxSeal(t, sealOver(replaced), "seal.jpeg", sealtest.RingJPEG(t, 40)),
		"第 1 段（“沁源县财政局（盖章）”）：图片颜色或亮度调整")
}
