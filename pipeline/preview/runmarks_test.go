package preview

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestThePreviewStretchesScaledText: a run Word scales to 66% is drawn
// narrower from its start, plain text as it is.
func TestThePreviewStretchesScaledText(t *testing.T) {
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "窄常", Runs: []wordmodel.Run{
		{Text: "窄", Scale: 66}, {Text: "常"}}}}}
	pages, err := Preview(doc, testOptions(t), 1)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(pages[0], `transform="matrix(0.660 0 0 1 `); n != 1 {
		t.Errorf("%d narrowed texts, want 1:\n%s", n, pages[0])
	}
}

// TestThePreviewTurnsUpwardText: a vertical cell's btLr text is turned a
// quarter left (SVG turns clockwise: -90); the text beside it is not.
func TestThePreviewTurnsUpwardText(t *testing.T) {
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Table{Widths: []int{2000, 2000}, Rows: []wordmodel.Row{{Cells: []wordmodel.Cell{
		{Text: "合计", Span: 1, Direction: "btLr"}, {Text: "横排", Span: 1}}}}}}}
	pages, err := Preview(doc, testOptions(t), 1)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(pages[0], `transform="rotate(-90.00 `); n != 1 || strings.Count(pages[0], "rotate(") != 1 {
		t.Errorf("%d turned texts, want 1:\n%s", n, pages[0])
	}
}
