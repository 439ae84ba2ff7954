package layout

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"jixiao/pipeline/wordmodel"
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
// What stands beside or around the characters (scripts, emphasis marks,
// text borders, links, pictures in the line) is placed as on a line
// turned with them (verticalmarks.go); a btLr column is such a line.

// vertical reports whether the cell's text is set in columns.
func (c *tableCell) vertical() bool { return c.direction != "" }

// verticalLines is a vertical cell's text as its one line: its columns,
// and h the longest one's length.
func (r *renderer) verticalLines(tl *tableLayout, c tableCell) []cellLine {
	pieces := strings.Split(r.clean(c.text), "\n")
	blank := strings.TrimSpace(strings.Join(pieces, "")) == ""
	sets := r.cellSets(tl, c, len(pieces))
	// A paragraph of a picture only is a column of it (wordmodel's
	// cellPictures).
	if blank && !slices.ContainsFunc(sets, func(s cellSet) bool {
		return slices.ContainsFunc(s.sizes, func(rs wordmodel.RunSize) bool { return rs.Picture != nil })
	}) {
		return nil
	}
	line := cellLine{set: &sets[0], end: true}
	k := 0
	for si := range sets {
		s := &sets[si]
		runs := runSizes(s, pieces[k:min(k+s.pieces, len(pieces))])
		for j := 0; j < s.pieces && k < len(pieces); j, k = j+1, k+1 {
			var units []unit
			if formatted(runs) {
				units, runs = r.formattedUnits(nil, pieces[k], runs, c.face, &c.fonts, s.sizePt, nil)
			} else {
				units = r.plainCellUnits(nil, pieces[k], c.face, c.fonts.faces, s.sizePt)
				runs = sizeUnits(units, runs, s.sizePt)
			}
			colorUnits(units, c.color)
			col := column{units: units, set: s, face: c.face, turned: c.direction == "btLr"}
			if col.turned {
				for _, u := range units {
					if u.east != nil && u.east.turned != nil {
						u.east.level = true
					}
				}
			}
			col.setTabs(r)
			line.cols = append(line.cols, col)
			line.h = max(line.h, col.length(c.direction))
		}
	}
	if across := line.across(); across > c.w-c.pad[1]-c.pad[3]+0.01 {
		r.warnings = append(r.warnings, fmt.Sprintf("表格中竖排的“%s”有 %d 列，宽 %.1f 毫米，超出了所在的格（%.1f 毫米）；请在 Word 模板中加宽这一列或减少段落", excerpt(c.text), len(line.cols), across, c.w-c.pad[1]-c.pad[3]))
	}
	return []cellLine{line}
}

// column is one paragraph of a vertical cell, face its cell's; turned:
// its line is turned a quarter left (btLr), not stood upright.
type column struct {
	units  []unit
	set    *cellSet
	face   *face
	turned bool
}

// length is how far the column runs down or up the cell: an em for each
// upright character and a sideways run's width, the line's width for a
// turned one.
func (col column) length(direction string) float64 {
	if direction == "btLr" {
		return lineWidth(col.units)
	}
	l := 0.0
	for i := range col.units {
		l += col.along(i)
	}
	return l
}

// along is how far the unit i of an upright column runs down it: its
// width on its side, an em of its own size for each upright character
// in place of its glyph's advance in its width, which holds its run's
// character spacing (and a fitted stretch's spread) after it and the
// room of a text border it opens or closes. A character scaled (w:w, or
// squeezed into a shorter 调整宽度) is scaled along the column, as
// LibreOffice sets it and as Word scales text along its line: its em
// that much longer or shorter, its width across the column kept.
func (col column) along(i int) float64 {
	u := col.units[i]
	if u.east.combined() {
		return col.combinedLength(u.east)
	}
	if u.east.ruby() {
		return col.rubyLength(u.east)
	}
	if u.east.across(1) > 0 {
		// 纵横混排: across the column, an em along it and its text
		// border's room before and after.
		return col.em(u) + 2*u.east.borderPad()
	}
	if sideways(u) {
		return u.width
	}
	em, l := col.em(u), u.width
	for _, ch := range u.text {
		l += em*cmp.Or(u.hscale, 1) - charAdvance(u, ch, em) + u.spacing
	}
	return l
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
// height, or more where a 纵横混排 run stands wider across it or a
// picture in its line is taller, and the room of its emphasis marks
// (and of a turned line's 拼音指南) beside it.
func (col column) lineH() float64 {
	h := col.set.lineH
	for _, u := range col.units {
		if u.img != nil {
			h = max(h, u.pictureHeight()+col.face.font.descent*col.set.sizePt*ptToMM)
		}
		h = max(h, u.east.across(col.em(u)))
	}
	above, below := col.room()
	return h + above + below
}

// room is what the column's emphasis marks need beside its text, over
// it (the right of an upright column, the left of a turned line) and
// under it; a turned line's 拼音指南 stands over it too.
func (col column) room() (above, below float64) {
	sizeMM := col.set.sizePt * ptToMM
	if col.turned {
		return emphasisRoom(col.units, sizeMM)
	}
	for _, u := range col.units {
		if u.east.ruby() {
			above = max(above, col.guideRoom(u.east)-(col.set.lineH-col.em(u))/2)
		}
		above, below = markRoomOf(u, sizeMM, above, below)
	}
	return above, below
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
	// Each column's left, from the side the first stands at; they are
	// drawn in their paragraphs' order, as a reader extracts them.
	lefts := make([]float64, len(line.cols))
	for i := range line.cols {
		k := i
		if fromRight {
			k = len(line.cols) - 1 - i
		}
		lefts[k] = x
		x += line.cols[k].lineH()
	}
	for i, col := range line.cols {
		w := col.lineH()
		above, below := col.room()
		x0 := lefts[i]
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
			r.turnedLine(col, x0+above, x0+w-below, top+bottom-start)
		} else {
			// Marks over the text stand right of the column.
			r.uprightColumn(col, col.middle(x0+below, x0+w-above), start)
		}
	}
}

