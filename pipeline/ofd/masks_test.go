package ofd

import (
	"bytes"
	"image/png"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// sealed is the OFD of a 公章 with alpha floating over the 落款 (behind it
// where behind is set), with an opaque logo in a line of its own above.
func sealed(t *testing.T, behind bool, size int) (raw []byte, content string) {
	t.Helper()
	seal := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", Y: -1080000, CX: 1080000, CY: 1080000, Behind: behind}}
	body := st.Para(st.Text("沁源县财政局（盖章）")) + st.Para(st.Text("2024年3月15日")) + st.Para(st.Text("附件"), seal.Run(7, "公章", "rIdSeal"))
	doc, err := wordmodel.Read(sealtest.DocxSeal(t, body, "seal2.png", sealtest.RingPNG(t, size)))
	if err != nil {
		t.Fatal(err)
	}
	doc.Blocks = append([]wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Images: []wordmodel.Image{picture(t, "PNG", 30, 10, sealtest.Blue)}}}, doc.Blocks...)
	laid, err := layout.Layout(doc, testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	raw, err = Write(laid, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	return raw, contentOf(t, laid)
}

var imageMask = regexp.MustCompile(`<ofd:ImageObject [^>]*ResourceID="(\d+)"( ImageMask="(\d+)")?`)

// TestTransparentPicturesCarryAnImageMask: the seal's ImageObject names
// an ImageMask, a declared 1-bit picture of the seal's size, white exactly
// where the seal is at least half opaque; the opaque logo has none; our
// reader accepts the file.
func TestTransparentPicturesCarryAnImageMask(t *testing.T) {
	const size = 48
	raw, content := sealed(t, false, size)
	objs := imageMask.FindAllStringSubmatch(content, -1)
	if len(objs) != 2 || objs[0][3] != "" || objs[1][3] == "" {
		t.Fatalf("image objects %q: want the logo without a mask, the seal with one", objs)
	}
	_, files := parts(t, raw)
	if !strings.Contains(string(files["Doc_0/DocumentRes.xml"]), `<ofd:MultiMedia ID="`+objs[1][3]+`" Type="Image" Format="PNG"><ofd:MediaFile>image_`+objs[1][3]+`.png</ofd:MediaFile>`) {
		t.Fatalf("the mask %s is not declared:\n%s", objs[1][3], files["Doc_0/DocumentRes.xml"])
	}
	data := files["Doc_0/Res/image_"+objs[1][3]+".png"]
	if len(data) < 25 || data[24] != 1 {
		t.Fatalf("the mask is not a 1-bit picture")
	}
	mask, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	ring, wrong := sealtest.Ring(size), 0
	for y := range size {
		for x := range size {
			r, _, _, _ := mask.At(x, y).RGBA()
			if (r == 0xFFFF) != (ring.NRGBAAt(x, y).A >= 128) {
				wrong++
			}
		}
	}
	if b := mask.Bounds(); b.Dx() != size || b.Dy() != size || wrong > 0 {
		t.Errorf("mask %v, %d pixels wrong", b, wrong)
	}
	if _, err := Read(raw); err != nil {
		t.Errorf("our reader refuses the OFD: %v", err)
	}
}

// TestSealsDrawingOrder: a seal behind the text (衬于文字下方) is drawn
// before the 落款's text, one in front of it after the text it covers.
func TestSealsDrawingOrder(t *testing.T) {
	for _, behind := range []bool{true, false} {
		_, content := sealed(t, behind, 16)
		seal := imageMask.FindAllStringIndex(content, -1)[1][0]
		text := strings.Index(content, "<ofd:TextObject")
		if (seal < text) != behind {
			t.Errorf("behind %v: the seal at %d, the first text at %d", behind, seal, text)
		}
	}
}

// TestAReaderRefusesAnUndeclaredMask: an ImageMask naming no MultiMedia is
// refused.
func TestAReaderRefusesAnUndeclaredMask(t *testing.T) {
	raw, _ := sealed(t, false, 16)
	_, files := parts(t, raw)
	var page string
	for name, body := range files {
		if strings.HasSuffix(name, "Content.xml") && strings.Contains(string(body), "ImageMask") {
			page = name
		}
	}
	broken := spoiled(t, raw, page, func(s string) string {
		return regexp.MustCompile(`ImageMask="\d+"`).ReplaceAllString(s, `ImageMask="999"`)
	})
	wantRefused(t, broken, "undeclared mask", "图像蒙版", `"999"`)
}
