package layout

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"jixiao/pipeline/wordmodel"
)

// Page numbers in the text (PAGE, NUMPAGES, SECTIONPAGES in the body, a
// TOC's PAGEREF) are this layout's, not the numbers Word saved. A number
// is known only once the pages are laid out, and its width moves what
// follows it, so the document is laid out again with the numbers the last
// pass found until they no longer change (settle): the first pass guesses
// each reference to be on its own page, most documents settle on the
// second, and one whose numbers still move after maxPasses is refused
// rather than published with numbers that may be wrong.

// maxPasses bounds the layouts that settle the numbers.
const maxPasses = 5

// place is where a bookmark starts: its page and the top of its line,
// mm, and the number and format that page shows.
type place struct {
	page    int
	y       float64
	no      int
	format  string
	chapter string // what leads the number (1-), chapters.go
}

// numberedText is a table cell's text with its page numbers: each page
// reference its bookmark's page, in order; PAGE the current page: the
// table's first when its rows are measured, and the page each row's part
// is drawn on when it is drawn (drawRow).
func (r *renderer) numberedText(c wordmodel.Cell) string {
	if !strings.ContainsAny(c.Text, placeholders) {
		return c.Text
	}
	var b strings.Builder
	for i, part := range strings.Split(c.Text, wordmodel.PageRefField) {
		if i > 0 {
			ref := ""
			if i-1 < len(c.Refs) {
				ref = c.Refs[i-1]
			}
			b.WriteString(r.fieldText(wordmodel.Run{Text: wordmodel.PageRefField, Ref: ref}))
		}
		b.WriteString(r.fieldText(wordmodel.Run{Text: part}))
	}
	return b.String()
}

// placeholders are the characters wordmodel leaves for page numbers.
const placeholders = wordmodel.PageField + wordmodel.NumPagesField + wordmodel.SectionPagesField + wordmodel.PageRefField + wordmodel.StyleRefField + wordmodel.StyleRefLastField

// numbers are the page numbers an earlier pass found.
type numbers struct {
	pages    int
	sections []int               // pages begun in each section
	marks    map[string]place    // each bookmark's place
	chapters [][9]string         // each page's chapters, for its header and footer
	styles   *styleRefs          // each page's paragraphs a STYLEREF shows
	boxes    map[boxKey]boxPlace // where each body chain's box was drawn
}

func (n *numbers) same(m *numbers) bool {
	if n == nil || m == nil || n.pages != m.pages || !slices.Equal(n.sections, m.sections) || !slices.Equal(n.chapters, m.chapters) || len(n.marks) != len(m.marks) || !n.styles.same(m.styles) || !sameBoxes(n.boxes, m.boxes) {
		return false
	}
	for k, p := range n.marks {
		if q, ok := m.marks[k]; !ok || q.page != p.page || q.no != p.no || q.format != p.format || q.chapter != p.chapter {
			return false
		}
	}
	return true
}

// found are the numbers a finished pass found.
func (r *renderer) found() *numbers {
	return &numbers{pages: r.page, sections: slices.Clone(r.sectionCounts), marks: maps.Clone(r.marks), chapters: slices.Clone(r.chapters.pages), styles: r.styleRefs.snapshot(), boxes: maps.Clone(r.boxPlaces)}
}

// hasFields reports whether doc shows a page number the layout must
// settle: in its body, or a section's pages or a bookmark's page in a
// header or footer.
func hasFields(doc *wordmodel.Document) bool {
	if marginsShow(doc, wordmodel.SectionPagesField) || marginsShow(doc, wordmodel.PageRefField) || newStyleRefs(doc) != nil {
		return true
	}
	return blocksShow(doc.Blocks)
}

// blocksShow reports whether blocks show a page number the layout must
// settle.
func blocksShow(blocks []wordmodel.Block) bool {
	for _, b := range blocks {
		switch b := b.(type) {
		case *wordmodel.Paragraph:
			if strings.ContainsAny(b.Text, placeholders) {
				return true
			}
		case *wordmodel.Table:
			for _, row := range b.Rows {
				for _, c := range row.Cells {
					if strings.ContainsAny(c.Text, placeholders) {
						return true
					}
				}
			}
		}
	}
	return false
}

// settle lays doc out, measuring, until the page numbers it shows no
// longer change, and returns the last pass with the numbers it used.
func settle(doc *wordmodel.Document, opt Options, fs *faces) (*renderer, *numbers, error) {
	r := layoutWith(doc, opt, fs, pass{measuring: true})
	if !hasFields(doc) && !chaptered(doc) && !r.chainPaged {
		return r, nil, r.unresolved()
	}
	var used *numbers
	for range maxPasses {
		next := r.found()
		if next.same(used) {
			return r, used, r.unresolved()
		}
		used = next
		r = layoutWith(doc, opt, fs, pass{measuring: true, pages: used.pages, known: used})
	}
	return nil, nil, fmt.Errorf("PDF 中的页码引用（目录页码）排版 %d 次后仍在变动，无法确定；请检查目录或页码引用所在的段落", maxPasses)
}

