package ofd

import (
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
