package layout

import (
	"slices"
	"strings"

	"jixiao/pipeline/wordmodel"
)

// acrossGatherer gathers the runs of one 纵横混排 selection, which Word writes
// as runs of one w:id where their formatting differs (m², a red digit),
// into one turned text.
type acrossGatherer struct{ gathered }

// joins reports whether run goes on with the gathered selection.
func (g *acrossGatherer) joins(run wordmodel.Run) bool {
	if len(g.runs) == 0 || !run.Vertical {
		return false
	}
	id := g.runs[0].VertID
	return id != "" && run.VertID == id
}

// flush appends the gathered selection's unit to units, and starts
// gathering anew.
func (g *acrossGatherer) flush(r *renderer, units []unit, face *face, st Style) []unit {
	return g.gathered.flush(units, func(runs []wordmodel.Run) (unit, bool) { return r.turnedUnit(runs, face, st) })
}

// turnedUnit is the box of a 纵横混排 selection's runs (combine.go): as
// wide as its first run's em is high, to whole cells on the character
// grid, its characters at their own widths (a script smaller and raised
// or lowered, spaced as its run is) along the turned baseline; ok is
// false for runs of no text.
func (r *renderer) turnedUnit(runs []wordmodel.Run, face *face, st Style) (unit, bool) {
	grid := st
	st.Grid = false
	var units []unit
	text := ""
	for _, run := range runs {
		run.Vertical = false
		run.Text = strings.ReplaceAll(run.Text, "\n", "")
		text += run.Text
		units = append(units, flat(r.runPieces(run, face, st))...)
	}
	if len(units) == 0 {
		return unit{}, false
	}
	run := runs[0]
	size := runSize(run, st) * ptToMM
	f := units[0].face.font
	em := (f.ascent + f.descent) * size
	e := &eastAsian{turned: units, length: lineWidth(units), squeeze: 1, sizeMM: size, compress: run.VertCompress}
	if e.compress && e.length > em {
		e.squeeze = em / e.length
	}
	u := unit{text: text, width: r.onGrid(em, size/ptToMM, grid), face: face, east: e}
	if run.Size > 0 && st.Size > 0 && run.Size != st.Size {
		u.scale = run.Size / st.Size // its own size, an upright column's em
	}
	return u, true
}

// overhang is how far a turned run stands out over and under its em box,
// which its line grows by.
func (e *eastAsian) overhang() float64 {
	if e == nil || e.turned == nil {
		return 0
	}
	f := e.turned[0].face.font
	return max(0, (e.length*e.squeeze-(f.ascent+f.descent)*e.sizeMM)/2)
}

// drawTurned draws a 纵横混排 unit's characters upwards from the foot of
// its text, centred on the run's em box whose left is x: the type's tops
// face left, its baseline the em box's ascent in from there. sizeMM is
// the line's type size, of which the units' scale is a share.
func (r *renderer) drawTurned(e *eastAsian, x, baseline, sizeMM float64) {
	f := e.turned[0].face.font
	a, d := f.ascent*e.sizeMM, f.descent*e.sizeMM
	y := baseline + (d-a)/2 + e.length*e.squeeze/2
	r.turnedMarks(e, x+a, y, a, sizeMM)
	for _, t := range e.turned {
		if !t.space && t.text != "" {
			size := sizeMM
			if t.scale > 0 {
				size *= t.scale
			}
			rise := 0.0
			if t.deco != nil {
				rise = t.deco.rise * sizeMM // a script's baseline, raised towards the turned tops
			}
			r.eastText(t, x+a-rise, y-t.lead*e.squeeze, 0, -1, size, e.squeeze, 90)
		}
		y -= t.width * e.squeeze
	}
}

// eastText draws the text of the unit t of a 纵横混排 text from (x, y)
// along (dx, dy), at size mm, its advances scaled by squeeze, turned by
// angle: one text, or one a character where its run spaces or kerns them.
func (r *renderer) eastText(t unit, x, y, dx, dy, size, squeeze, angle float64) {
	hs := squeeze
	if t.hscale > 0 {
		hs *= t.hscale
	}
	if hs == 1 {
		hs = 0
	}
	o := op{kind: opText, face: t.face, size: size / ptToMM, x: x, y: y, text: t.text, color: t.color, bold: t.bold, fx: t.fx, hscale: hs, angle: angle}
	if t.spacing == 0 && t.kern == nil {
		r.ops = append(r.ops, o)
		return
	}
	i := 0
	for _, c := range t.text {
		o.text, o.x, o.y = string(c), x, y
		r.ops = append(r.ops, o)
		step := (charAdvance(t, c, size) + kernAt(t, i)) * squeeze
		x, y = x+dx*step, y+dy*step
		i++
	}
}

// In a vertical cell's upright column (tbRl, tbLrV) a 纵横混排 run
// stands across the column as horizontal text, an em along it, centred
// on the column's middle: squeezed into the em with 适应行宽, otherwise
// as wide as it is, the column widening to hold it as Word widens the
// line.

// across is how wide the run stands across an upright column whose
// characters are em high; 0 for a unit that is no 纵横混排.
func (e *eastAsian) across(em float64) float64 {
	if e == nil || e.turned == nil {
		return 0
	}
	if e.compress && e.length > em {
		return em
	}
	return e.length
}

// drawAcross draws a 纵横混排 unit of an upright column: its em box's
// top at top, centred on mid. Its marks (its background, lines, text
// border and emphasis marks) are a level run's, turned with it as in a
// horizontal line (turnedmarks.go) and as LibreOffice draws them.
func (r *renderer) drawAcross(e *eastAsian, mid, top, em float64) {
	squeeze := e.across(em) / e.length
	x := mid - e.length*squeeze/2
	var xs, ends []float64
	baseline := 0.0
	for i, t := range e.turned {
		f := t.face.font
		baseline = top + em*f.ascent/(f.ascent+f.descent)
		w := t.width * squeeze
		if xs == nil && borderOf(t) != nil {
			xs, ends = make([]float64, len(e.turned)), make([]float64, len(e.turned))
		}
		if xs != nil {
			xs[i], ends[i] = x, x+w
		}
		if t.deco != nil {
			level := t
			level.scale = 0 // the column's em is the run's size
			r.decorations(level, x, baseline, top, em, w)
			if t.deco.emphasis != "" && !t.space {
				r.emphasisMarks(level, x+t.lead*squeeze, baseline-t.deco.rise*em, em)
			}
		}
		if !t.space && t.text != "" {
			size, rise := em, 0.0
			if t.scale > 0 {
				size *= t.scale // a script's, of the column's em
			}
			if t.deco != nil {
				rise = t.deco.rise * em
			}
			r.eastText(t, x+t.lead*squeeze, baseline-rise, 1, 0, size, squeeze, 0)
		}
		x += t.width * squeeze
	}
	if xs != nil {
		level := slices.Clone(e.turned)
		for i := range level {
			level[i].scale = 0
		}
		r.textBorders(level, xs, ends, baseline, em)
	}
}

// borderPad is the room a text border round a 纵横混排 run standing across
// an upright column takes above and below it: its space and its line.
func (e *eastAsian) borderPad() float64 {
	pad := 0.0
	for _, t := range e.turned {
		if b := borderOf(t); b != nil {
			pad = max(pad, (b.Space+b.Width*borderLines(b))*ptToMM)
		}
	}
	return pad
}