// uprightColumn draws a column's characters upright, centred on mid, the
// first's em box from top down; Latin and digits on their side. Each
// unit keeps its run's size, weight and colour, and its lines and
// background (verticalruns.go); a superscript or subscript stands
// smaller, moved right or left across the column as a turned line's
// would rise or drop, and its other marks are drawn with the Latin runs
// (verticalmarks.go).
func (r *renderer) uprightColumn(col column, mid, top float64) {
	start := top
	for i, u := range col.units {
		em := col.em(u)
		along := col.along(i)
		r.verticalDecorations(u, mid, top, top+along, em)
		switch {
		case u.east.across(1) > 0:
			r.drawAcross(u.east, mid, top+u.east.borderPad(), em)
		case u.east.combined():
			r.combinedColumn(col, u.east, mid, top)
		case u.east.ruby():
			r.rubyColumn(col, u.east, mid, top)
		case u.img != nil:
			// Drawn turned, with the marks.
		case sideways(u):
			r.sidewaysText(u, mid-col.baseline(u), top, em)
		default:
			r.uprightChars(u, mid+col.rise(u), top+u.lead, em)
		}
		top += along
	}
	r.uprightMarks(col, mid, start)
}

// uprightChars draws the characters of u upright one under the other,
// centred on mid, the first's em box from top down, em its type's size
// in mm. A scaled character (u.hscale) stands stretched or squeezed
// down the column: its type that much larger and as much narrower across
// in its glyphs' own, so that its width across stays an em.
func (r *renderer) uprightChars(u unit, mid, top, em float64) {
	f := u.face.font
	scale := cmp.Or(u.hscale, 1)
	hscale, long := 0.0, em*scale
	if scale != 1 {
		hscale = 1 / scale
	}
	for _, ch := range u.text {
		adv := float64(u.face.glyph(ch).advance) / f.upem * em
		baseline := top + long*f.ascent/(f.ascent+f.descent)
		r.ops = append(r.ops, op{kind: opText, face: u.face, size: long / ptToMM, x: mid - adv/2, y: baseline, text: string(ch), color: u.color, bold: u.bold, fx: u.fx, hscale: hscale})
		top += long + u.spacing
	}
}

// sidewaysText draws the unit u of an upright column on its side,
// turned a quarter right, its baseline at x, from top down; its
// characters one by one where its run spaces or kerns them. It is drawn
// in its place among the upright characters, as a reader extracts them.
func (r *renderer) sidewaysText(u unit, x, top, em float64) {
	if u.space || u.text == "" {
		return
	}
	size := em / ptToMM
	if u.spacing == 0 && u.kern == nil {
		r.ops = append(r.ops, op{kind: opText, face: u.face, size: size, x: x, y: top + u.lead, text: u.text, color: u.color, bold: u.bold, fx: u.fx, hscale: u.hscale, angle: -90})
		return
	}
	y, i := top+u.lead, 0
	for _, c := range u.text {
		r.ops = append(r.ops, op{kind: opText, face: u.face, size: size, x: x, y: y, text: string(c), color: u.color, bold: u.bold, fx: u.fx, hscale: u.hscale, angle: -90})
		y += charAdvance(u, c, em) + kernAt(u, i)
		i++
	}
}

// baseline is how far left of the column's middle the baseline of its
// unit u stands, as a line turned a quarter right has it: its em box
// centred on the middle, or the paragraph's for a script, raised (moved
// right) or lowered from there.
func (col column) baseline(u unit) float64 {
	f := col.face.font
	if u.face != nil {
		f = u.face.font
	}
	if rise := col.rise(u); rise != 0 {
		return (f.ascent-f.descent)*col.set.sizePt*ptToMM/2 - rise
	}
	return (f.ascent - f.descent) * col.em(u) / 2
}

// rise is how far right a unit of an upright column stands, its run
// raised (left: lowered), mm.
func (col column) rise(u unit) float64 {
	if u.deco == nil {
		return 0
	}
	return u.deco.rise * col.set.sizePt * ptToMM
}

// middle is where an upright column's characters are centred across
// between left and right: the middle, or left of it where a picture in
// its line, turned a quarter right, its foot on the line's baseline,
// would reach past right.
func (col column) middle(left, right float64) float64 {
	f := col.face.font
	lift := (f.ascent - f.descent) * col.set.sizePt * ptToMM / 2 // the baseline left of the middle
	mid := (left + right) / 2
	for _, u := range col.units {
		if u.img != nil {
			mid = min(mid, right-u.pictureHeight()+lift)
		}
	}
	return mid
}
