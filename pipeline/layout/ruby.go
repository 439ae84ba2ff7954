package layout

import (
	"strings"

	"jixiao/pipeline/wordmodel"
)

// 拼音指南 (w:ruby) is set as Word sets its EQ field: the base text (the
// runs of one wordmodel.Ruby) one box in the line, never broken, as wide
// as the wider of it and its guide; the guide at its own size (w:hps),
// its baseline Ruby.Raise above the base's, placed over the base by its
// alignment (centred; left, right; distributeSpace spreading its words
// with half a gap at each end, distributeLetter from end to end); a base
// narrower than its guide centred under it. The line grows to hold the
// guide over its text, as Word grows it. The guide is drawn before its
// base, in the order Word stores them.

// rubyGatherer gathers the runs of one ruby's base.
type rubyGatherer struct{ gathered }

// joins reports whether run goes on with the gathered base.
func (g *rubyGatherer) joins(run wordmodel.Run) bool {
	return len(g.runs) > 0 && run.Ruby == g.runs[0].Ruby
}

// flush appends the gathered base's unit to units, and starts gathering
// anew.
func (g *rubyGatherer) flush(r *renderer, units []unit, face *face, st Style) []unit {
	return g.gathered.flush(units, func(runs []wordmodel.Run) (unit, bool) { return r.rubyUnit(runs, face, st) })
}

// gathers reports whether run is of a ruby's base, set with its guide:
// one of text (a page number is set again on each page, plain).
func (g *rubyGatherer) gathers(run wordmodel.Run) bool {
	return run.Ruby != nil && run.Bookmark == "" && run.Picture == 0 && !strings.ContainsAny(run.Text, placeholders)
}

// rubyUnit is the box of a ruby's base runs and their guide; ok is false
// for a base of no text.
func (r *renderer) rubyUnit(runs []wordmodel.Run, face *face, st Style) (unit, bool) {
	ruby := runs[0].Ruby
	var base []unit
	var text strings.Builder
	for _, run := range runs {
		run.Ruby = nil
		run.Text = strings.ReplaceAll(run.Text, "\n", "")
		text.WriteString(run.Text)
		base = append(base, flat(r.runPieces(run, face, st))...)
	}
	if text.Len() == 0 {
		return unit{}, false
	}
	guide := ruby.Run
	if guide.Size == 0 {
		guide.Size = runSize(runs[0], st) / 2
	}
	e := &eastAsian{base: base, guide: flat(r.runPieces(guide, face, st)), sizeMM: runSize(runs[0], st) * ptToMM,
		raise: ruby.Raise * ptToMM, align: ruby.Align}
	width := max(lineWidth(e.base), lineWidth(e.guide))
	return unit{text: text.String(), width: width, face: face, east: e}, true
}

// rubyRoom is how far a ruby's guide stands above its base's ascent; 0
// for a unit of no ruby.
func (e *eastAsian) rubyRoom() float64 {
	if e == nil || len(e.guide) == 0 || len(e.base) == 0 {
		return 0
	}
	top := e.raise + e.guide[0].face.font.ascent*e.sizeMM*guideShare(e)
	return max(0, top-e.base[0].face.font.ascent*e.sizeMM)
}

// guideShare is a ruby's guide size in its base's.
func guideShare(e *eastAsian) float64 {
	base, guide := unitScale(e.base), unitScale(e.guide)
	return guide / base
}

// unitScale is the scale of a ruby part's first unit in its paragraph's
// size (1 for the paragraph's).
func unitScale(units []unit) float64 {
	if len(units) == 0 || units[0].scale == 0 {
		return 1
	}
	return units[0].scale
}

// drawRuby draws a ruby unit whose box starts at x on the line's baseline,
// the line's type being sizeMM in its face line: the guide, then its
// base.
func (r *renderer) drawRuby(e *eastAsian, line *face, x, baseline, sizeMM float64) {
	top := func(b float64) float64 { return b - line.font.ascent*sizeMM }
	bw, gw := lineWidth(e.base), lineWidth(e.guide)
	wide := max(bw, gw)
	gx, gap := x+(wide-gw)/2, 0.0
	if n := len(e.guide); gw < bw && n > 0 {
		switch e.align {
		case "left":
			gx = x
		case "right", "rightVertical":
			gx = x + wide - gw
		case "distributeSpace":
			gap = (wide - gw) / float64(n)
			gx = x + gap/2
		case "distributeLetter":
			if n > 1 {
				gap, gx = (wide-gw)/float64(n-1), x
			}
		}
	}
	r.drawUnits(e.guide, line, gx, top(baseline-e.raise), sizeMM, gap)
	r.drawUnits(e.base, line, x+(wide-bw)/2, top(baseline), sizeMM, 0)
}
