package wordmodel_test

import (
	"strconv"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/runtest"
)

// rubyOf is a 拼音指南 over base as w writes it: Word 2016 and WPS wrap
// the w:ruby in a run; its guide in a run of the guide's size.
func rubyOf(w runtest.Writer, align string, hps, raise, baseSize int, guide, base string) string {
	pr := `<w:rubyPr><w:rubyAlign w:val="` + align + `"/><w:hps w:val="` + strconv.Itoa(hps) + `"/><w:hpsRaise w:val="` + strconv.Itoa(raise) + `"/><w:hpsBaseText w:val="` + strconv.Itoa(baseSize) + `"/><w:lid w:val="zh-CN"/></w:rubyPr>`
	return `<w:r><w:ruby>` + pr + `<w:rt>` + w.Run(`<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="`+strconv.Itoa(hps)+`"/>`, guide) + `</w:rt><w:rubyBase>` +
		w.Run(`<w:sz w:val="`+strconv.Itoa(baseSize)+`"/>`, base) + `</w:rubyBase></w:ruby></w:r>`
}

// TestRubyIsRead: a 拼音指南's base runs carry its guide text, size,
// raise and alignment, the text after it none; the guide is not part
// of the paragraph's text and nothing is listed.
func TestRubyIsRead(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		doc := fixture{body: runtest.Para(w.Run("", "地名"), rubyOf(w, "distributeSpace", 16, 30, 32, "qìn yuán", "沁源"), rubyOf(w, "center", 20, 28, 32, "xiàn", "县"), w.Run("", "。"))}.read(t)
		wantListed(t, doc)
		p := doc.Blocks[0].(*wordmodel.Paragraph)
		if p.Text != "地名沁源县。" {
			t.Errorf("%v: text %q", w, p.Text)
		}
		var rubies []*wordmodel.Ruby
		for _, r := range p.Runs {
			rubies = append(rubies, r.Ruby)
		}
		if len(p.Runs) != 4 || rubies[0] != nil || rubies[3] != nil || rubies[1] == nil || rubies[2] == nil || rubies[1] == rubies[2] {
			t.Fatalf("%v: runs %+v", w, p.Runs)
		}
		a, b := *rubies[1], *rubies[2]
		switch {
		case a.Text != "qìn yuán" || a.Size != 8 || a.Raise != 15 || a.Align != "distributeSpace" || a.Font != "仿宋_GB2312":
			t.Errorf("%v: ruby %+v", w, a)
		case b.Text != "xiàn" || b.Size != 10 || b.Raise != 14 || b.Align != "center":
			t.Errorf("%v: ruby %+v", w, b)
		case p.Runs[1].Text != "沁源" || p.Runs[1].Size != 16:
			t.Errorf("%v: base %+v", w, p.Runs[1])
		}
	}
}

// TestRubyOverAFieldIsListed: a 拼音指南 over a field's result (a page
// number, a date) would be drawn without its guide where the layout sets
// the field anew; it is listed, naming its paragraph.
func TestRubyOverAFieldIsListed(t *testing.T) {
	field := `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
	ruby := `<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="16"/><w:hpsRaise w:val="30"/><w:hpsBaseText w:val="32"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt>` +
		runtest.Word.Run("", "yī") + `</w:rt><w:rubyBase>` + field + `</w:rubyBase></w:ruby></w:r>`
	doc := fixture{body: runtest.Para(runtest.Word.Run("", "第"), ruby, runtest.Word.Run("", "页"))}.read(t)
	wantListed(t, doc, "第 1 段（“第[页码]页”）：拼音指南（加在域上的拼音无法显示，请把拼音加在普通文字上）")
}
