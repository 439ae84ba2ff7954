package pdf_test

import (
	"bytes"
	"testing"

	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestMaskedSealOverTextIsPDFA1b: a signature with a 公章 floating over it
// (alpha), and with one made transparent by Word's 设置透明色 on a JPEG,
// drawn with colour-key masks, passes PDFBox Preflight.
func TestMaskedSealOverTextIsPDFA1b(t *testing.T) {
	t.Parallel()
	for name, c := range map[string]struct {
		blip, file string
		data       []byte
	}{
		"alpha":     {"", "seal2.png", sealtest.RingPNG(t, 200)},
		"clrChange": {sealtest.ClearWhite, "seal.jpeg", sealtest.RingJPEG(t, 200)},
	} {
		seal := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 0, Y: -1080000, CX: 1080000, CY: 1080000}, Blip: c.blip}
		body := st.Para(st.Text("沁源县财政局（盖章）")) + st.Para(st.Text("2024年3月15日")) + st.Para(st.Text("附件"), seal.Run(7, "公章", "rIdSeal"))
		doc, err := wordmodel.Read(sealtest.DocxSeal(t, body, c.file, c.data))
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := pdf.Render(doc, options(t))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(out, []byte("/Mask [")) {
			t.Fatalf("%s: the seal has no mask: the fixture tests nothing", name)
		}
		validateA1b(t, "seal-"+name, out)
	}
}
