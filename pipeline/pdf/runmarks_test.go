package pdf

import (
	"regexp"
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestScaledTextIsStretchedInThePDF: a run Word scales to 150% is drawn
// under a matrix stretching it across by 1.5 from its start, and its
// emphasis marks and text border are paths beside it; plain text is not.
func TestScaledTextIsStretchedInThePDF(t *testing.T) {
	content := firstContent(t, rt.Runs(wordmodel.Run{Text: "宽", Scale: 150, Emphasis: "dot", Border: &wordmodel.Border{Style: "single", Width: 0.5, Color: "FF0000"}},
		wordmodel.Run{Text: "常"}))
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
	content := firstContent(t, rt.TurnedCell())
	turn := regexp.MustCompile(`q\s+-?0\.00000 1\.00000 -1\.00000 -?0\.00000 [-\d.]+ [-\d.]+ cm\s+BT`)
	if n := len(turn.FindAllString(content, -1)); n != 1 {
		t.Errorf("%d turned texts, want 1:\n%s", n, content)
	}
}

// firstContent is the content stream of the first page of doc's PDF.
func firstContent(t *testing.T, doc *wordmodel.Document) string {
	t.Helper()
	_, content := renderedPage(t, doc)
	return content
}
