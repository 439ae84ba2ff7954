package layout

import (
	"cmp"
	"fmt"
	"strings"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// A cell's paragraphs are set as Word sets any paragraph (wordmodel has
// resolved each through the document defaults, the table style, its style
// chain and its own pPr): each at its own type size, line rule and line
// height, on the section's line grid unless snapToGrid is off (the grid
// makes every line of a 10.5 pt cell a whole grid line high, as in Word
// and LibreOffice), with its space before and after (a cell's first
// paragraph keeps its space before, its last its space after), its
// indents and its alignment. A model not read from Word has no cell
// paragraphs; the preset's table type sets its cells.

// cellSet is how one paragraph of a cell is set, in mm: its size (its
// largest run's), its line height at that size and its spacing, which
// gives a line of smaller runs its own, the space before and after it,
// its indents, its alignment, and how many lines of the cell's text
// (split at \n) it is.
type cellSet struct {
	sizes              []wordmodel.RunSize
	sizePt, lineH      float64
	spacing            *wordmodel.Spacing
	before, after      float64
	left, right, first float64
	align              string
	pieces             int
	// shading is the colour behind the paragraph's lines; "" for none.
	// borders are its lines, whose room before and after holds
	// (parabox.go).
	shading  string
	borders  *wordmodel.Borders
	boxBelow float64
	// tabs are its tab stops (wordmodel's CellPara.Tabs).
	tabs []wordmodel.TabStop
}

// cellLine is one wrapped line of a cell: its units, how it is set, its
// height with the paragraph's space it carries (h), and the space above
// its text (above), where the space before its paragraph goes; sizePt
// and lineH are its largest run's size and the height of its text, which
// a line of only a paragraph's smaller runs has lower, as in Word.
type cellLine struct {
	units         []unit
	set           *cellSet
	h, above      float64
	sizePt, lineH float64
	// face is the metrics of the face of its tallest text, which sets
	// its baseline.
	face faceMetrics
	// marks is the room its emphasis marks add over its text, in h.
	marks float64
	// push is how far a float the cell's text flows around moved it down
	// (cellwrap.go), in h where the line ends its band; span is the
	// room beside the float it is set in, 0 for the whole line's.
	push, span float64
	x          float64 // from the content box's left: indents
	// end says the line ends its piece of text (a paragraph, or a line
	// before a line break).
	end bool
	// cols are a vertical cell's columns, its one line (verticalcell.go).
	cols []column
}

// setKey is all that sets a cell of at most one paragraph besides its
// table and section, which are the same for all of a table's cells.
type setKey struct {
	pitch            float64
	pieces           int
	align            string
	para             wordmodel.CellPara
	spacing          wordmodel.Spacing
	indent           wordmodel.Indent
	spaced, indented bool
}

// cellSets are how the paragraphs of c are set, covering its pieces
// lines of text. A cell of one paragraph, every data cell of most tables,
// shares the sets of the table's cells set alike: they are read, never
// changed, and a long table has a few kinds of cell but a million cells.
func (r *renderer) cellSets(tl *tableLayout, c tableCell, pieces int) []cellSet {
	if len(c.paras) > 1 {
		return r.newCellSets(tl, c, pieces)
	}
	k := setKey{pitch: r.g.pitch, pieces: pieces}
	if len(c.paras) == 0 {
		k.align = c.align
	} else {
		k.para = c.paras[0]
		if sp := k.para.Spacing; sp != nil {
			k.spacing, k.spaced = *sp, true
		}
		if in := k.para.Indent; in != nil {
			k.indent, k.indented = *in, true
		}
		// Compared by value above: each paragraph has its own.
		k.para.Spacing, k.para.Indent = nil, nil
	}
	if sets, ok := tl.sets[k]; ok {
		return sets
	}
	sets := r.newCellSets(tl, c, pieces)
	if tl.sets == nil {
		tl.sets = map[setKey][]cellSet{}
	}
	tl.sets[k] = sets
	return sets
}

func (r *renderer) newCellSets(tl *tableLayout, c tableCell, pieces int) []cellSet {
	if len(c.paras) == 0 {
		return []cellSet{{sizePt: tl.sizePt, lineH: tl.lineH, align: c.align, pieces: pieces}}
	}
	sets := make([]cellSet, len(c.paras))
	for i, cp := range c.paras {
		s := &sets[i]
		s.sizePt, s.align, s.pieces, s.shading = tl.sizePt, cp.Align, cp.Lines, cp.Shading
		if cp.Size > 0 {
			s.sizePt = cp.Size
		}
		if cp.Sizes != nil {
			s.sizes = *cp.Sizes
		}
		if cp.Tabs != nil {
			s.tabs = *cp.Tabs
		}
		s.lineH, s.spacing = r.paraLine(tl, cp), cp.Spacing
		if sp := cp.Spacing; sp != nil {
			s.before = spaceMM(sp.Before, sp.BeforeLines, r.linePitch())
			s.after = spaceMM(sp.After, sp.AfterLines, r.linePitch())
		}
		if cp.Borders != nil {
			above, below := boxSpace(cp.Borders)
			s.borders, s.before, s.after, s.boxBelow = cp.Borders, s.before+above, s.after+below, below
		}
		if in := cp.Indent; in != nil {
			charW := s.sizePt * ptToMM
			s.left = indentMM(in.Left, in.LeftChars, charW)
			s.right = indentMM(in.Right, in.RightChars, charW)
			s.first = indentMM(in.First, in.FirstChars, charW)
		}
	}
	// The text's lines all belong to some paragraph.
	covered := 0
	for _, s := range sets {
		covered += s.pieces
	}
	sets[len(sets)-1].pieces += max(pieces-covered, 0)
	return sets
}

// paraLine is the height of a line of the cell paragraph cp.
func (r *renderer) paraLine(tl *tableLayout, cp wordmodel.CellPara) float64 {
	return r.cellLineHeight(cp.Spacing, cmp.Or(cp.Size, tl.sizePt), singleLine)
}

// cellLineHeight is the height of a cell's line of type of sizePt in a
// paragraph of spacing sp (nil: the preset's), in a face of single line
// single (ems).
func (r *renderer) cellLineHeight(sp *wordmodel.Spacing, sizePt, single float64) float64 {
	if sp == nil {
		return sizePt * ptToMM * r.p.Table.LineHeight
	}
	return r.lineHeight(sp, sizePt*ptToMM*single)
}

// emptyHeight is the height of a cell showing no line: its first
// paragraph's line and space.
func emptyHeight(sets []cellSet) float64 {
	return sets[0].before + sets[0].lineH + sets[0].after
}

// wrapped holds the lines of one cell wrap gave, and their units, to be
// given to the next cell's once the caller is done with them: a long
// table's cells are wrapped to be measured and drawn, their lines thrown
// away at once, and allocating them anew each time was much of the GC's
// work.
type wrapped struct {
	lines []cellLine
	units []unit
}

// wrap breaks the cell's text into lines of its width, paragraph by
// paragraph, shrinking a line that cannot break to fit; it warns of what
// it cannot show or fit. An empty paragraph among others is an empty line.
// The lines are into's, valid until into is passed again; a nil into
// allocates them.
func (r *renderer) wrap(tl *tableLayout, c tableCell, into *wrapped) []cellLine {
	if c.vertical() {
		return r.verticalLines(tl, c)
	}
	inner := c.w - c.pad[1] - c.pad[3]
	r.textLines = splitLines(r.textLines, r.clean(c.text))
	pieces := r.textLines
	sets := r.cellSets(tl, c, len(pieces))
	var lines []cellLine
	var arena []unit
	if into != nil {
		lines, arena = into.lines[:0], into.units[:0]
	} else {
		lines = make([]cellLine, 0, len(pieces))
	}
	k := 0
	around := c.wrapsAny()
	var excl []exclusion
	for si := range sets {
		s := &sets[si]
		start := len(lines)
		if around {
			excl = r.cellExclusions(excl, c, k, linesHeight(lines)+s.before, s.lineH)
		}
		// A float placed from this paragraph's line or character: the
		// paragraph set once without it, then around it (celllines.go).
		k0, arena0, byLine := k, len(arena), around && c.fromLineAt(k)
		for {
			runs := runSizes(s, pieces[k:min(k+s.pieces, len(pieces))])
			if runs == nil && hasPicture(s.sizes) {
				r.warnings = append(r.warnings, fmt.Sprintf("表格中“%s”所在段落的图片未能排入文字行，PDF 中没有画出；请把图片单独放一段", excerpt(strings.Join(pieces[k:min(k+s.pieces, len(pieces))], ""))))
			}
			for j := 0; j < s.pieces && k < len(pieces); j, k = j+1, k+1 {
				piece := pieces[k]
				if into == nil {
					arena = nil // each piece's units their own
				}
				from := len(arena)
				var units []unit
				tabbed := false
				if formatted(runs) {
					arena, runs = r.formattedUnits(arena, piece, runs, c.face, &c.fonts, s.sizePt, nil)
					units = arena[from:len(arena):len(arena)]
					colorUnits(units, c.color)
					// Its tabs' widths as they fall before it is broken, set
					// again on each line it is broken into.
					first := 0.0
					if j == 0 {
						first = s.first
					}
					tabbed = s.setTabs(r, units, s.left+first, inner)
				} else {
					arena = r.plainCellUnits(arena, piece, c.face, c.fonts.faces, s.sizePt)
					units = arena[from:len(arena):len(arena)]
					colorUnits(units, c.color)
					runs = sizeUnits(units, runs, s.sizePt)
					if strings.IndexByte(piece, '\t') >= 0 {
						first := 0.0
						if j == 0 {
							first = s.first
						}
						tabbed = s.setTabs(r, units, s.left+first, inner)
					}
				}
				kernUnits(units, c.kern, s.sizePt)
				fitPictures(units, inner-s.left-s.right)
				units = r.ruleUnits(units, s.spacing, s.sizePt)
				first := 0.0
				if j == 0 {
					first = s.first
				}
				if c.fitText {
					// One line, spread or squeezed across the room.
					if room := inner - s.left - s.right - first; len(units) > 0 || len(pieces) > 1 {
						fitUnits(units, room)
						lines = append(lines, r.cellLineOf(units, s, &c, s.left+first, room, true, piece))
					}
					continue
				}
				if len(excl) > 0 {
					lines = r.aroundLines(lines, units, excl, s, c, first, start, piece, tabbed)
					continue
				}
				rest := inner - s.left - s.right
				r.broken = lineBreak(r.broken, units, rest-first, rest)
				broken := r.broken
				if len(broken) == 0 && len(pieces) > 1 {
					broken = append(broken, nil)
				}
				for b, line := range broken {
					x := s.left
					if b == 0 {
						x += first
					}
					if tabbed {
						s.setTabs(r, line, x, inner)
					}
					lines = append(lines, r.cellLineOf(line, s, &c, x, inner-x-s.right, b == len(broken)-1, piece))
				}
			}
			if !byLine {
				break
			}
			excl = r.lineExclusions(excl, c, k0, lines[start:], linesHeight(lines[:start])+s.before)
			lines, arena, k, byLine = lines[:start], arena[:arena0], k0, false
		}
		if len(lines) > start {
			lines[start].h += s.before
			lines[start].above = s.before
			lines[len(lines)-1].h += s.after
		}
	}
	if into != nil {
		into.lines, into.units = lines, arena
	}
	return lines
}

// cellLineOf is the cell line of the units line of a paragraph set as
// s in a cell whose East Asian and Latin faces have the single lines
// singles (ems), starting x from the content box's left in room mm;
// end: it ends its piece of text. A line is as high as its tallest text
// in its own face makes it (naturalLine), as in the body.
func (r *renderer) cellLineOf(line []unit, s *cellSet, c *tableCell, x, room float64, end bool, piece string) cellLine {
	cl := cellLine{units: line, set: s, x: x, end: end, sizePt: s.sizePt, lineH: s.lineH}
	natural, size, m := naturalLine(line, s.sizePt, c.singles[0], c.singles[1])
	cl.face = m
	if size > 0 && size < s.sizePt {
		cl.sizePt, cl.lineH = size, r.cellLineHeight(s.spacing, size, singleLine)
		for i := range line {
			// Scaled to the paragraph's size until now: to the line's.
			line[i].scale = cmp.Or(line[i].scale, 1) * s.sizePt / size
		}
	}
	if natural > 0 && s.spacing != nil {
		cl.lineH = r.lineHeight(s.spacing, natural)
	}
	cl.h = cl.lineH
	r.fit(line, room, piece) // a number shrunk to fit keeps its line's height
	if s.spacing == nil || s.spacing.LineRule != "exact" {
		r.roomOver(&cl, c.face.font)
	}
	return cl
}

// roomOver grows the line l, set in the face f, by what stands over its
// type: its emphasis marks, and a picture taller than the type's ascent,
// which stands on the baseline and pushes the text down by as much, as
// in the body (lineWithPictures), to whole grid lines where the
// paragraph is on the grid.
func (r *renderer) roomOver(l *cellLine, f *loaded) {
	sizeMM := l.sizePt * ptToMM
	above, below := emphasisRoom(l.units, sizeMM)
	tallest := 0.0
	for _, u := range l.units {
		if u.img != nil {
			tallest = max(tallest, u.pictureHeight())
		}
	}
	up := max(tallest-f.ascent*sizeMM, above)
	if up <= 0 && below <= 0 {
		return
	}
	sp := l.set.spacing
	l.h, l.marks = r.grown(l.lineH, max(up, 0), below, sp != nil && !sp.NoGrid)
	if tallest-f.ascent*sizeMM >= above {
		// The picture's top at the line's top, the type's baseline on its foot.
		l.marks = max(tallest-r.baseline(sp, !r.inStory, l.lineH, sizeMM, f, l.face), 0)
	}
}

// fitPictures shrinks the pictures among units wider than room, the
// cell's content box, to its width, as Word fits a picture to its cell.
func fitPictures(units []unit, room float64) {
	for i := range units {
		if units[i].img != nil && units[i].width > room && room > 0 {
			units[i].width = room
		}
	}
}

// aroundLines appends to lines those of units, a piece of a paragraph
// set as s whose first line is lines[start], set around the cell's floats
// excl: the lines of a band side by side, only its last one's height
// counted, each pushed under the floats as far as its band.
func (r *renderer) aroundLines(lines []cellLine, units []unit, excl []exclusion, s *cellSet, c tableCell, first float64, start int, piece string, tabbed bool) []cellLine {
	y := linesHeight(lines)
	if len(lines) == start {
		y += s.before // added to the paragraph's first line once it is set
	}
	bands, _ := aroundFloats(units, excl, s, c, first, y, s.lineH)
	for b, bl := range bands {
		if tabbed {
			s.setTabs(r, bl.units, bl.x, c.w-c.pad[1]-c.pad[3])
		}
		cl := r.cellLineOf(bl.units, s, &c, bl.x, bl.room, b == len(bands)-1, piece)
		cl.push, cl.span = bl.push, bl.room
		cl.h += bl.push
		if !bl.last {
			cl.h = 0 // the band's height is its last line's
		}
		lines = append(lines, cl)
	}
	return lines
}

// linesHeight is the height of lines.
func linesHeight(lines []cellLine) float64 {
	return heightOf(lines, func(l cellLine) float64 { return l.h })
}

// heightOf is the height of things stacked one under another, each h of
// it high.
func heightOf[T any](things []T, h func(T) float64) float64 {
	sum := 0.0
	for _, t := range things {
		sum += h(t)
	}
	return sum
}

// colorUnits gives units the colour color where their run has none of
// its own: a cell's colour is that of all its text.
func colorUnits(units []unit, color string) {
	for i := range units {
		if units[i].color == "" {
			units[i].color = color
		}
		if e := units[i].east; e != nil && color != "" {
			for _, part := range [][]unit{e.upper, e.lower, e.open, e.close, e.turned} {
				colorUnits(part, color)
			}
		}
	}
}

// splitLines appends to dst the lines of text, split at \n, as
// strings.Split does.
func splitLines(dst []string, text string) []string {
	dst = dst[:0]
	for {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return append(dst, text)
		}
		dst, text = append(dst, text[:i]), text[i+1:]
	}
}

