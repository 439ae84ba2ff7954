package wordmodel_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestARotatedPictureIsRead: a picture Word rotates (pic:spPr's a:xfrm
// rot) keeps its rotation, clockwise in degrees; a flipped one is listed,
// never drawn unflipped.
func TestARotatedPictureIsRead(t *testing.T) {
	seal := sealtest.Float{Anchor: st.Anchor{H: "page", V: "page", X: 1800000, Y: 3600000, CX: 1440000, CY: 720000}}
	run := seal.Run(7, "公章", "rIdSeal")
	turned := strings.Replace(run, "<a:xfrm>", `<a:xfrm rot="1800000">`, 1)
	flipped := strings.Replace(run, "<a:xfrm>", `<a:xfrm flipH="1">`, 1)
	doc, err := wordmodel.Read(sealtest.Docx(t, st.Para(st.Text("转"), turned)+st.Para(st.Text("翻"), flipped), ""))
	if err != nil {
		t.Fatal(err)
	}
	wantListed(t, doc, "第 2 段（“翻”）：浮动图片 seal.png（翻转的图片无法显示，请在 Word 中取消翻转）")
	p := doc.Blocks[0].(*wordmodel.Paragraph)
	if len(p.Images) != 1 || p.Images[0].Rotation != 30 {
		t.Errorf("read %+v", p.Images)
	}
}
