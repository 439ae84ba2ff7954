package wordxml

import (
	"strings"
	"unsafe"
)

// Span is the byte range [Start, End) of one element.
type Span struct{ Start, End int }

// At reports whether s[i:] starts the tag <name.
func At(s string, i int, name string) bool {
	k := i + 1 + len(name)
	if k >= len(s) || s[i] != '<' || s[i+1:k] != name {
		return false
	}
	switch s[k] {
	case ' ', '>', '/', '\t', '\n', '\r':
		return true
	}
	return false
}

// Next finds the next <name …> at or after from and before limit; -1 if
// there is none.
func Next(s, name string, from, limit int) int {
	var buf tagBuf
	open := buf.tag("<", name, "")
	for from < limit {
		j := strings.Index(s[from:limit], open)
		if j < 0 {
			return -1
		}
		j += from
		if At(s, j, name) {
			return j
		}
		from = j + 1
	}
	return -1
}

// End returns where the element starting at i ends, just past its end tag,
// looking no further than limit; -1 if it does not end there.
//
// It goes once through the name's occurrences, each an opening tag of the
// same name (one level deeper), its end tag (one level up) or neither (a
// longer name, an attribute), rather than looking for the end tag and then
// for an opening tag before it: a long table's rows and cells were each
// read twice over by that.
func End(s string, i int, name string, limit int) int {
	gt := strings.IndexByte(s[i:limit], '>')
	if gt < 0 {
		return -1
	}
	gt += i
	if s[gt-1] == '/' {
		return gt + 1
	}
	depth, k := 1, gt+1
	for from := k; from < limit; {
		j := strings.Index(s[from:limit], name)
		if j < 0 {
			return -1
		}
		j += from
		e := j + len(name)
		switch {
		case j-2 >= k && s[j-1] == '/' && s[j-2] == '<' && e < limit && s[e] == '>':
			if depth--; depth == 0 {
				return e + 1
			}
			k = e + 1
		case j-1 >= k && s[j-1] == '<' && At(s, j-1, name):
			g := strings.IndexByte(s[j:], '>') + j
			if s[g-1] != '/' {
				depth++
			}
			k = g + 1
		default:
			from = j + 1
			continue
		}
		from = k
	}
	return -1
}

// Elements returns the outermost <name> elements within s[from:to]; it
// stops at an element that does not end, rather than guess.
func Elements(s, name string, from, to int) []Span {
	var out []Span
	for i := from; ; {
		j := Next(s, name, i, to)
		if j < 0 {
			return out
		}
		k := End(s, j, name, to)
		if k < 0 {
			return out
		}
		out = append(out, Span{j, k})
		i = k
	}
}

// Val returns the w:val of the first <name …> in s, and whether there is
// such an element.
func Val(s, name string) (string, bool) {
	i := Next(s, name, 0, len(s))
	if i < 0 {
		return "", false
	}
	tag := s[i : i+strings.IndexByte(s[i:], '>')]
	_, rest, ok := strings.Cut(tag, `w:val="`)
	if !ok {
		return "", true
	}
	v, _, _ := strings.Cut(rest, `"`)
	return v, true
}

// tagBuf holds a tag (<w:p, </w:p>) made for one search, on the stack: the
// scanner looks for tags millions of times a build, and joining strings
// for each was a tenth of reading a long table back.
type tagBuf [64]byte

// tag is before+name+after, in b if it fits.
func (b *tagBuf) tag(before, name, after string) string {
	n := len(before) + len(name) + len(after)
	if n > len(b) {
		return before + name + after
	}
	k := copy(b[:], before)
	k += copy(b[k:], name)
	copy(b[k:], after)
	return unsafe.String(&b[0], n)
}
