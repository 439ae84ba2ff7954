package ofd

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
)

// TestALongFootnoteGoesOnInTheOFD: a footnote longer than its page's
// room goes on at the next page's foot in the OFD as in the PDF, page by
// page, under the continuation separator across the text block.
func TestALongFootnoteGoesOnInTheOFD(t *testing.T) {
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
	opt := testOptions(t)
	laid, err := layout.Layout(doc, opt.Layout())
	if err != nil {
		t.Fatal(err)
	}
	raw, err := Write(laid, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	read, err := Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	pdfRaw, _, err := pdf.Render(doc, opt)
	if err != nil {
		t.Fatal(err)
	}
	want, err := pdf.Text(pdfRaw)
	if err != nil {
		t.Fatal(err)
	}
	if len(read.Pages) != len(want) || len(want) < 2 {
		t.Fatalf("%d OFD pages, %d PDF pages", len(read.Pages), len(want))
	}
	count := 0
	for i := range want {
		if read.Pages[i] != want[i] {
			t.Errorf("page %d:\nPDF %q\nOFD %q", i+1, want[i], read.Pages[i])
		}
		count += strings.Count(read.Pages[i], "续")
	}
	if count != 1500 || !strings.Contains(read.Pages[0], "续") || !strings.Contains(read.Pages[1], "续") {
		t.Errorf("%d of the note's characters in the OFD, want it all, begun on page 1 and going on on page 2", count)
	}
	// The separators: a third of the 156 mm text block on page 1, all of
	// it on page 2.
	content := contentOf(t, laid)
	if !regexp.MustCompile(`Boundary="28 [\d.]+ 52 [\d.]+" LineWidth="[\d.]+"><ofd:AbbreviatedData>M 0 [\d.]+ L 52 `).MatchString(content) ||
		!regexp.MustCompile(`Boundary="28 [\d.]+ 156 [\d.]+" LineWidth="[\d.]+"><ofd:AbbreviatedData>M 0 [\d.]+ L 156 `).MatchString(content) {
		t.Errorf("no short and long separator in the pages' content")
	}
}
