package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// laidOutPages lays doc out as a back-end sees it: every page, and the
// warnings.
func laidOutPages(t *testing.T, doc *wordmodel.Document, opt Options) ([]Page, []string) {
	t.Helper()
	l, err := Layout(doc, opt)
	if err != nil {
		t.Fatal(err)
	}
	var pages []Page
	if err := l.Pages(func(p Page) error { pages = append(pages, p); return nil }); err != nil {
		t.Fatal(err)
	}
	return pages, l.Warnings
}

// pageText is a page's text, a line per baseline, as a reader of the
// PDF's text layer gets it.
func pageText(p Page) string {
	var b strings.Builder
	y := 0.0
	for _, it := range p.Items {
		if it.Kind != Glyphs {
			continue
		}
		if b.Len() > 0 && !sameY(it.Y, y) {
			b.WriteString("\n")
		}
		b.WriteString(it.Text)
		y = it.Y
	}
	return b.String()
}

// pageTexts is each page's pageText.
func pageTexts(pages []Page) []string {
	var out []string
	for _, p := range pages {
		out = append(out, pageText(p))
	}
	return out
}
