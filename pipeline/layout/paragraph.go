package layout

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// singleLine is a single line's height in multiples of the type size, for
// the Chinese faces the roles name (Word's single spacing of 宋体 and 仿宋),
// and for text whose document names no face (faceline.go has the others).
const singleLine = 1.3

// look is how a paragraph is set: its type, alignment, indents, spacing
// and line height, in mm.
type look struct {
	st                 Style // font role, size and whether it is on the grid
	align              string
	left, right, first float64
	before, after      float64
	lineHeight         float64
	// ea and latin are the single lines, in ems, of the faces its East
	// Asian and its Latin text are in where a run names none.
	ea, latin          faceMetrics
	pageBreakBefore    bool
	distributeLastLine bool
}

// look resolves how p is set: from the document where it was read from
// Word, from the preset's style where the model carries no layout.
func (r *renderer) look(p *wordmodel.Paragraph) look {
	st := r.p.style(p.Style, p.StyleName)
	if p.StyleSize > 0 {
		st.Size = p.StyleSize // the template's style, as a clerk set it in Word
	}
	if p.Spacing == nil {
		return r.presetLook(p, st)
	}
	// The paragraph's face (its baseline, its label's) is that of the
	// font its style names, which its first run carries.
	if role := roleOf(firstFont(p)); role != "" {
		st.Font = role
	}
	sp := p.Spacing
	// A character of about the grid's cell takes one cell, as Word sets
	// body text; a headline's larger type keeps its own width.
	st.Grid = r.g.cell > 0 && !sp.NoGrid && st.Size*ptToMM <= r.g.cell*1.1
	l := look{st: st, align: p.Align, pageBreakBefore: p.PageBreakBefore, distributeLastLine: p.Align == "distribute"}
	charW := st.Size * ptToMM
	if st.Grid {
		charW = r.g.cell
	}
	if in := p.Indent; in != nil {
		l.left = indentMM(in.Left, in.LeftChars, charW)
		l.right = indentMM(in.Right, in.RightChars, charW)
		l.first = indentMM(in.First, in.FirstChars, charW)
	}
	l.before = spaceMM(sp.Before, sp.BeforeLines, r.linePitch())
	l.after = spaceMM(sp.After, sp.AfterLines, r.linePitch())
	l.ea, l.latin = r.paraSingles(p, st)
	size := st.Size
	if p.Mark != nil && p.Mark.Size > 0 && strings.TrimSpace(p.Text) == "" {
		size = p.Mark.Size // an empty paragraph is as tall as its mark
	}
	l.lineHeight = r.lineHeight(sp, size*ptToMM*max(l.ea.single, l.latin.single))
	return l
}

// paraSingles are the single lines, in ems, of the East Asian and the
// Latin face of p: its mark's where it has no text and its mark names
// them (w:pPr/w:rPr), else its first run's with text; the roles' where
// none names one, the Latin text then taking the East Asian face's.
func (r *renderer) paraSingles(p *wordmodel.Paragraph, st Style) (ea, latin faceMetrics) {
	var run wordmodel.Run
	for _, rn := range p.Runs {
		if strings.TrimSpace(rn.Text) != "" {
			run = rn
			break
		}
	}
	if p.Mark != nil && strings.TrimSpace(p.Text) == "" {
		run = *p.Mark
	}
	drawn := r.fs.role(st.Font)
	ea = faceMetrics{single: singleLine}
	if run.Font != "" {
		ea = r.faceSingle(run.Font, drawn)
	}
	latin = ea
	if run.LatinFont != "" {
		latin = r.faceSingle(run.LatinFont, drawn)
	}
	return ea, latin
}

// presetLook is the look the preset gives a style, for a model that
// carries no layout of its own.
func (r *renderer) presetLook(p *wordmodel.Paragraph, st Style) look {
	pitch := r.linePitch()
	charW := st.Size * ptToMM
	if st.Grid {
		charW = r.g.cell
	}
	l := look{st: st, align: p.Align, first: st.Indent * charW, before: st.SpaceBefore * pitch, after: st.SpaceAfter * pitch,
		lineHeight: pitch * st.Lines, pageBreakBefore: st.PageBreakBefore || p.PageBreakBefore}
	if l.align == "" {
		l.align = st.Align
	}
	if in := p.Indent; in != nil {
		l.left, l.first = indentMM(in.Left, in.LeftChars, charW), indentMM(in.First, in.FirstChars, charW)
	}
	return l
}