// runSizes are s's run sizes, if they cover its text exactly (a page
// number the layout wrote where a placeholder stood may not), else nil.
func runSizes(s *cellSet, pieces []string) []wordmodel.RunSize {
	if s.sizes == nil {
		return nil
	}
	n, covered := len(pieces)-1, 0
	for _, p := range pieces {
		n += utf8.RuneCountInString(p)
	}
	for _, rs := range s.sizes {
		covered += rs.Runes
	}
	if n != covered {
		return nil
	}
	return s.sizes
}

// hasPicture reports whether any of the stretches is a picture.
func hasPicture(runs []wordmodel.RunSize) bool {
	for _, rs := range runs {
		if rs.Picture != nil {
			return true
		}
	}
	return false
}

// sizeUnits sets units, a line of the paragraph's text, in the sizes of
// the runs they come from, and returns the runs after that line and the
// line break ending it. Units are measured in sizePt, the paragraph's.
func sizeUnits(units []unit, runs []wordmodel.RunSize, sizePt float64) []wordmodel.RunSize {
	if runs == nil {
		return nil
	}
	runs = append([]wordmodel.RunSize(nil), runs...)
	take := func(n int) {
		for n > 0 && len(runs) > 0 {
			k := min(n, runs[0].Runes)
			runs[0].Runes -= k
			n -= k
			if runs[0].Runes == 0 {
				runs = runs[1:]
			}
		}
	}
	for i := range units {
		u := &units[i]
		if len(runs) > 0 && runs[0].Size > 0 && runs[0].Size != sizePt {
			u.scale = runs[0].Size / sizePt
			u.width *= u.scale
		}
		take(utf8.RuneCountInString(u.text))
	}
	take(1) // the line break
	return runs
}

