package layout

import "jixiao/pipeline/wordmodel"

// pickMargins sets the header and footer of the page being begun, as Word
// picks them: the section's first-page ones on its first page where it has
// a title page, the even-page ones on even pages where the document has
// them, the default ones elsewhere. A first-page or even-page one the
// section leaves empty is empty, page number included (none is drawn for it).
func (r *renderer) pickMargins() {
	if r.sections == nil {
		return
	}
	s := r.sections[r.section]
	special := func(ms wordmodel.Margins) wordmodel.Margin {
		m := ms.Default
		switch {
		case s.TitlePage && r.sectionPages == 1:
			m = ms.First
		case r.evenPages && r.page%2 == 0:
			m = ms.Even
		}
		if m == nil {
			return wordmodel.Margin{}
		}
		return *m
	}
	r.header, r.footer = special(s.Header), special(s.Footer)
}
