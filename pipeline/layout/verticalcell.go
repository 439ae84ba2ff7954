package layout

import (
	"cmp"
	"fmt"
	"strings"
	"unicode/utf8"
)

// A cell whose text direction is vertical (w:textDirection, 文字方向) is
// set as Word sets it. tbRl, and WPS's tbRlV, stand the characters
// upright one under the other, a character's em apart (Latin letters and
// digits on their side, reading down), each paragraph a column, the
// first at the right; tbLrV the same from the left; btLr
// turns the lines a quarter left, to read upwards, the first at the
// left. Its text is never broken into lines: the row grows to hold the
// longest column, and so the cell is one line, never split over pages.
// The paragraph's alignment places a column along the cell's height
// (left: its top for tbRl, its foot for btLr), the cell's vAlign the
// columns across its width (top: the right for tbRl, the left for btLr).

// vertical reports whether the cell's text is set in columns.
func (c *tableCell) vertical() bool { return c.direction != "" }

// verticalLines is a vertical cell's text as its one line: its columns,
// and h the longest one's length.
func (r *renderer) verticalLines(tl *tableLayout, c tableCell) []cellLine {
	pieces := strings.Split(r.clean(c.text), "\n")
	if strings.TrimSpace(strings.Join(pieces, "")) == "" {
		return nil
	}
	sets := r.cellSets(tl, c, len(pieces))
	line := cellLine{set: &sets[0], end: true}
	k := 0
	for si := range sets {
		s := &sets[si]
		runs := runSizes(s, pieces[k:min(k+s.pieces, len(pieces))])
		for j := 0; j < s.pieces && k < len(pieces); j, k = j+1, k+1 {
			var units []unit
			if formatted(runs) {
				units, runs = r.formattedUnits(nil, pieces[k], runs, c.face, s.sizePt, nil)
			} else {
				units = r.units(pieces[k], c.face, s.sizePt, false)
				runs = sizeUnits(units, runs, s.sizePt)
			}
			colorUnits(units, c.color)
			col := column{units: units, set: s}
			line.cols = append(line.cols, col)
			line.h = max(line.h, col.length(c.direction))
		}
	}
	if across := line.across(); across > c.w-c.pad[1]-c.pad[3]+0.01 {
		r.warnings = append(r.warnings, fmt.Sprintf("表格中竖排的“%s”有 %d 列，宽 %.1f 毫米，超出了所在的格（%.1f 毫米）；请在 Word 模板中加宽这一列或减少段落", excerpt(c.text), len(line.cols), across, c.w-c.pad[1]-c.pad[3]))
	}
	return []cellLine{line}
}

// column is one paragraph of a vertical cell.
type column struct {
	units []unit
	set   *cellSet
}

// length is how far the column runs down or up the cell: an em for each
// upright character and a sideways run's width, the line's width for a
// turned one.
func (col column) length(direction string) float64 {
	if direction == "btLr" {
		return lineWidth(col.units)
	}
	l := 0.0
	for _, u := range col.units {
		l += col.along(u)
	}
	return l
}

// along is how far the unit u of an upright column runs down it: its
// width on its side, an em of its own size for each upright character.
func (col column) along(u unit) float64 {
	if u.east.across(1) > 0 {
		return col.em(u) // 纵横混排: across the column, an em along it
	}
	if sideways(u) {
		return u.width
	}
	return float64(utf8.RuneCountInString(u.text)) * col.em(u)
}

// em is the unit u's type size in the column, mm.
func (col column) em(u unit) float64 { return col.set.sizePt * cmp.Or(u.scale, 1) * ptToMM }

// sideways reports whether a unit of an upright column is set on its
// side, as Word sets Latin letters and digits in vertical text: turned a
// quarter right, reading down.
func sideways(u unit) bool { return !isWide(u.text) }

// across is how wide a vertical cell's columns are together: a line's
// height each.
func (l cellLine) across() float64 {
	w := 0.0
	for _, col := range l.cols {
		w += col.lineH()
	}
	return w
}

