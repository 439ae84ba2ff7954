package layout

import "jixiao/pipeline/wordmodel"

// pictureUnit is a picture in a line of text: a box of its width, scaled
// down, keeping its shape, when wider than the text block or taller than
// it, as Word does.
func (r *renderer) pictureUnit(img *wordmodel.Image, link string) unit {
	scale := min(1, r.width()/img.Width, r.g.bh/img.Height)
	return unit{img: img, width: img.Width * scale, link: link}
}

// pictureHeight is the height of a picture unit, at its width.
func (u unit) pictureHeight() float64 { return u.img.Height * u.width / u.img.Width }

// lineWithPictures is the height of a line of p and how far its text
// moves down in it: a picture taller than the type's ascent stands on the
// baseline and pushes it down, the line growing by as much, and emphasis
// marks add their room over or under the text (runmarks.go), to whole
// grid lines where the paragraph is on the grid. A line without either
// keeps the paragraph's line height.
func (r *renderer) lineWithPictures(line []unit, p *wordmodel.Paragraph, l look) (height, drop float64) {
	tallest := 0.0
	for _, u := range line {
		if u.img != nil {
			tallest = max(tallest, u.pictureHeight())
		}
	}
	drop = tallest - r.fs.role(l.st.Font).font.ascent*l.st.Size*ptToMM
	above, below := 0.0, 0.0
	if p.Spacing == nil || p.Spacing.LineRule != "exact" {
		above, below = emphasisRoom(line, l.st.Size*ptToMM)
	}
	drop = max(drop, above)
	if drop <= 0 && below == 0 {
		return l.lineHeight, 0
	}
	return r.grown(l.lineHeight, max(drop, 0), below, p.Spacing == nil || !p.Spacing.NoGrid)
}
