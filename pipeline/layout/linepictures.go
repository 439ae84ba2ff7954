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
// moves down in it from the line's top plus its type's ascent: the type
// first stands where baseline puts it in its line (negative: a line of
// exact height lower than the type), then a picture taller than the
// type's ascent stands on the baseline and pushes it down, the line
// growing by as much, and emphasis marks add their room over or under the
// text (runmarks.go), to whole grid lines where the paragraph is on the
// grid. A line is as high as its tallest text makes it, each run at its
// own size in its own face (naturalLine): a 22 pt run makes its line
// taller than a 16 pt paragraph's, and the type sits at that run's size;
// a line of only a paragraph's smaller runs is lower; a line of exact
// height keeps it. A line of no text keeps the paragraph's line height.
func (r *renderer) lineWithPictures(line []unit, p *wordmodel.Paragraph, l look) (height, drop float64) {
	f := r.fs.role(l.st.Font).font
	ascent := f.ascent * l.st.Size * ptToMM
	height = l.lineHeight
	tallest := 0.0
	for _, u := range line {
		if u.img != nil {
			tallest = max(tallest, u.pictureHeight())
		}
	}
	exact := p.Spacing != nil && p.Spacing.LineRule == "exact"
	size, m := l.st.Size, faceMetrics{}
	if p.Spacing != nil && !exact {
		if natural, s, fm := naturalLine(line, l.st.Size, l.ea, l.latin); natural > 0 {
			height, size, m = r.lineHeight(p.Spacing, natural), s, fm
		}
	}
	drop = r.baseline(p.Spacing, !r.inStory, height, size*ptToMM, f, m) - ascent
	above, below := 0.0, 0.0
	if !exact {
		above, below = emphasisRoom(line, l.st.Size*ptToMM)
	}
	if up := max(tallest-ascent, above); up > 0 || below > 0 {
		grown, down := r.grown(height, max(up, 0), below, p.Spacing == nil || !p.Spacing.NoGrid)
		if tallest-ascent >= above {
			// A picture stands at the line's top, the type's baseline on
			// its foot, and what the grid adds goes under it.
			down = tallest - ascent
		}
		height, drop = max(height, grown), max(drop, down)
	}
	return height, drop
}
