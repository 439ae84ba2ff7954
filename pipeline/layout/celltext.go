package layout

import (
	"cmp"
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

// cellSet is how one paragraph of a cell is set, in mm: its size, its
// line height, the space before and after it, its indents, its alignment,
// and how many lines of the cell's text (split at \n) it is.
type cellSet struct {
	sizes              []wordmodel.RunSize
	sizePt, lineH      float64
	before, after      float64
	left, right, first float64
	align              string
	pieces             int
}

// cellLine is one wrapped line of a cell: its units, how it is set, its
// height with the paragraph's space it carries (h), and the space above
// its text (above), where the space before its paragraph goes.
type cellLine struct {
	units    []unit
	set      *cellSet
	h, above float64
	x        float64 // from the content box's left: indents
	// end says the line ends its piece of text (a paragraph, or a line
	// before a line break).
	end bool
	// cols are a vertical cell's columns, its one line (verticalcell.go).
	cols []column
}

// cellSets are how the paragraphs of c are set, covering its pieces
// lines of text.
func (r *renderer) cellSets(tl *tableLayout, c tableCell, pieces int) []cellSet {
	if len(c.paras) == 0 {
		return []cellSet{{sizePt: tl.sizePt, lineH: tl.lineH, align: c.align, pieces: pieces}}
	}
	sets := make([]cellSet, len(c.paras))
	for i, cp := range c.paras {
		s := &sets[i]
		s.sizePt, s.align, s.pieces = tl.sizePt, cp.Align, cp.Lines
		if cp.Size > 0 {
			s.sizePt = cp.Size
		}
		if cp.Sizes != nil {
			s.sizes = *cp.Sizes
		}
		s.lineH = r.paraLine(tl, cp)
		if sp := cp.Spacing; sp != nil {
			s.before = spaceMM(sp.Before, sp.BeforeLines, r.linePitch())
			s.after = spaceMM(sp.After, sp.AfterLines, r.linePitch())
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
	size := cmp.Or(cp.Size, tl.sizePt)
	if cp.Spacing == nil {
		return size * ptToMM * r.p.Table.LineHeight
	}
	return r.lineHeight(cp.Spacing, size)
}

// emptyHeight is the height of a cell showing no line: its first
// paragraph's line and space.
func emptyHeight(sets []cellSet) float64 {
	return sets[0].before + sets[0].lineH + sets[0].after
}

// wrap breaks the cell's text into lines of its width, paragraph by
// paragraph, shrinking a line that cannot break to fit; it warns of what
// it cannot show or fit. An empty paragraph among others is an empty line.
func (r *renderer) wrap(tl *tableLayout, c tableCell) []cellLine {
	if c.vertical() {
		return r.verticalLines(tl, c)
	}
	inner := c.w - c.pad[1] - c.pad[3]
	pieces := strings.Split(r.clean(c.text), "\n")
	sets := r.cellSets(tl, c, len(pieces))
	var lines []cellLine
	k := 0
	for si := range sets {
		s := &sets[si]
		start := len(lines)
		runs := runSizes(s, pieces[k:min(k+s.pieces, len(pieces))])
		for j := 0; j < s.pieces && k < len(pieces); j, k = j+1, k+1 {
			piece := pieces[k]
			units := r.units(piece, c.face, s.sizePt, false)
			for i := range units {
				units[i].color = c.color
			}
			runs = sizeUnits(units, runs, s.sizePt)
			first := 0.0
			if j == 0 {
				first = s.first
			}
			rest := inner - s.left - s.right
			broken := lineBreak(units, rest-first, rest)
			if len(broken) == 0 && len(pieces) > 1 {
				broken = [][]unit{nil}
			}
			for b, line := range broken {
				x := s.left
				if b == 0 {
					x += first
				}
				r.fit(line, inner-x-s.right, piece)
				lines = append(lines, cellLine{units: line, set: s, h: s.lineH, x: x, end: b == len(broken)-1})
			}
		}
		if len(lines) > start {
			lines[start].h += s.before
			lines[start].above = s.before
			lines[len(lines)-1].h += s.after
		}
	}
	return lines
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
