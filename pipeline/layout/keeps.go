package layout

import (
	"math"

	"jixiao/pipeline/wordmodel"
)

// Keep rules (与下段同页, 段中不分页, 孤行控制) decide where the body's
// pages break, as Word decides: each is judged only near a page's foot,
// and a paragraph's lines are counted (broken a second time) only there,
// so a paragraph well inside its page costs nothing more.

// keeps are the paragraph's keep rules where they apply: the body's own
// paragraphs, never a header's, a footer's, a text box's or a note's;
// in a chain of linked boxes, whose story breaks from box to box as the
// body's from page to page, its widow control (孤行控制).
func (r *renderer) keeps(p *wordmodel.Paragraph) wordmodel.Keeps {
	switch {
	case p.Spacing == nil || r.unnumbered || r.beside != nil:
		return wordmodel.Keeps{}
	case r.chain != nil:
		return wordmodel.Keeps{WidowControl: p.Spacing.Keeps.WidowControl}
	case r.inStory || r.inBox:
		return wordmodel.Keeps{}
	}
	return p.Spacing.Keeps
}

// keepTogether starts p's page anew where its keep rules say its first
// line may not stand where it would: p begins at r.y with something above
// it on the page.
func (r *renderer) keepTogether(p *wordmodel.Paragraph, l look) {
	k := r.keeps(p)
	long := r.longChain
	r.longChain = long && k.KeepNext
	if !r.onPage || l.lineHeight <= 0 || k == (wordmodel.Keeps{}) {
		return
	}
	room := r.bottom() + 0.01 - r.y
	fit := int(math.Floor(room / l.lineHeight)) // lines that fit here
	page := r.bottom() + 0.01 - r.pageTop()
	if k.KeepNext && !long {
		// 与下段同页 forbids a break only between p's last line and what
		// follows: p itself may break unless it is kept whole, its last
		// lines then going over with the rest of the chain.
		if tail, ok := r.chainAfter(p.Section, l.after, r.following); ok {
			n := r.lineCount(p, l)
			whole := float64(n)*l.lineHeight + tail
			lead := leading(k, n)
			switch {
			case whole <= room:
			case lead == n && whole <= page:
				r.newPage()
				return
			case lead == n:
				r.longChain = true
			case float64(trailing(k))*l.lineHeight+tail > page:
				r.longChain = true
			case fit >= lead && fit > n-trailing(k) && len(p.PageBreaks)+len(p.ColumnBreaks) == 0:
				// It would end on this page, or leave only a widow
				// over: its last lines go over now (one with a page
				// break of its own is left to break there).
				r.splitAt = n - trailing(k)
				return
			}
		}
	}
	if !k.KeepLines && !(k.WidowControl && fit <= 2) {
		return
	}
	if roughLines(p, l, r.width())*l.lineHeight < room {
		return // fits whatever its breaking
	}
	n := r.lineCount(p, l)
	if n <= fit {
		return
	}
	switch {
	case k.KeepLines && float64(n)*l.lineHeight <= page:
		r.newPage()
	case k.WidowControl && n >= 2 && (fit < 2 || fit == 2 && n == 3):
		// Its first line alone here, or its first two with its last
		// alone over the page, which taking one more over would leave
		// alone: the paragraph goes over whole.
		r.newPage()
	}
}

// pageTop is where the body's text starts on a page: the text block's
// top, or the columns' top below a section ended on the page.
func (r *renderer) pageTop() float64 {
	if r.inColumns() {
		return r.cols.top
	}
	return r.top()
}

// roughLines is more lines than p can take at width, or about as many:
// each character a full type size wide, the commonest widest.
func roughLines(p *wordmodel.Paragraph, l look, width float64) float64 {
	inner := width - l.left - l.right - max(l.first, 0)
	if inner <= 0 {
		return math.Inf(1)
	}
	charW := l.st.Size * ptToMM
	n, breaks := 0, len(p.PageBreaks)+len(p.ColumnBreaks)
	for _, c := range p.Text {
		n++
		if c == '\n' {
			breaks++ // a line break ends a line
		}
	}
	if p.Label != nil {
		n += len([]rune(p.Label.Text)) + 2
	}
	return math.Ceil(float64(n)*charW*1.5/inner) + float64(breaks) + 2
}

// lineCount is how many lines p takes at the current width.
func (r *renderer) lineCount(p *wordmodel.Paragraph, l look) int {
	lines, _ := r.breakLines(p, l)
	return max(len(lines), 1)
}

