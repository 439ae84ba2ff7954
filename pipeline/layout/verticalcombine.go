package layout

import "cmp"

// 双行合一 in an upright column (tbRl, tbLrV) is set as LibreOffice sets
// it there: its two halves are two columns of half-size characters side
// by side in the column's em, the first on the right, each upright one
// under the other (Latin on its side), the shorter centred along the
// longer; its brackets lie on their side before and after, as the
// column's Latin does.

// combined reports whether e is a 双行合一 stretch.
func (e *eastAsian) combined() bool { return e != nil && (e.upper != nil || e.lower != nil) }

// halfLength is how far units (a half of a 双行合一 stretch, a
// 拼音指南's base or guide) run down an upright column of col.
func (col column) halfLength(units []unit) float64 {
	l := 0.0
	for _, u := range units {
		if sideways(u) {
			l += u.width
			continue
		}
		l += col.em(u)*cmp.Or(u.hscale, 1) + u.spacing
	}
	return l
}

// combinedLength is how far the 双行合一 stretch e runs down an upright
// column: its brackets' widths and its longer half.
func (col column) combinedLength(e *eastAsian) float64 {
	return lineWidth(e.open) + max(col.halfLength(e.upper), col.halfLength(e.lower)) + lineWidth(e.close)
}

// combinedColumn draws the 双行合一 stretch e of the upright column col,
// centred on mid from top down.
func (r *renderer) combinedColumn(col column, e *eastAsian, mid, top float64) {
	if bg := combinedBackground(e); bg != "" {
		// A highlight or shading fills the stretch's box.
		r.fill(mid-e.sizeMM/2, top, e.sizeMM, col.combinedLength(e), bg)
	}
	top = r.sidewaysUnits(col, e.open, mid, top)
	wide := max(col.halfLength(e.upper), col.halfLength(e.lower))
	for k, half := range [][]unit{e.upper, e.lower} {
		x := mid + e.sizeMM/4
		if k == 1 {
			x = mid - e.sizeMM/4
		}
		r.downUnits(col, half, x, top+(wide-col.halfLength(half))/2, 0)
	}
	r.sidewaysUnits(col, e.close, mid, top+wide)
}

// downUnits draws units down an upright column from top, centred on
// mid: upright characters one under the other, Latin on its side, gap
// after each unit; it returns where they end.
func (r *renderer) downUnits(col column, units []unit, mid, top, gap float64) float64 {
	for _, u := range units {
		if sideways(u) {
			top = r.sidewaysUnits(col, []unit{u}, mid, top) + gap
			continue
		}
		if !u.space {
			r.uprightChars(u, mid, top, col.em(u))
		}
		top += col.em(u)*cmp.Or(u.hscale, 1) + u.spacing + gap
	}
	return top
}

// sidewaysUnits draws units on their side down a column from top,
// turned a quarter right, their em boxes centred on mid; it returns where
// they end.
func (r *renderer) sidewaysUnits(col column, units []unit, mid, top float64) float64 {
	for _, u := range units {
		if !u.space && u.text != "" {
			em := col.em(u)
			f := u.face.font
			r.ops = append(r.ops, op{kind: opText, face: u.face, size: em / ptToMM, x: mid - (f.ascent-f.descent)*em/2, y: top, text: u.text, color: u.color, bold: u.bold, fx: u.fx, hscale: u.hscale, angle: -90})
		}
		top += u.width
	}
	return top
}
