package wordxml

import (
	"html"
	"slices"
	"strings"
)

// LeafParagraphs returns the paragraphs in s[from:to] that contain no
// other paragraph (a text box's paragraphs sit inside a paragraph's run).
func LeafParagraphs(s string, from, to int) []Span {
	var out []Span
	for _, p := range Elements(s, "w:p", from, to) {
		inner := strings.IndexByte(s[p.Start:], '>') + p.Start + 1
		if nested := LeafParagraphs(s, inner, p.End); len(nested) > 0 {
			out = append(out, nested...)
			continue
		}
		out = append(out, p)
	}
	return out
}

// Text is one <w:t>: where its tag and its content lie, and the content
// unescaped.
type Text struct {
	Tag        int // the '<' of <w:t
	Start, End int // the content
	Value      string
}

// Texts returns the w:t elements in s[from:to] that have content.
func Texts(s string, from, to int) []Text {
	var out []Text
	for _, e := range Elements(s, "w:t", from, to) {
		gt := strings.IndexByte(s[e.Start:], '>') + e.Start
		if s[gt-1] == '/' {
			continue
		}
		end := e.End - len("</w:t>")
		out = append(out, Text{Tag: e.Start, Start: gt + 1, End: end, Value: html.UnescapeString(s[gt+1 : end])})
	}
	return out
}

// Edit replaces s[Start:End] with Text.
type Edit struct {
	Start, End int
	Text       string
}

// Apply makes the edits, which must not overlap, to s; edits at one
// place keep their order.
func Apply(s string, edits []Edit) string {
	slices.SortStableFunc(edits, func(a, b Edit) int { return a.Start - b.Start })
	// Sized exactly: a 100,000-row attachment's document is some 160 MB,
	// and a builder left to grow would hold up to twice that at once.
	size := len(s)
	for _, e := range edits {
		size += len(e.Text) - (e.End - e.Start)
	}
	var b strings.Builder
	b.Grow(size)
	pos := 0
	for _, e := range edits {
		b.WriteString(s[pos:e.Start])
		b.WriteString(e.Text)
		pos = e.End
	}
	b.WriteString(s[pos:])
	return b.String()
}
