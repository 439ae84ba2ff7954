package ofd

import (
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestScaledTextIsStretchedInTheOFD: a run Word scales to 150% is a
// TextObject with HScale 1.5, its DeltaX the stretched advances; plain
// text has no HScale.
func TestScaledTextIsStretchedInTheOFD(t *testing.T) {
	content := laidContent(t, rt.Runs(wordmodel.Run{Text: "宽", Scale: 150}, wordmodel.Run{Text: "常"}))
	if n := strings.Count(content, ` HScale="1.5"`); n != 1 {
		t.Errorf("%d stretched texts, want 1:\n%s", n, content)
	}
}

// TestTurnedTextIsTurnedInTheOFD: a vertical cell's turned text is a
// TextObject turned a quarter left by its CTM; the text beside it is not.
func TestTurnedTextIsTurnedInTheOFD(t *testing.T) {
	content := laidContent(t, rt.TurnedCell())
	if n := len(regexp.MustCompile(`CTM="-?0 -1 1 -?0 [-\d.]+ [-\d.]+"`).FindAllString(content, -1)); n != 1 || strings.Count(content, "CTM=") != 1 {
		t.Errorf("%d turned texts, want 1:\n%s", n, content)
	}
}

// laidContent is the OFD page content of doc laid out.
func laidContent(t *testing.T, doc *wordmodel.Document) string {
	t.Helper()
	laid, err := layout.Layout(doc, testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	return contentOf(t, laid)
}
