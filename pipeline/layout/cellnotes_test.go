package layout

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// noteIn is a footnote "mark注text" referred to from line of a cell.
func noteIn(mark, text string, line int) wordmodel.CellNote {
	p := &wordmodel.Paragraph{Style: "FootnoteText", Text: mark + text, StyleSize: 9, Spacing: single(), Runs: []wordmodel.Run{
		{Text: mark, VertAlign: "superscript"}, {Text: text}}}
	return wordmodel.CellNote{Note: wordmodel.Note{Mark: mark, Paragraphs: []*wordmodel.Paragraph{p}}, Line: line}
}

// placed is an operation laid out and its page.
type placed struct {
	op   op
	page int
}

// pagedOps are doc's operations of kind laid out, with their page.
func pagedOps(t *testing.T, doc *wordmodel.Document, kind opKind) []placed {
	t.Helper()
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var out []placed
	page := 0
	for _, o := range r.ops {
		if o.kind == opPage {
			page++
		} else if o.kind == kind {
			out = append(out, placed{o, page})
		}
	}
	return out
}

// TestFootnotesOfTableCells: a note referred to from a table cell is
// drawn at the foot of the page the mark's line is drawn on, under the
// table's rows there: a row on the first page, a row on the second, and
// a row split over the two pages whose mark is in a line overleaf.
func TestFootnotesOfTableCells(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rows  int    // rows before the one with the mark
		lines int    // lines of that row's cell
		mark  int    // the line the mark is in
		want  string // the text of the mark's line
	}{
		{"first page", 3, 2, 1, "乙"},
		{"second page", 45, 2, 0, "甲"},
		{"split row", 20, 40, 35, "线35"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rows []wordmodel.Row
			for k := range tc.rows {
				rows = append(rows, wordmodel.Row{Cells: []wordmodel.Cell{{Text: wide(fmt.Sprintf("第%d行", k)), Span: 1}}})
			}
			lines := []string{"甲", "乙"}
			if tc.lines > 2 {
				lines = nil
				for k := range tc.lines {
					lines = append(lines, wide(fmt.Sprintf("线%d", k)))
				}
			}
			lines[tc.mark] += "7"
			rows = append(rows, wordmodel.Row{Cells: []wordmodel.Cell{{Text: strings.Join(lines, "\n"), Span: 1, Notes: []wordmodel.CellNote{noteIn("7", "表中注释", tc.mark)}}}})
			for k := range 30 {
				rows = append(rows, wordmodel.Row{Cells: []wordmodel.Cell{{Text: fmt.Sprintf("后%d行", k), Span: 1}}})
			}
			doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{&wordmodel.Table{Widths: []int{4000}, Rows: rows}}}
			texts := pagedOps(t, doc, opText)
			markPage, notePage, noteY := 0, 0, 0.0
			for _, p := range texts {
				if strings.HasPrefix(p.op.text, wide(tc.want)) && markPage == 0 {
					markPage = p.page
				}
				if strings.HasPrefix(p.op.text, "表") {
					notePage, noteY = p.page, p.op.y
				}
			}
			if markPage == 0 || notePage != markPage {
				t.Fatalf("note on page %d, its mark's line on page %d", notePage, markPage)
			}
			if tc.name != "first page" && markPage != 2 {
				t.Errorf("mark on page %d: the case wants it overleaf", markPage)
			}
			for _, p := range texts {
				if o := p.op; p.page == notePage && o.y > noteY && !strings.ContainsAny(o.text, "表中注释") && !strings.ContainsAny(o.text, "—0123456789") {
					t.Errorf("%q drawn under the note on page %d (%.1f > %.1f)", o.text, notePage, o.y, noteY)
				}
			}
		})
	}
}

// TestASplitRowKeepsRoomOnlyForItsPartsNotes: a row split over two pages
// keeps at the first page's foot room only for the notes whose marks its
// part there shows: with its one note's mark in a line overleaf, as many
// of its lines stay on the first page as with no note at all; with the
// mark in its first line, fewer, the note drawn under them.
func TestASplitRowKeepsRoomOnlyForItsPartsNotes(t *testing.T) {
	onFirst := func(mark int) (lines int, notePage int) {
		var rows []wordmodel.Row
		for k := range 20 {
			rows = append(rows, wordmodel.Row{Cells: []wordmodel.Cell{{Text: wide(fmt.Sprintf("第%d行", k)), Span: 1}}})
		}
		var text []string
		for k := range 40 {
			text = append(text, fmt.Sprintf("线%d", k))
		}
		long := wordmodel.Cell{Text: strings.Join(text, "\n"), Span: 1}
		if mark >= 0 {
			long.Notes = []wordmodel.CellNote{noteIn("7", "表中注释", mark)}
		}
		rows = append(rows, wordmodel.Row{Cells: []wordmodel.Cell{long}})
		doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{&wordmodel.Table{Widths: []int{4000}, Rows: rows}}}
		for _, p := range pagedOps(t, doc, opText) {
			if p.page == 1 && strings.HasPrefix(p.op.text, "线") {
				lines++
			}
			if strings.HasPrefix(p.op.text, "表") {
				notePage = p.page
			}
		}
		return lines, notePage
	}
	bare, _ := onFirst(-1)
	if bare == 0 || bare >= 40 {
		t.Fatalf("%d of the row's lines on the first page: the case wants it split", bare)
	}
	if got, page := onFirst(bare + 5); got != bare || page != 2 {
		t.Errorf("a note overleaf: %d lines on the first page, %d with no note; the note on page %d, want 2", got, bare, page)
	}
	if got, page := onFirst(0); got >= bare || page != 1 {
		t.Errorf("a note in the first line: %d lines on the first page, %d with no note; the note on page %d, want 1", got, bare, page)
	}
}
