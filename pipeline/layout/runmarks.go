package layout

import (
	"cmp"
	"math"
	"strings"
	"unicode"

	"jixiao/pipeline/wordmodel"
)

// Emphasis marks (着重号, w:em) are drawn as ECMA-376 §17.3.2.12 names
// them and LibreOffice places them: dot, comma and circle above each
// character, underDot below it; a space and a punctuation mark get none,
// as in Word. Their size and place are shares of the character's type
// size, from the middle of the mark to the baseline.
const (
	markAbove = 0.98 // above the baseline: over an ideograph's top
	markBelow = 0.24 // below the baseline: under a descender
	dotSize   = 0.14 // the dot's diameter
	ringSize  = 0.2  // the circle's
)

// markRoom is how much of a single line of its type emphasis marks add
// to their line (a quarter, as LibreOffice sets them: the line's height
// grows by the marks' own), over the text for marks above it, under it
// for underDot; a line of an exact height does not grow.
const markRoom = 0.25

// emphasisRoom is the room a line's emphasis marks and turned runs
// (纵横混排) add above its text and below it, the line's type being
// sizeMM.
func emphasisRoom(line []unit, sizeMM float64) (above, below float64) {
	for _, u := range line {
		if over := u.east.overhang(); over > 0 {
			above, below = max(above, over), max(below, over) // a turned run standing out
		}
		above = max(above, u.east.rubyRoom())
		above, below = markRoomOf(u, sizeMM, above, below)
	}
	return above, below
}

// markRoomOf grows above and below to the room u's emphasis mark needs
// over its text (or under it, for underDot), its line's type sizeMM.
func markRoomOf(u unit, sizeMM, above, below float64) (float64, float64) {
	if u.deco == nil || u.deco.emphasis == "" || strings.TrimSpace(u.text) == "" {
		return above, below
	}
	room := markRoom * unitSize(u, sizeMM) * singleLine
	if u.deco.emphasis == "underDot" {
		return above, max(below, room)
	}
	return max(above, room), below
}

// grown is the height of a line lineH high grown by drop above its text
// and below under it, to whole grid lines where grid; the text moves
// down by the room added over it (a grid line's rest with it).
func (r *renderer) grown(lineH, drop, below float64, grid bool) (height, down float64) {
	height = lineH + drop + below
	if pitch := r.g.pitch; pitch > 0 && grid {
		height = math.Ceil(height/pitch-0.01) * pitch
	}
	return height, height - lineH - below
}

// emphasisMarks draws the marks of the unit u whose glyphs start at x on
// baseline, sizeMM being the paragraph's type size.
func (r *renderer) emphasisMarks(u unit, x, baseline, sizeMM float64) {
	size := unitSize(u, sizeMM)
	color := u.color
	if color == "" {
		color = "000000"
	}
	i := 0
	for _, c := range u.text {
		adv, k := charAdvance(u, c, size), kernAt(u, i)
		i++
		if !unicode.IsSpace(c) && !unicode.IsPunct(c) {
			cx := x + (adv-u.spacing)/2
			if u.grid {
				cx = x + (u.width-u.lead-u.spacing)/2 // its cell, without the room after it
			}
			r.ops = append(r.ops, op{kind: opPath, path: emphasisMark(u.deco.emphasis, cx, baseline, size, color)})
		}
		x += adv + k
	}
}

// unitSize is the type size of u's glyphs, mm, in a paragraph of sizeMM.
func unitSize(u unit, sizeMM float64) float64 {
	if u.scale > 0 {
		return sizeMM * u.scale
	}
	return sizeMM
}

// charAdvance is how far the character c of u moves the pen, at size mm:
// its glyph's advance scaled and spaced as its run says, or the unit's
// grid cell.
func charAdvance(u unit, c rune, size float64) float64 {
	if u.grid {
		return u.width - u.lead
	}
	g := u.face.glyph(c)
	w := float64(g.advance) / u.face.font.upem * size
	if u.hscale > 0 {
		w *= u.hscale
	}
	return w + u.spacing
}

// kerning is what the font's kerning pairs add after each character of
// u at sizePt (negative: the next moves closer), scaled across with it;
// nil where its font has no pair for them.
func kerning(u *unit, sizePt float64) []float64 {
	sf := u.face.font.sfnt
	if sf.Kern == nil {
		return nil
	}
	rs := []rune(u.text)
	out := make([]float64, len(rs))
	any := false
	for i := 0; i+1 < len(rs); i++ {
		if k := sf.Kerning(u.face.glyph(rs[i]).index, u.face.glyph(rs[i+1]).index); k != 0 {
			out[i] = float64(k) / u.face.font.upem * sizePt * ptToMM * cmp.Or(u.hscale, 1)
			any = true
		}
	}
	if !any {
		return nil
	}
	return out
}

// kernAt is the kerning after u's i-th character.
func kernAt(u unit, i int) float64 {
	if i < len(u.kern) {
		return u.kern[i]
	}
	return 0
}