// spaceMM is space before or after a paragraph: hundredths of a line
// where lines is set, as Word takes them first, otherwise twips.
func spaceMM(twips, lines, pitch float64) float64 {
	if lines != 0 {
		return lines / 100 * pitch
	}
	return twips / 20 * ptToMM
}

// lineHeight is the height of a line whose type's single line (its
// tallest run's size in its face's single line, faceline.go) is natural
// mm: exactly what an exact rule says, at least what an atLeast rule says
// and at least natural, and for auto a multiple of natural, which on a
// line grid takes as many whole grid lines as the type needs, so large
// type never overprints the line above.
func (r *renderer) lineHeight(sp *wordmodel.Spacing, natural float64) float64 {
	if r.g.pitch > 0 && !sp.NoGrid {
		natural = math.Ceil(natural/r.g.pitch-0.01) * r.g.pitch
	}
	switch sp.LineRule {
	case "exact":
		return sp.Line / 20 * ptToMM
	case "atLeast":
		return max(sp.Line/20*ptToMM, natural)
	}
	return natural * sp.Line / 240
}

// previous is the paragraph just drawn, for contextual spacing: its
// style, whether it leaves out its spacing next to its own style, the
// space it left after it, and the page it did so on.
type previous struct {
	style      string
	contextual bool
	after      float64
	page       int
}

func (r *renderer) paragraph(p *wordmodel.Paragraph) {
	if p.Frame != nil && r.inStory {
		r.framedInStory(p)
		return
	}
	l := r.look(p)
	if l.pageBreakBefore && (r.onPage || r.cols.at > 0) && !r.inBox {
		r.breakPage()
	}
	if p.ColumnBreakBefore {
		r.columnBreak()
	}
	if p.ColumnBreakAfter {
		defer r.columnBreak()
	}
	contextual := p.Spacing != nil && p.Spacing.Contextual
	before := l.before
	if r.prev.style == p.Style && r.prev.page == r.page && r.onPage {
		if r.prev.contextual {
			r.y -= r.prev.after
		}
		if contextual {
			before = 0
		}
	}
	defer func() { r.prev = previous{p.Style, contextual, l.after, r.page} }()
	if strings.TrimSpace(p.Text) == "" && p.Label == nil {
		r.markParagraph(p)
		r.placeFloats(p, r.y)
		if r.inlineBlock(p, l.align) || r.inlineShape(p.Shapes, l.align) {
			return // a picture in the line takes the line's place
		}
		// A body paragraph read from Word takes its line and its spacing
		// even empty, at a page's top too, as Word sets it (blank lines
		// over a 红头); a model's empty paragraph is a gap between others.
		// The empty mark holding a section break, alone at a page's top
		// (after a page break), takes nothing: the next section starts
		// on that page, not a blank one after it (LibreOffice's reading).
		own := p.Spacing != nil && !r.inStory && !r.inBox && !(r.breaksSection && !r.onPage)
		if decorated := p.Borders != nil || p.Shading != ""; r.onPage || decorated || own {
			if own && (r.onPage || r.hardTop) {
				r.advance(before)
			}
			// An empty line, too, goes under a float it cannot stand beside.
			s := r.lineSpan(l, true)
			if r.y, _, _ = room(r.floats, r.y, l.lineHeight, s.x0, s.x1, minWrap); r.y+l.lineHeight > r.bottom()+0.01 {
				r.newPage()
			}
			// An empty paragraph with a border is a rule (under a 红头).
			above, below := boxSpace(p.Borders)
			r.startBox(p, l)
			r.boxLine(r.y + above)
			r.numberEmpty(p, l, r.y+above)
			r.boxFoot(r.y + above + l.lineHeight)
			r.closeBox(true)
			r.onPage = r.onPage || decorated || own
			r.advance(above + l.lineHeight + below)
			if own {
				r.advance(l.after)
				return
			}
		}
		l.after = 0
		return
	}
	if r.onPage || r.hardTop && !r.inStory && !r.inBox {
		r.advance(before)
	}
	// A paragraph's floats go with its first line: where that line does
	// not fit, under the page's floats or at all, both start the next page.
	s := r.lineSpan(l, true)
	if y, _, _ := room(r.floats, r.y, l.lineHeight, s.x0, s.x1, minWrap); y+l.lineHeight > r.bottom()+0.01 && (r.onPage || y > r.y+0.01) {
		r.newPage()
	}
	r.keepTogether(p, l)
	top := r.y
	r.placeFloats(p, top)
	r.startBox(p, l)
	above, below := boxSpace(p.Borders)
	r.y += above
	r.setLines(p, l)
	r.splitAt = 0
	r.closeBox(true)
	r.pbox = nil
	r.y += below
	r.label = 0
	if p.Label != nil {
		r.label = utf8.RuneCountInString(p.Label.Text)
	}
	r.placeAnchored(p, top)
	r.drawn = r.drawn[:0]
	r.advance(l.after)
}

