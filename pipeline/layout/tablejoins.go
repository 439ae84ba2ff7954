package layout

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"jixiao/pipeline/wordmodel"
)

// Where lines meet, Word joins them as box-drawing characters do (╔ ╦ ╬
// ╟ ╓ ┌): each strand of a line — one for a single line, two for a double
// or thin-thick one — ends at a node (a corner of cells) according to
// what else meets there.
//
//   - A strand that the line on its side of the node crosses (the strand
//     beside the gap of a double line, or a single line meeting a line
//     that runs on past the node) ends on the near strand of that line,
//     covering it: a double line's gap stays open into the corner, and
//     lines of a cross meet in four closed corners (╬).
//   - A strand with nothing on its side, whose line goes on past the node
//     (the outer strand at a T, ╦), runs on to join it.
//   - A strand at a corner with nothing on its side (the outer strand at
//     ╔) reaches the far edge of the line it turns into, so that the
//     corner is closed; a single line does the same where it meets a line
//     on one side only (┌, ╓).
//
// A none or absent line is nothing: a line meeting only such ends square
// at the node.

// segment is one resolved line along an edge, from x, y, length long,
// before its ends are joined.
type segment struct {
	l            *wordmodel.Border
	x, y, length float64
	vertical     bool
}

// band is one strand of a line across it, from its middle: from a to b.
type band struct{ a, b float64 }

// bands are the strands of l across it, the whole centred on the edge:
// a single line one of its width; double and triple lines strands of
// their width a width apart; a thin-thick line its thin and thick strands
// top down (or left to right) as named, sized as LibreOffice reads Word's
// (its thick strand the line's width, with a ¾ pt thin strand and gap
// for a small gap, half the width each for a medium one, and 1½ pt and
// ¾ pt strands the width apart for a large one).
func bands(l *wordmodel.Border) []band {
	widths, n := strandWidths(l)
	total := 0.0
	for _, w := range widths[:n] {
		total += w
	}
	var out []band
	at := -total / 2
	for k, w := range widths[:n] {
		if k%2 == 0 {
			out = append(out, band{at, at + w})
		}
		at += w
	}
	return out
}

// strandWidths are l's strands and the gaps between them across it, in
// order: the first n of widths.
func strandWidths(l *wordmodel.Border) (widths [5]float64, n int) {
	if l == nil || l.Style == "none" {
		return widths, 0
	}
	wt := l.Width * ptToMM
	switch pair := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(l.Style, "SmallGap"), "MediumGap"), "LargeGap"); {
	case pair == "thinThick" || pair == "thickThin":
		thick, thin, gap := wt, 0.75*ptToMM, 0.75*ptToMM
		switch {
		case strings.HasSuffix(l.Style, "MediumGap"):
			thin, gap = wt/2, wt/2
		case strings.HasSuffix(l.Style, "LargeGap"):
			thick, gap = 1.5*ptToMM, wt
		}
		if pair == "thickThin" {
			return [5]float64{thick, gap, thin}, 3
		}
		return [5]float64{thin, gap, thick}, 3
	}
	n = 2*strands(l.Style) - 1
	for k := range n {
		widths[k] = wt
	}
	return widths, n
}

// thickness is how far across l's strands reach, gaps included.
func thickness(l *wordmodel.Border) float64 {
	widths, n := strandWidths(l)
	total := 0.0
	for _, w := range widths[:n] {
		total += w
	}
	return total
}

// node is what meets at a corner of cells, seen from one segment's end:
// the line going on beyond it (on), and the lines across, on the side
// before (less x or y) and after.
type node struct{ on, before, after []band }

// lines indexes a page's segments by the line they lie on, for finding
// what meets at a node.
type lines struct {
	across, down map[int64][]segment // by y, by x; each sorted by start
}

func lineKey(v float64) int64 { return int64(math.Round(v * 1000)) }

func indexLines(segs []segment) lines {
	ls := lines{map[int64][]segment{}, map[int64][]segment{}}
	for _, s := range segs {
		if s.vertical {
			ls.down[lineKey(s.x)] = append(ls.down[lineKey(s.x)], s)
		} else {
			ls.across[lineKey(s.y)] = append(ls.across[lineKey(s.y)], s)
		}
	}
	for _, m := range []map[int64][]segment{ls.across, ls.down} {
		for _, list := range m {
			slices.SortStableFunc(list, compareStart)
		}
	}
	return ls
}

