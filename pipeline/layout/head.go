package layout

import (
	"jixiao/pipeline/wordmodel"
)

// Head lays out no more than the first n pages of doc, for a look at them
// (the web page's preview), without laying out the rest: a 100,000-row
// attachment costs its first pages' time, not the whole table's.
//
// Nothing is measured first, so the fonts are not cut down (each Font has
// its names and no Data) and Warnings are empty; a back-end that embeds
// fonts uses Layout. Where the document shows a number of pages (NUMPAGES,
// 共 N 页; SECTIONPAGES) or a page reference (a TOC's page numbers), a
// document that ends within the n pages is laid out again with its
// numbers, as Layout shows them; one that goes on shows “?” for each,
// which only a layout of every page can know.
func Head(doc *wordmodel.Document, opt Options, n int) (*Laid, error) {
	fs, err := newFaces(opt.Fonts)
	if err != nil {
		return nil, err
	}
	l := &Laid{Border: opt.Preset.Table.Border, doc: doc, opt: opt, fs: fs, limit: max(n, 1)}
	for _, f := range fs.all {
		l.Fonts = append(l.Fonts, Font{Name: f.tag + f.fullName(), Key: f.key(), Tag: f.tag})
	}
	return l, nil
}

// unknownPages is what a count of pages or a page reference shows in a
// Head layout of a document longer than the pages laid out (pass.pages
// is then -1).
const unknownPages = "?"

// head hands out the first l.limit pages to fn: they are laid out and
// kept (no more than limit pages of positions), counted again when the
// document ended among them and shows its number of pages, then handed out.
func (l *Laid) head(fn func(Page) error) error {
	index := map[*face]int{}
	for i, f := range l.fs.all {
		index[f] = i
	}
	var pages [][]op
	lay := func(ps pass) (ended bool) {
		pages = pages[:0]
		ps.sink = func(ops []op) {
			for _, page := range splitPages(ops) {
				if len(pages) < l.limit {
					pages = append(pages, append([]op(nil), page...))
				}
			}
		}
		ps.done, ps.limit = func() bool { return len(pages) >= l.limit }, l.limit
		// A layout stopped early has begun the page after the last one wanted.
		return layoutWith(l.doc, l.opt, l.fs, ps).page <= l.limit
	}
	if ended := lay(pass{pages: -1}); ended && (numbersPages(l.doc) || hasFields(l.doc)) {
		measured, known, err := settle(l.doc, l.opt, l.fs)
		if err != nil {
			return err
		}
		lay(pass{pages: measured.page, known: known})
	}
	for _, ops := range pages {
		if err := fn(l.page(ops, index)); err != nil {
			return err
		}
	}
	return nil
}

// splitPages cuts a run of operations at each page's start.
func splitPages(ops []op) [][]op {
	var out [][]op
	for len(ops) > 0 {
		end := 1
		for end < len(ops) && ops[end].kind != opPage {
			end++
		}
		out = append(out, ops[:end])
		ops = ops[end:]
	}
	return out
}

// stopped says the pages wanted have been handed out: the layout goes no
// further.
func (r *renderer) stopped() bool { return r.done != nil && r.done() }

// rowsWanted is how many of t's rows a Head layout needs to lay out: one
// more than the pages it has left can hold, every row being at least a
// line and its padding high (rowHeight). Only rows past the last page
// wanted are left out, so nothing they would change (a merge's last row
// grown to hold its text) is on a page handed out. A layout of every page
// wants them all.
func (r *renderer) rowsWanted(t *wordmodel.Table, tl *tableLayout) int {
	lowest := r.lowestRow(t, tl) - 0.01
	if r.limit == 0 || lowest < 0.1 {
		return len(t.Rows)
	}
	perPage := int(r.g.bh/lowest) + 1
	return min((r.limit-r.page+1)*perPage+1, len(t.Rows))
}