// setLines sets p's lines from r.y down, each band of a line in the room
// the page's floats leave it, on as many pages as they take.
func (r *renderer) setLines(p *wordmodel.Paragraph, l look) {
	first, noted, here := true, false, 0 // here: its lines on this page
	pieces := r.pieces(p, l)
	for k, units := range pieces {
		for {
			s := r.lineSpan(l, first)
			need := minWrap
			if len(units) > 0 {
				need = max(need, units[0].width)
			}
			y, spans, free := room(r.floats, r.y, l.lineHeight, s.x0, s.x1, need)
			// A line pushed under a float past the page's foot goes on to
			// the next page even from a page with nothing else on it.
			pushed := r.onPage || y > r.y+0.01
			if y+l.lineHeight > r.bottom()+0.01 && pushed {
				r.newPage()
				continue
			}
			lines, rest := fillBand(units, spans, free)
			height, drop := 0.0, math.Inf(-1)
			for _, line := range lines {
				h, d := r.lineWithPictures(line, p, l)
				height, drop = max(height, h), max(drop, d)
			}
			drop = max(drop, -height) // no lines: none drawn
			if y+height > r.bottom()+0.01 && pushed || r.widowBreak(p, l, y, height, here, rest, pieces[k+1:]) || r.splitAt > 0 && here >= r.splitAt {
				r.newPage()
				here, r.splitAt = 0, 0
				continue
			}
			r.y = y
			if first && !noted {
				page := r.page
				r.reserveNotes(p.Footnotes, height)
				noted = true
				if r.page != page {
					continue // the notes took the line to the next page: its room there
				}
			}
			if first {
				r.topHere()
			}
			r.boxLine(r.y)
			r.y += drop
			r.linesBegin(p, l, len(lines))
			// The paragraph's last line is its last with text: a band
			// beside a float may leave the spans after it empty, and a
			// justified last line is not stretched to the float.
			last := len(lines) - 1
			for last > 0 && len(lines[last]) == 0 {
				last--
			}
			for i, line := range lines {
				end := len(rest) == 0 && i == last
				r.clipTop = exactClip(p.Spacing, line, r.fs.role(l.st.Font), r.y, l.st.Size*ptToMM, r.y-drop)
				x, gap := r.drawLine(line, p, l, spans[i], end)
				r.clipTop = 0
				r.drawn = append(r.drawn, drawnLine{units: line, top: r.y - drop, x: x, gap: gap, newline: end && k < len(pieces)-1})
			}
			r.onPage = true
			here += len(lines)
			r.y += height - drop
			r.boxFoot(r.y)
			first, units = false, rest
			if len(units) == 0 {
				break
			}
		}
		// A break with more of the paragraph after it.
		if slices.Contains(p.PageBreaks, k) && !r.inBox && !r.inStory {
			r.breakPage()
		} else if slices.Contains(p.ColumnBreaks, k) {
			r.columnBreak()
		}
	}
}

