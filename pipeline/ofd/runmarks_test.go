package ofd

import (
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

// TestScaledTextIsStretchedInTheOFD: a run Word scales to 150% is a
// TextObject with HScale 1.5, its DeltaX the stretched advances; plain
// text has no HScale.
func TestScaledTextIsStretchedInTheOFD(t *testing.T) {
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "宽常", Runs: []wordmodel.Run{
		{Text: "宽", Scale: 150}, {Text: "常"}}}}}
	laid, err := layout.Layout(doc, testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	content := contentOf(t, laid)
	if n := strings.Count(content, ` HScale="1.5"`); n != 1 {
		t.Errorf("%d stretched texts, want 1:\n%s", n, content)
	}
}

// turnedCell is a model of a table whose cell's text reads upwards (btLr).
func turnedCell() *wordmodel.Document {
	return &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Table{Widths: []int{2000, 2000}, Rows: []wordmodel.Row{{Cells: []wordmodel.Cell{
		{Text: "合计", Span: 1, Direction: "btLr"}, {Text: "横排", Span: 1}}}}}}}
}

// TestTurnedTextIsTurnedInTheOFD: a vertical cell's turned text is a
// TextObject turned a quarter left by its CTM; the text beside it is not.
func TestTurnedTextIsTurnedInTheOFD(t *testing.T) {
	laid, err := layout.Layout(turnedCell(), testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	content := contentOf(t, laid)
	if n := len(regexp.MustCompile(`CTM="-?0 -1 1 -?0 [-\d.]+ [-\d.]+"`).FindAllString(content, -1)); n != 1 || strings.Count(content, "CTM=") != 1 {
		t.Errorf("%d turned texts, want 1:\n%s", n, content)
	}
}
