package layout

import (
	"math"

	"jixiao/pipeline/wordmodel"
)

// A paragraph's shading and its box are drawn as Word draws them: the
// shading fills from its left indent to its right one, from the top of
// its first line to the foot of its last, its spacing before and after
// left out; its lines stand w:space outside the text, and the shading
// reaches them. Paragraphs one after another with the same lines and
// indents are one box (Borders.WithPrevious, WithNext): its top line
// over the first, its bottom line under the last, a between line where
// one paragraph meets the next, its sides and shading running through
// the spacing between them. A paragraph that runs onto another page is
// boxed on each page, the box open where it breaks; so is a group a page
// (or column) break parts, in the body or in a split row's cell: no line
// at the foot of the first part nor at the top of the next, as Word draws
// it, a between line only where two of its paragraphs meet on a page.

// paraBox is the part, on the page being set, of a paragraph that is
// shaded or has lines.
type paraBox struct {
	p      *wordmodel.Paragraph
	x0, x1 float64 // the text's indents, mm
	// at is where the part's ops begin: its shading goes under them.
	at int
	// top is the top of the part's first line, bottom the foot of its
	// last.
	top, bottom float64
	open        bool
	// first: the part holds the paragraph's first line.
	first bool
}

// boxSpace is the room a paragraph's lines take above its text and
// below it, mm: Word makes the paragraph that much taller, by a line's
// space and width; above, the top line's, or the between line's where
// the paragraph joins the one above it.
func boxSpace(b *wordmodel.Borders) (above, below float64) {
	if b == nil {
		return 0, 0
	}
	room := func(l *wordmodel.Border) float64 {
		if l == nil {
			return 0
		}
		return l.Space*ptToMM + ruleWidth(l)
	}
	if b.WithPrevious {
		above = room(b.Between)
	} else {
		above = room(b.Top)
	}
	if !b.WithNext {
		below = room(b.Bottom)
	}
	return above, below
}

// boxEnd is where the last box of a group ended: the paragraph after it
// in the group runs its sides and shading up to it in the same column of
// the same page.
type boxEnd struct {
	page, column int
	y            float64
}

// startBox begins the box of p, set as l; nil where p has no shading or
// lines.
func (r *renderer) startBox(p *wordmodel.Paragraph, l look) {
	r.pbox = nil
	if p.Shading == "" && p.Borders == nil {
		return
	}
	r.pbox = &paraBox{p: p, x0: r.left() + l.left, x1: r.left() + r.width() - l.right, first: true}
}

// boxLine records a line of the box's paragraph set from top, before it
// is drawn; boxFoot its foot, after.
func (r *renderer) boxLine(top float64) {
	if b := r.pbox; b != nil && !b.open {
		b.open, b.at, b.top, b.bottom = true, len(r.ops), top, top
	}
}

func (r *renderer) boxFoot(y float64) {
	if b := r.pbox; b != nil && b.open {
		b.bottom = y
	}
}

