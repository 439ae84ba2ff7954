package wordmodel_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestARotatedPictureIsRead: a picture Word rotates (pic:spPr's a:xfrm
// rot) keeps its rotation, clockwise in degrees; a flipped one its flips.
func TestARotatedPictureIsRead(t *testing.T) {
	seal := sealtest.Float{Anchor: st.Anchor{H: "page", V: "page", X: 1800000, Y: 3600000, CX: 1440000, CY: 720000}}
	run := seal.Run(7, "公章", "rIdSeal")
	turned := strings.Replace(run, "<a:xfrm>", `<a:xfrm rot="1800000">`, 1)
	flipped := strings.Replace(run, "<a:xfrm>", `<a:xfrm rot="-5400000" flipV="1">`, 1)
	doc, err := wordmodel.Read(sealtest.Docx(t, st.Para(st.Text("转"), turned)+st.Para(st.Text("翻"), flipped), ""))
	if err != nil {
		t.Fatal(err)
	}
	wantListed(t, doc)
	p, q := doc.Blocks[0].(*wordmodel.Paragraph), doc.Blocks[1].(*wordmodel.Paragraph)
	if len(p.Images) != 1 || p.Images[0].Rotation != 30 || p.Images[0].FlipH || p.Images[0].FlipV {
		t.Errorf("read %+v", p.Images)
	}
	if len(q.Images) != 1 || q.Images[0].Rotation != -90 || q.Images[0].FlipH || !q.Images[0].FlipV {
		t.Errorf("read %+v", q.Images)
	}
}
