package layout

import (
	"math"
	"strings"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// leaders are the characters Word fills a tab's space with, by w:leader.
var leaders = map[string]string{"dot": ".", "hyphen": "-", "underscore": "_", "heavy": "_", "middleDot": "·"}

// tabbing is what sets a paragraph's tabs: its stops, the distance
// between the default ones (twips), and, for an alignment tab, the width
// of the text block and the paragraph's indents, mm.
type tabbing struct {
	stops              []wordmodel.TabStop
	defaultTab         float64
	width, left, right float64
}

func (r *renderer) tabbing(p *wordmodel.Paragraph, l look) tabbing {
	return tabbing{p.Tabs, r.defaultTab, r.width(), l.left, l.right}
}

// plainCellUnits appends to dst the units of piece, a line of a cell's
// plain text at sizePt, each character in its face of faces, each tab a
// tab unit in f (as runPieces makes a run's) that setTabs gives its width.
func (r *renderer) plainCellUnits(dst []unit, piece string, f *face, faces scriptFaces, sizePt float64) []unit {
	if strings.IndexByte(piece, '\t') < 0 {
		return r.unitsIn(dst, piece, faces, sizePt, false) // nearly every cell
	}
	for k, seg := range strings.Split(piece, "\t") {
		if k > 0 {
			dst = append(dst, unit{text: " ", space: true, tab: true, face: f, width: 2 * sizePt * ptToMM})
		}
		dst = r.unitsIn(dst, seg, faces, sizePt, false)
	}
	return dst
}

// setTabs sets the tabs of line, a cell's, starting x from its content
// box's left, with their leaders. A cell is drawn from a second wrapping
// that marks no glyph used (shown): a leader's character, which no
// width measures, is marked here, while measuring, or the fonts' subsets
// would leave it out and the PDF draw it blank.
func (s *cellSet) setTabs(r *renderer, line []unit, x, inner float64) bool {
	has := setTabs(line, x, s.tabbing(r, inner))
	for i := range line {
		if line[i].leader != "" {
			f, _ := r.fs.pick(line[i].face, line[i].leader)
			f.width(line[i].leader, 1)
		}
	}
	return has
}

// tabbing sets the tabs of a cell paragraph set as s in a content box
// inner wide, its stops and alignment tabs measured from the box's left
// as Word measures them in a cell.
func (s *cellSet) tabbing(r *renderer, inner float64) tabbing {
	return tabbing{s.tabs, r.defaultTab, inner, s.left, s.right}
}

// setTabs gives each tab of line, which starts x mm from the text block's
// left edge, the width that takes the text after it to its stop, as Word
// sets it: the next custom stop past x, else the next default stop; a
// right stop ends the text after the tab there, a centre stop centres it,
// a decimal stop puts its decimal point there. An alignment tab (w:ptab)
// is its own stop (alignStop). It reports whether the line has a tab.
func setTabs(line []unit, x float64, t tabbing) bool {
	has := false
	for i := range line {
		if !line[i].tab {
			x += line[i].width
			continue
		}
		has = true
		seg, point := 0.0, -1.0 // the text up to the next tab; its decimal point
		for k := i + 1; k < len(line) && !line[k].tab; k++ {
			if j := strings.IndexByte(line[k].text, '.'); j >= 0 && point < 0 {
				point = seg + pointAt(line[k], j)
			}
			seg += line[k].width
		}
		stop, found := alignStop(line[i].align, t)
		for _, s := range t.stops {
			if pos := s.Pos / 20 * ptToMM; !found && pos > x+0.01 {
				stop, found = s, true
				stop.Pos = pos
			}
		}
		if !found {
			step := t.defaultTab / 20 * ptToMM
			stop.Pos = (math.Floor(x/step+0.01) + 1) * step
		}
		w := stop.Pos - x
		switch stop.Align {
		case "right":
			w -= seg
		case "center":
			w -= seg / 2
		case "decimal":
			if point < 0 {
				point = seg
			}
			w -= point
		}
		line[i].width = max(w, 0)
		line[i].leader = leaders[stop.Leader]
		x += line[i].width
	}
	return has
}

// pointAt is how far into u its decimal point, at byte j of its text,
// stands: the advance of the text before it, in the unit's own width (a
// digit is wider than the point, so a share by characters puts 12.50's
// point a quarter of a millimetre off its stop).
func pointAt(u unit, j int) float64 {
	if u.face != nil {
		if all := u.face.width(u.text, 1); all > 0 {
			return u.width * u.face.width(u.text[:j], 1) / all
		}
	}
	return u.width * float64(utf8.RuneCountInString(u.text[:j])) / float64(utf8.RuneCountInString(u.text))
}

// alignStop is an alignment tab's stop, mm from the text block's left
// edge: the left, middle or right of the text block or of the space
// between the paragraph's indents; found is false for an ordinary tab.
func alignStop(a *wordmodel.AlignTab, t tabbing) (stop wordmodel.TabStop, found bool) {
	if a == nil {
		return wordmodel.TabStop{Align: "left"}, false
	}
	left, right := 0.0, t.width
	if a.RelativeTo == "indent" {
		left, right = t.left, t.width-t.right
	}
	stop = wordmodel.TabStop{Align: a.Align, Leader: a.Leader, Pos: left}
	switch a.Align {
	case "center":
		stop.Pos = (left + right) / 2
	case "right":
		stop.Pos = right
	}
	return stop, true
}

// drawLeader fills a tab's space with its leader characters, ending where
// the text after the tab begins.
func (r *renderer) drawLeader(u unit, x, baseline, sizeMM float64) {
	sizePt := sizeMM / ptToMM
	f, _ := r.fs.pick(u.face, u.leader)
	cw := f.width(u.leader, sizePt)
	if cw <= 0 {
		return
	}
	n := int(min(u.width, r.g.w)/cw - 0.5) // a leader never runs past the page
	if n <= 0 {
		return
	}
	r.ops = append(r.ops, op{kind: opText, face: f, size: sizePt, x: x + u.width - float64(n)*cw, y: baseline, text: strings.Repeat(u.leader, n), color: u.color, clip: r.clipTop})
}
