package layout

import (
	"cmp"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// Text fitted to a width (调整宽度, w:fitText: 单  位：, 联系人： aligned
// under each other, a 落款 spread) is set as Word sets it: the runs of one
// stretch (the same w:id) take exactly the width the stretch names. Text
// narrower than that is spread evenly, the room going after each
// character but the last, so that the first character stands at the
// stretch's start and the last ends at its end; text wider is squeezed,
// its characters scaled across. The widths are those lines break at.
// LibreOffice (7.x) does not read w:fitText and sets such text at its own
// width; Word is followed. A cell set to fit its text (适应文字,
// w:tcFitText) fits each line of its text, which does not wrap, to its
// content box's width alike (celltext.go).

// fitter gathers the units of a paragraph's runs into their stretches of
// fitted text and fits each once its last run is set.
type fitter struct {
	id    string
	width float64 // mm; 0 for no stretch open
	line  int     // the piece (line) the open stretch's units are in
	from  int     // its first unit in that piece
}

// next closes the open stretch where run does not go on with it, and
// opens run's own; pieces are the paragraph's units so far, a slice a
// line.
func (f *fitter) next(pieces [][]unit, run wordmodel.Run) {
	width := run.FitWidth * ptToMM
	if f.width > 0 && run.FitID != "" && run.FitID == f.id && width == f.width {
		return
	}
	f.close(pieces)
	if width > 0 {
		*f = fitter{id: run.FitID, width: width, line: len(pieces) - 1, from: len(pieces[len(pieces)-1])}
	}
}

// close fits the open stretch's units, those set in its first line where
// a line break (w:br) cuts it.
func (f *fitter) close(pieces [][]unit) {
	if f.width == 0 {
		return
	}
	fitUnits(pieces[f.line][f.from:], f.width)
	f.width = 0
}

// fitUnits spreads or squeezes units to width mm.
func fitUnits(units []unit, width float64) {
	natural, chars, last := 0.0, 0, -1
	for i, u := range units {
		if u.tab || u.img != nil || u.anchor != "" || u.text == "" {
			continue
		}
		natural += u.width
		chars += utf8.RuneCountInString(u.text)
		last = i
	}
	if last < 0 || natural <= 0 || width == natural {
		return
	}
	if width < natural {
		f := width / natural
		for i := range units {
			u := &units[i]
			if u.text == "" || u.tab || u.img != nil {
				continue
			}
			u.hscale = cmp.Or(u.hscale, 1) * f
			u.width *= f
			u.spacing *= f
			for k := range u.kern {
				u.kern[k] *= f
			}
		}
		return
	}
	extra := width - natural
	if chars > 1 {
		extra /= float64(chars - 1)
	}
	for i := range units[:last+1] {
		u := &units[i]
		if u.text == "" || u.tab || u.img != nil {
			continue
		}
		n := utf8.RuneCountInString(u.text)
		if i == last && chars > 1 {
			n-- // the last character ends the stretch
		}
		u.spacing += extra
		u.width += extra * float64(n)
	}
}
