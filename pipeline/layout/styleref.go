package layout

import (
	"slices"
	"strings"

	"jixiao/pipeline/wordmodel"
)

// A header's or footer's STYLEREF (wordmodel's StyleRefField, a running
// header showing each page's 标题 1) shows the text of the first body
// paragraph of its style on the page, or with \l the last
// (StyleRefLastField); on a page with none, the last before the page;
// before the first, the first in the document; Word's error text where
// the document has none. As the page's chapter number (chapters.go) it
// is known only once the page is laid out, after its header is drawn:
// each pass keeps what each page holds, and the next shows it (fields.go
// settles).

// styleRefs is what the layout knows of the styles the margins refer
// to, names: the current paragraph of each, the document's first, and
// what each page begun holds.
type styleRefs struct {
	names          []string
	current, first []string
	seen           []bool // a paragraph of the style has been laid out
	pages          [][]styleSeen
}

// styleSeen is what a page holds of a style: its first and last
// paragraph's text (on says there is one), and the last before the page
// (before says there is one).
type styleSeen struct {
	first, last, top string
	on, before       bool
}

// newStyleRefs is the state of doc's layout: nil where no header or
// footer shows a STYLEREF.
func newStyleRefs(doc *wordmodel.Document) *styleRefs {
	var names []string
	for _, s := range doc.Sections {
		for _, m := range []*wordmodel.Margin{s.Header.Default, s.Header.First, s.Header.Even, s.Footer.Default, s.Footer.First, s.Footer.Even} {
			if m == nil {
				continue
			}
			for _, b := range m.Blocks {
				p, ok := b.(*wordmodel.Paragraph)
				if !ok {
					continue
				}
				for _, run := range p.Runs {
					if strings.ContainsAny(run.Text, wordmodel.StyleRefField+wordmodel.StyleRefLastField) && !slices.Contains(names, run.Ref) {
						names = append(names, run.Ref)
					}
				}
			}
		}
	}
	if names == nil {
		return nil
	}
	slices.Sort(names)
	n := len(names)
	return &styleRefs{names: names, current: make([]string, n), first: make([]string, n), seen: make([]bool, n)}
}

// newPage records what is in force at the top of a page begun.
func (s *styleRefs) newPage() {
	if s == nil {
		return
	}
	row := make([]styleSeen, len(s.names))
	for i := range row {
		row[i].top, row[i].before = s.current[i], s.seen[i]
	}
	s.pages = append(s.pages, row)
}

// heading records a body paragraph laid out on the current page.
func (s *styleRefs) heading(p *wordmodel.Paragraph) {
	if s == nil || len(s.pages) == 0 {
		return
	}
	for i, name := range s.names {
		if !strings.EqualFold(p.StyleName, name) {
			continue
		}
		text := strings.ReplaceAll(p.Text, "\n", " ")
		if !s.seen[i] {
			s.first[i] = text
		}
		s.current[i], s.seen[i] = text, true
		if on := &s.pages[len(s.pages)-1][i]; !on.on {
			on.first, on.on = text, true
		}
		s.pages[len(s.pages)-1][i].last = text
	}
}

// styleRefMissing is what Word shows for a STYLEREF whose style no
// paragraph has.
const styleRefMissing = "错误!文档中没有指定样式的文字。"

// text is what a STYLEREF of the style name shows on page (from 1): the
// page's first or (last) last paragraph of it, else the one in force.
func (s *styleRefs) text(page int, name string, last bool) string {
	if s == nil || !slices.Contains(s.names, name) {
		return styleRefMissing
	}
	i := slices.Index(s.names, name)
	if page >= 1 && page <= len(s.pages) {
		switch on := s.pages[page-1][i]; {
		case on.on && last:
			return on.last
		case on.on:
			return on.first
		case on.before:
			return on.top
		}
	}
	if s.seen[i] {
		return s.first[i]
	}
	return styleRefMissing
}

// snapshot is a copy of what this pass found, for the next to show.
func (s *styleRefs) snapshot() *styleRefs {
	if s == nil {
		return nil
	}
	c := *s
	c.current, c.first, c.seen = slices.Clone(s.current), slices.Clone(s.first), slices.Clone(s.seen)
	c.pages = make([][]styleSeen, len(s.pages))
	for i, row := range s.pages {
		c.pages[i] = slices.Clone(row)
	}
	return &c
}

// same reports whether two passes found the same.
func (s *styleRefs) same(t *styleRefs) bool {
	if s == nil || t == nil {
		return s == t
	}
	return slices.Equal(s.first, t.first) && slices.Equal(s.seen, t.seen) && slices.EqualFunc(s.pages, t.pages, slices.Equal)
}

// styleText is what a header's STYLEREF of the style name shows on the
// current page: as the pass before found the page, on the first pass as
// this one has.
func (r *renderer) styleText(name string, last bool) string {
	if r.known != nil && r.known.styles != nil {
		return r.known.styles.text(r.page, name, last)
	}
	return r.styleRefs.text(r.page, name, last)
}