// lineSpan is where a line of a paragraph set as l stands between its
// indents, the first line's own indent counted where first.
func (r *renderer) lineSpan(l look, first bool) span {
	s := span{r.left() + l.left, r.left() + r.width() - l.right}
	if first {
		s.x0 += l.first
	}
	return s
}

// pieces cuts p's text into the pieces its line breaks end, each cut into
// units, its list label before the first.
func (r *renderer) pieces(p *wordmodel.Paragraph, l look) [][]unit {
	st := l.st
	charW := st.Size * ptToMM
	if st.Grid {
		charW = r.g.cell
	}
	pieces := r.runUnits(p, r.fs.role(st.Font), st)
	if p.Label != nil {
		pieces[0] = append(r.labelUnits(p.Label, p.LabelPicture, r.fs.role(st.Font), st, l.first, charW), pieces[0]...)
	}
	inner := r.width() - l.left - l.right
	for k, units := range pieces {
		for i := range units {
			if units[i].img != nil {
				// A picture wider than the indented lines is scaled to them.
				units[i].width = min(units[i].width, inner)
			}
			// A comma or stop may hang past a paragraph's margin; a
			// cell's text keeps within its cell, as LibreOffice keeps it.
			units[i].hang = hangable(units[i].text)
		}
		units = r.ruleUnits(units, p.Spacing, st.Size)
		pieces[k] = units
		// Tabs are set as if the piece were one line, for breaking it.
		setTabs(units, l.left+l.first, r.tabbing(p, l))
	}
	return pieces
}

// breakLines cuts p's text into the lines of a paragraph set as l, and
// says of each whether it ends a piece (at a line break or the end): a
// justified line ending there is not stretched.
func (r *renderer) breakLines(p *wordmodel.Paragraph, l look) (lines [][]unit, ends []bool) {
	inner := r.width() - l.left - l.right
	for _, units := range r.pieces(p, l) {
		ls := lineBreak(nil, units, inner-l.first, inner)
		if len(ls) == 0 {
			ls = [][]unit{nil}
		}
		lines = append(lines, ls...)
		for k := range ls {
			ends = append(ends, k == len(ls)-1)
		}
	}
	return lines, ends
}

// drawLine draws one line of p at r.y in the span s; end: it ends a piece.
// It returns where the line starts and the gap justification puts between
// its units.
func (r *renderer) drawLine(line []unit, p *wordmodel.Paragraph, l look, s span, end bool) (start, gap float64) {
	line = r.takeAnchors(line)
	r.numberLine(line, l.st.Size)
	r.renumber(line, l.st.Size)
	x, avail := s.x0, s.width()
	w := lineWidth(line)
	align := l.align
	if setTabs(line, x-r.left(), r.tabbing(p, l)) {
		// A line with tabs is set by its tab stops, as wide as they make
		// it: a centred or right-aligned one (a 页眉's 单位⇥⇥年份) is
		// moved as a whole, as Word moves it; a justified one is not
		// stretched.
		w = lineWidth(line)
		if align == "both" || align == "distribute" || slices.ContainsFunc(line, func(u unit) bool { return u.align != nil }) {
			// An alignment tab's place is the page's, whatever the
			// paragraph's alignment (a centred 页眉's).
			align = "left"
		}
	}
	switch align {
	case "center":
		x += (avail - w) / 2
	case "right", "end":
		x += avail - w
	case "both", "distribute":
		k := len(line) - 1
		switch {
		case end && !l.distributeLastLine || k < 1:
		case w > avail+0.01 && line[k].hangs():
			// A hanging mark stands past the margin: the units before it
			// fill the line.
			if k > 1 {
				gap = (avail - (w - line[k].width)) / float64(k-1)
			}
		default:
			gap = (avail - w) / float64(k)
		}
	}
	r.drawUnits(line, r.fs.role(l.st.Font), x, r.y, l.st.Size*ptToMM, gap)
	return x, gap
}

// firstFont is the East Asian font of p's first run with text.
func firstFont(p *wordmodel.Paragraph) string {
	for _, run := range p.Runs {
		if strings.TrimSpace(run.Text) != "" {
			return run.Font
		}
	}
	return ""
}
