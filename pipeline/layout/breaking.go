package layout

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// unit is what a line may not split: one Chinese character or punctuation
// mark, a Latin or digit run such as 10790.69, or a space.
type unit struct {
	text  string
	width float64 // mm
	face  *face
	// scale shrinks or grows the unit's type (a run's own size, a number
	// too wide for its cell); 0 is the paragraph's size.
	scale float64
	// color is the run's, deco what it draws besides its glyphs; nil for
	// none.
	color string
	deco  *decoration
	// fx are the run's outline, fill and shadow (effects.go); nil for
	// none.
	fx *wordmodel.Effects
	// leader is what fills a tab's space ("" for none).
	leader string
	// link is the address the unit links to, #name for a bookmark's
	// place; "" for none.
	link string
	// anchor is the bookmark that starts here: a unit of no width that
	// drawLine takes out, recording its place.
	anchor string
	// img is the picture the unit is, in a line of text: one box of
	// width, never broken, standing on the baseline.
	img *wordmodel.Image
	// hscale is its characters' width across in their own (w:w), 0 for
	// theirs; spacing the space after each of them (w:spacing), mm. A
	// unit with spacing draws each character on its own.
	hscale, spacing float64
	// lead is the room before its glyphs inside its width: the space and
	// line of a text border it opens.
	lead float64
	// kern is what its font's kerning pairs add after each of its
	// characters (w:kern), mm; nil for none. A kerned unit draws each
	// character on its own.
	kern []float64
	// east is what a 双行合一 or 纵横混排 unit draws instead of its text,
	// one box never broken (combine.go); nil for any other.
	east *eastAsian
	// align is the alignment tab a tab unit is (w:ptab); nil for an
	// ordinary tab and any other unit.
	align *wordmodel.AlignTab
	// The flags come last, together, so that they share one word: a long
	// table's cells are cut into millions of units.
	space bool
	// bold is the run's weight.
	bold bool
	// tab is a tab character, whose width setTabs gives it.
	tab bool
	// single and ascent are the single line and the ascent, in ems, of
	// the Word face its text is in (faceMetrics); 0 for its paragraph's
	// or cell's.
	single, ascent float32
	// after is the room after its glyphs inside its width, mm: the space
	// Word puts between Chinese and Latin text (autospace.go).
	after float32
	// page: the unit is a PAGE field's number, set again for the page
	// its line is drawn on, in pageFormat ("" for its section's).
	page       bool
	pageFormat string
	// grid says the width is a grid cell's, not the glyph's own advance,
	// so the unit cannot share a text operation with its neighbours.
	grid bool
	// hang: the unit may hang past its line's end (hangable, in a
	// paragraph's own lines).
	hang bool
	// ruled: closes and opens, not the layout's own lists, say whether
	// the unit may start or end a line (linerules.go: a paragraph's
	// kinsoku turned off, the document's own lists).
	ruled, closes, opens bool
}

// noStart are marks that may not begin a line; noEnd may not end one.
const (
	noStart = "，。、；：？！”’）》】…·〉」』〕］｝%‰)]},.;:!?—"
	noEnd   = "“‘（《【〈「『〔［｛([{"
)

// noStart and noEnd look at the unit's first and last character in
// place: making a string of it cost an allocation for each character of a
// long table.
func (u unit) noStart() bool {
	if u.ruled {
		return u.closes
	}
	r, _ := utf8.DecodeRuneInString(u.text)
	return u.text != "" && strings.ContainsRune(noStart, r)
}

func (u unit) noEnd() bool {
	if u.ruled {
		return u.opens
	}
	r, _ := utf8.DecodeLastRuneInString(u.text)
	return u.text != "" && strings.ContainsRune(noEnd, r)
}

// hangs reports whether the unit is a mark Word hangs past a line's end.
func (u unit) hangs() bool { return u.hang }

// hangable reports whether text is a mark Word hangs past a paragraph's
// margin: a Chinese comma or stop alone.
func hangable(text string) bool {
	r, n := utf8.DecodeRuneInString(text)
	return n == len(text) && strings.ContainsRune("，。、．", r)
}

