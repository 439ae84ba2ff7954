package pdf

import (
	"bytes"
	"image"
	"image/color"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// The corpus' fixtures of transparent pictures: a 公章 floating over the
// 落款 whose ground is transparent by its PNG's alpha, by Word's 设置透明色
// on a scanned JPEG, by its 透明度, by WPS's VML chromakey, by a GIF's
// transparent colour; and one behind the text.

func sealFeatures(t testing.TB) []feature {
	const size = 160
	png, jpeg, gif := string(sealtest.RingPNG(t, size)), string(sealtest.RingJPEG(t, size)), string(sealtest.RingGIF(t, size))
	// The seal, anchored in the date's paragraph, stands over the unit's
	// name and the date, as clerks place it.
	signed := func(seal string) string {
		return text(long) + para(`<w:jc w:val="right"/>`, run("", "沁源县财政局（盖章）")) + para(`<w:jc w:val="right"/>`, run("", "2024年3月15日"), seal)
	}
	float := func(blip string, behind bool) string {
		return sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 3800000, Y: -720000, CX: 1260000, CY: 1260000, Behind: behind}, Blip: blip}.Run(2, "公章", "rIdimage1")
	}
	vml := `<w:r><w:rPr><w:noProof/></w:rPr><w:pict><v:shape id="图片 2" o:spid="_x0000_s1026" o:spt="75" type="#_x0000_t75" style="position:absolute;margin-left:299.2pt;margin-top:-56.7pt;height:99.2pt;width:99.2pt;z-index:251660288;mso-width-relative:page;mso-height-relative:page;" filled="f" o:preferrelative="t" stroked="f" coordsize="21600,21600"><v:path/><v:fill on="f" focussize="0,0"/><v:stroke on="f"/><v:imagedata r:id="rIdimage1" o:title="" chromakey="#FFFFFF"/><o:lock v:ext="edit" aspectratio="t"/><w10:wrap type="none"/></v:shape></w:pict></w:r>`
	return []feature{
		{name: "seal-alpha", body: signed(float("", false)), parts: map[string]string{"word/media/image1.png": png}},
		{name: "seal-behind", body: signed(float("", true)), parts: map[string]string{"word/media/image1.png": png}},
		{name: "seal-clrchange-jpeg", body: signed(float(sealtest.ClearWhite, false)), parts: map[string]string{"word/media/image1.jpeg": jpeg}},
		{name: "seal-alphamodfix", body: signed(float(sealtest.HalfClear, false)), parts: map[string]string{"word/media/image1.png": png}},
		{name: "seal-vml-chromakey", wps: true, body: text(long) + wpsPara(`<w:jc w:val="right"/>`, wpsRun("", "沁源县财政局（盖章）")) + wpsPara(`<w:jc w:val="right"/>`, wpsRun("", "2024年3月15日"), vml),
			parts: map[string]string{"word/media/image1.jpeg": jpeg}},
		{name: "seal-gif", body: signed(float("", false)), parts: map[string]string{"word/media/image1.gif": gif}},
	}
}

// samePicture says whether drawn is the picture src: the same bytes, or,
// where the reader made it transparent (Word's transparency controls, a
// GIF converted), the same size with the same colour in every pixel not
// made fully transparent.
func samePicture(drawn, src []byte) bool {
	if bytes.Equal(drawn, src) {
		return true
	}
	a, _, errA := image.Decode(bytes.NewReader(drawn))
	b, _, errB := image.Decode(bytes.NewReader(src))
	if errA != nil || errB != nil || a.Bounds().Size() != b.Bounds().Size() {
		return false
	}
	for y := range a.Bounds().Dy() {
		for x := range a.Bounds().Dx() {
			p := color.NRGBAModel.Convert(a.At(a.Bounds().Min.X+x, a.Bounds().Min.Y+y)).(color.NRGBA)
			q := color.NRGBAModel.Convert(b.At(b.Bounds().Min.X+x, b.Bounds().Min.Y+y)).(color.NRGBA)
			if p.A != 0 && (p.R != q.R || p.G != q.G || p.B != q.B) {
				return false
			}
		}
	}
	return true
}

// TestSealFixturesAreDrawnMasked: every seal of the corpus is read without
// anything listed and drawn, in the archival PDF, with a colour-key mask
// and no soft mask.
func TestSealFixturesAreDrawnMasked(t *testing.T) {
	for _, f := range sealFeatures(t) {
		doc, err := wordmodel.Read(f.docx(t))
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		if len(doc.Undrawn) > 0 {
			t.Errorf("%s: listed %v", f.name, doc.Undrawn)
			continue
		}
		out := renderDoc(t, doc, false)
		if images := imagesOf(t, out); len(images) != 1 || !maskKey.MatchString(images[0].dict) || bytes.Contains(out, []byte("/SMask")) {
			t.Errorf("%s: the seal is not drawn with a colour-key mask alone", f.name)
		}
	}
}
