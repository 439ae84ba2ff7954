package preview

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestThePreviewGoesOnWithALongFootnote: a footnote longer than its
// page's room is previewed as laid out: begun at the first page's foot
// under the short separator, going on at the second's under the long one.
func TestThePreviewGoesOnWithALongFootnote(t *testing.T) {
	single := &wordmodel.Spacing{Line: 240, LineRule: "auto"}
	long := strings.Repeat("续", 1500)
	note := &wordmodel.Paragraph{Style: "Normal", Text: "1" + long, StyleSize: 9, Spacing: single, Runs: []wordmodel.Run{{Text: "1", VertAlign: "superscript"}, {Text: long}}}
	var blocks []wordmodel.Block
	for k := range 30 {
		p := &wordmodel.Paragraph{Style: "Normal", Text: fmt.Sprintf("第%d段", k), Spacing: single, Runs: []wordmodel.Run{{Text: fmt.Sprintf("第%d段", k)}}}
		if k == 12 {
			p.Footnotes = []wordmodel.Note{{Mark: "1", Paragraphs: []*wordmodel.Paragraph{note}}}
		}
		blocks = append(blocks, p)
	}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{{Width: 210, Height: 297, Top: 37, Bottom: 35, Left: 28, Right: 26}}, Blocks: blocks}
	pages, err := Preview(doc, testOptions(t), 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 {
		t.Fatalf("%d pages previewed, want 2", len(pages))
	}
	rule := func(page string, w string) bool {
		return regexp.MustCompile(`<line x1="28(\.0+)?" y1="[\d.]+" x2="` + w + `(\.\d+)?" `).MatchString(page)
	}
	if !strings.Contains(pages[0], "续") || !strings.Contains(pages[1], "续") || !rule(pages[0], "80") || !rule(pages[1], "184") || rule(pages[1], "80") {
		t.Errorf("the note or its separators missing:\n%s", pages[1][:min(len(pages[1]), 2000)])
	}
}
