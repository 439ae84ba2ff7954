package layout

import "jixiao/pipeline/wordmodel"

// hasMargins reports whether a section has a header or a footer.
func hasMargins(s wordmodel.Section) bool {
	return s.Header != (wordmodel.Margins{}) || s.Footer != (wordmodel.Margins{})
}

// pickMargins sets the header and footer of the page being begun, as Word
// picks them: the section's first-page ones on its first page where it has
// a title page, the even-page ones on even pages where the document has
// them, the default ones elsewhere. A first-page or even-page one the
// section leaves empty is empty, page number included.
func (r *renderer) pickMargins() {
	if r.sections == nil {
		return
	}
	s := r.sections[r.section]
	special := func(ms wordmodel.Margins) (*wordmodel.Margin, bool) {
		switch {
		case s.TitlePage && r.sectionPages == 1:
			return ms.First, true
		case r.evenPages && r.page%2 == 0:
			return ms.Even, true
		}
		return ms.Default, false
	}
	h, _ := special(s.Header)
	f, blank := special(s.Footer)
	r.header, r.footer = wordmodel.Margin{}, wordmodel.Margin{}
	r.marginImages, r.marginShapes = nil, nil
	if h != nil {
		r.header = *h
		r.marginImages = append(r.marginImages, h.Images...)
		r.marginShapes = append(r.marginShapes, h.Shapes...)
	}
	r.headerPictures = len(r.marginImages)
	if f != nil {
		r.footer = *f
		r.marginImages = append(r.marginImages, f.Images...)
		r.marginShapes = append(r.marginShapes, f.Shapes...)
	}
	r.blankFooter = blank && f == nil
}
