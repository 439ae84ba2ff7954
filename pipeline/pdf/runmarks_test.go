package pdf

import (
	"regexp"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestScaledTextIsStretchedInThePDF: a run Word scales to 150% is drawn
// under a matrix stretching it across by 1.5 from its start, and its
// emphasis marks and text border are paths beside it; plain text is not.
func TestScaledTextIsStretchedInThePDF(t *testing.T) {
	para := &wordmodel.Paragraph{Style: "Normal", Text: "宽常", Runs: []wordmodel.Run{
		{Text: "宽", Scale: 150, Emphasis: "dot", Border: &wordmodel.Border{Style: "single", Width: 0.5, Color: "FF0000"}}, {Text: "常"},
	}}
	out, _, err := Render(&wordmodel.Document{Blocks: []wordmodel.Block{para}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := contents(out)
	if err != nil {
		t.Fatal(err)
	}
	content := string(pages[0])
	if n := len(regexp.MustCompile(`q\s+1\.50000 0\.00000 0\.00000 1\.00000 -?[\d.]+ 0\.00000 cm\s+BT`).FindAllString(content, -1)); n != 1 {
		t.Errorf("%d stretched texts, want 1:\n%s", n, content)
	}
	if n := len(regexp.MustCompile(` c\n`).FindAllString(content, -1)); n < 4 {
		t.Errorf("the emphasis dot is not drawn as curves (%d)", n)
	}
	if !regexp.MustCompile(`1\.000 0\.000 0\.000 RG`).MatchString(content) {
		t.Errorf("the red text border is not stroked")
	}
}

// TestTurnedTextIsTurnedInThePDF: a vertical cell's btLr text is drawn
// under a matrix turning it a quarter left about its start.
func TestTurnedTextIsTurnedInThePDF(t *testing.T) {
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Table{Widths: []int{2000, 2000}, Rows: []wordmodel.Row{{Cells: []wordmodel.Cell{
		{Text: "合计", Span: 1, Direction: "btLr"}, {Text: "横排", Span: 1}}}}}}}
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := contents(out)
	if err != nil {
		t.Fatal(err)
	}
	turn := regexp.MustCompile(`q\s+-?0\.00000 1\.00000 -1\.00000 -?0\.00000 [-\d.]+ [-\d.]+ cm\s+BT`)
	if n := len(turn.FindAllString(string(pages[0]), -1)); n != 1 {
		t.Errorf("%d turned texts, want 1:\n%s", n, pages[0])
	}
}
