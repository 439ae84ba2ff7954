package layout

import (
	"cmp"
	"maps"

	"jixiao/pipeline/wordmodel"
)

// A page number in a body chain's story (PAGE, NUMPAGES, SECTIONPAGES)
// is the page's its box stands on, as Word updates the field
// where the box is drawn. The chain is laid out when the first of its
// boxes is placed, before the pages of the others are known: each box
// records the place it is drawn on, and the next pass lays the chain out
// with each box's numbers (settle) until they no longer move. A header's
// chain is laid out anew on each page (layStory) and needs none of this.

// boxKey is a chain's box: its first box, and its place in the chain.
type boxKey struct {
	first *wordmodel.Shape
	seq   int
}

// boxPlace is the page a chain's box was drawn on, and its section.
type boxPlace struct {
	place
	section int
}

// recordBox records the page the chain's box k is drawn on, where the
// chain's story shows a page number.
func (r *renderer) recordBox(boxes []wordmodel.Shape, k int, ct *chainText) {
	if !ct.paged || r.inStory {
		return
	}
	if r.boxPlaces == nil {
		r.boxPlaces = map[boxKey]boxPlace{}
	}
	r.boxPlaces[boxKey{&boxes[0], k}] = boxPlace{place{r.page, r.y, r.pageNo, r.pageFormat, r.chapterPrefix()}, r.section}
	r.chainPaged = true
}

// boxOf is where an earlier pass found the chain's box k drawn; nil in
// the first pass, or for a header's chain.
func (r *renderer) boxOf(boxes []wordmodel.Shape, k int) *boxPlace {
	if r.inStory || r.known == nil {
		return nil
	}
	if p, ok := r.known.boxes[boxKey{&boxes[0], k}]; ok {
		return &p
	}
	return nil
}

// sameBoxes reports whether the chains' boxes stand on the same pages.
func sameBoxes(a, b map[boxKey]boxPlace) bool {
	return maps.EqualFunc(a, b, func(p, q boxPlace) bool {
		return p.page == q.page && p.no == q.no && p.format == q.format && p.chapter == q.chapter && p.section == q.section
	})
}

// boxLabel is a PAGE field's number in the box being laid out, which an
// earlier pass found on r.boxAt's page.
func (r *renderer) boxLabel(format string) string {
	return r.boxAt.chapter + wordmodel.FormatNumber(r.boxAt.no, cmp.Or(format, r.boxAt.format))
}
