package layout

import (
	"strings"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// ruleUnits applies a paragraph's 中文版式 line rules (wordmodel.LineRules)
// and the document's own kinsoku lists to its units before they are
// broken into lines, and returns them: a paragraph whose kinsoku is off
// may start a line with “，”; one that lets Latin words break has each
// word cut into its characters, so that a line ends where it is full. A
// paragraph with none of them, in a document without lists, is left as
// it is, at no cost.
func (r *renderer) ruleUnits(units []unit, sp *wordmodel.Spacing, sizePt float64) []unit {
	var rules wordmodel.LineRules
	if sp != nil {
		rules = sp.LineRules
	}
	if rules.BreakWords {
		units = cutWords(units)
	}
	switch {
	case rules.NoKinsoku:
		for i := range units {
			units[i].ruled, units[i].closes, units[i].opens = true, false, false
		}
	case r.kinsoku != nil:
		for i := range units {
			u := &units[i]
			first, _ := utf8.DecodeRuneInString(u.text)
			last, _ := utf8.DecodeLastRuneInString(u.text)
			u.ruled = true
			u.closes = u.text != "" && strings.ContainsRune(r.kinsoku.NoStart, first)
			u.opens = u.text != "" && strings.ContainsRune(r.kinsoku.NoEnd, last)
		}
	}
	if rules.NoHang {
		for i := range units {
			units[i].hang = false
		}
	}
	autoSpace(units, sizePt, rules)
	return units
}

// cutWords cuts each Latin word or number of units into its characters,
// each as wide as its share of the word's advance. A unit whose width
// is not its glyphs' alone (letter spacing, kerning, a text border's
// lead, a grid cell) stays whole.
func cutWords(units []unit) []unit {
	var out []unit
	for i, u := range units {
		r, _ := utf8.DecodeRuneInString(u.text)
		whole := u.face == nil || !startsRun(r) || utf8.RuneCountInString(u.text) < 2 || u.img != nil || u.east != nil ||
			u.tab || u.space || u.kern != nil || u.spacing != 0 || u.lead != 0 || u.grid || u.anchor != "" || u.page
		if whole {
			if out != nil {
				out = append(out, u)
			}
			continue
		}
		if out == nil {
			out = append(make([]unit, 0, len(units)+8), units[:i]...)
		}
		all := u.face.width(u.text, 1)
		for j, c := range u.text {
			part := u
			part.text = u.text[j : j+utf8.RuneLen(c)]
			if all > 0 {
				part.width = u.width * u.face.width(part.text, 1) / all
			} else {
				part.width = u.width / float64(utf8.RuneCountInString(u.text))
			}
			out = append(out, part)
		}
	}
	if out == nil {
		return units
	}
	return out
}
