package wordmodel_test

import (
	"fmt"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestAZeroCharsIndentLeavesTheListsHanging: Word numbers a 列表段落
// (whose style indents the first line two characters) writing
// firstLineChars="0" on the paragraph; that undoes the style's
// characters, and the list level's hanging indent (left 420, hanging
// 420) stands, the label hanging at the margin. Twips beside the 0 are
// the paragraph's own, as before.
func TestAZeroCharsIndentLeavesTheListsHanging(t *testing.T) {
	style := `<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>`
	para := func(ind, text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="a3"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>` + ind + `</w:pPr>` + run("", text) + `</w:p>`
	}
	doc := listed(para(`<w:ind w:firstLineChars="0"/>`, "挂起")+para(`<w:ind w:firstLineChars="0" w:firstLine="0"/>`, "顶格")+para("", "样式"),
		style, abstract(0, lvl(0, "decimal", "%1.", "")), num(1, 0, "")).read(t)
	var got []string
	for _, b := range doc.Blocks {
		in := b.(*wordmodel.Paragraph).Indent
		got = append(got, fmt.Sprintf("%v/%v/%v", in.Left, in.First, in.FirstChars))
	}
	// The third names no indent of its own: the list level's, stronger
	// than the style's, is all of it.
	if want := []string{"420/-420/0", "420/0/0", "420/-420/0"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("left/first/firstChars = %v, want %v", got, want)
	}
}
