package layout

import (
	"cmp"
	"unicode"
)

// An upright column (tbRl, tbLrV) is, for what is drawn beside or around
// its characters, a line turned a quarter right, as Word and LibreOffice
// set it: its Latin runs, the pictures in its line and its tabs' leaders
// lie on their side along it, their foot on the left, a superscript rises
// to the right, emphasis marks stand right of the characters (underDot
// left of them), a text border boxes its run down the column and a link
// is the box around its turned characters. The sides are checked against
// LibreOffice for scripts and 拼音指南 (the corpus' vertical-cell-marks
// and vertical-cell-east-asian-upright); ECMA-376 puts emphasis marks
// above or below the characters, which on a line turned a quarter right
// is right or left, where LibreOffice's vertical layout puts them too
// (its PDF draws none to compare). They are laid out level, the
// line's start at the column's top, its baseline centring each run's em
// box on the column's middle, and turned about that point; the
// characters, upright or on their side, are drawn in their order where
// they stand (verticalcell.go).

// uprightMarks draws the turned pictures, tab leaders, emphasis marks,
// text borders and links of the upright column col whose middle is mid and whose first
// em box's top is top.
func (r *renderer) uprightMarks(col column, mid, top float64) {
	c := Point{mid, top}
	sizeMM := col.set.sizePt * ptToMM
	page := r.ops
	r.ops = nil
	var xs, ends []float64
	x := c.X
	for i, u := range col.units {
		along := col.along(i)
		if xs == nil && borderOf(u) != nil {
			xs, ends = make([]float64, len(col.units)), make([]float64, len(col.units))
		}
		if xs != nil {
			xs[i], ends[i] = x, x+along
		}
		if u.east != nil {
			// A 纵横混排 run, a 双行合一 stretch or a 拼音指南 links
			// along its box as a character does.
			if link := u.east.link(); link != "" {
				r.linkBox(link, x, c.Y-col.set.lineH/2, along, col.set.lineH/singleLine)
			}
			x += along
			continue
		}
		em := col.em(u)
		base := c.Y + col.baseline(u) // below the level line's start
		if u.link != "" {
			r.linkBox(u.link, x, c.Y-col.set.lineH/2, along, col.set.lineH/singleLine)
		}
		if u.img != nil {
			h := u.pictureHeight()
			r.drawPicture(u.img, x, base-h, u.width, h)
		}
		if u.leader != "" {
			r.drawLeader(u, x, base, sizeMM)
		}
		if u.deco != nil && u.deco.emphasis != "" {
			if sideways(u) {
				r.emphasisMarks(u, x+u.lead, base, sizeMM)
			} else if ch := []rune(u.text); len(ch) == 1 && !unicode.IsSpace(ch[0]) && !unicode.IsPunct(ch[0]) {
				color := u.color
				if color == "" {
					color = "000000"
				}
				r.ops = append(r.ops, op{kind: opPath, path: emphasisMark(u.deco.emphasis, x+u.lead+em*cmp.Or(u.hscale, 1)/2, base, em, color)})
			}
		}
		x += along
	}
	if xs != nil {
		f := col.face.font
		r.textBorders(col.units, xs, ends, c.Y+(f.ascent-f.descent)*sizeMM/2, sizeMM)
	}
	level := r.ops
	r.ops = append(page, quarterTurned(level, c, true)...)
}

// quarterTurned are the ops of a level line turned a quarter about c:
// clockwise where cw, else counter-clockwise. A fill or a plain box
// stays a box, its sides swapped; the rest turn as a turned text box's
// (turned.go).
func quarterTurned(ops []op, c Point, cw bool) []op {
	deg := -90.0
	if cw {
		deg = 90
	}
	t := newTurner(c, deg)
	out := make([]op, 0, len(ops))
	for i, o := range ops {
		if o.kind == opFill || o.kind == opRect {
			a, b := t.at(o.x, o.y), t.at(o.x+o.w, o.y+o.h)
			o.x, o.y, o.w, o.h = min(a.X, b.X), min(a.Y, b.Y), max(a.X, b.X)-min(a.X, b.X), max(a.Y, b.Y)-min(a.Y, b.Y)
			out = append(out, o)
			continue
		}
		turn, _ := turned(ops[i:i+1], c, deg)
		out = append(out, turn...)
	}
	return out
}

// turnedLine draws a column of a btLr cell: its line laid out level as a
// horizontal cell's (drawUnits: its scripts, marks, borders, links,
// pictures, 双行合一 and 拼音指南 with it), turned a quarter left so
// that it reads upwards from foot, the tops of its characters facing
// left, between left and right across the cell.
func (r *renderer) turnedLine(col column, left, right, foot float64) {
	sizeMM := col.set.sizePt * ptToMM
	f := col.face.font
	baseline := (left+right)/2 + (f.ascent-f.descent)*sizeMM/2
	for _, u := range col.units {
		if u.img != nil {
			baseline = max(baseline, left+u.pictureHeight())
		}
	}
	c := Point{baseline, foot}
	page := r.ops
	r.ops = nil
	r.drawUnits(col.units, col.face, c.X, c.Y-f.ascent*sizeMM, sizeMM, 0)
	level := r.ops
	r.ops = append(page, quarterTurned(level, c, false)...)
}

// link is the address the first unit of e that links goes to; "" for
// none.
func (e *eastAsian) link() string {
	for _, units := range [][]unit{e.turned, e.upper, e.lower, e.base} {
		for _, u := range units {
			if u.link != "" {
				return u.link
			}
		}
	}
	return ""
}
