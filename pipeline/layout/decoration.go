package layout

import (
	"cmp"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// decoration is what a run draws besides its glyphs, each of which changes
// what the text says: a line under or through it (a deleted figure), a
// background (a highlighted one), a raised or lowered baseline (m², H₂O).
type decoration struct {
	underline  string  // Word's w:u style (single, double, thick, dotted, dash, wave …); "" for none
	strike     int     // lines through the text: 0, 1 or 2
	background string  // RRGGBB behind the text
	rise       float64 // the baseline raised (negative: lowered), in the paragraph's type size
	// emphasis is Word's 着重号 (w:em: dot, comma, circle, underDot),
	// drawn at each character but spaces and punctuation; "" for none.
	emphasis string
	// border is the box around the run's text (w:bdr), one around the
	// units of a line that have an equal one; nil for none.
	border *wordmodel.Border
}

// Superscripts and subscripts are set at two thirds of the size, as Word
// does, a third of the size above the baseline or a seventh below.
const (
	scriptScale = 0.65
	superRise   = 0.33
	subDrop     = 0.14
)

// decorate applies a run's formatting to its units: colour, weight, the
// decoration, and the size a superscript or a run of its own size takes.
// sizePt is the paragraph's size.
func decorate(units []unit, run wordmodel.Run, sizePt float64, grid bool) {
	scale := 0.0
	if run.Size > 0 && sizePt > 0 && run.Size != sizePt {
		scale = run.Size / sizePt
	}
	var d *decoration
	if run.Underline || run.Strike || run.DoubleStrike || run.Highlight != "" || run.Shading != "" || run.VertAlign != "" || run.Position != 0 ||
		run.Emphasis != "" || run.Border != nil {
		d = &decoration{background: run.Highlight, emphasis: run.Emphasis, border: run.Border}
		if run.Underline {
			d.underline = cmp.Or(run.UnderlineStyle, "single")
		}
		if d.background == "" {
			d.background = run.Shading
		}
		switch {
		case run.DoubleStrike:
			d.strike = 2
		case run.Strike:
			d.strike = 1
		}
		own := 1.0 // the run's size in the paragraph's
		if scale > 0 {
			own = scale
		}
		switch run.VertAlign {
		case "superscript":
			d.rise = superRise * own
			scale = own * scriptScale
		case "subscript":
			d.rise = -subDrop * own
			scale = own * scriptScale
		}
		// w:position is in points; rise is in the paragraph's size.
		if run.Position != 0 && sizePt > 0 {
			d.rise += run.Position / sizePt
		}
	}
	for i := range units {
		u := &units[i]
		u.bold, u.color, u.deco, u.link, u.fx = run.Bold, run.Color, d, run.Link, run.Effects
		if scale > 0 {
			u.scale = scale
			if !u.grid { // a grid cell's width stays the cell's
				u.width *= scale
			}
		}
		stretch(u, run, sizePt*cmp.Or(u.scale, 1))
	}
}

// stretch sets a unit wider or narrower as Word sets its run: its
// characters scaled across (w:w, a grid cell too), the run's character
// spacing (w:spacing) after each of them and, from the type size w:kern
// names, its Latin letters kerned by their font's pairs; a tab's width
// left to its stop. The widths are those lines break at. sizePt is the
// unit's type size.
func stretch(u *unit, run wordmodel.Run, sizePt float64) {
	if u.tab || u.img != nil || u.anchor != "" {
		return
	}
	if run.Scale > 0 {
		u.hscale = run.Scale / 100
		u.width *= u.hscale
	}
	if run.Spacing != 0 {
		u.spacing = run.Spacing * ptToMM
		u.width += u.spacing * float64(utf8.RuneCountInString(u.text))
	}
	if run.Kern > 0 && sizePt >= run.Kern && !u.grid {
		kernUnit(u, sizePt)
	}
}

// kernUnit kerns u's characters at sizePt, its width with them.
func kernUnit(u *unit, sizePt float64) {
	u.kern = kerning(u, sizePt)
	for _, k := range u.kern {
		u.width += k
	}
}

// kernUnits kerns the units of a line in a paragraph of sizePt, each at
// its own size, from the type size kernPt on (a cell's w:kern, 0 for
// none), those its run has not kerned already. A font without a kern
// table (the Chinese faces) costs nothing.
func kernUnits(units []unit, kernPt, sizePt float64) {
	if kernPt <= 0 {
		return
	}
	for i := range units {
		u := &units[i]
		size := sizePt * cmp.Or(u.scale, 1)
		if u.kern != nil || u.tab || u.img != nil || u.anchor != "" || u.grid || size < kernPt {
			continue
		}
		kernUnit(u, size)
	}
}

// casing is a run's text as Word shows it: all capitals (w:caps), or small
// capitals (w:smallCaps), which are set as capitals a fifth smaller. It
// changes Latin letters only; Chinese has no case.
func casing(text string, run wordmodel.Run) (string, float64) {
	if !run.Caps && !run.SmallCaps {
		return text, 1
	}
	upper := strings.ToUpper(text)
	if run.SmallCaps && !run.Caps && strings.IndexFunc(text, unicode.IsLower) >= 0 {
		return upper, 0.8
	}
	return upper, 1
}

// Where the lines of a decoration run, in the type's size below the
// baseline (negative: above it), and how thick they are.
const (
	underBelow  = 0.12
	strikeAbove = 0.3 // the middle of a Chinese character, and near a Latin x-height
	lineWeight  = 0.05
)

// decorations records the background, the underline and the strike lines
// of a unit drawn at x on baseline, sizeMM being the paragraph's size;
// width is the unit's with its justification gap.
func (r *renderer) decorations(u unit, x, baseline, top, sizeMM, width float64) {
	d := u.deco
	if d == nil {
		return
	}
	size := sizeMM
	if u.scale > 0 {
		size *= u.scale
	}
	base := baseline - d.rise*sizeMM
	if d.background != "" {
		r.fill(x, top, width, sizeMM*1.2, d.background)
	}
	line := func(y float64, style string, weight float64) {
		// A line that goes on from the last unit's is that line made
		// longer: one stroke a run, and a dotted line's dots stay even.
		for k := len(r.ops) - 1; k >= max(0, len(r.ops)-5); k-- {
			if o := &r.ops[k]; o.kind == opLine && o.y == y && o.h == weight && o.text == style && o.color == u.color && math.Abs(o.x+o.w-x) < 0.01 {
				o.w += width
				return
			}
		}
		r.ops = append(r.ops, op{kind: opLine, x: x, y: y, w: width, h: weight, color: u.color, text: style})
	}
	weight := max(size*lineWeight, 0.2)
	switch d.underline {
	case "":
	case "double":
		line(base+size*underBelow-weight, "solid", weight*0.7)
		line(base+size*underBelow+weight, "solid", weight*0.7)
	case "thick", "dottedHeavy", "dashedHeavy", "wavyHeavy", "dashLongHeavy", "dashDotHeavy", "dashDotDotHeavy":
		line(base+size*underBelow, lineStyle(d.underline), weight*2)
	default:
		line(base+size*underBelow, lineStyle(d.underline), weight)
	}
	switch d.strike {
	case 1:
		line(base-size*strikeAbove, "solid", weight)
	case 2:
		line(base-size*strikeAbove-weight, "solid", weight*0.7)
		line(base-size*strikeAbove+weight, "solid", weight*0.7)
	}
}

// lineStyle is how a line of Word's underline style is stroked: solid,
// dotted, dashed or wavy.
func lineStyle(u string) string {
	switch {
	case strings.HasPrefix(u, "dotted"), u == "dotDotDash", u == "dotDash":
		return "dotted"
	case strings.HasPrefix(u, "dash"):
		return "dashed"
	case strings.HasPrefix(u, "wav"):
		return "wavy"
	}
	return "solid"
}
