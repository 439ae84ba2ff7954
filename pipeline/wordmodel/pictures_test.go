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
	byMargin := `<wp:positionH relativeFrom="leftMargin"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>`
	byChar := `<wp:positionH relativeFrom="character"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>`
	f := fixture{
		body: `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:jc w:val="center"/></w:pPr>` + inline("rIdImg1", "图片 1") + `</w:p>` + // 1
			para(run("", "沁源县财政局"), anchored("rIdImg2", "wp:wrapNone", seal)) + // 2
			para(inline("rIdEmf", "图片 3")) + // 3
			para(run("", "环绕"), anchored("rIdImg1", "wp:wrapSquare wrapText=\"bothSides\"", byMargin)) + // 4
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
		*stamp[0].Float != (wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph", Y: -12.7, Behind: true, At: 6}) {
		t.Errorf("the seal = %+v %+v", stamp, stamp[0].Float)
	}
	// Anchored after 随字: two characters in, where it is placed from.
	if byChar := paras[4].Images; len(byChar) != 1 || byChar[0].Float.FromX != "character" || byChar[0].Float.At != 2 {
		t.Errorf("the picture placed by its character = %+v", byChar)
	}
	// Wrapped, placed from the left margin's area.
	if byMargin := paras[3].Images; len(byMargin) != 1 || byMargin[0].Float.FromX != "leftMargin" {
		t.Errorf("the picture placed from the left margin = %+v", byMargin)
	}
	for _, p := range append(paras[2:3], paras[5:]...) {
		if len(p.Images) != 0 {
			t.Errorf("%q has pictures %+v", p.Text, p.Images)
		}
	}
	wantListed(t, doc,
		"第 3 段：图片 image3.emf（EMF、WMF 矢量图无法显示；请在 Word 中右键另存为 PNG 图片后重新插入）",
	)
}

// TestHeaderAndFooterPictures: the header and footer the PDF draws on
// every page keep their pictures, placed on the page: a logo alone in the
// header at the header's distance, aligned as its paragraph; a floating one
// relative to the header's paragraph from the header's top; a logo alone
// in the footer above the footer's distance. An earlier section's other
// header with its picture and a footer picture placed by its paragraph
// are listed; the even pages' page number is not, as the PDF numbers every
// page where the drawn footer has no text.
func TestHeaderAndFooterPictures(t *testing.T) {
	hdr := func(body string) string {
		return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + wordNS + `>` + body + `</w:hdr>`
	}
	ftr := func(body string) string {
		return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ` + wordNS + `>` + body + `</w:ftr>`
	}
	rels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`
	byPara := `<wp:positionH relativeFrom="page"><wp:posOffset>720000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>180000</wp:posOffset></wp:positionV>`
	refs := func(h, f string) string {
		return `<w:headerReference w:type="default" r:id="` + h + `"/><w:footerReference w:type="default" r:id="` + f + `"/>`
	}
	f := fixture{
		// The first section has a header of its own.
		body: para(run("", "第一节")) + `<w:p><w:pPr><w:sectPr>` + refs("rIdH3", "rIdFooterOdd") + `</w:sectPr></w:pPr></w:p>` + para(run("", "第二节")),
		rels: `<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
			`<Relationship Id="rIdH3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header3.xml"/>` +
			`<Relationship Id="rIdF3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer3.xml"/>`,
		sectRefs: `<w:headerReference w:type="default" r:id="rIdH1"/>`,
		parts: map[string]string{
			"word/header1.xml":            hdr(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + inline("rIdLogo", "标志") + `</w:p>` + para(anchored("rIdLogo", "wp:wrapNone", byPara))),
			"word/header3.xml":            hdr(para(run("", "第一节的页眉"), inline("rIdLogo", "旁边的图"))),
			"word/media/image1.png":       string(pngBytes(t)),
			"word/_rels/header1.xml.rels": rels,
			"word/_rels/header3.xml.rels": rels,
			// The footer the PDF draws: the page number, a logo in a
			// paragraph of its own, and a picture placed by its paragraph.
			"word/footer1.xml":            ftr(`<w:p><w:pPr><w:jc w:val="right"/></w:pPr>` + inline("rIdLogo", "页脚标志") + `</w:p>` + para(anchored("rIdLogo", "wp:wrapNone", byPara))),
			"word/_rels/footer1.xml.rels": rels,
		},
	}
	doc := f.read(t)
	hs, fs := doc.HeaderImages, doc.FooterImages
	near := func(a, b float64) bool { return math.Abs(a-b) < 0.001 }
	dist, footer := 851*25.4/1440, 1247*25.4/1440
	if len(hs) != 2 || len(fs) != 1 {
		t.Fatalf("%d header and %d footer pictures", len(hs), len(fs))
	}
	if f := *hs[0].Float; f.FromX != "margin" || f.AlignX != "center" || f.FromY != "page" || !near(f.Y, dist) {
		t.Errorf("the header's logo at %+v", f)
	}
	if f := *hs[1].Float; f.FromX != "page" || !near(f.X, 20) || f.FromY != "page" || !near(f.Y, dist+5) {
		t.Errorf("the header's floating picture at %+v", f)
	}
	if f := *fs[0].Float; f.FromX != "margin" || f.AlignX != "right" || f.FromY != "page" || !near(f.Y, 16838*25.4/1440-footer-fs[0].Height) {
		t.Errorf("the footer's logo at %+v", f)
	}
	wantListed(t, doc,
		"页眉（header3.xml）（“第一节的页眉”）：图片 image1.png（与文字在同一行，请将图片单独放一段）",
		"页脚（footer1.xml）：浮动图片 image1.png（页脚中的图片、图形须相对于页面或页边距定位）",
	)
}
