package layout

import (
	"fmt"

	"jixiao/pipeline/wordmodel"
)

// A footnote referred to from a table cell is drawn at the foot of the
// page its mark's line is drawn on, as Word draws it: placeRows keeps the
// room for the notes of each row's part on its page (a row split over
// pages takes each note with the part its line falls in), and drawTable
// adds them to the page's notes as it draws the part.

// cellNote is a note of a cell and the wrapped line of the cell its mark
// stands in.
type cellNote struct {
	note wordmodel.Note
	line int
}

// notesAt finds the wrapped line of each of a cell's notes among lines,
// the cell's text wrapped.
func notesAt(notes []wordmodel.CellNote, lines []cellLine) []cellNote {
	var out []cellNote
	for _, n := range notes {
		out = append(out, cellNote{note: n.Note, line: wrappedLine(lines, n.Line)})
	}
	return out
}

// wrappedLine is the first of lines, a cell's text wrapped, that its
// text line n is set on (wordmodel counts lines before wrapping); the
// last where there is no such line.
func wrappedLine(lines []cellLine, n int) int {
	text := 0
	for i, l := range lines {
		if text == n {
			return i
		}
		if l.end {
			text++
		}
	}
	return max(len(lines)-1, 0)
}

// warnRepeatedMarks warns of the note marks of a header row repeated on
// a later page: the copy shows them, numbered as the note is, and the
// note stands once, under the row's first drawing; LibreOffice shows no
// mark in a repeated header row, and what Word shows is not settled here.
func (r *renderer) warnRepeatedMarks(h *tableRow) {
	for _, c := range h.cells {
		if len(c.notes) > 0 {
			r.warnOnce(fmt.Sprintf("表格第 %d 行（在每页重复的标题行）中有脚注引用标记：PDF 在续页重复的标题行中也显示这个标记（编号与第一页相同），脚注只在第一页显示；LibreOffice 在续页不显示这个标记，请核对 Word 中的显示，或把脚注引用移出标题行", h.index+1))
			return
		}
	}
}

// partNotes are the notes whose marks row's cells show, each once: a
// merged cell repeated overleaf brings its notes to its first part only.
func partNotes(row *tableRow, taken map[*cellNote]bool) []wordmodel.Note {
	var out []wordmodel.Note
	for _, c := range row.cells {
		for i := range c.notes {
			if n := &c.notes[i]; !taken[n] && n.line >= c.from && (n.line < c.to || c.to == c.from && n.line == c.from) {
				out = append(out, n.note)
				taken[n] = true
			}
		}
	}
	return out
}

// rowNotes is what placeRows keeps of a row's notes on its page.
type rowNotes struct {
	taken map[*cellNote]bool
	// room is what the notes of the rows placed so far on the page take
	// at its foot, the gap above them with it.
	room float64
	// carry are the notes' lines the page's foot has no room for, which
	// go on at the next page's foot as the drawing will put them there
	// (notesplit.go).
	carry []pageNote
}

// needNotes lays out the notes row's cells show that are not placed yet,
// without taking them, and says the room they add on the page; first
// says the row is the table's first part on the page it started on, whose
// notes so far (r.notes) are the page's.
func (r *renderer) needNotes(rn *rowNotes, row *tableRow, first bool) (laid []pageNote, need float64) {
	some := false
	for _, c := range row.cells {
		some = some || len(c.notes) > 0
	}
	if !some {
		return nil, 0 // most rows: no map copied for them
	}
	taken := map[*cellNote]bool{}
	for k, v := range rn.taken {
		taken[k] = v
	}
	notes := partNotes(row, taken)
	if len(notes) == 0 {
		return nil, 0
	}
	laid, need = r.layNotes(notes)
	if rn.room == 0 && (!first || len(r.notes) == 0) {
		need += noteGap
	}
	return laid, need
}

// takeNotes marks the notes row's cells show as placed with it.
func (rn *rowNotes) takeNotes(row *tableRow) { partNotes(row, rn.taken) }
