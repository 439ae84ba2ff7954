package wordmodel_test

import (
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestPicturesThePDFDraws: a picture in a paragraph of its own and one
// floating in front of or behind the text (a 公章) are read with their
// size, data and place; one the PDF cannot draw (an EMF, text wrapping
// around it, a place relative to a character) is listed, a hidden one is
// neither.
func TestPicturesThePDFDraws(t *testing.T) {
	seal := `<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>-457200</wp:posOffset></wp:positionV>`
	byChar := `<wp:positionH relativeFrom="character"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>`
	f := fixture{
		body: `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:jc w:val="center"/></w:pPr>` + inline("rIdImg1", "图片 1") + `</w:p>` + // 1
			para(run("", "沁源县财政局"), anchored("rIdImg2", "wp:wrapNone", seal)) + // 2
			para(inline("rIdEmf", "图片 3")) + // 3
			para(run("", "环绕"), anchored("rIdImg1", "wp:wrapSquare wrapText=\"bothSides\"", "")) + // 4
			para(run("", "随字"), anchored("rIdImg1", "wp:wrapNone", byChar)) + // 5
			para(strings.Replace(inline("rIdImg1", "隐藏"), "<w:noProof/>", "<w:noProof/><w:vanish/>", 1)), // 6
		rels: `<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>` +
			`<Relationship Id="rIdImg2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.jpeg"/>` +
			`<Relationship Id="rIdEmf" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image3.emf"/>`,
		parts: map[string]string{
			"word/media/image1.png":  string(pngBytes(t)),
			"word/media/image2.jpeg": string(jpegBytes(t)),
			"word/media/image3.emf":  "\x01\x00\x00\x00EMF",
		},
	}
	doc := f.read(t)
	var paras []*wordmodel.Paragraph
	for _, b := range doc.Blocks {
		paras = append(paras, b.(*wordmodel.Paragraph))
	}
	logo := paras[0].Images
	if len(logo) != 1 || logo[0].Name != "image1.png" || logo[0].Format != "PNG" || math.Abs(logo[0].Width-26.458) > 0.01 || logo[0].Float != nil || string(logo[0].Data[1:4]) != "PNG" {
		t.Errorf("the logo = %+v", logo)
	}
	stamp := paras[1].Images
	if len(stamp) != 1 || stamp[0].Format != "JPEG" || stamp[0].Float == nil ||
		*stamp[0].Float != (wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph", Y: -12.7, Behind: true}) {
		t.Errorf("the seal = %+v %+v", stamp, stamp[0].Float)
	}
	for _, p := range paras[2:] {
		if len(p.Images) != 0 {
			t.Errorf("%q has pictures %+v", p.Text, p.Images)
		}
	}
	var got []string
	for _, u := range doc.Undrawn {
		got = append(got, u.Place()+"："+u.What)
	}
	want := []string{
		"第 3 段：图片 image3.emf（只支持 PNG、JPEG 格式）",
		"第 4 段（“环绕”）：浮动图片 image1.png（文字环绕方式须为“浮于文字上方”或“衬于文字下方”）",
		"第 5 段（“随字”）：浮动图片 image1.png（位置相对于字符）",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("listed:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
