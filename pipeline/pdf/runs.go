package pdf

import (
	"strings"

	"jixiao/pipeline/wordmodel"
)

// runUnits are a paragraph's units, a slice a line (\n), each run in its
// own face, size, weight, colour and decoration.
func (r *renderer) runUnits(p *wordmodel.Paragraph, face *face, st Style) [][]unit {
	runs := p.Runs
	if len(runs) == 0 {
		runs = []wordmodel.Run{{Text: p.Text}}
	}
	pieces := [][]unit{nil}
	for _, run := range runs {
		for k, piece := range r.runPieces(run, face, st) {
			if k > 0 {
				pieces = append(pieces, nil)
			}
			pieces[len(pieces)-1] = append(pieces[len(pieces)-1], piece...)
		}
	}
	return pieces
}

// runPieces are one run's units, a slice a line (\n). A soft hyphen is not
// drawn: lines break between words here, never inside one, so Word would
// not show it either.
func (r *renderer) runPieces(run wordmodel.Run, face *face, st Style) [][]unit {
	f := face
	if role := roleOf(run.Font); role != "" {
		f = r.fs.role(role)
	} else if run.Italic {
		// Chinese faces have no italic; emphasis that Word slants is
		// set in 楷体, as Chinese typesetting does.
		f = r.fs.role("kai")
	}
	text := strings.ReplaceAll(run.Text, "\u00AD", "")
	text, caps := casing(text, run)
	if caps != 1 {
		run.Size = max(run.Size, st.Size) * caps
	}
	var out [][]unit
	for _, piece := range strings.Split(r.clean(text), "\n") {
		var units []unit
		for k, seg := range strings.Split(piece, "\t") {
			if k > 0 {
				// Two characters until setTabs knows the line it is on.
				units = append(units, unit{text: " ", space: true, tab: true, face: f, width: 2 * st.Size * ptToMM})
			}
			units = append(units, r.units(seg, f, st.Size, st.Grid)...)
		}
		decorate(units, run, st.Size, st.Grid)
		out = append(out, units)
	}
	return out
}

// indentMM is an indentation in mm: hundredths of a character where chars
// is set, as Word takes them first, otherwise twips.
func indentMM(twips, chars, charW float64) float64 {
	if chars != 0 {
		return chars / 100 * charW
	}
	return twips / 20 * ptToMM
}

// labelUnits are a list label's units. A label ending in a tab is followed
// by the space to the hanging indent, where the text starts, as Word sets
// it, or by one character where the label is wider than the indent.
func (r *renderer) labelUnits(label *wordmodel.Run, face *face, st Style, first, charW float64) []unit {
	run := *label
	tab := strings.HasSuffix(run.Text, "\t")
	run.Text = strings.TrimSuffix(run.Text, "\t")
	units := r.runPieces(run, face, st)[0]
	if tab {
		gap := charW
		if w := lineWidth(units); first < 0 && -first-w > 0.1 {
			gap = -first - w
		}
		units = append(units, unit{text: " ", space: true, width: gap, face: face})
	}
	return units
}

// roleOf is the font role a run's named East Asian font stands for; "" for
// none the PDF knows.
func roleOf(font string) string {
	switch {
	case font == "":
		return ""
	case strings.Contains(font, "小标宋"):
		return "xiaobiaosong"
	case strings.Contains(font, "仿宋"), strings.Contains(strings.ToLower(font), "fangsong"):
		return "fangsong"
	case strings.Contains(font, "黑"), strings.Contains(strings.ToLower(font), "hei"):
		return "hei"
	case strings.Contains(font, "楷"), strings.Contains(strings.ToLower(font), "kai"):
		return "kai"
	case strings.Contains(font, "宋"), strings.Contains(strings.ToLower(font), "song"):
		return "song"
	}
	return ""
}
