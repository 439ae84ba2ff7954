package wordmodel_test

import (
	"math"
	"slices"
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

// TestHeaderAndFooterPictures: a header's and a footer's pictures stay in
// their paragraphs, as the body's, for the layout to place: a logo alone
// in its line, one in a line of text beside the text, a float placed
// from its paragraph, in a header and in a footer alike. None is listed.
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
	first, last := doc.Sections[0], doc.Sections[1]
	if len(doc.HeaderImages) != 2 || len(doc.FooterImages) != 2 {
		t.Fatalf("%d header and %d footer pictures", len(doc.HeaderImages), len(doc.FooterImages))
	}
	h := last.Header.Default.Blocks
	if p := h[0].(*wordmodel.Paragraph); len(p.Images) != 1 || p.Images[0].Float != nil || p.Align != "center" {
		t.Errorf("the header's logo paragraph %+v", p)
	}
	if f := h[1].(*wordmodel.Paragraph).Images[0].Float; f == nil || f.FromY != "paragraph" || math.Abs(f.Y-5) > 0.001 || f.FromX != "page" || math.Abs(f.X-20) > 0.001 {
		t.Errorf("the header's float %+v, want 20 mm from the page, 5 mm under its paragraph", f)
	}
	if f := last.Footer.Default.Blocks[1].(*wordmodel.Paragraph).Images[0].Float; f == nil || f.FromY != "paragraph" {
		t.Errorf("the footer's float %+v, want placed from its paragraph", f)
	}
	beside := first.Header.Default.Blocks[0].(*wordmodel.Paragraph)
	if len(beside.Images) != 1 || beside.Images[0].Float != nil || !slices.ContainsFunc(beside.Runs, func(r wordmodel.Run) bool { return r.Picture > 0 }) {
		t.Errorf("the picture beside the first section's header text: %+v", beside)
	}
	wantListed(t, doc)
}
