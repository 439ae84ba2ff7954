package layout

import (
	"cmp"
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
	var fit fitter
	var comb combiner
	var turn acrossGatherer
	var ruby rubyGatherer
	for _, run := range runs {
		run = r.plainNumbers(run, p.Text)
		if run.Bookmark == "" && !comb.joins(run) {
			pieces[len(pieces)-1] = comb.flush(r, pieces[len(pieces)-1], face, st)
		}
		if run.Bookmark == "" && !turn.joins(run) {
			pieces[len(pieces)-1] = turn.flush(r, pieces[len(pieces)-1], face, st)
		}
		if run.Bookmark == "" && !ruby.joins(run) {
			pieces[len(pieces)-1] = ruby.flush(r, pieces[len(pieces)-1], face, st)
		}
		if ruby.gathers(run) {
			ruby.runs = append(ruby.runs, run)
			continue
		}
		if run.Bookmark == "" {
			fit.next(pieces, run)
		}
		if run.Combine != nil && run.Bookmark == "" && run.Picture == 0 {
			comb.runs = append(comb.runs, run)
			continue
		}
		if run.Vertical && run.Bookmark == "" && run.Picture == 0 {
			turn.runs = append(turn.runs, run)
			continue
		}
		if run.Bookmark != "" {
			pieces[len(pieces)-1] = append(pieces[len(pieces)-1], unit{anchor: run.Bookmark, face: face})
			continue
		}
		if run.Picture > 0 && run.Picture <= len(p.Images) {
			pieces[len(pieces)-1] = append(pieces[len(pieces)-1], r.pictureUnit(&p.Images[run.Picture-1], run.Link))
			continue
		}
		for _, part := range pageParts(run) {
			page := part.Text == wordmodel.PageField
			if r.measuring && !page && strings.ContainsAny(part.Text, placeholders) {
				// A count or a reference may show digits the measuring
				// never drew (共 3 页 on page 1 only): all are marked for
				// the fonts' subsets, in the faces the run's would take.
				digits := part
				digits.Text = formatGlyphs(part.NumFormat)
				r.runPieces(digits, face, st)
			}
			part.Text = r.fieldText(part)
			for k, piece := range r.runPieces(part, face, st) {
				if k > 0 {
					pieces = append(pieces, nil)
				}
				for i := range piece {
					piece[i].page, piece[i].pageFormat = page, part.NumFormat
				}
				pieces[len(pieces)-1] = append(pieces[len(pieces)-1], piece...)
			}
		}
	}
	pieces[len(pieces)-1] = comb.flush(r, pieces[len(pieces)-1], face, st)
	pieces[len(pieces)-1] = turn.flush(r, pieces[len(pieces)-1], face, st)
	pieces[len(pieces)-1] = ruby.flush(r, pieces[len(pieces)-1], face, st)
	fit.close(pieces)
	for _, piece := range pieces {
		borderPads(piece)
	}
	return pieces
}

// pageParts cuts a run at its PAGE fields, each a part of its own, whose
// units drawLine numbers with the page the line lands on.
func pageParts(run wordmodel.Run) []wordmodel.Run {
	if !strings.Contains(run.Text, wordmodel.PageField) {
		return []wordmodel.Run{run}
	}
	var out []wordmodel.Run
	for i, text := range strings.Split(run.Text, wordmodel.PageField) {
		if i > 0 {
			part := run
			part.Text = wordmodel.PageField
			out = append(out, part)
		}
		if text != "" {
			part := run
			part.Text = text
			out = append(out, part)
		}
	}
	return out
}

// runPieces are one run's units, a slice a line (\n). A soft hyphen is not
// drawn: lines break between words here, never inside one, so Word would
// not show it either.
func (r *renderer) runPieces(run wordmodel.Run, face *face, st Style) [][]unit {
	f, faces := r.runFaces(run, face)
	// Type much larger than the grid's cell (a 36 pt 红头 in a body
	// paragraph) keeps its own width, as Word sets it, not the cell's.
	grid := st.Grid && !run.OffGrid && (run.Size == 0 || run.Size*ptToMM <= r.g.cell*1.1)
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
				units = append(units, unit{text: " ", space: true, tab: true, face: f, width: 2 * st.Size * ptToMM, align: run.Align})
			}
			units = r.unitsIn(units, seg, faces, st.Size, grid)
		}
		r.nameFaces(units, run, &faces)
		decorate(units, run, st.Size, grid)
		out = append(out, units)
	}
	return out
}

// runFaces are the faces run's characters are drawn in, face where its
// fonts name none the PDF has, and f, its East Asian text's.
func (r *renderer) runFaces(run wordmodel.Run, face *face) (f *face, faces scriptFaces) {
	f, role := face, roleOf(run.Font)
	if role != "" {
		f = r.fs.role(role)
	}
	if run.Italic && (role == "" || role == "fangsong" || role == "song") {
		// Chinese faces have no italic; emphasis that Word slants in a
		// 宋 or 仿宋 face is set in 楷体, as Chinese typesetting does.
		f = r.fs.role("kai")
	}
	// Latin text and digits are set in the run's Latin font where it is a
	// face the PDF has (黑体 digits in a 黑体 heading), else with the
	// Chinese text: Times New Roman is not one of the roles. So are the
	// characters of its other fonts (scripts.go).
	faces = oneFace(f)
	faces.slots = slotsOf(run)
	if !run.Italic {
		faces.by[slotASCII] = r.roleOr(run.LatinFont, f)
		faces.by[slotOther] = r.roleOr(cmp.Or(run.OtherFont, run.LatinFont), f)
		faces.by[slotComplex] = r.roleOr(run.ComplexFont, f)
	}
	return f, faces
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
// it, or by one character where the label is wider than the indent. A
// picture bullet (pic, nil for none) is as high as the label's type is
// large, in its own proportions, standing on the baseline, as Word sets
// it.
func (r *renderer) labelUnits(label *wordmodel.Run, pic *wordmodel.Image, face *face, st Style, first, charW float64) []unit {
	run := *label
	tab := strings.HasSuffix(run.Text, "\t")
	run.Text = strings.TrimSuffix(run.Text, "\t")
	units := r.runPieces(run, face, st)[0]
	if pic != nil {
		h := runSize(run, st) * ptToMM
		units = append([]unit{{img: pic, width: h * pic.Width / pic.Height}}, units...)
	}
	if tab {
		gap := charW
		if w := lineWidth(units); first < 0 && -first-w > 0.1 {
			gap = -first - w
		}
		units = append(units, unit{text: " ", space: true, width: gap, face: face})
	}
	return units
}

// roleOr is the face of font's role, or or where it names none.
func (r *renderer) roleOr(font string, or *face) *face {
	if role := roleOf(font); role != "" {
		return r.fs.role(role)
	}
	return or
}

// roleOf is the font role a run's named East Asian font stands for; "" for
// none the PDF knows.
func roleOf(font string) string {
	switch {
	case font == "":
		return ""
	case strings.Contains(font, "小标宋"):
		return "xiaobiaosong"
	case strings.Contains(font, "仿宋"), containsFold(font, "fangsong"):
		return "fangsong"
	case strings.Contains(font, "黑"), containsFold(font, "hei"):
		return "hei"
	case strings.Contains(font, "楷"), containsFold(font, "kai"):
		return "kai"
	case strings.Contains(font, "宋"), containsFold(font, "song"):
		return "song"
	}
	return ""
}

// containsFold reports whether s holds the ASCII word sub in any case,
// without the copy strings.ToLower makes: roleOf is asked of every cell
// of a long table, four fonts a cell.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
