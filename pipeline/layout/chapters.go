package layout

import "jixiao/pipeline/wordmodel"

// Page numbers with a chapter's number (w:pgNumType w:chapStyle: 1-3,
// 二-3 after 第二章) lead the page's number with the number of the
// heading at that level in force, as Word shows it (its list level's own
// number in the level's format, without the label's other text), joined
// by the section's separator (w:chapSep). In the body
// a PAGE field shows the last such heading before it, a page reference
// (a TOC's number) the one in force at its bookmark; a header or footer
// shows the first such heading on its page, or the one in force at the
// page's top where none begins there, as Word's STYLEREF reads a page.
// A header is drawn before its page's text, so its page's first heading
// comes from the pass before (fields.go settles).

// chapterState is what the layout knows of the chapters: the label in
// force at each outline level, and for each page begun those of its
// first heading of each level (or those in force at its top).
type chapterState struct {
	current [9]string
	pages   [][9]string
	seen    [9]bool // a heading of the level has begun on this page
}

// chaptered reports whether a section numbers its pages with chapters.
func chaptered(doc *wordmodel.Document) bool {
	for _, s := range doc.Sections {
		if s.ChapterLevel > 0 {
			return true
		}
	}
	return false
}

// newPage records the chapters in force at the top of a page begun.
func (c *chapterState) newPage() {
	c.pages = append(c.pages, c.current)
	c.seen = [9]bool{}
}

// heading records a body paragraph that may begin a chapter.
func (c *chapterState) heading(p *wordmodel.Paragraph) {
	if p.Outline == 0 || p.LabelNumber == "" {
		return
	}
	k := p.Outline - 1
	c.current[k] = p.LabelNumber
	if n := len(c.pages); n > 0 && !c.seen[k] {
		c.pages[n-1][k], c.seen[k] = c.current[k], true
	}
}

// chapterPrefix is what leads the current page's number in the current
// section: the chapter's label and the separator; "" for none.
func (r *renderer) chapterPrefix() string {
	if r.section >= len(r.pageSections) {
		return ""
	}
	s := r.pageSections[r.section]
	if s.ChapterLevel == 0 {
		return ""
	}
	label := r.chapters.current[s.ChapterLevel-1]
	if r.inStory {
		label = r.chapters.page(r.page, s.ChapterLevel)
		if r.known != nil && r.page-1 < len(r.known.chapters) {
			label = r.known.chapters[r.page-1][s.ChapterLevel-1]
		}
	}
	if label == "" {
		return ""
	}
	return label + s.ChapterSep
}

// page is the chapter of level shown on page as this pass has seen it.
func (c *chapterState) page(page, level int) string {
	if page-1 < len(c.pages) && page > 0 {
		return c.pages[page-1][level-1]
	}
	return c.current[level-1]
}
