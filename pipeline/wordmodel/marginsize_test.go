package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// A header's paragraphs are read as the body's: each run keeps its own
// size, a run of none its style's (StyleSize, else the document's), and
// the paragraph its alignment (the template's Normal is justified).
func TestHeaderParagraphsKeepTheirSizeAndAlignment(t *testing.T) {
	paras := `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>` + rt.Word.Run(`<w:sz w:val="18"/>`, "小") + rt.Word.Run(`<w:sz w:val="24"/>`, "大") + `</w:p>` +
		`<w:p>` + rt.Word.Run("", "默认") + `</w:p>`
	doc, err := wordmodel.Read(rt.WithHeader(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文")), "", nil), paras))
	if err != nil {
		t.Fatal(err)
	}
	h := doc.Sections[0].Header.Default
	if h == nil || len(h.Blocks) != 2 || len(h.Lines) != 2 {
		t.Fatalf("header %+v", h)
	}
	a, b := h.Blocks[0].(*wordmodel.Paragraph), h.Blocks[1].(*wordmodel.Paragraph)
	if len(a.Runs) != 2 || a.Runs[0].Size != 9 || a.Runs[1].Size != 12 || a.Align != "right" {
		t.Errorf("first line: runs %+v, align %q", a.Runs, a.Align)
	}
	if b.Runs[0].Size != 0 || b.Align != "both" || b.Spacing == nil || b.Indent == nil {
		t.Errorf("second line: runs %+v, align %q, spacing %+v, indent %+v", b.Runs, b.Align, b.Spacing, b.Indent)
	}
}
