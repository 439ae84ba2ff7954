package wordmodel_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestPicturesInTableCells: a picture in a cell's paragraph of its own,
// as Word writes it (wp:inline in a w:tc), is kept with the cell, after
// the lines of text above it and at its paragraph's alignment, and adds no
// line of text; pictures of one paragraph share it. A floating picture in
// a cell is kept with the cell as a float (cellfloats_test.go); one in a
// line of text there keeps its place among the text, a stretch of no
// characters (RunSize.Picture), in a vertical cell too.
func TestPicturesInTableCells(t *testing.T) {
	cell := func(content string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>` + content + `</w:tc>`
	}
	centred := `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + inline("rIdImg1", "图片 1") + `</w:p>`
	f := fixture{
		body: `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>` +
			`<w:tr>` + cell(para(run("", "负责人"))+para(run("", "签字：\u3000"), `<w:r><w:br/></w:r>`, run("", "张三"))+centred+para(run("", "日期"))) +
			cell(para(inline("rIdImg2", "图片 2"), inline("rIdImg1", "图片 3"))) + `</w:tr>` +
			`<w:tr>` + cell(para(run("", "盖章"), anchored("rIdImg1", "wp:wrapNone", ""))) + cell(para(run("", "图标"), inline("rIdImg1", "图片 4"), run("", "说明"))) + `</w:tr>` +
			`<w:tr>` + `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:textDirection w:val="tbRl"/></w:tcPr>` + para(run("", "竖排"), inline("rIdImg1", "图片 5")) + `</w:tc>` + cell(para(run("", "空"))) + `</w:tr>` +
			`<w:tr>` + `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:textDirection w:val="btLr"/></w:tcPr>` + para(run("", "向上"), inline("rIdImg1", "图片 6"), run("", "竖排")) + `</w:tc>` +
			`<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:textDirection w:val="tbRl"/></w:tcPr>` + para(run("", "竖")) + para(inline("rIdImg1", "图片 7")) + `</w:tc>` + `</w:tr></w:tbl>`,
		rels: `<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>` +
			`<Relationship Id="rIdImg2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.jpeg"/>`,
		parts: map[string]string{
			"word/media/image1.png":  string(pngBytes(t)),
			"word/media/image2.jpeg": string(jpegBytes(t)),
		},
	}
	doc := f.read(t)
	tbl := doc.Blocks[0].(*wordmodel.Table)
	signed := tbl.Rows[0].Cells[0]
	if signed.Text != "负责人\n签字：\u3000\n张三\n日期" {
		t.Errorf("the cell's text = %q", signed.Text)
	}
	if p := signed.Pictures; len(p) != 1 || p[0].Name != "image1.png" || p[0].Before != 3 || p[0].Align != "center" || p[0].Para != 2 || p[0].Width <= 0 {
		t.Errorf("the signature = %+v", p)
	}
	pair := tbl.Rows[0].Cells[1]
	if p := pair.Pictures; pair.Text != "" || len(p) != 2 || p[0].Format != "JPEG" || p[1].Format != "PNG" || p[0].Para != p[1].Para || p[0].Before != 0 {
		t.Errorf("the pair = %q %+v", pair.Text, p)
	}
	for _, c := range tbl.Rows[1].Cells {
		if len(c.Pictures) != 0 {
			t.Errorf("%q has pictures %+v", c.Text, c.Pictures)
		}
	}
	if f := tbl.Rows[1].Cells[0].Floats; len(f) != 1 || f[0].Name != "image1.png" || f[0].Float == nil || f[0].Before != 0 {
		t.Errorf("the seal in 盖章's cell = %+v", f)
	}
	icon := tbl.Rows[1].Cells[1]
	if icon.Text != "图标说明" || len(icon.Paras) != 1 || icon.Paras[0].Sizes == nil {
		t.Fatalf("the icon's cell: %q %+v", icon.Text, icon.Paras)
	}
	var got []string
	for _, rs := range *icon.Paras[0].Sizes {
		if rs.Picture != nil {
			got = append(got, "["+rs.Picture.Name+"]")
			continue
		}
		got = append(got, strings.Repeat("字", rs.Runes))
	}
	if strings.Join(got, "|") != "字字|[image1.png]|字字" {
		t.Errorf("the icon's stretches = %q", got)
	}
	// Vertical text keeps the picture in its line, on its side in an
	// upright column, turned with a cell's line turned upwards.
	if v := tbl.Rows[2].Cells[0]; v.Text != "竖排" || len(v.Pictures) != 0 || v.Paras[0].Sizes == nil || len(*v.Paras[0].Sizes) != 2 || (*v.Paras[0].Sizes)[1].Picture == nil {
		t.Errorf("the vertical cell: %q %+v %+v", v.Text, v.Pictures, v.Paras)
	}
	if up := tbl.Rows[3].Cells[0]; up.Text != "向上竖排" || len(up.Paras) != 1 || up.Paras[0].Sizes == nil || len(*up.Paras[0].Sizes) != 3 || (*up.Paras[0].Sizes)[1].Picture == nil {
		t.Errorf("the btLr cell: %q %+v", up.Text, up.Paras)
	}
	// One in a paragraph of its own there is a column of its own, the
	// picture in its line.
	if own := tbl.Rows[3].Cells[1]; own.Text != "竖\n" || len(own.Pictures) != 0 || len(own.Paras) != 2 || own.Paras[1].Sizes == nil || len(*own.Paras[1].Sizes) != 1 || (*own.Paras[1].Sizes)[0].Picture == nil {
		t.Errorf("the picture's own paragraph in a vertical cell: %q %+v %+v", own.Text, own.Pictures, own.Paras)
	}
	wantListed(t, doc)
}

// TestPicturesInALineOfText: a picture among a body paragraph's text (a
// signature after 负责人：) keeps its place as a run of its own between the
// text's runs, naming it; a hidden one has none.
func TestPicturesInALineOfText(t *testing.T) {
	hidden := strings.Replace(inline("rIdImg1", "隐藏"), "<w:noProof/>", "<w:noProof/><w:vanish/>", 1)
	f := fixture{
		body:  para(run("", "负责人："), inline("rIdImg1", "签名"), run("", "（签字）"), hidden, run("", "日期")),
		rels:  `<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>`,
		parts: map[string]string{"word/media/image1.png": string(pngBytes(t))},
	}
	doc := f.read(t)
	p := doc.Blocks[0].(*wordmodel.Paragraph)
	var got []string
	for _, r := range p.Runs {
		if r.Picture > 0 {
			got = append(got, "["+p.Images[r.Picture-1].Name+"]")
			continue
		}
		got = append(got, r.Text)
	}
	if strings.Join(got, "|") != "负责人：|[image1.png]|（签字）日期" || p.Text != "负责人：（签字）日期" || len(p.Images) != 1 {
		t.Errorf("runs %q, text %q, %d pictures", got, p.Text, len(p.Images))
	}
	wantListed(t, doc)
}
