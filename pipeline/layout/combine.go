package layout

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// 双行合一 (w:eastAsianLayout w:combine: two issuing organs' names in a
// 联合发文 红头) is set as Word and LibreOffice set it: the stretch's
// characters (the runs of one w:id) split into two lines by count, the
// upper taking the odd one, each at half the run's size, stacked in the
// height of one line of it: the upper line's type at the top of the
// run's em box, the lower's at its foot, the shorter one centred under
// the longer. Brackets (w:combineBrackets) stand at full size around
// both. The stretch is one box in the line, never broken; on the
// character grid each of its characters and brackets takes a cell, as
// LibreOffice sets them (Word documents no other rule).
//
// 纵横混排 (w:vert) turns a run's characters a quarter counter-clockwise
// in a horizontal line, reading upwards (12 in 2024年12月), in a box as
// wide as the run's em is high; w:vertCompress squeezes a longer text
// into that height, otherwise it stands out over and under the line,
// centred on it, and the line grows to hold it. MS-OI29500 (2.1.75)
// says Word ignores w:vertCompress, yet Word's own 纵横混排 dialog writes
// it for 适应行宽, which squeezes the text into the line there, and
// LibreOffice squeezes it too (CharRotateIsFitToLine): it is followed.

// eastAsian is what a unit set 双行合一 or 纵横混排 draws instead of its
// text.
type eastAsian struct {
	// upper and lower are the halves of 双行合一, at half size; open and
	// close its brackets at the run's; sizeMM the run's size.
	upper, lower, open, close []unit
	// turned are the units of 纵横混排, drawn along the turned
	// baseline; length their length along it, squeeze their scale there.
	turned          []unit
	length, squeeze float64
	sizeMM          float64
	// compress: 适应行宽, squeezed into an em (w:vertCompress).
	compress bool
	// level: 纵横混排 in a line turned to read upwards (a btLr cell's),
	// which stands level on the page, as LibreOffice draws it and as
	// the run stands across an upright column.
	level bool
	// base and guide are a 拼音指南's base text and its guide, the
	// guide's baseline raise mm above the base's, placed by align
	// (ruby.go).
	base, guide []unit
	raise       float64
	align       string
}

// gathered are runs set as one box once their stretch ends: a 双行合一
// stretch's, a 拼音指南's base.
type gathered struct{ runs []wordmodel.Run }

// flush appends the box unitOf makes of the gathered runs to units, and
// starts gathering anew.
func (g *gathered) flush(units []unit, unitOf func([]wordmodel.Run) (unit, bool)) []unit {
	if len(g.runs) > 0 {
		if u, ok := unitOf(g.runs); ok {
			units = append(units, u)
		}
	}
	g.runs = g.runs[:0]
	return units
}

// combiner gathers the runs of one 双行合一 stretch.
type combiner struct{ gathered }

// joins reports whether run goes on with the gathered stretch.
func (c *combiner) joins(run wordmodel.Run) bool {
	if len(c.runs) == 0 || run.Combine == nil {
		return false
	}
	id := c.runs[0].Combine.ID
	return id != "" && run.Combine.ID == id && run.Combine.Brackets == c.runs[0].Combine.Brackets
}

// flush appends the gathered stretch's unit to units, and starts
// gathering anew.
func (c *combiner) flush(r *renderer, units []unit, face *face, st Style) []unit {
	return c.gathered.flush(units, func(runs []wordmodel.Run) (unit, bool) { return r.combinedUnit(runs, face, st) })
}

// brackets are what w:combineBrackets draws before and after.
var brackets = map[string][2]string{"round": {"(", ")"}, "square": {"[", "]"}, "angle": {"<", ">"}, "curly": {"{", "}"}}

// combinedUnit is the box of a 双行合一 stretch; ok is false for one of
// no text.
func (r *renderer) combinedUnit(runs []wordmodel.Run, face *face, st Style) (unit, bool) {
	n := 0
	for _, run := range runs {
		n += utf8.RuneCountInString(strings.ReplaceAll(run.Text, "\n", ""))
	}
	if n == 0 {
		return unit{}, false
	}
	size := runSize(runs[0], st)
	upper, lower := splitRuns(runs, (n+1)/2)
	e := &eastAsian{sizeMM: size * ptToMM}
	e.upper, e.lower = r.halfUnits(upper, size, face, st), r.halfUnits(lower, size, face, st)
	if b, ok := brackets[runs[0].Combine.Brackets]; ok {
		mark := runs[0]
		mark.Combine, mark.Text = nil, b[0]
		e.open = flat(r.runPieces(mark, face, st))
		mark.Text = b[1]
		e.close = flat(r.runPieces(mark, face, st))
		for _, u := range [][]unit{e.open, e.close} {
			for i := range u {
				u[i].width = r.onGrid(u[i].width, size, st)
			}
		}
	}
	var text strings.Builder
	for _, run := range runs {
		text.WriteString(run.Text)
	}
	width := lineWidth(e.open) + max(lineWidth(e.upper), lineWidth(e.lower)) + lineWidth(e.close)
	return unit{text: text.String(), width: width, face: face, east: e}, true
}

