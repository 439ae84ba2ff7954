package layout

import (
	"fmt"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// alignedDoc is n one-line paragraphs (段0, 段1 …) in a section set to
// 页面垂直对齐 how, under a header.
func alignedDoc(how string, n int) *wordmodel.Document {
	sect := testSection
	sect.VAlign = how
	sect.Header = wordmodel.Margins{Default: &wordmodel.Margin{Lines: []string{"页眉"}}}
	var blocks []wordmodel.Block
	for k := range n {
		text := fmt.Sprintf("段%d", k)
		blocks = append(blocks, &wordmodel.Paragraph{Style: "Normal", Text: text, Spacing: single(), Runs: []wordmodel.Run{{Text: text}}})
	}
	return &wordmodel.Document{Sections: []wordmodel.Section{sect}, Blocks: blocks}
}

// startsOf are where each text starts, by page and text.
func startsOf(t *testing.T, doc *wordmodel.Document) map[string]float64 {
	t.Helper()
	out := map[string]float64{}
	for _, p := range pagedOps(t, doc, opText) {
		k := fmt.Sprintf("%d %s", p.page, p.op.text)
		if _, ok := out[k]; !ok {
			out[k] = p.op.y
		}
	}
	return out
}

// TestPagesAlignedVertically: a 封面 centred on its page, its text at the
// foot, its paragraphs spread over the page; the header stays, and the
// last page of a longer section is aligned too, a full page moved by no
// more than the half line left under its text.
func TestPagesAlignedVertically(t *testing.T) {
	top := startsOf(t, alignedDoc("", 3))
	// The text's foot: three lines of the 10 mm grid from where it starts.
	free := 297 - 20 - (top["1 段"] - 7.5 + 30) // the room under the text, about
	for _, c := range []struct {
		how   string
		shift [3]float64 // 段0, 段1, 段2
	}{
		{"center", [3]float64{free / 2, free / 2, free / 2}},
		{"bottom", [3]float64{free, free, free}},
		{"both", [3]float64{0, free / 2, free}},
	} {
		got := startsOf(t, alignedDoc(c.how, 3))
		if got["1 页"] != top["1 页"] {
			t.Errorf("%s: the header moved from %.1f to %.1f", c.how, top["1 页"], got["1 页"])
		}
		for k, want := range c.shift {
			key := fmt.Sprintf("1 %d", k)
			if d := got[key] - top[key]; d < want-8 || d > want+8 {
				t.Errorf("%s: 段%d moved %.1f mm, want about %.1f", c.how, k, d, want)
			}
		}
	}
	long, plain := startsOf(t, alignedDoc("center", 40)), startsOf(t, alignedDoc("", 40))
	if d := long["1 0"] - plain["1 0"]; d < 0 || d > 5 {
		t.Errorf("a full first page moved %.1f mm, more than the half line left under it", d)
	}
	if long["2 段"] <= plain["2 段"]+20 {
		t.Errorf("the section's last page starts at %.1f, top aligned %.1f: want it centred", long["2 段"], plain["2 段"])
	}
}
