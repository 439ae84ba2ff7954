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
// grid. Type larger than the paragraph's (a header's 小四 run in a 小五
// 页眉) is placed at its own size and makes the line as high as its
// size's line, unless the line's height is exact. A line of none of
// these keeps the paragraph's line height.
func (r *renderer) lineWithPictures(line []unit, p *wordmodel.Paragraph, l look) (height, drop float64) {
	f := r.fs.role(l.st.Font).font
	ascent := f.ascent * l.st.Size * ptToMM
	height = l.lineHeight
	tallest, larger := 0.0, 1.0
	for _, u := range line {
		if u.img != nil {
			tallest = max(tallest, u.pictureHeight())
		} else if u.deco == nil || u.deco.rise == 0 {
			larger = max(larger, u.scale)
		}
	}
	exact := p.Spacing != nil && p.Spacing.LineRule == "exact"
	size := l.st.Size
	if larger > 1 && p.Spacing != nil && !exact {
		size *= larger
		height = max(height, r.lineHeight(p.Spacing, size))
	}
	drop = r.baseline(p.Spacing, !r.inStory, height, size*ptToMM, f) - ascent
	above, below := 0.0, 0.0
	if !exact {
		above, below = emphasisRoom(line, l.st.Size*ptToMM)
	}
	if up := max(tallest-ascent, above); up > 0 || below > 0 {
		grown, down := r.grown(l.lineHeight, max(up, 0), below, p.Spacing == nil || !p.Spacing.NoGrid)
		if tallest-ascent >= above {
			// A picture stands at the line's top, the type's baseline on
			// its foot, and what the grid adds goes under it.
			down = tallest - ascent
		}
		height, drop = max(height, grown), max(drop, down)
	}
	return height, drop
}
