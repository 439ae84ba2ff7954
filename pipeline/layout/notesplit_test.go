package layout

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// longNoteDoc is 40 one-line paragraphs, the k-th referring to a note of
// lines lines of 小五 (36 characters a line on the test page), another
// short one on the paragraph after it.
func longNoteDoc(k, lines int, seps wordmodel.NoteSeparators) *wordmodel.Document {
	long := strings.Repeat("续", 36*lines-1)
	note := func(mark, text string) wordmodel.Note {
		return wordmodel.Note{Mark: mark, Paragraphs: []*wordmodel.Paragraph{{Style: "FootnoteText", Text: mark + text, StyleSize: 9, Spacing: single(),
			Runs: []wordmodel.Run{{Text: mark, VertAlign: "superscript"}, {Text: text}}}}}
	}
	var blocks []wordmodel.Block
	for i := range 40 {
		p := &wordmodel.Paragraph{Style: "Normal", Text: fmt.Sprintf("第%d段", i), Spacing: single()}
		switch i {
		case k:
			p.Footnotes = []wordmodel.Note{note("1", long)}
		case k + 1:
			p.Footnotes = []wordmodel.Note{note("2", "短注")}
		}
		blocks = append(blocks, p)
	}
	return &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: blocks, FootnoteSeparators: seps}
}

// TestALongFootnoteGoesOnOverleaf: a footnote the room under its
// reference's line cannot hold keeps there what fits, its reference on
// the same page, and goes on at the next page's foot under a rule across
// the column (Word's continuation separator), before the next note; no
// note's line is drawn outside the text block.
func TestALongFootnoteGoesOnOverleaf(t *testing.T) {
	texts, rules := pagedOps(t, longNoteDoc(20, 12, wordmodel.NoteSeparators{}), opText), pagedOps(t, longNoteDoc(20, 12, wordmodel.NoteSeparators{}), opLine)
	ref := firstOf(t, texts, "20")
	byPage := map[int]int{}
	for _, p := range texts {
		if p.op.text == "续" {
			byPage[p.page]++
		}
		if p.op.y < 20 || p.op.y > 297-20 {
			t.Errorf("%q drawn at %.1f mm on page %d, outside the text block", p.op.text, p.op.y, p.page)
		}
	}
	if byPage[ref.page] == 0 || byPage[ref.page+1] == 0 || byPage[ref.page]+byPage[ref.page+1] != 36*12-1 {
		t.Fatalf("the note's characters by page %v, its reference on page %d: want it split over that page and the next", byPage, ref.page)
	}
	if len(rules) != 2 || rules[0].page != ref.page || !near(rules[0].op.w, 160.0/3) || rules[1].page != ref.page+1 || !near(rules[1].op.w, 160) {
		t.Errorf("separators %+v, want a third of the column on page %d and the whole column over the notes going on", rules, ref.page)
	}
	short, cont := firstOf(t, texts, "短"), placed{}
	for _, p := range texts {
		if p.op.text == "续" && p.page == ref.page+1 {
			cont = p // the last
		}
	}
	if short.page != ref.page+1 || short.op.y < cont.op.y || cont.op.y < rules[1].op.y {
		t.Errorf("the next note on page %d at %.1f mm, the first note's last line at %.1f under the rule at %.1f", short.page, short.op.y, cont.op.y, rules[1].op.y)
	}
}

// TestFootnotesGoOnPastTheLastText: a note longer than what follows its
// reference takes pages of its own, each with the note at its foot.
func TestFootnotesGoOnPastTheLastText(t *testing.T) {
	texts := pagedOps(t, longNoteDoc(38, 60, wordmodel.NoteSeparators{}), opText)
	count, last := 0, placed{}
	for _, p := range texts {
		if p.op.text == "续" {
			count++
			last = p
		}
		if p.op.y < 20 || p.op.y > 297-20 {
			t.Fatalf("%q drawn at %.1f mm on page %d, outside the text block", p.op.text, p.op.y, p.page)
		}
	}
	if count != 36*60-1 || last.page <= firstOf(t, texts, "39").page {
		t.Errorf("%d of the note's characters drawn, its last on page %d", count, last.page)
	}
}

// TestNoteSeparatorsAsTheNotesPartDrawsThem: an emptied separator note
// draws no rule; a w:continuationSeparator in the separator note a rule
// across the column.
func TestNoteSeparatorsAsTheNotesPartDrawsThem(t *testing.T) {
	for _, tc := range []struct {
		seps  wordmodel.NoteSeparators
		width []float64
	}{
		{wordmodel.NoteSeparators{First: wordmodel.SeparatorNone, Continued: wordmodel.SeparatorNone}, nil},
		{wordmodel.NoteSeparators{First: wordmodel.SeparatorLong, Continued: wordmodel.SeparatorShort}, []float64{160, 160.0 / 3}},
	} {
		rules := pagedOps(t, longNoteDoc(20, 12, tc.seps), opLine)
		var got []float64
		for _, r := range rules {
			got = append(got, r.op.w)
		}
		if len(got) != len(tc.width) || len(got) == 2 && (!near(got[0], tc.width[0]) || !near(got[1], tc.width[1])) {
			t.Errorf("separators %+v: rules %v, want %v", tc.seps, got, tc.width)
		}
	}
}