func compareStart(a, b segment) int {
	if a.vertical {
		return cmp.Compare(a.y, b.y)
	}
	return cmp.Compare(a.x, b.x)
}

// covering is the strands of the segment of list (one line's, sorted)
// covering the point along it at p; nil if none.
func covering(list []segment, p float64) []band {
	start := func(s segment) float64 {
		if s.vertical {
			return s.y
		}
		return s.x
	}
	k, _ := slices.BinarySearchFunc(list, p, func(s segment, p float64) int { return cmp.Compare(start(s), p) })
	// The lines of one edge do not overlap: the one before p, if any,
	// is the one that may cover it.
	if k > 0 {
		if s := list[k-1]; p < start(s)+s.length {
			return bands(s.l)
		}
	}
	return nil
}

// at is what meets segment s's end at the node x, y; end says it is the
// segment's far end (its start otherwise).
func (ls lines) at(s segment, x, y float64, end bool) node {
	const eps = 1e-3
	step := -eps // beyond the start is before it
	if end {
		step = eps
	}
	if s.vertical {
		row := ls.across[lineKey(y)]
		return node{on: covering(ls.down[lineKey(x)], y+step), before: covering(row, x-eps), after: covering(row, x+eps)}
	}
	col := ls.down[lineKey(x)]
	return node{on: covering(ls.across[lineKey(y)], x+step), before: covering(col, y-eps), after: covering(col, y+eps)}
}

// reach is where strand b of a line ends at node n, along the line from
// the node; away is the direction the line leaves the node in (1 for its
// start, -1 for its end).
func reach(b band, n node, away float64) float64 {
	mine, other := n.before, n.after
	if b.a >= 0 {
		mine, other = n.after, n.before
	}
	straddles := b.a < 0 && b.b > 0
	switch {
	case straddles && n.on != nil:
		return 0
	case straddles && n.before != nil && n.after != nil:
		return nearEdge(append(slices.Clone(n.before), n.after...), away)
	case straddles:
		return outerEdge(append(slices.Clone(n.before), n.after...), away)
	case mine != nil:
		return nearEdge(mine, away)
	case n.on != nil:
		return 0
	}
	return outerEdge(other, away)
}

// nearEdge is the far edge of the strand nearest the line's side of the
// node: the line ends covering it.
func nearEdge(across []band, away float64) float64 {
	best := math.Inf(-1)
	var edge float64
	for _, s := range across {
		if hi := max(s.a*away, s.b*away); hi > best {
			best, edge = hi, min(s.a*away, s.b*away)
		}
	}
	return edge * away
}

// outerEdge is the far edge of all the strands across: 0 if there are none.
func outerEdge(across []band, away float64) float64 {
	edge := 0.0
	for _, s := range across {
		edge = min(edge, s.a*away, s.b*away)
	}
	return edge * away
}

// joined draws the page's segments with their strands' ends joined.
func (tl *tableLayout) joined() []op {
	ls := indexLines(tl.segs)
	var out []op
	for _, s := range tl.segs {
		ex, ey := s.x+s.length, s.y
		if s.vertical {
			ex, ey = s.x, s.y+s.length
		}
		first, last := ls.at(s, s.x, s.y, false), ls.at(s, ex, ey, true)
		for _, b := range bands(s.l) {
			from, to := reach(b, first, 1), s.length+reach(b, last, -1)
			out = appendStrand(out, s, b, from, to)
		}
	}
	return out
}

// appendStrand adds strand b of s from along from to along to, as its
// dots or dashes if it has them.
func appendStrand(out []op, s segment, b band, from, to float64) []op {
	wt := s.l.Width * ptToMM
	on, off := to-from, 0.0
	switch {
	case s.l.Style == "dotted":
		on, off = wt, 2*wt
	case strings.HasPrefix(s.l.Style, "dash"), strings.HasPrefix(s.l.Style, "dot"):
		on, off = 6*wt, 3*wt
	}
	color := s.l.Color
	if color == "" {
		color = "000000"
	}
	for along := from; along < to-1e-9; along += on + off {
		run := min(on, to-along)
		o := op{kind: opFill, color: color, x: s.x + along, y: s.y + b.a, w: run, h: b.b - b.a}
		if s.vertical {
			o = op{kind: opFill, color: color, x: s.x + b.a, y: s.y + along, w: b.b - b.a, h: run}
		}
		out = append(out, o)
	}
	return out
}
