package runner

import (
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/pdf"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestTextBoxesAndTheRedRuleReachThePDF: a clerk draws the red rule under
// the 红头 and puts a filled-in figure in a text box; the build passes
// its check of the PDF's text against the .docx's, the box's words (its
// figure filled in) are in the PDF's text, and the rule is stroked red.
func TestTextBoxesAndTheRedRuleReachThePDF(t *testing.T) {
	rule := st.Anchor{H: "column", V: "paragraph", Y: 540000, CX: 5616000}
	box := st.Anchor{H: "margin", V: "paragraph", X: 3600000, Y: 900000, CX: 2160000, CY: 540000}
	drawings := st.Run(rule.Drawing(1, "直接连接符 1", st.Shape(rule, "line", "", st.Ln(38100, "thickThin", "", "FF0000"), st.Style(false), "", "")), "") +
		st.Run(box.Drawing(2, "文本框 2", st.Shape(box, "rect", "", st.Fill("none")+st.Ln(9525, "", "", "000000"), "",
			`<w:p><w:r><w:t>框内{{.年度}}年度公开</w:t></w:r></w:p>`, "><a:spAutoFit/>")), "")
	out := renderEdited(t, "word/document.xml", func(s string) string {
		s = strings.Replace(s, "<w:document ", "<w:document "+st.NS+" ", 1)
		first := strings.Index(s, "</w:p>")
		return s[:first] + drawings + s[first:]
	})
	pages, err := pdf.Text(out.Files[2].Data)
	if err != nil {
		t.Fatal(err)
	}
	if text := strings.Join(strings.Fields(pages[0]), ""); !strings.Contains(text, "框内2023年度公开") {
		t.Errorf("the text box's words are not in the PDF's text: %q", text)
	}
	if !regexp.MustCompile(`1\.000 0\.000 0\.000 RG`).Match(inflated(t, out.Files[2].Data)) {
		t.Error("nothing is stroked red")
	}
}
