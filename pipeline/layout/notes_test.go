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

// notedDoc is a few paragraphs over two sections, the second's first
// paragraph with a footnote and an endnote after each section's text.
func notedDoc(belowText, bySection bool) *wordmodel.Document {
	note := func(mark, text string, section int) wordmodel.Note {
		return wordmodel.Note{Mark: mark, Section: section, Paragraphs: []*wordmodel.Paragraph{{Style: "Normal", Text: mark + text, Spacing: single(), Runs: []wordmodel.Run{{Text: mark, VertAlign: "superscript"}, {Text: text}}}}}
	}
	var blocks []wordmodel.Block
	for k := range 6 {
		text := fmt.Sprintf("第%d段", k)
		p := &wordmodel.Paragraph{Style: "Normal", Text: text, Spacing: single(), Section: k / 3, Runs: []wordmodel.Run{{Text: text}}}
		if k == 1 {
			p.Footnotes = []wordmodel.Note{note("1", "脚注", 0)}
		}
		blocks = append(blocks, p)
	}
	return &wordmodel.Document{Sections: []wordmodel.Section{testSection, testSection}, Blocks: blocks,
		Endnotes: []wordmodel.Note{note("i", "甲节尾注", 0), note("ii", "乙节尾注", 1)}, FootnotesBelowText: belowText, EndnotesBySection: bySection}
}

// firstOf is the first text drawn that holds s (the grid draws each
// character on its own).
func firstOf(t *testing.T, texts []placed, s string) placed {
	t.Helper()
	for _, p := range texts {
		if strings.Contains(p.op.text, s) {
			return p
		}
	}
	t.Fatalf("no text holds %q", s)
	return placed{}
}

// TestFootnotesBeneathText: 脚注位置“文字下方” (settings.xml's footnotePr
// w:pos beneathText) sets a page's footnotes right under its last line,
// not at the page's foot.
func TestFootnotesBeneathText(t *testing.T) {
	for _, below := range []bool{false, true} {
		texts := pagedOps(t, notedDoc(below, false), opText)
		note, last := firstOf(t, texts, "脚"), firstOf(t, texts, "2")
		gap := note.op.y - last.op.y
		if below && (note.page != 1 || gap > 25) || !below && note.op.y < 297-20-20 {
			t.Errorf("below text %v: the footnote at %.1f mm on page %d, the page's last line at %.1f", below, note.op.y, note.page, last.op.y)
		}
	}
}

// TestEndnotesAtEachSectionsEnd: 尾注位置“节的结尾” (endnotePr w:pos
// sectEnd) draws each section's endnotes after its text, before the next
// section's page.
func TestEndnotesAtEachSectionsEnd(t *testing.T) {
	for _, bySection := range []bool{false, true} {
		texts := pagedOps(t, notedDoc(false, bySection), opText)
		first, second := firstOf(t, texts, "甲"), firstOf(t, texts, "乙")
		start := firstOf(t, texts, "3")
		if bySection && (first.page != 1 || second.page != 2 || second.op.y < start.op.y) || !bySection && (first.page != 2 || second.page != 2 || first.op.y < start.op.y) {
			t.Errorf("by section %v: endnotes on pages %d and %d, the second section from page %d", bySection, first.page, second.page, start.page)
		}
	}
}

// TestFootnotesNumberedOnEachPage: 每页重新编号 numbers a page's footnotes
// from its first, ①② on page 1 and ① again on page 2, in the reference
// and in the note's own mark alike, whatever their number in the
// document's order.
func TestFootnotesNumberedOnEachPage(t *testing.T) {
	perPage := &wordmodel.PageNumbering{Format: "decimalEnclosedCircleChinese", Start: 1}
	var blocks []wordmodel.Block
	seq := 0
	for k := range 40 {
		text := fmt.Sprintf("第%d段", k)
		p := &wordmodel.Paragraph{Style: "Normal", Text: text, Spacing: single(), Runs: []wordmodel.Run{{Text: text}}}
		if k == 2 || k == 5 || k == 30 {
			seq++
			anchor, mark := fmt.Sprintf("_Jxfootnote%d", seq), wordmodel.FormatNumber(seq, perPage.Format)
			p.Text += mark
			p.Runs = append(p.Runs, wordmodel.Run{Bookmark: anchor + "Ref"}, wordmodel.Run{Text: mark, VertAlign: "superscript", Link: "#" + anchor})
			note := &wordmodel.Paragraph{Style: "Normal", Text: mark + "注", Spacing: single(),
				Runs: []wordmodel.Run{{Bookmark: anchor}, {Text: mark, VertAlign: "superscript", Link: "#" + anchor + "Ref"}, {Text: "注"}}}
			p.Footnotes = []wordmodel.Note{{Mark: mark, Anchor: anchor, PerPage: perPage, Paragraphs: []*wordmodel.Paragraph{note}}}
		}
		blocks = append(blocks, p)
	}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: blocks}
	marks := map[int]string{}
	for _, p := range pagedOps(t, doc, opText) {
		if strings.ContainsAny(p.op.text, "①②③") {
			marks[p.page] += p.op.text
		}
	}
	// Each page: its references, then its notes' marks.
	if marks[1] != "①②①②" || marks[2] != "①①" {
		t.Errorf("marks by page %v, want ①② twice on page 1 and ① twice on page 2", marks)
	}
}

// TestAnUnplacedNoteLinksNowhere: a note's mark whose note has no
// bookmark placed (a model not read from Word) keeps its mark and links nowhere; a
// missing bookmark of the document's is still refused.
func TestAnUnplacedNoteLinksNowhere(t *testing.T) {
	doc := func(link string) *wordmodel.Document {
		return &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "见注1", Spacing: single(),
			Runs: []wordmodel.Run{{Text: "见注"}, {Text: "1", VertAlign: "superscript", Link: link}}}}}
	}
	if _, err := Layout(doc("#_Jxfootnote1"), testOptions(t)); err != nil {
		t.Errorf("a note's link refused: %v", err)
	}
	if _, err := Layout(doc("#附表"), testOptions(t)); err == nil {
		t.Errorf("a link to a missing bookmark of the document's is not refused")
	}
}