// onGrid is width widened to whole cells of the character grid where the
// paragraph is on it and type of sizePt no larger than a cell, as
// LibreOffice sets a bracket and a turned run there; width otherwise.
func (r *renderer) onGrid(width, sizePt float64, st Style) float64 {
	if !st.Grid || r.g.cell <= 0 || sizePt*ptToMM > r.g.cell*1.1 {
		return width
	}
	return math.Ceil(width/r.g.cell-0.01) * r.g.cell
}

// runSize is a run's type size in pt.
func runSize(run wordmodel.Run, st Style) float64 {
	if run.Size > 0 {
		return run.Size
	}
	return st.Size
}

// splitRuns cuts runs after their first k characters, line breaks left
// out: Word splits the stretch by count.
func splitRuns(runs []wordmodel.Run, k int) (first, rest []wordmodel.Run) {
	for _, run := range runs {
		text := strings.ReplaceAll(run.Text, "\n", "")
		n := utf8.RuneCountInString(text)
		switch {
		case k <= 0:
			rest = append(rest, run)
		case n <= k:
			first = append(first, run)
		default:
			a, b := run, run
			cut := len(string([]rune(text)[:k]))
			a.Text, b.Text = text[:cut], text[cut:]
			first, rest = append(first, a), append(rest, b)
		}
		k -= n
	}
	return first, rest
}

// halfUnits are runs' units at half of size.
func (r *renderer) halfUnits(runs []wordmodel.Run, size float64, face *face, st Style) []unit {
	var out []unit
	for _, run := range runs {
		run.Combine = nil
		run.Text = strings.ReplaceAll(run.Text, "\n", "")
		run.Size = size / 2
		out = append(out, flat(r.runPieces(run, face, st))...)
	}
	return out
}

// flat joins the pieces of a run that has no line break.
func flat(pieces [][]unit) []unit {
	var out []unit
	for _, p := range pieces {
		out = append(out, p...)
	}
	return out
}

// drawEastAsian draws a 双行合一 or 纵横混排 unit at x in a line of type
// sizeMM whose baseline is baseline, its units drawn as the line's are.
func (r *renderer) drawEastAsian(u unit, line *face, x, baseline, sizeMM float64) {
	e := u.east
	if e.guide != nil || e.base != nil {
		r.drawRuby(e, line, x, baseline, sizeMM)
		return
	}
	if e.turned != nil && e.level {
		// Turned right in a line that is turned left (btLr): level on
		// the page, as in an upright column.
		page := r.ops
		r.ops = nil
		r.drawTurned(e, x, baseline, sizeMM)
		f := e.turned[0].face.font
		c := Point{x + (f.ascent+f.descent)*e.sizeMM/2, baseline + (f.descent-f.ascent)*e.sizeMM/2}
		r.ops = append(page, quarterTurned(quarterTurned(r.ops, c, true), c, true)...)
		return
	}
	if e.turned != nil {
		r.drawTurned(e, x, baseline, sizeMM)
		return
	}
	top := func(b float64) float64 { return b - line.font.ascent*sizeMM }
	f := line.font
	upper, lower := e.upper, e.lower
	if bg := combinedBackground(e); bg != "" {
		// A highlight or shading fills the stretch's box, as it fills a
		// line's type, not each half's from its own top.
		r.fill(x, top(baseline), u.width, sizeMM*1.2, bg)
		upper, lower = withoutBackground(upper), withoutBackground(lower)
	}
	r.drawUnits(e.open, line, x, top(baseline), sizeMM, 0)
	x += lineWidth(e.open)
	wide := max(lineWidth(e.upper), lineWidth(e.lower))
	half := e.sizeMM / 2
	r.drawUnits(upper, line, x+(wide-lineWidth(upper))/2, top(baseline-f.ascent*half), sizeMM, 0)
	r.drawUnits(lower, line, x+(wide-lineWidth(lower))/2, top(baseline+f.descent*half), sizeMM, 0)
	r.drawUnits(e.close, line, x+wide, top(baseline), sizeMM, 0)
}

// plainNumbers is run without 双行合一 or 纵横混排 where it shows a page
// number, which is set again on the page its line lands on as text of
// its own: the number is drawn plain, and the build says so, naming the
// paragraph of text.
func (r *renderer) plainNumbers(run wordmodel.Run, text string) wordmodel.Run {
	if (run.Combine != nil || run.Vertical) && strings.ContainsAny(run.Text, placeholders) {
		r.warnOnce(fmt.Sprintf("“%s”中的页码设了双行合一或纵横混排，PDF 中按普通文字显示", excerpt(strings.NewReplacer(wordmodel.PageField, "[页码]", wordmodel.NumPagesField, "[总页数]", wordmodel.SectionPagesField, "[本节页数]", wordmodel.PageRefField, "[页码]").Replace(text))))
		run.Combine, run.Vertical = nil, false
	}
	return run
}

// combinedBackground is the highlight or shading of a 双行合一 stretch's
// first half unit that has one; "" for none.
func combinedBackground(e *eastAsian) string {
	for _, u := range append(append([]unit(nil), e.upper...), e.lower...) {
		if u.deco != nil && u.deco.background != "" {
			return u.deco.background
		}
	}
	return ""
}

// withoutBackground is units with their decorations' backgrounds taken
// off, the units themselves left as they are.
func withoutBackground(units []unit) []unit {
	out := append([]unit(nil), units...)
	for i := range out {
		if d := out[i].deco; d != nil && d.background != "" {
			plain := *d
			plain.background = ""
			out[i].deco = &plain
		}
	}
	return out
}
