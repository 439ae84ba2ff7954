package preview

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestThePreviewStretchesScaledText: a run Word scales to 66% is drawn
// narrower from its start, plain text as it is.
func TestThePreviewStretchesScaledText(t *testing.T) {
	page := firstPage(t, rt.Runs(wordmodel.Run{Text: "窄", Scale: 66}, wordmodel.Run{Text: "常"}))
	if n := strings.Count(page, `transform="matrix(0.660 0 0 1 `); n != 1 {
		t.Errorf("%d narrowed texts, want 1:\n%s", n, page)
	}
}

// TestThePreviewTurnsUpwardText: a vertical cell's btLr text is turned a
// quarter left (SVG turns clockwise: -90); the text beside it is not.
func TestThePreviewTurnsUpwardText(t *testing.T) {
	page := firstPage(t, rt.TurnedCell())
	if n := strings.Count(page, `transform="rotate(-90.00 `); n != 1 || strings.Count(page, "rotate(") != 1 {
		t.Errorf("%d turned texts, want 1:\n%s", n, page)
	}
}

// firstPage is the preview of doc's first page.
func firstPage(t *testing.T, doc *wordmodel.Document) string {
	t.Helper()
	pages, err := Preview(doc, testOptions(t), 1)
	if err != nil {
		t.Fatal(err)
	}
	return pages[0]
}
