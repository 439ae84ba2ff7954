package layout

import (
	"cmp"

	"jixiao/pipeline/wordmodel"
)

// A table cell's characters are each set in the font Word picks for them
// (scripts.go), as a body paragraph's: the digits of 2023年 in the run's
// Latin font where the PDF has it (黑体 digits in a 仿宋 cell), a “ typed
// with a Chinese input method (w:hint) in its East Asian font. A cell's
// plain text takes what all its runs set (wordmodel's Cell.LatinFont,
// OtherFont, Hint, Chinese); a stretch of its own fonts or hint, its own
// (RunSize.Format), what it leaves to the cell filled in from the cell's.

// cellFonts is what a cell sets for the fonts of all its text: the faces
// and slots of its plain text, and the Latin and East Asian fonts a
// stretch's format leaves out, being the cell's.
type cellFonts struct {
	faces              scriptFaces
	latin, east, other string
}

// cellFontsOf is the cellFonts of c, whose East Asian text is set in
// face (table.go picks it: a bold header row's is the header face).
func (r *renderer) cellFontsOf(c wordmodel.Cell, face *face) cellFonts {
	// A long table's cells share a few sets of fonts: each is worked out
	// once, not for each of its hundred thousand cells.
	key := cellFontKey{c.Font, c.LatinFont, c.OtherFont, c.Hint, c.Chinese, face}
	if cf, ok := r.cellFontSets[key]; ok {
		return cf
	}
	cf := r.newCellFonts(c, face)
	if r.cellFontSets == nil {
		r.cellFontSets = map[cellFontKey]cellFonts{}
	}
	r.cellFontSets[key] = cf
	return cf
}

// cellFontKey is what a cell's fonts are worked out from.
type cellFontKey struct {
	font, latin, other string
	hint, chinese      bool
	face               *face
}

func (r *renderer) newCellFonts(c wordmodel.Cell, face *face) cellFonts {
	run := wordmodel.Run{LatinFont: c.LatinFont, OtherFont: c.OtherFont, Hint: c.Hint, Chinese: c.Chinese}
	if roleOf(c.Font) == "" {
		// A font the PDF has no face of: it draws nothing, but picks
		// slots (an East Asian font of Times New Roman, slotsOf).
		run.Font = c.Font
	}
	_, faces := r.runFaces(run, face)
	return cellFonts{faces: faces, latin: c.LatinFont, east: run.Font, other: c.OtherFont}
}

// stretchRun is the run a cell's stretch of format f is set as: f, the
// fonts it leaves to the cell the cell's.
func (cf *cellFonts) stretchRun(f *wordmodel.Run) wordmodel.Run {
	var run wordmodel.Run
	if f != nil {
		run = *f
	}
	run.LatinFont = cmp.Or(run.LatinFont, cf.latin)
	run.Font = cmp.Or(run.Font, cf.east)
	if f == nil {
		s := cf.faces.slots
		run.OtherFont, run.Hint, run.Chinese = cf.other, s.hint, s.chinese
	}
	return run
}
