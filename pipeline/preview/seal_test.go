package preview

import (
	"bytes"
	"encoding/base64"
	"image"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

var embedded = regexp.MustCompile(`<image [^>]*href="data:image/(\w+);base64,([^"]+)"`)

// TestThePreviewShowsTheTextUnderTheSeal: a scanned 公章 (a JPEG) that
// Word's 设置透明色 made transparent is embedded as a PNG whose ground
// has no alpha, so that the browser shows the 落款 under it; a seal
// behind the text (衬于文字下方) is drawn before the text, one in front
// after the text it covers.
func TestThePreviewShowsTheTextUnderTheSeal(t *testing.T) {
	for _, behind := range []bool{false, true} {
		seal := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", Y: -1080000, CX: 1080000, CY: 1080000, Behind: behind}, Blip: sealtest.ClearWhite}
		body := st.Para(st.Text("沁源县财政局（盖章）")) + st.Para(st.Text("2024年3月15日")) + st.Para(st.Text("附件"), seal.Run(7, "公章", "rIdSeal"))
		doc, err := wordmodel.Read(sealtest.DocxSeal(t, body, "seal.jpeg", sealtest.RingJPEG(t, 60)))
		if err != nil {
			t.Fatal(err)
		}
		page := firstPage(t, doc)
		m := embedded.FindStringSubmatchIndex(page)
		if m == nil {
			t.Fatalf("no picture:\n%s", page)
		}
		if format := page[m[2]:m[3]]; format != "png" {
			t.Fatalf("the seal is embedded as %s", format)
		}
		data, _ := base64.StdEncoding.DecodeString(page[m[4]:m[5]])
		img, _, err := image.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
			t.Errorf("the seal's ground has alpha %d", a)
		}
		if text := strings.Index(page, ">沁<"); (m[0] < text) != behind {
			t.Errorf("behind %v: the seal at %d, the 落款 at %d", behind, m[0], text)
		}
	}
}
