package layout

import "cmp"

// A text box of vertical text (竖排文本框, wps:bodyPr vert, VML
// layout-flow) is set as Word sets it: its paragraphs are laid out as
// lines across a box as wide as the box's inside is tall, with all their
// formatting, and the lines are then turned a quarter about the inside's
// centre, so that each line is a column. vert turns every character with
// its line, reading down, the first column at the right; vert270 turns
// them the other way, reading up, the first column at the left. eaVert
// (Word's and WPS's 竖排) stands East Asian characters upright in the
// column, an em apart, Latin letters and digits lying on their side, as
// a vertical table cell's (verticalcell.go); mongolianVert does so with
// the first column at the left; wordArtVert (堆积) stands every
// character upright, the first column at the left. The box's anchor
// places the columns across it (t: at the right of an eaVert box), and
// the paragraph's alignment along them.

// turnedColumns turns the ops of a vertical box's text, laid out as lines in
// the box standing on c, into the flow's columns.
func (r *renderer) turnedColumns(ops []op, flow string, c Point) []op {
	deg := 90.0
	if flow == "vert270" {
		deg = -90
	}
	out, ok := turned(ops, c, deg)
	if !ok {
		r.warnOnce("竖排文本框中有无法随文字转向的内容，PDF 按横排画出")
	}
	var upright func(rune) bool
	switch flow {
	case "eaVert", "mongolianVert":
		upright = func(ch rune) bool { return isWide(string(ch)) }
	case "wordArtVert":
		upright = func(rune) bool { return true }
	}
	if upright != nil {
		var stood []op
		for _, o := range out {
			if o.kind == opText && o.angle == -90 {
				stood = append(stood, standUp(o, upright)...)
				continue
			}
			stood = append(stood, o)
		}
		out = stood
	}
	if flow == "mongolianVert" || flow == "wordArtVert" {
		mirrorColumns(out, c.X)
	}
	return out
}

// standUp is a text reading down its column (turned a quarter right, its
// baseline at o.x) with the characters upright that stand so: each in
// its em box, centred across the column; the others stay on their side,
// as Word sets Latin letters and digits in vertical text.
func standUp(o op, upright func(rune) bool) []op {
	f := o.face.font
	s := o.size * ptToMM
	mid := o.x + (f.ascent-f.descent)*s/2
	var out []op
	lying := -1
	y := o.y
	for _, ch := range o.text {
		adv := float64(o.face.glyph(ch).advance) / f.upem * s * cmp.Or(o.hscale, 1)
		if !upright(ch) {
			if lying < 0 {
				l := o
				l.y, l.text = y, ""
				out = append(out, l)
				lying = len(out) - 1
			}
			out[lying].text += string(ch)
			y += adv
			continue
		}
		lying = -1
		c := o
		c.angle, c.text = 0, string(ch)
		c.x, c.y = mid-adv/2, y+s*f.ascent/(f.ascent+f.descent)
		out = append(out, c)
		// It keeps its advance down the column, where its line set it:
		// an em for a Chinese character.
		y += adv
	}
	return out
}

// advance is how far a text op's glyphs run along its baseline, mm.
func (o op) advance() float64 {
	w := 0.0
	for _, ch := range o.text {
		w += float64(o.face.glyph(ch).advance) / o.face.font.upem * o.size * ptToMM
	}
	return w * cmp.Or(o.hscale, 1)
}

// mirrorColumns puts the columns of text turned a quarter right in the
// other order, the first at the left, each as it stands: a text on its
// side keeps its glyphs' tops to the right, so its baseline moves by its
// descent less its ascent; an upright character and a picture keep their
// box; a path is mirrored across axis.
func mirrorColumns(ops []op, axis float64) {
	m := func(x float64) float64 { return 2*axis - x }
	for i := range ops {
		o := &ops[i]
		switch o.kind {
		case opText:
			if o.angle == -90 {
				f := o.face.font
				o.x = m(o.x) - (f.ascent-f.descent)*o.size*ptToMM
				continue
			}
			o.x = m(o.x) - o.advance()
		case opPath:
			p := *o.path
			across := func(pt Point) Point { return Point{m(pt.X), pt.Y} }
			p.Segs, p.Clip = mapSegs(p.Segs, across), mapSegs(p.Clip, across)
			o.path = &p
		case opImage, opLink, opFill, opRect, opLine:
			o.x = m(o.x) - o.w
		}
	}
}
