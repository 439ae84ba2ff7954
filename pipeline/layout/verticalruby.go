package layout

// A 拼音指南 in an upright column (tbRl, tbLrV) stands as its line would
// turned a quarter right, as LibreOffice draws it: its guide right of
// its base, the guide's middle its raise (w:hpsRaise) further right than
// the base's, as the level guide's baseline is raised over the base's;
// base and guide run down the column, Latin on its side, the shorter
// placed along the longer as the level guide is placed along its base
// (ruby.go).

// ruby reports whether e is a 拼音指南.
func (e *eastAsian) ruby() bool { return e != nil && (e.base != nil || e.guide != nil) }

// rubyLength is how far the 拼音指南 e runs down an upright column.
func (col column) rubyLength(e *eastAsian) float64 {
	return max(col.halfLength(e.base), col.halfLength(e.guide))
}

// guideShift is how far right of the column's middle the guide of e
// stands, its middle's.
func (col column) guideShift(e *eastAsian) float64 {
	if len(e.base) == 0 || len(e.guide) == 0 {
		return 0
	}
	f := e.base[0].face.font
	return e.raise + (f.ascent-f.descent)/2*(col.em(e.guide[0])-col.em(e.base[0]))
}

// guideRoom is how far the guide of e reaches right of its base's em box.
func (col column) guideRoom(e *eastAsian) float64 {
	if len(e.base) == 0 || len(e.guide) == 0 {
		return 0
	}
	return max(0, col.guideShift(e)+col.em(e.guide[0])/2-col.em(e.base[0])/2)
}

// rubyColumn draws the 拼音指南 e of an upright column centred on mid,
// from top down.
func (r *renderer) rubyColumn(col column, e *eastAsian, mid, top float64) {
	bl, gl := col.halfLength(e.base), col.halfLength(e.guide)
	wide := max(bl, gl)
	gy, gap := top+(wide-gl)/2, 0.0
	if n := len(e.guide); gl < bl && n > 0 {
		switch e.align {
		case "left":
			gy = top
		case "right", "rightVertical":
			gy = top + wide - gl
		case "distributeSpace":
			gap = (wide - gl) / float64(n)
			gy = top + gap/2
		case "distributeLetter":
			if n > 1 {
				gap, gy = (wide-gl)/float64(n-1), top
			}
		}
	}
	// The guide first, as Word writes it and a reader extracts it.
	r.downUnits(col, e.guide, mid+col.guideShift(e), gy, gap)
	r.downUnits(col, e.base, mid, top+(wide-bl)/2, 0)
}
