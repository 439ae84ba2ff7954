package docx

import (
	"html"
	"strings"
)

// span is the byte range [start, end) of one XML element in a part.
type span struct{ start, end int }

// isNameEnd reports whether the byte after a tag name ends the name.
func isNameEnd(c byte) bool {
	return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// findStartTag finds the next start tag <name …> at or after i, before limit.
func findStartTag(s, name string, i, limit int) int {
	pat := "<" + name
	for i < limit {
		j := strings.Index(s[i:limit], pat)
		if j < 0 {
			return -1
		}
		j += i
		if k := j + len(pat); k < len(s) && isNameEnd(s[k]) {
			return j
		}
		i = j + 1
	}
	return -1
}

// elements returns the outermost <name> elements within s[from:to].
func elements(s, name string, from, to int) []span {
	var out []span
	closing := "</" + name + ">"
	i := from
	for {
		j := findStartTag(s, name, i, to)
		if j < 0 {
			return out
		}
		gt := strings.IndexByte(s[j:], '>') + j
		if s[gt-1] == '/' {
			out = append(out, span{j, gt + 1})
			i = gt + 1
			continue
		}
		depth, k := 1, gt+1
		for depth > 0 {
			nextOpen := findStartTag(s, name, k, to)
			nextClose := strings.Index(s[k:to], closing)
			if nextClose < 0 {
				return out // malformed; stop rather than guess
			}
			nextClose += k
			if nextOpen >= 0 && nextOpen < nextClose {
				g := strings.IndexByte(s[nextOpen:], '>') + nextOpen
				if s[g-1] != '/' {
					depth++
				}
				k = g + 1
				continue
			}
			depth--
			k = nextClose + len(closing)
		}
		out = append(out, span{j, k})
		i = k
	}
}

// leafParagraphs returns the paragraphs in s[from:to] that contain no other
// paragraph (a text box's paragraphs sit inside a paragraph's run).
func leafParagraphs(s string, from, to int) []span {
	var out []span
	for _, p := range elements(s, "w:p", from, to) {
		inner := strings.IndexByte(s[p.start:], '>') + p.start + 1
		if nested := leafParagraphs(s, inner, p.end); len(nested) > 0 {
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
	for _, e := range elements(s, "w:t", from, to) {
		gt := strings.IndexByte(s[e.start:], '>') + e.start
		if s[gt-1] == '/' {
			continue
		}
		end := e.end - len("</w:t>")
		out = append(out, textNode{tagStart: e.start, contentStart: gt + 1, contentEnd: end, text: html.UnescapeString(s[gt+1 : end])})
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