// closeBox draws the box's part on this page: last says it holds the
// paragraph's last line.
func (r *renderer) closeBox(last bool) {
	b := r.pbox
	if b == nil || !b.open {
		return
	}
	b.open = false
	defer func() { b.first = false }()
	bd := b.p.Borders
	if bd == nil {
		bd = &wordmodel.Borders{}
	}
	opens, closes := b.first && !bd.WithPrevious, last && !bd.WithNext
	x0, x1, top, bottom := b.x0, b.x1, b.top, b.bottom
	if bd.Left != nil {
		x0 -= bd.Left.Space * ptToMM
	}
	if bd.Right != nil {
		x1 += bd.Right.Space * ptToMM
	}
	if opens && bd.Top != nil {
		top -= bd.Top.Space * ptToMM
	}
	if closes && bd.Bottom != nil {
		bottom += bd.Bottom.Space * ptToMM
	}
	// joined: the box above ended on this page, the paragraph meeting it
	// here; a group a page break parts is open on both sides of the
	// break, no between line drawn there, as in Word.
	joined := b.first && bd.WithPrevious && r.lastBox.page == r.page && r.lastBox.column == r.cols.at
	if joined {
		top = min(top, r.lastBox.y)
	}
	if last && bd.WithNext {
		r.lastBox = boxEnd{r.page, r.cols.at, bottom}
	}
	if b.p.Shading != "" && bottom > top {
		fill := op{kind: opFill, x: x0, y: top, w: x1 - x0, h: bottom - top, color: b.p.Shading}
		r.ops = append(r.ops[:b.at], append([]op{fill}, r.ops[b.at:]...)...)
	}
	wl, wr := ruleWidth(bd.Left), ruleWidth(bd.Right)
	// A line's middle stands its space from the text, as LibreOffice
	// draws Word's.
	if opens && bd.Top != nil {
		r.rule(bd.Top, x0-wl, top, x1-x0+wl+wr, -1)
	}
	if joined && bd.Between != nil {
		r.rule(bd.Between, x0-wl, b.top-bd.Between.Space*ptToMM, x1-x0+wl+wr, -1)
	}
	if closes && bd.Bottom != nil {
		r.rule(bd.Bottom, x0-wl, bottom, x1-x0+wl+wr, 1)
	}
	up, down := top, bottom
	if opens {
		up -= ruleWidth(bd.Top)
	}
	if closes {
		down += ruleWidth(bd.Bottom)
	}
	r.borderSide(bd.Left, Point{x0 - wl/2, up}, Point{x0 - wl/2, down}, 1)
	r.borderSide(bd.Right, Point{x1 + wr/2, up}, Point{x1 + wr/2, down}, -1)
	if bd.Bar != nil {
		// The bar stands its space left of the text, outside a left line.
		x := b.x0 - bd.Bar.Space*ptToMM - ruleWidth(bd.Bar)/2
		if bd.Left != nil {
			x = min(x, x0-wl-ruleWidth(bd.Bar)/2)
		}
		r.borderSide(bd.Bar, Point{x, b.top}, Point{x, b.bottom}, 1)
	}
}

// ruleWidth is how wide a line is across all its strands, mm; 0 for none.
func ruleWidth(l *wordmodel.Border) float64 {
	if l == nil {
		return 0
	}
	return l.Width * borderLines(l) * ptToMM
}

// shadeCellLine fills a cell paragraph's shading behind its line, set
// from top in a content box from x inner wide, between the paragraph's
// indents; a line under the last one's fill (at op shade, -1 for none)
// lengthens it, so a paragraph is one fill. It returns the fill's op.
func (r *renderer) shadeCellLine(line cellLine, x, inner, top float64, shade int) int {
	s := line.set
	if s == nil || s.shading == "" || s.borders != nil {
		return -1 // a boxed paragraph's shading is its box's
	}
	x0, w, bottom := x+s.left, inner-s.left-s.right, top+line.marks+line.lineH
	if shade >= 0 {
		if o := &r.ops[shade]; o.color == s.shading && sameY(o.x, x0) && sameY(o.w, w) && math.Abs(o.y+o.h-top) < 0.01 {
			o.h = bottom - o.y
			return shade
		}
	}
	r.fill(x0, top, w, bottom-top, s.shading)
	return len(r.ops) - 1
}

// boxCellLine, before line i of a cell's lines set from top in a
// content box from x inner wide is drawn, draws the box of the paragraph
// the line before ends, and begins or lengthens the box of the line's;
// goesOn says the line goes on with a paragraph begun on the page before
// (a row split there), whose box is open above it. The last box is drawn
// by closeBox after the cell's lines.
func (r *renderer) boxCellLine(lines []cellLine, i int, goesOn bool, x, inner, top float64) {
	if i > 0 && lines[i-1].set != lines[i].set {
		r.closeBox(true)
		r.pbox = nil
	}
	line := lines[i]
	s := line.set
	if s == nil || s.borders == nil {
		return
	}
	if r.pbox == nil {
		p := &wordmodel.Paragraph{Borders: s.borders, Shading: s.shading}
		r.pbox = &paraBox{p: p, x0: x + s.left, x1: x + inner - s.right, first: !goesOn}
		r.boxLine(top + line.above + line.push)
	}
	r.boxFoot(top + line.h - s.after)
}
