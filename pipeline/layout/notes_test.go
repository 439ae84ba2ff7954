package layout

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

func TestFootnotesAtTheFootOfTheirPage(t *testing.T) {
	noteText := &wordmodel.Paragraph{Style: "FootnoteText", Text: "1资料来源", StyleSize: 9, Spacing: single(), Runs: []wordmodel.Run{
		{Text: "1", VertAlign: "superscript"}, {Text: "资料来源"}}}
	var blocks []wordmodel.Block
	for k := range 40 {
		p := &wordmodel.Paragraph{Style: "Normal", Text: fmt.Sprintf("第%d段", k), Spacing: single()}
		if k == 3 {
			p.Footnotes = []wordmodel.Note{{Mark: "1", Paragraphs: []*wordmodel.Paragraph{noteText}}}
		}
		blocks = append(blocks, p)
	}
	end := &wordmodel.Paragraph{Style: "Normal", Text: "i尾注内容", Spacing: single()}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: blocks, Endnotes: []wordmodel.Note{{Mark: "i", Paragraphs: []*wordmodel.Paragraph{end}}}}
	texts, rules := pagedOps(t, doc, opText), pagedOps(t, doc, opLine)
	if len(rules) != 2 || rules[0].page != 1 || !near(rules[0].op.x, 30) || !near(rules[0].op.w, 160.0/3) {
		t.Fatalf("separator rules: %+v, want one on page 1 a third of the text block long and one before the endnotes", rules)
	}
	sep := rules[0].op.y
	var note, lastBody placed
	for _, p := range texts {
		switch {
		case strings.Contains(p.op.text, "资"):
			note = p
		case p.page == 1 && strings.HasPrefix(p.op.text, "第"):
			lastBody = p
		}
	}
	if note.page != 1 || note.op.y < sep || note.op.y > 297-20 {
		t.Errorf("footnote on page %d at %.1f mm, want on page 1 below the rule at %.1f and above the margin", note.page, note.op.y, sep)
	}
	if lastBody.op.y > sep {
		t.Errorf("body text at %.1f mm runs under the footnote rule at %.1f", lastBody.op.y, sep)
	}
	// Endnotes come after the last paragraph, under their rule.
	last := texts[len(texts)-1]
	for _, p := range texts {
		if strings.Contains(p.op.text, "尾") {
			last = p
		}
	}
	if !strings.Contains(last.op.text, "尾") || last.page != rules[1].page || last.op.y < rules[1].op.y {
		t.Errorf("endnote %q on page %d, its rule on page %d", last.op.text, last.page, rules[1].page)
	}
	for _, p := range texts {
		if p.page == last.page && strings.HasPrefix(p.op.text, "第") && p.op.y > rules[1].op.y {
			t.Errorf("body text %q after the endnotes' rule", p.op.text)
		}
	}
}
