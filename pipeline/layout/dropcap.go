package layout

import "jixiao/pipeline/wordmodel"

// dropCap draws p, a drop cap (首字下沉) anchored to next, whose first
// line stands at top: its letter in the size Word gave it, its baseline
// on the baseline of next's Frame.Lines-th line, at the column's left
// ("drop", the lines beside it indented past it and its hSpace) or
// hanging in the margin left of it ("margin", the text untouched).
func (r *renderer) dropCap(p *wordmodel.Paragraph, next *wordmodel.Paragraph, top float64) {
	f := p.Frame
	inner := unframed([]*wordmodel.Paragraph{p})[0].(*wordmodel.Paragraph)
	l := r.look(inner)
	letter := r.dropLetter(inner, l)
	if letter == nil {
		return
	}
	w := lineWidth(letter)
	nl := r.look(next)
	face := r.fs.role(nl.st.Font)
	lines := float64(f.Lines)
	ea, _ := r.paraSingles(next, nl.st)
	base := top + (lines-1)*nl.lineHeight + r.baseline(next.Spacing, !r.inStory, nl.lineHeight, nl.st.Size*ptToMM, face.font, ea)
	own := r.fs.role(l.st.Font)
	sizeMM := l.st.Size * ptToMM
	x := r.left()
	if f.DropCap == "margin" {
		x -= w + f.Wrap.Left
	}
	r.drawUnits(letter, own, x, base-own.font.ascent*sizeMM, sizeMM, 0)
	r.onPage = true
	if f.DropCap == "drop" {
		r.floats = append(r.floats, dropCapExclusion(x, top, w, lines*nl.lineHeight, f.Wrap))
	}
}

// dropCapExclusion is the room a drop cap w wide at x, top takes from the
// h of lines beside it: its width and hSpace, the text on its right.
func dropCapExclusion(x, top, w, h float64, wrap wordmodel.Wrap) exclusion {
	return exclusion{x0: x, y0: top, x1: x + w + wrap.Right, y1: top + h, mode: "square", side: "right"}
}

// dropLetter is the units of a drop cap's letter, the first piece of its
// paragraph p looked as l; nil for none. Its baseline is placed by the
// caller: the rise Word gives it to reach that baseline in its own exact
// line is not added again.
func (r *renderer) dropLetter(p *wordmodel.Paragraph, l look) []unit {
	pieces := r.pieces(p, l)
	if len(pieces) == 0 {
		return nil
	}
	letter := make([]unit, len(pieces[0]))
	for i, u := range pieces[0] {
		if u.deco != nil && u.deco.rise != 0 {
			d := *u.deco
			d.rise, u.deco = 0, &d
		}
		letter[i] = u
	}
	return letter
}