// TestEndnotesGoOnUnderTheContinuationSeparator: endnotes running over a
// page go on at the top of the next under a rule across the column.
func TestEndnotesGoOnUnderTheContinuationSeparator(t *testing.T) {
	doc := longNoteDoc(-2, 1, wordmodel.NoteSeparators{})
	for i := range 20 {
		text := fmt.Sprintf("尾注%d", i)
		doc.Endnotes = append(doc.Endnotes, wordmodel.Note{Mark: "i", Paragraphs: []*wordmodel.Paragraph{{Style: "Normal", Text: text, Spacing: single(), Runs: []wordmodel.Run{{Text: text}}}}})
	}
	rules := pagedOps(t, doc, opLine)
	texts := pagedOps(t, doc, opText)
	first, last := firstOf(t, texts, "尾"), texts[len(texts)-1]
	if len(rules) != 2 || rules[0].page != first.page || !near(rules[0].op.w, 160.0/3) || rules[1].page != last.page || !near(rules[1].op.w, 160) || last.page != first.page+1 {
		t.Fatalf("rules %+v, endnotes from page %d to %d: want the short rule before them and the long one at the next page's top", rules, first.page, last.page)
	}
	top := texts[0].op.y
	for _, p := range texts {
		if p.page == last.page {
			top = p.op.y
			break
		}
	}
	if rules[1].op.y > top {
		t.Errorf("the continuation separator at %.1f mm under the page's first endnote at %.1f", rules[1].op.y, top)
	}
}

// TestSuppressedEndnotesGoOnToTheNextSection: with endnotes at each
// section's end, a section that suppresses its own (取消尾注, w:noEndnote)
// has them drawn at the next section's end, before that section's own.
func TestSuppressedEndnotesGoOnToTheNextSection(t *testing.T) {
	doc := notedDoc(false, true)
	doc.Sections[0].NoEndnotes = true
	texts := pagedOps(t, doc, opText)
	first, second, start := firstOf(t, texts, "甲"), firstOf(t, texts, "乙"), firstOf(t, texts, "3")
	if first.page != 2 || second.page != 2 || first.op.y < start.op.y || second.op.y < first.op.y {
		t.Errorf("endnotes on pages %d and %d at %.1f and %.1f mm, the second section from page %d: want both after its text, the first section's first", first.page, second.page, first.op.y, second.op.y, start.page)
	}
}

// TestALongCellNoteGoesOnOverleaf: a table cell's footnote longer than
// its page's room starts under the row that shows its mark and goes on
// at the foot of the next pages; the rows placed on those pages stop
// above it, and all of the note is drawn.
func TestALongCellNoteGoesOnOverleaf(t *testing.T) {
	var rows []wordmodel.Row
	for k := range 45 {
		c := wordmodel.Cell{Text: fmt.Sprintf("第%d行", k), Span: 1}
		if k == 15 {
			c.Text += "7"
			c.Notes = []wordmodel.CellNote{noteIn("7", strings.Repeat("续", 36*40), 0)}
		}
		rows = append(rows, wordmodel.Row{Cells: []wordmodel.Cell{c}})
	}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{&wordmodel.Table{Widths: []int{4000}, Rows: rows}}}
	rowFoot, noteTop := map[int]float64{}, map[int]float64{}
	count, markPage := 0, 0
	for _, p := range pagedOps(t, doc, opText) {
		switch {
		case p.op.y < 20 || p.op.y > 297-20:
			t.Errorf("%q drawn at %.1f mm on page %d, outside the text block", p.op.text, p.op.y, p.page)
		case strings.HasPrefix(p.op.text, "第"):
			rowFoot[p.page] = max(rowFoot[p.page], p.op.y)
		case p.op.text == "续":
			count++
			if top, ok := noteTop[p.page]; !ok || p.op.y < top {
				noteTop[p.page] = p.op.y
			}
		case p.op.text == "7" && markPage == 0:
			markPage = p.page // the cell's; the note's own is under it
		}
	}
	if count != 36*40 || len(noteTop) < 2 || noteTop[markPage] == 0 {
		t.Errorf("%d of the note's characters drawn, at the foot of pages %v; its mark on page %d", count, noteTop, markPage)
	}
	for page, top := range noteTop {
		if rowFoot[page] > top {
			t.Errorf("page %d: rows down to %.1f mm, under the note's top at %.1f", page, rowFoot[page], top)
		}
	}
}

// TestWidowControlKeepsANoteWhole: a three-line note with room for two
// under its reference's line splits two and one without 孤行控制 (a
// Chinese template's Normal), and with it goes on to the next page whole
// with the line that refers to it, as neither its first line alone nor
// its last alone may stand apart.
func TestWidowControlKeepsANoteWhole(t *testing.T) {
	for _, widow := range []bool{false, true} {
		// The test page holds 25 lines of 10 mm; a 小五 note's line is
		// about 4.1 mm, the gap over the notes 4 mm: two lines of the
		// note fit under the 24th line, not three.
		doc := longNoteDoc(23, 3, wordmodel.NoteSeparators{})
		for _, b := range doc.Blocks {
			if p := b.(*wordmodel.Paragraph); len(p.Footnotes) > 0 && p.Text == "第23段" {
				p.Footnotes[0].Paragraphs[0].Spacing = &wordmodel.Spacing{Line: 240, LineRule: "auto", Keeps: wordmodel.Keeps{WidowControl: widow}}
			}
		}
		texts := pagedOps(t, doc, opText)
		ref := firstOf(t, texts, "23")
		byPage := map[int]int{}
		for _, p := range texts {
			if p.op.text == "续" {
				byPage[p.page]++
			}
		}
		switch {
		case !widow && (ref.page != 1 || byPage[1] == 0 || byPage[2] == 0):
			t.Errorf("without widow control: the reference on page %d, the note's characters by page %v: want it split over pages 1 and 2", ref.page, byPage)
		case widow && (ref.page != 2 || byPage[1] != 0 || byPage[2] != 36*3-1):
			t.Errorf("with widow control: the reference on page %d, the note's characters by page %v: want both whole on page 2", ref.page, byPage)
		}
	}
}
