package layout

import (
	"errors"

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
//
// doc may be the head of a document (wordmodel.ReadHead, Partial): its
// pages are then those of the whole document, or, where they would need
// what the head left out, Pages returns ErrHeadTooShort and the caller
// reads more (cutWatch says when).
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
	cut := watchCut(l.doc)
	paged := false
	lay := func(ps pass) (ended bool) {
		pages = pages[:0]
		ps.sink = func(ops []op) {
			for _, page := range splitPages(ops) {
				if len(pages) < l.limit {
					pages = append(pages, append([]op(nil), page...))
				}
			}
		}
		ps.done, ps.limit, ps.cut = func() bool { return len(pages) >= l.limit }, l.limit, cut
		// A layout stopped early has begun the page after the last one wanted.
		laid := layoutWith(l.doc, l.opt, l.fs, ps)
		paged = laid.chainPaged // a chain's boxes show their pages' numbers
		return laid.page <= l.limit
	}
	ended := lay(pass{pages: -1})
	if cut != nil && (ended || cut.short) {
		return ErrHeadTooShort
	}
	if ended && (numbersPages(l.doc) || hasFields(l.doc) || paged) {
		measured, known, err := settle(l.doc, l.opt, l.fs)
		if err != nil {
			return err
		}
		lay(pass{pages: measured.page, known: known})
	}
	for k, ops := range pages {
		if err := effectCovers(ops, k+1); err != nil {
			return err
		}
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
		r.cut.rows(t, len(t.Rows))
		return len(t.Rows)
	}
	perPage := int(r.g.bh/lowest) + 1
	want := (r.limit-r.page+1)*perPage + 1
	r.cut.rows(t, want)
	return min(want, len(t.Rows))
}

// ErrHeadTooShort says the pages wanted of a document's head
// (wordmodel.ReadHead) need more of the document than the head holds.
var ErrHeadTooShort = errors.New("layout: the head read of the document ends before the pages wanted")

// errPartial is Layout's refusal of a document's head.
var errPartial = errors.New("layout: 文档只读入了开头（wordmodel.ReadHead，供网页预览），不能排成要发布的文件")

// cutWatch watches a Head layout of a document's head for the first
// thing its pages take from beyond the cut, which would then differ from
// the whole document's. Nothing is looked at past a block before the
// layout begins it, except by a keep chain (与下段同页: chainHeight reads
// on through keepNext paragraphs to the first line of the block after
// them, or a table's first row), a section's end (the next block's
// section) and a frame (anchored to the block after it). So the layout
// may begin every block but the last, and but a run of keepNext
// paragraphs the head ends with, whose chain goes on past it; the last
// block is begun only where it is a cut table, of which no more rows may
// be wanted (rowsWanted) than it holds.
type cutWatch struct {
	from  int
	table *wordmodel.Table
	short bool
}

// watchCut is the watch of doc's cut; nil for a whole document.
func watchCut(doc *wordmodel.Document) *cutWatch {
	if !doc.Partial() {
		return nil
	}
	c := &cutWatch{from: len(doc.Blocks) - 1, table: doc.CutTable()}
	if c.table != nil {
		c.from = len(doc.Blocks)
	} else if c.from >= 0 && keepsNext(doc.Blocks[c.from]) {
		for c.from > 0 && keepsNext(doc.Blocks[c.from-1]) {
			c.from--
		}
	}
	return c
}

// keepsNext reports whether b is a paragraph kept with the next.
func keepsNext(b wordmodel.Block) bool {
	p, ok := b.(*wordmodel.Paragraph)
	return ok && p.Spacing != nil && p.Spacing.Keeps.KeepNext
}

// starts notes that the layout begins the body's i-th block.
func (c *cutWatch) starts(i int) {
	if c != nil && i >= c.from {
		c.short = true
	}
}

// rows notes that the layout wants the first n rows of t.
func (c *cutWatch) rows(t *wordmodel.Table, n int) {
	if c != nil && t == c.table && n >= len(t.Rows) {
		c.short = true
	}
}
