package layout

import (
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// A cell paragraph or a header or footer line whose stretches carry a
// formatting of their own (wordmodel.RunSize.Format: m², a red figure
// among black ones, a struck or underlined word, a link) is set run by
// run as a body paragraph is (runPieces, decorate), and drawUnits draws
// it alike. Plain stretches keep the cheap path: a long table's cells
// never come here.

// formatted reports whether any of the stretches has a formatting.
func formatted(runs []wordmodel.RunSize) bool {
	for _, rs := range runs {
		if rs.Format != nil || rs.Picture != nil {
			return true
		}
	}
	return false
}

// formattedUnits appends to dst the units of piece, one line of text
// whose stretches begin with runs, each stretch set in its run's
// formatting and size, in face at sizePt, each character in the face
// Word picks for it (fonts, cellfaces.go); it returns them with the
// stretches after the piece and the line break ending it. expand, where
// set, is what a stretch's text shows (a header's page number for its
// field), the stretches counting the text as written.
func (r *renderer) formattedUnits(dst []unit, piece string, runs []wordmodel.RunSize, face *face, fonts *cellFonts, sizePt float64, expand func(string) string) ([]unit, []wordmodel.RunSize) {
	from := len(dst)
	runs = append([]wordmodel.RunSize(nil), runs...)
	rest := piece
	var fit fitter
	var comb combiner
	var turn acrossGatherer
	var ruby rubyGatherer
	st := Style{Size: sizePt}
	for {
		for len(runs) > 0 && runs[0].Picture != nil {
			// A picture in the line (嵌入型) is a stretch of no text.
			dst = comb.flush(r, dst, face, st)
			dst = turn.flush(r, dst, face, st)
			dst = append(dst, r.pictureUnit(runs[0].Picture, ""))
			runs = runs[1:]
		}
		if rest == "" {
			break
		}
		if len(runs) == 0 {
			dst = comb.flush(r, dst, face, st)
			dst = turn.flush(r, dst, face, st)
			dst = ruby.flush(r, dst, face, st)
			fit.close([][]unit{dst})
			dst = r.unitsIn(dst, r.clean(shown(rest, expand)), fonts.faces, sizePt, false)
			break
		}
		n, cut := runs[0].Runes, len(rest)
		for i := range rest {
			if n == 0 {
				cut = i
				break
			}
			n--
		}
		run := fonts.stretchRun(runs[0].Format)
		run.Text, run.Size = shown(rest[:cut], expand), runs[0].Size
		if !comb.joins(run) {
			dst = comb.flush(r, dst, face, st)
		}
		if !turn.joins(run) {
			dst = turn.flush(r, dst, face, st)
		}
		if !ruby.joins(run) {
			dst = ruby.flush(r, dst, face, st)
		}
		fit.next([][]unit{dst}, run)
		switch {
		case ruby.gathers(run):
			ruby.runs = append(ruby.runs, run) // 拼音指南, one box with its guide once its base ends
		case run.Combine != nil:
			comb.runs = append(comb.runs, run) // 双行合一, one box once its stretch ends
		case run.Vertical:
			turn.runs = append(turn.runs, run) // 纵横混排, one box once its selection ends
		default:
			for _, units := range r.runPieces(run, face, st) {
				dst = append(dst, units...)
			}
		}
		runs[0].Runes -= utf8.RuneCountInString(rest[:cut])
		if runs[0].Runes == 0 {
			runs = runs[1:]
		}
		rest = rest[cut:]
	}
	dst = comb.flush(r, dst, face, st)
	dst = turn.flush(r, dst, face, st)
	dst = ruby.flush(r, dst, face, st)
	fit.close([][]unit{dst})
	borderPads(dst[from:])
	if len(runs) > 0 { // the line break
		if runs[0].Runes--; runs[0].Runes <= 0 {
			runs = runs[1:]
		}
	}
	return dst, runs
}

// shown is text as expand shows it.
func shown(text string, expand func(string) string) string {
	if expand == nil {
		return text
	}
	return expand(text)
}