// lineH is how wide the column stands across the cell: its line's
// height, or more where a 纵横混排 run stands wider across it.
func (col column) lineH() float64 {
	h := col.set.lineH
	for _, u := range col.units {
		h = max(h, u.east.across(col.em(u)))
	}
	return h
}

// verticalText draws a vertical cell's columns in the cell at y, h high.
func (r *renderer) verticalText(line cellLine, c tableCell, y, h float64) {
	left, right := c.x+c.pad[1], c.x+c.w-c.pad[3]
	top, bottom := y+c.pad[0], y+h-c.pad[2]
	fromRight := c.direction == "tbRl" || c.direction == "tbRlV"
	// The columns' box across, placed by vAlign: its top is the side the
	// first column stands at.
	across := line.across()
	x := left
	switch {
	case c.valign == "center":
		x = (left + right - across) / 2
	case (c.valign == "bottom") == fromRight:
		x = left
	default:
		x = right - across
	}
	cols := line.cols
	if fromRight {
		cols = make([]column, len(line.cols))
		for i, col := range line.cols {
			cols[len(cols)-1-i] = col
		}
	}
	for _, col := range cols {
		mid := x + col.lineH()/2
		x += col.lineH()
		length := col.length(c.direction)
		// Where the column starts along the cell, by its alignment: the
		// top for upright text, the foot for turned.
		start := top
		switch col.set.align {
		case "center":
			start = top + (bottom-top-length)/2
		case "right", "end":
			start = bottom - length
		}
		if c.direction == "btLr" {
			r.turnedColumn(col, mid, top+bottom-start)
		} else {
			r.uprightColumn(col, mid, start)
		}
	}
}

// uprightColumn draws a column's characters upright, centred on mid, the
// first's em box from top down; Latin and digits on their side. Each
// unit keeps its run's size, weight and colour, and its lines and
// background (verticalruns.go).
func (r *renderer) uprightColumn(col column, mid, top float64) {
	for _, u := range col.units {
		em := col.em(u)
		size := em / ptToMM
		f := u.face.font
		r.verticalDecorations(u, mid, top, top+col.along(u), em, false)
		if u.east.across(1) > 0 {
			r.drawAcross(u.east, mid, top, em)
			top += em
			continue
		}
		if sideways(u) {
			// Turned a quarter right, the glyphs stand right of the
			// baseline by their ascent.
			x := mid - (f.ascent-f.descent)*em/2
			r.ops = append(r.ops, op{kind: opText, face: u.face, size: size, x: x, y: top, text: u.text, color: u.color, bold: u.bold, fx: u.fx, angle: -90})
			top += u.width
			continue
		}
		for _, ch := range u.text {
			adv := float64(u.face.glyph(ch).advance) / f.upem * em
			baseline := top + em*f.ascent/(f.ascent+f.descent)
			r.ops = append(r.ops, op{kind: opText, face: u.face, size: size, x: mid - adv/2, y: baseline, text: string(ch), color: u.color, bold: u.bold, fx: u.fx})
			top += em
		}
	}
}

// turnedColumn draws a column's line turned a quarter left, centred on
// mid across, reading up from foot; units of one face and look are one
// text, as a reader extracts them.
func (r *renderer) turnedColumn(col column, mid, foot float64) {
	open := -1
	for _, u := range col.units {
		em := col.em(u)
		size := em / ptToMM
		f := u.face.font
		// The baseline stands right of the glyphs' middle by half their
		// ascent less their descent, the line being turned.
		x := mid + (f.ascent-f.descent)*em/2
		if u.deco != nil {
			r.verticalDecorations(u, x, foot-u.width, foot, em, true)
			open = -1
		}
		if o := open; o >= 0 && r.ops[o].face == u.face && r.ops[o].size == size && r.ops[o].color == u.color && r.ops[o].bold == u.bold && r.ops[o].fx == u.fx && r.ops[o].x == x {
			r.ops[o].text += u.text
			foot -= u.width
			continue
		}
		r.ops = append(r.ops, op{kind: opText, face: u.face, size: size, x: x, y: foot, text: u.text, color: u.color, bold: u.bold, fx: u.fx, angle: 90})
		open = len(r.ops) - 1
		if u.deco != nil {
			open = -1
		}
		foot -= u.width
	}
}