// chainAfter is how much of the page must stand below the last line (of
// a paragraph, or row of a table) kept with what follows, in section, after
// space after it: every keepNext paragraph after it in next that is kept whole,
// and the first lines of the one after them (two under widow control, all
// of it where it may not break), or a table's first row. False where
// nothing follows to keep it with: a section break, or a paragraph that
// starts a page of its own.
func (r *renderer) chainAfter(section int, after float64, next []wordmodel.Block) (float64, bool) {
	need := 0.0
	for _, b := range next {
		if wordmodel.SectionOf(b) != section {
			return 0, false
		}
		switch b := b.(type) {
		case *wordmodel.Table:
			if b.Float != nil {
				continue // out of the flow
			}
			return need + after + r.firstRowHeight(b), true
		case *wordmodel.Paragraph:
			nl := r.look(b)
			if nl.pageBreakBefore || b.Frame != nil {
				return 0, false
			}
			need += max(after, nl.before)
			k := r.keeps(b)
			n := r.lineCount(b, nl)
			// A keepNext paragraph that may break ends the chain too: its
			// last lines go with what follows it, its first with what is above.
			if lead := leading(k, n); !k.KeepNext || lead < n {
				return need + float64(lead)*nl.lineHeight, true
			}
			need += float64(n) * nl.lineHeight
			after = nl.after
		}
	}
	return need, true
}

// leading is how many of a paragraph's n lines must stand on the page of
// its first: all where it is kept whole (段中不分页) or is too short to
// break under widow control (three lines or fewer), two under widow
// control, else one.
func leading(k wordmodel.Keeps, n int) int {
	switch {
	case k.KeepLines || k.WidowControl && n < 4:
		return n
	case k.WidowControl:
		return 2
	}
	return min(n, 1)
}

// trailing is how many of a paragraph's last lines must stand together on
// its last page: two under widow control, else one.
func trailing(k wordmodel.Keeps) int {
	if k.WidowControl {
		return 2
	}
	return 1
}

// firstRowHeight is the height of t's first row, laid out as it will be
// drawn; the trial's warnings are left to the table's own layout.
func (r *renderer) firstRowHeight(t *wordmodel.Table) float64 {
	warned := len(r.warnings)
	tl := r.layoutTable(t)
	r.warnings = r.warnings[:warned]
	if len(tl.rows) == 0 {
		return 0
	}
	return tl.rows[0].height
}

// widowBreak reports whether the band about to be set at y, height high,
// must go over to the next page so that the paragraph's last line is not
// alone there: the band is the last that fits, exactly one line follows
// it, and a line of the paragraph (here) already stands on this page.
func (r *renderer) widowBreak(p *wordmodel.Paragraph, l look, y, height float64, here int, rest []unit, later [][]unit) bool {
	if here < 1 || !r.keeps(p).WidowControl || y+height+l.lineHeight <= r.bottom()+0.01 {
		return false
	}
	inner := r.width() - l.left - l.right
	after := len(lineBreak(nil, rest, inner, inner))
	for _, units := range later {
		if after > 1 {
			break
		}
		after += max(len(lineBreak(nil, units, inner-l.first, inner)), 1)
	}
	return after == 1
}

// rowKeepsNext reports whether a row stays on the page of the next, as
// Word keeps it: the last paragraph of one of its cells has keepNext.
func rowKeepsNext(row wordmodel.Row) bool {
	for _, c := range row.Cells {
		if n := len(c.Paras); n > 0 && c.Paras[n-1].Spacing != nil && c.Paras[n-1].Spacing.KeepNext {
			return true
		}
	}
	return false
}

// rowsGoOver reports whether the rows kept together from row at, with
// the row after them, fit on a page but not in the room left: they then
// start the next page together. A body table's last row kept with the
// next keeps the table's kept rows with the first lines of the paragraph
// after it, as Word keeps a table with the caption under it.
func (r *renderer) rowsGoOver(tl *tableLayout, at int, room, page float64) bool {
	need := 0.0
	for i := at; i < len(tl.rows); i++ {
		need += tl.rows[i].height
		if !tl.rows[i].withNext {
			break
		}
		if i == len(tl.rows)-1 && !r.inStory && !r.inBox && r.beside == nil {
			if tail, ok := r.chainAfter(r.section, 0, r.following); ok {
				need += tail
			}
		}
	}
	return need > room+0.01 && need <= page+0.01
}
