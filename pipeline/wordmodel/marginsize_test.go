package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// A header's line is in its largest text's size, else the document's
// default (the built-in template's is 三号, 16 pt), and keeps its
// paragraph's alignment (the template's Normal is justified).
func TestHeaderLinesKeepTheirSizeAndAlignment(t *testing.T) {
	paras := `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>` + rt.Word.Run(`<w:sz w:val="18"/>`, "小") + rt.Word.Run(`<w:sz w:val="24"/>`, "大") + `</w:p>` +
		`<w:p>` + rt.Word.Run("", "默认") + `</w:p>`
	doc, err := wordmodel.Read(rt.WithHeader(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文")), "", nil), paras))
	if err != nil {
		t.Fatal(err)
	}
	h := doc.Sections[0].Header.Default
	if h == nil || len(h.Lines) != 2 || len(h.Sizes) != 2 || len(h.Aligns) != 2 {
		t.Fatalf("header %+v", h)
	}
	if h.Sizes[0] != 12 || h.Sizes[1] != 16 || h.Aligns[0] != "right" || h.Aligns[1] != "both" {
		t.Errorf("sizes %v, aligns %q", h.Sizes, h.Aligns)
	}
	// The smaller run keeps its own size in the line of the larger.
	if h.Runs[0] == nil || len(*h.Runs[0]) != 2 || (*h.Runs[0])[0].Size != 9 || (*h.Runs[0])[1].Size != 0 || h.Runs[1] != nil {
		t.Errorf("runs %v", h.Runs)
	}
}
