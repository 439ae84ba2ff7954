package docx

import (
	"html"
	"strings"

	"jixiao/pipeline/wordxml"
)

// span is the byte range of one element in a part.
type span = wordxml.Span

// leafParagraphs returns the paragraphs in s[from:to] that contain no other
// paragraph (a text box's paragraphs sit inside a paragraph's run).
func leafParagraphs(s string, from, to int) []span {
	var out []span
	for _, p := range wordxml.Elements(s, "w:p", from, to) {
		inner := strings.IndexByte(s[p.Start:], '>') + p.Start + 1
		if nested := leafParagraphs(s, inner, p.End); len(nested) > 0 {
			out = append(out, nested...)
			continue
		}
		out = append(out, p)
	}
	return out
}

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
	for _, e := range wordxml.Elements(s, "w:t", from, to) {
		gt := strings.IndexByte(s[e.Start:], '>') + e.Start
		if s[gt-1] == '/' {
			continue
		}
		end := e.End - len("</w:t>")
		out = append(out, textNode{tagStart: e.Start, contentStart: gt + 1, contentEnd: end, text: html.UnescapeString(s[gt+1 : end])})
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
