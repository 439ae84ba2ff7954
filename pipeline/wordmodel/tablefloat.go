package wordmodel

// TableFloat places a floating table (w:tblpPr, 文字环绕表格), as Word
// places one a clerk has dragged by its handle: off the text's flow, at an
// offset or an alignment from what it is relative to, the body's text
// wrapping around it as around a square-wrapped picture.
type TableFloat struct {
	// FromX is what the table is placed across from: "text" (the
	// column, Word's and LibreOffice's default), "margin" or "page";
	// FromY likewise down: "text" (its anchor paragraph, the one after
	// it), "margin" (the default) or "page".
	FromX, FromY string
	// X and Y are the offsets of its left border and top, mm, where
	// AlignX (left, center, right, inside, outside) and AlignY (top,
	// center, bottom, inside, outside) are "".
	X, Y           float64
	AlignX, AlignY string
	// Left, Right, Top and Bottom are the distances the text keeps from
	// its borders, mm (leftFromText …).
	Left, Right, Top, Bottom float64
	// NoOverlap says it may not overlap another floating table
	// (w:tblOverlap never): Word moves it down below the other.
	NoOverlap bool
}

// tableFloat reads a table's w:tblpPr from its tblPr props; nil where it
// has none, or where its tblpYSpec is inline: a table in the text's line,
// as Word shows it. Word 2013 and later (compatibilityMode 15) measure
// tblpX to the table's left border, older modes and WPS's documents to
// its first cell's text, as they measure w:tblInd (placement): the
// border stands the cell's left margin further out, as LibreOffice
// places it too.
func (s *sheet) tableFloat(props string, margins CellMargins) *TableFloat {
	tag := firstTag(props, "w:tblpPr")
	if tag == "" || attr(tag, "w:tblpYSpec") == "inline" {
		return nil
	}
	const twip = ptToMM / 20
	or := func(name, def string) string {
		if v := attr(tag, name); v != "" {
			return v
		}
		return def
	}
	mm := func(name string) float64 { return float64(atoi(attr(tag, name))) * twip }
	f := &TableFloat{
		FromX: or("w:horzAnchor", "text"), FromY: or("w:vertAnchor", "margin"),
		X: mm("w:tblpX"), Y: mm("w:tblpY"), AlignX: attr(tag, "w:tblpXSpec"), AlignY: attr(tag, "w:tblpYSpec"),
		Left: mm("w:leftFromText"), Right: mm("w:rightFromText"), Top: mm("w:topFromText"), Bottom: mm("w:bottomFromText"),
		NoOverlap: attr(firstTag(props, "w:tblOverlap"), "w:val") == "never",
	}
	if !s.cellAlways && f.AlignX == "" {
		left := 108.0 * twip // Word's default cell margin, 5.4 pt
		if margins.Set[1] {
			left = margins.Pt[1] * ptToMM
		}
		f.X -= left
	}
	return f
}

// floatingTable says why a table's w:tblpPr is not drawn. A table of the
// body, a header or a footer is placed as a float, in its story; one in a
// text box, nested in a table there or not, is laid out in the box's
// flow, as Word lays it out (Word lets no table in a text box float: its
// 文字环绕 is greyed out there). One in a note or nested in a table's cell
// elsewhere is listed.
func floatingTable(s *sheet, _ string) string {
	if s.known.storyTable {
		return ""
	}
	return "浮动表格（文字环绕表格，脚注、尾注中和表格中套的表格无法浮动）"
}