// unresolved is the error for a page reference to a bookmark the layout
// never met (one in a footnote or a text box's margin): its number would
// be a guess.
func (r *renderer) unresolved() error {
	for name := range r.linked {
		if _, ok := r.marks[name]; !ok {
			r.missing[name] = true
		}
	}
	if len(r.missing) == 0 {
		return nil
	}
	names := slices.Sorted(maps.Keys(r.missing))
	return fmt.Errorf("PDF 无法确定书签“%s”所在的页（页码引用或链接指向它）；请把书签放在正文段落或表格中", strings.Join(names, "”“"))
}

// fieldText is a run's text with its placeholders replaced by the numbers
// of this layout.
func (r *renderer) fieldText(run wordmodel.Run) string {
	text := run.Text
	if !strings.ContainsAny(text, placeholders) {
		return text
	}
	if strings.ContainsAny(text, wordmodel.StyleRefField+wordmodel.StyleRefLastField) {
		text = strings.NewReplacer(wordmodel.StyleRefField, r.styleText(run.Ref, false), wordmodel.StyleRefLastField, r.styleText(run.Ref, true)).Replace(text)
		run.Ref = "" // a style, not a bookmark
	}
	if r.pages < 0 {
		return strings.NewReplacer(wordmodel.PageField, r.pageLabel(run.NumFormat), wordmodel.NumPagesField, unknownPages,
			wordmodel.SectionPagesField, unknownPages, wordmodel.PageRefField, unknownPages).Replace(text)
	}
	guess := r.known == nil // the first pass: numbers as wide as a page's
	total, section := r.page, r.sectionPages
	if !guess {
		total = r.known.pages
		s := r.section
		if r.boxAt != nil {
			s = r.boxAt.section
		}
		section = r.known.sections[min(s, len(r.known.sections)-1)]
	}
	if r.pages > 0 {
		total = r.pages // counted by an earlier pass that settled no other number
	}
	ref := r.pageLabel(run.NumFormat)
	if run.Ref != "" {
		if p, ok := r.known.markOf(run.Ref); ok {
			ref = p.chapter + wordmodel.FormatNumber(p.no, cmp.Or(run.NumFormat, p.format))
		} else if !guess {
			r.missing[run.Ref] = true
		}
	}
	return strings.NewReplacer(wordmodel.PageField, r.pageLabel(run.NumFormat), wordmodel.NumPagesField, countLabel(total, run.NumFormat),
		wordmodel.SectionPagesField, countLabel(section, run.NumFormat), wordmodel.PageRefField, ref).Replace(text)
}

func (n *numbers) markOf(name string) (place, bool) {
	if n == nil {
		return place{}, false
	}
	p, ok := n.marks[name]
	return p, ok
}

// mark records where a bookmark starts; the first place counts.
func (r *renderer) mark(name string, y float64) {
	if _, ok := r.marks[name]; !ok {
		r.marks[name] = place{r.page, y, r.pageNo, r.pageFormat, r.chapterPrefix()}
	}
}

// takeAnchors records the bookmarks that start in a line, at its top, and
// returns the line without them.
func (r *renderer) takeAnchors(line []unit) []unit {
	if !slices.ContainsFunc(line, func(u unit) bool { return u.anchor != "" }) {
		return line
	}
	out := make([]unit, 0, len(line))
	for _, u := range line {
		if u.anchor != "" {
			r.mark(u.anchor, r.y)
			continue
		}
		out = append(out, u)
	}
	return out
}

// numberLine sets a PAGE field's number in a line to the page the line
// is drawn on: the paragraph was broken into lines on the page it began.
// The number takes its own width; the line was broken for the first
// page's, at most a digit narrower. A number set as several units (- 1 -)
// is its first unit's, the others left empty.
func (r *renderer) numberLine(line []unit, sizePt float64) {
	for i := range line {
		u := &line[i]
		if !u.page {
			continue
		}
		page := r.pageLabel(u.pageFormat)
		if i > 0 && line[i-1].page {
			page = ""
		}
		u.retext(page, sizePt)
	}
}

// retext sets a unit's text to a number known only where it is drawn (a
// page's, a note's on its page), its width its own in the unit's type:
// the paragraph's size sizePt, scaled as the unit is.
func (u *unit) retext(text string, sizePt float64) {
	if u.text == text {
		return
	}
	size := sizePt
	if u.scale > 0 {
		size *= u.scale
	}
	u.text, u.width = text, u.face.width(text, size)+float64(u.after)
}

// markParagraph records the bookmarks of a paragraph that has no line of
// text, at r.y.
func (r *renderer) markParagraph(p *wordmodel.Paragraph) {
	for _, run := range p.Runs {
		if run.Bookmark != "" {
			r.mark(run.Bookmark, r.y)
		}
	}
}

// countSection counts the current page in the current section.
func (r *renderer) countSection() {
	for len(r.sectionCounts) <= r.section {
		r.sectionCounts = append(r.sectionCounts, 0)
	}
	r.sectionCounts[r.section]++
}

// sectionTotal is the current section's pages for a header or footer;
// until a pass has counted them, every digit, so that the measuring pass
// marks the glyphs the count will need.
func (r *renderer) sectionTotal() string {
	if r.pages < 0 {
		return unknownPages
	}
	if r.known == nil || len(r.known.sections) == 0 {
		return "0123456789"
	}
	return fmt.Sprint(r.known.sections[min(r.pageSection, len(r.known.sections)-1)])
}