// measure sets c's line count and line heights from its wrapped lines:
// lineH where all are alike (a long table's cells keep no slice), heights
// where they differ.
// empty gives the height of its empty line, asked only where it shows none.
func (c *tableCell) measure(lines []cellLine, empty func() float64) {
	c.to = len(lines)
	if len(lines) == 0 {
		c.lineH = empty()
		return
	}
	c.lineH = lines[0].h
	for _, l := range lines {
		if l.h != c.lineH {
			c.heights = make([]float64, len(lines))
			for i, l := range lines {
				c.heights[i] = l.h
			}
			return
		}
	}
}

// lineHeight is the height of the cell's wrapped line i.
func (c *tableCell) lineHeight(i int) float64 {
	if c.heights != nil {
		return c.heights[i]
	}
	return c.lineH
}

// textHeight is the height of the cell's lines from to to.
func (c *tableCell) textHeight(from, to int) float64 {
	if c.heights == nil {
		return float64(to-from) * c.lineH
	}
	h := 0.0
	for _, v := range c.heights[from:to] {
		h += v
	}
	return h
}

// placed is where the line starts in a content box inner wide, and the
// gap justification puts between its units: a justified line but the last
// of a paragraph or before a line break fills the room, a distributed one
// always.
func (l cellLine) placed(inner float64) (x, gap float64) {
	room := inner - l.x - l.set.right
	if l.span > 0 {
		room = l.span // beside a float
	}
	w := lineWidth(l.units)
	switch l.set.align {
	case "center":
		return l.x + (room-w)/2, 0
	case "right", "end":
		return l.x + room - w, 0
	case "both", "distribute":
		if (!l.end || l.set.align == "distribute") && len(l.units) > 1 && room > w {
			return l.x, (room - w) / float64(len(l.units)-1)
		}
	}
	return l.x, 0
}

// lowestRow is as low as a row of t can be: the preset's line and
// padding, or, for a table read from Word, its lowest paragraph line
// (with no margins, which are at least none).
func (r *renderer) lowestRow(t *wordmodel.Table, tl *tableLayout) float64 {
	if !tl.word {
		return tl.lineH + 2*tl.pad
	}
	lowest := tl.lineH + 2*tl.pad
	for _, row := range t.Rows {
		for _, c := range row.Cells {
			if len(c.Paras) > 0 {
				lowest = min(lowest, r.paraLine(tl, c.Paras[0]))
			}
		}
	}
	return lowest
}
