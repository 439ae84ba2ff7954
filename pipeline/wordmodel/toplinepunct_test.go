package wordmodel_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestTopLinePunctIsListed: 允许行首标点压缩 ticked in a paragraph
// (w:topLinePunct, as Word and WPS write it) is listed, the layout not
// compressing a line's opening mark; unticked (Word's default) is not.
func TestTopLinePunctIsListed(t *testing.T) {
	for _, c := range []struct {
		pPr    string
		listed bool
	}{
		{`<w:topLinePunct/>`, true},
		{`<w:topLinePunct w:val="1"/>`, true},
		{`<w:topLinePunct w:val="0"/>`, false},
		{``, false},
	} {
		doc, err := wordmodel.Read(st.Docx(t, `<w:p><w:pPr>`+c.pPr+`</w:pPr>`+st.Text("《绩效评价》")+`</w:p>`, nil))
		if err != nil {
			t.Fatal(err)
		}
		listed := len(doc.Undrawn) == 1 && strings.Contains(doc.Undrawn[0].String(), "允许行首标点压缩")
		if listed != c.listed || len(doc.Undrawn) > 1 {
			t.Errorf("%s: listed %v, want %v", c.pPr, doc.Undrawn, c.listed)
		}
	}
}