// emphasisMark is the path of one mark centred across on cx.
func emphasisMark(kind string, cx, baseline, size float64, color string) *Path {
	cy := baseline - markAbove*size
	if kind == "underDot" {
		cy = baseline + markBelow*size
	}
	switch kind {
	case "circle":
		rad := ringSize * size / 2
		return &Path{Segs: circle(cx, cy, rad), Stroke: color, Width: rad / 3}
	case "comma":
		// A 、 turned: a round head and a tail down to the left.
		rad := dotSize * size / 2
		segs := circle(cx, cy, rad)
		segs = append(segs[:len(segs)-1], Seg{'C', []Point{{cx + rad, cy + 2*rad}, {cx, cy + 3*rad}, {cx - rad, cy + 3.2*rad}}},
			Seg{'C', []Point{{cx - 0.2*rad, cy + 2.4*rad}, {cx + 0.2*rad, cy + 1.6*rad}, {cx, cy + rad}}}, Seg{'Z', nil})
		return &Path{Segs: segs, Fill: color}
	}
	return &Path{Segs: circle(cx, cy, dotSize*size/2), Fill: color}
}

// circle is a closed circle's outline, from its right.
func circle(cx, cy, rad float64) []Seg {
	k := rad * kappa
	return []Seg{
		{'M', []Point{{cx + rad, cy}}},
		{'C', []Point{{cx + rad, cy + k}, {cx + k, cy + rad}, {cx, cy + rad}}},
		{'C', []Point{{cx - k, cy + rad}, {cx - rad, cy + k}, {cx - rad, cy}}},
		{'C', []Point{{cx - rad, cy - k}, {cx - k, cy - rad}, {cx, cy - rad}}},
		{'C', []Point{{cx + k, cy - rad}, {cx + rad, cy - k}, {cx + rad, cy}}},
		{'Z', nil},
	}
}

// Text borders (w:bdr) are boxes around the run's text, from its face's
// ascent above the baseline to its descent below it, w:space pt beyond
// the text on each side; the box's line and space widen the line at
// its two ends, as LibreOffice sets it.

// borderPads gives the units of a line that open a text border the room
// before their glyphs, and those that close one the room after them.
// Units of equal borders, of the same or of the next run, are one box.
func borderPads(units []unit) {
	for i := range units {
		b := borderOf(units[i])
		if b == nil {
			continue
		}
		pad := (b.Space + b.Width*borderLines(b)) * ptToMM
		if i == 0 || !sameBorder(borderOf(units[i-1]), b) {
			units[i].lead = pad
			units[i].width += pad
		}
		if i == len(units)-1 || !sameBorder(borderOf(units[i+1]), b) {
			units[i].width += pad
		}
	}
}

func borderOf(u unit) *wordmodel.Border {
	if u.deco == nil {
		return nil
	}
	return u.deco.border
}

func sameBorder(a, b *wordmodel.Border) bool { return a != nil && b != nil && *a == *b }

// borderLines is how many line widths a border's line takes across: a
// double line is two lines and the gap between them.
func borderLines(b *wordmodel.Border) float64 {
	if b.Style == "double" || b.Style == "triple" || len(b.Style) > 9 && b.Style[:4] == "thin" || len(b.Style) > 9 && b.Style[:5] == "thick" {
		return 3
	}
	return 1
}

// textBorders draws the boxes of a line's text borders: xs are where
// its units start, ends where each ends (its justification gap left
// out), sizeMM the paragraph's type size.
func (r *renderer) textBorders(units []unit, xs, ends []float64, baseline, sizeMM float64) {
	for i := 0; i < len(units); {
		b := borderOf(units[i])
		if b == nil {
			i++
			continue
		}
		j := i
		above, below := 0.0, 0.0
		for ; j < len(units) && sameBorder(borderOf(units[j]), b); j++ {
			size := unitSize(units[j], sizeMM)
			above, below = max(above, units[j].face.font.ascent*size), max(below, units[j].face.font.descent*size)
		}
		color := b.Color
		if color == "" {
			color = "000000"
		}
		w := b.Width * ptToMM
		space := b.Space * ptToMM
		x0, x1 := xs[i]+w/2, ends[j-1]-w/2
		y0, y1 := baseline-above-space-w/2, baseline+below+space+w/2
		for _, s := range borderStrands(b.Style, w) {
			d := s.offset
			r.ops = append(r.ops, op{kind: opPath, path: &Path{Segs: rectangle(x0+d, y0+d, x1-d, y1-d), Stroke: color, Width: s.width, Dash: borderDash(b.Style, w)}})
		}
		i = j
	}
}

// borderStrands are a border's lines: their inward offset from the
// border's outer line's middle and their widths, mm.
func borderStrands(style string, w float64) []strand {
	if borderLines(&wordmodel.Border{Style: style}) == 3 {
		return []strand{{-w, w}, {w, w}}
	}
	return []strand{{0, w}}
}

// borderDash is how a border's line is dashed: dotted and dashed ones
// as Word draws them; nil for a solid line.
func borderDash(style string, w float64) []float64 {
	switch style {
	case "dotted":
		return []float64{w, w}
	case "dashed", "dashSmallGap":
		return []float64{3 * w, w * 2}
	case "dotDash":
		return []float64{3 * w, w, w, w}
	case "dotDotDash":
		return []float64{3 * w, w, w, w, w, w}
	}
	return nil
}

// rectangle is a closed box's outline.
func rectangle(x0, y0, x1, y1 float64) []Seg {
	return []Seg{{'M', []Point{{x0, y0}}}, {'L', []Point{{x1, y0}}}, {'L', []Point{{x1, y1}}}, {'L', []Point{{x0, y1}}}, {'Z', nil}}
}
