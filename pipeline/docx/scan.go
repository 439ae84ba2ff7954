package docx

import (
	"strings"

	"jixiao/pipeline/wordxml"
)

// span is the byte range of one element in a part.
type span = wordxml.Span

// leafParagraphs returns the paragraphs in s[from:to] that contain no other
// paragraph (a text box's paragraphs sit inside a paragraph's run).
func leafParagraphs(s string, from, to int) []span { return wordxml.LeafParagraphs(s, from, to) }

// textNode is one <w:t>: where its content lies and the content, unescaped.
type textNode struct {
	tagStart     int // the '<' of <w:t
	contentStart int
	contentEnd   int
	text         string
}

// texts returns the w:t elements in s[from:to].
func texts(s string, from, to int) []textNode {
	var out []textNode
	for _, t := range wordxml.Texts(s, from, to) {
		out = append(out, textNode{tagStart: t.Tag, contentStart: t.Start, contentEnd: t.End, text: t.Value})
	}
	return out
}

// plainText is the text of s[from:to] as Word shows it.
func plainText(s string, from, to int) string {
	var b strings.Builder
	for _, t := range texts(s, from, to) {
		b.WriteString(t.text)
	}
	return b.String()
}

// escapeText escapes text for a w:t element.
func escapeText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			if r < 0x20 && r != '\t' && r != '\n' && r != '\r' {
				continue // not allowed in XML 1.0
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}