// inRun reports whether r belongs to a Latin or digit run.
func inRun(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".%,:/-+_&'#*=", r))
}

// startsRun reports whether r can begin a run (a mark alone is its own unit).
func startsRun(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// split cuts text into units, appended to dst. A run keeps trailing marks (10790.69) but a
// mark that ends it and is followed by a non-run character stays with it too,
// which is what keeps "2,272.47" whole.
func split(dst []string, text string) []string {
	// Units are substrings of text, not copies, into the caller's buffer:
	// a long table cuts millions of them.
	out := dst[:0]
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if startsRun(r) {
			j := i + n
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if !inRun(r) {
					break
				}
				j += n
			}
			// A run does not swallow a closing mark it merely touches: "89.00," keeps
			// the comma with the run, but "(南楼)" is split around it anyway.
			out = append(out, text[i:j])
			i = j
			continue
		}
		if r == utf8.RuneError && n == 1 {
			out = append(out, "\uFFFD") // as converting the text to runes reads a stray byte
		} else {
			out = append(out, text[i:i+n])
		}
		i += n
	}
	return glueNoBreak(out)
}

// glueNoBreak joins each non-breaking hyphen (U+2011, Word's
// w:noBreakHyphen) to the units before and after it, so that no line
// breaks at it: 0355‑7022345 stays whole.
func glueNoBreak(units []string) []string {
	if !slices.ContainsFunc(units, func(s string) bool { return strings.ContainsRune(s, '\u2011') }) {
		return units
	}
	var out []string
	glue := false
	for _, s := range units {
		if len(out) > 0 && (glue || strings.HasPrefix(s, "\u2011")) {
			out[len(out)-1] += s
		} else {
			out = append(out, s)
		}
		glue = strings.HasSuffix(s, "\u2011")
	}
	return out
}

// lineBreak fills lines of width first (the first line) and rest (the
// others) with units, keeping the punctuation rules, and appends them to
// dst. A unit wider than a whole line is cut into characters as a last
// resort.
func lineBreak(dst [][]unit, units []unit, first, rest float64) [][]unit {
	lines := dst[:0]
	width := first
	for {
		var line []unit
		line, units = takeLine(units, width, true)
		if len(line) == 0 && len(units) == 0 {
			return lines
		}
		lines = append(lines, line)
		width = rest
	}
}

// takeLine takes from units the line that fits width, no line starting
// with a space, and returns it and the units left. The break moves back
// while it would start a line with closing punctuation or end one with
// opening punctuation. A first unit wider than width stands alone on the
// line where force is set, and makes an empty line otherwise.
func takeLine(units []unit, width float64, force bool) (line, rest []unit) {
	const eps = 0.01
	for len(units) > 0 && units[0].space && !units[0].tab {
		units = units[1:]
	}
	n, w := 0, 0.0
	// A unit's room after its glyphs need not fit where the line ends.
	for n < len(units) && w+units[n].width-float64(units[n].after) <= width+eps {
		w += units[n].width
		n++
	}
	switch {
	case n == len(units):
		return units, nil
	case n == 0 && force:
		return units[:1], units[1:]
	case n == 0:
		return nil, units
	}
	// Word lets one comma or stop hang past the margin (允许标点溢出边界,
	// on unless a paragraph turns w:overflowPunct off) rather than take
	// the character before it down to the next line; not into a float
	// (force is off where one cuts the line).
	if force && units[n].hangs() && !units[n-1].noEnd() && (n+1 == len(units) || !units[n+1].noStart()) {
		if n++; n == len(units) {
			return units, nil
		}
	}
	b := n
	for b > 1 && (units[b].noStart() || units[b-1].noEnd()) {
		b--
	}
	line = units[:b:b]
	for len(line) > 0 && line[len(line)-1].space {
		line = line[:len(line)-1]
	}
	return line, units[b:]
}

// lineWidth is the units' natural width, without the room after the
// last one's glyphs (unit.after): a line's end is its last glyph's.
func lineWidth(line []unit) float64 {
	w := 0.0
	for _, u := range line {
		w += u.width
	}
	if len(line) > 0 {
		w -= float64(line[len(line)-1].after)
	}
	return w
}
