package wordmodel

import (
	"strings"

	"jixiao/pipeline/wordxml"
)

// TableWidth is how wide a table is (w:tblW, ECMA-376 §17.4.63). Twips is
// a fixed width (dxa); Pct a share of the text's width (pct, 1 for all of
// it); the grid's columns are shared out across either in their
// proportions, in a fixed layout (w:tblLayout) as in an autofit one, as
// LibreOffice lays them out. Grid says the grid's columns are the width
// (auto, nil, a width of 0): Word writes the grid it laid out. All zero
// is a table not read from Word, drawn across the text's width.
type TableWidth struct {
	Twips int
	Pct   float64
	Grid  bool
}

// placement reads a table's width, alignment (w:jc) and indent
// (w:tblInd) from its tblPr props, each one it does not set from the
// nearest style of its style's chain that does; props is "" for a table
// without any. The indent is where the table's left border stands from
// the text's left edge, in twips: Word 2013 and later (compatibilityMode
// 15) measure w:tblInd to the border, older modes and a document naming
// none (WPS's) to the first cell's text, which stands the cell's left
// margin further in, w:tblInd or not: the text of a table at the left
// lines up with the body's, its border in the margin. LibreOffice reads
// them so too.
func (s *sheet) placement(out *Table, props string, ts *tableStyle) {
	out.Width.Grid = true
	prop := func(name string) string {
		if tag := firstTag(props, name); tag != "" {
			return tag
		}
		if ts == nil {
			return ""
		}
		for i := len(ts.tblPr) - 1; i >= 0; i-- {
			if tag := firstTag(ts.tblPr[i], name); tag != "" {
				return tag
			}
		}
		return ""
	}
	if tag := prop("w:tblW"); tag != "" {
		w := attr(tag, "w:w")
		switch typ := attr(tag, "w:type"); {
		case strings.HasSuffix(w, "%"):
			// Word 2010 and later may write a percentage as "50%".
			pct, _ := parseFloat(strings.TrimSuffix(w, "%"))
			out.Width = TableWidth{Pct: pct / 100}
		case typ == "pct":
			fiftieths, _ := parseFloat(w)
			out.Width = TableWidth{Pct: fiftieths / 5000}
		case typ == "dxa" || typ == "":
			out.Width = TableWidth{Twips: atoi(w)}
		}
		if out.Width.Twips <= 0 && out.Width.Pct <= 0 {
			out.Width = TableWidth{Grid: true}
		}
	}
	switch jc := attr(prop("w:jc"), "w:val"); jc {
	case "center":
		out.Align = "center"
	case "right", "end":
		out.Align = "right"
	}
	if tag := prop("w:tblInd"); tag != "" {
		if typ := attr(tag, "w:type"); typ == "dxa" || typ == "" {
			out.Indent = atoi(attr(tag, "w:w"))
		}
	}
	if !s.cellAlways && out.Align == "" {
		left := 108 // Word's default cell margin, 5.4 pt
		if out.Margins.Set[1] {
			left = int(out.Margins.Pt[1]*20 + 0.5)
		}
		out.Indent -= left
	}
}

// rowPlace is where the row tr of a table out (its tblPr props, its
// style ts) stands where that is not the table's place: its w:tblPrEx
// (a table's properties Word keeps for some rows: a row dragged across,
// a table pasted under another and joined to it) sets its own width,
// alignment or indent, or its w:trPr a w:jc, each over the table's and
// its style's; nil where the row stands as its table does, as WPS's
// and Word 2003's repeats of the table's own say.
func (s *sheet) rowPlace(out *Table, tr, props string, ts *tableStyle) *RowPlace {
	own, head := "", len(tr) // a nested table's rows are its own
	if i := next(tr, "w:tc", 0); i >= 0 {
		head = i
	}
	if i := wordxml.Next(tr, "w:tblPrEx", 0, head); i >= 0 {
		own = tr[i:end(tr, i, "w:tblPrEx")]
		_, own = cutElement(own, "w:tblCellMar") // its sides' w:w are no width
	}
	if i := wordxml.Next(tr, "w:trPr", 0, head); i >= 0 {
		if jc := firstTag(tr[i:end(tr, i, "w:trPr")], "w:jc"); jc != "" {
			own += jc + ">"
		}
	}
	if own == "" {
		return nil
	}
	row := Table{Margins: out.Margins}
	s.placement(&row, own+props, ts)
	if row.Width == out.Width && row.Align == out.Align && row.Indent == out.Indent {
		return nil
	}
	return &RowPlace{Width: row.Width, Align: row.Align, Indent: row.Indent}
}

// Placed is t as its row r stands: its own width, alignment and indent
// where it has them (Row.Own), else t itself.
func (t *Table) Placed(r int) *Table {
	own := t.Rows[r].Own
	if own == nil {
		return t
	}
	row := *t
	row.Width, row.Align, row.Indent = own.Width, own.Align, own.Indent
	return &row
}

// firstTag is the start tag of the first name element in s, "" if none.
func firstTag(s, name string) string {
	if i := next(s, name, 0); i >= 0 {
		return tagOf(s[i:])
	}
	return ""
}

// Columns are the x of each of t's grid lines, in twips from the text's
// left edge, the text being room twips wide: t as wide as its Width says
// and where its Align and Indent put it, its grid's columns sharing that
// width in their proportions.
func (t *Table) Columns(room float64) []float64 {
	total := 0
	for _, w := range t.Widths {
		total += w
	}
	x, width := 0.0, room
	switch {
	case t.Width.Twips > 0:
		width = float64(t.Width.Twips)
	case t.Width.Pct > 0:
		width = t.Width.Pct * room
	case t.Width.Grid && total > 0:
		width = float64(total)
	}
	switch t.Align {
	case "center":
		x = (room - width) / 2
	case "right":
		x = room - width
	default:
		x = float64(t.Indent)
	}
	out := make([]float64, 1, len(t.Widths)+1)
	out[0] = x
	for _, w := range t.Widths {
		out = append(out, out[len(out)-1]+float64(w)/float64(total)*width)
	}
	return out
}
