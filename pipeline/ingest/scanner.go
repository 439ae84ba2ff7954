package ingest

import (
	"bytes"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// scanner cuts a part into elements of one name as it is unpacked.
type scanner struct {
	r       io.Reader
	buf     []byte
	eof     bool
	prefix  string // the part's namespace prefix, such as "x:", or ""
	sniffed bool
	// stop names the end tag after which no element is wanted
	// (sheetData): the bytes from there on are kept in tail, unread by
	// anything else, for the merged ranges that follow the rows.
	stop string
	tail []byte
}

func newScanner(r io.Reader) *scanner { return &scanner{r: r} }

const chunk = 256 << 10

func (s *scanner) fill() error {
	if s.eof {
		return nil
	}
	b := make([]byte, chunk)
	n, err := io.ReadFull(s.r, b)
	s.buf = append(s.buf, b[:n]...)
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		s.eof = true
		return nil
	}
	return err
}

var prefixed = regexp.MustCompile(`<([A-Za-z][\w.-]*:)(?:sst|worksheet)[\s>]`)

// element returns the content of the next <name …>…</name> (nil for an
// empty <name …/>), with its start tag's attributes kept at the front.
func (s *scanner) element(name string) ([]byte, bool, error) {
	for {
		if !s.sniffed && (len(s.buf) >= 4096 || s.eof) {
			if m := prefixed.FindSubmatch(s.buf[:min(len(s.buf), 4096)]); m != nil {
				s.prefix = string(m[1])
			}
			s.sniffed = true
		}
		if s.sniffed {
			open := "<" + s.prefix + name
			i := indexTag(s.buf, open)
			if i >= 0 {
				gt := bytes.IndexByte(s.buf[i:], '>')
				if gt >= 0 {
					gt += i
					if s.buf[gt-1] == '/' {
						el := s.buf[i+len(open) : gt-1]
						s.buf = s.buf[gt+1:]
						return el, true, nil
					}
					closeTag := []byte("</" + s.prefix + name + ">")
					if j := bytes.Index(s.buf[gt:], closeTag); j >= 0 {
						el := s.buf[i+len(open) : gt+j]
						s.buf = s.buf[gt+j+len(closeTag):]
						return el, true, nil
					}
				}
			} else {
				if s.stop != "" {
					if k := bytes.Index(s.buf, []byte("</"+s.prefix+s.stop+">")); k >= 0 {
						rest, err := io.ReadAll(s.r)
						s.tail = append(append([]byte(nil), s.buf[k:]...), rest...)
						s.buf, s.eof = nil, true
						return nil, false, err
					}
				}
				if len(s.buf) > 64 {
					s.buf = s.buf[len(s.buf)-64:] // keep what may start a tag, or the stop tag
				}
			}
		}
		if s.eof {
			return nil, false, nil
		}
		if err := s.fill(); err != nil {
			return nil, false, err
		}
	}
}

// indexTag finds "<name" followed by a space, '>' or '/', so that <c finds
// no <cols.
func indexTag(b []byte, open string) int {
	from := 0
	for {
		i := bytes.Index(b[from:], []byte(open))
		if i < 0 {
			return -1
		}
		i += from
		if k := i + len(open); k < len(b) {
			switch b[k] {
			case ' ', '>', '/', '\t', '\n', '\r':
				return i
			}
			from = i + 1
			continue
		}
		return -1 // not yet known: wait for more bytes
	}
}

// attr returns an attribute's value from the start of an element.
func attr(el []byte, name string) string {
	gt := bytes.IndexByte(el, '>')
	tag := el
	if gt >= 0 {
		tag = el[:gt]
	}
	key := []byte(" " + name + `="`)
	i := bytes.Index(tag, key)
	if i < 0 {
		return ""
	}
	rest := tag[i+len(key):]
	j := bytes.IndexByte(rest, '"')
	if j < 0 {
		return ""
	}
	return string(rest[:j])
}

// inner is an element's content, after its start tag.
func inner(el []byte) []byte {
	if gt := bytes.IndexByte(el, '>'); gt >= 0 {
		return el[gt+1:]
	}
	return nil
}

// child returns the content of the first <name>…</name> in b.
func child(b []byte, prefix, name string) ([]byte, bool) {
	open := "<" + prefix + name
	i := indexTag(b, open)
	if i < 0 {
		return nil, false
	}
	gt := bytes.IndexByte(b[i:], '>')
	if gt < 0 {
		return nil, false
	}
	gt += i
	if b[gt-1] == '/' {
		return nil, true
	}
	end := bytes.Index(b[gt:], []byte("</"+prefix+name+">"))
	if end < 0 {
		return nil, false
	}
	return b[gt+1 : gt+end], true
}

var ooxmlEscape = regexp.MustCompile(`_x([0-9A-Fa-f]{4})_`)

func text(b []byte) string {
	s := html.UnescapeString(string(b))
	if strings.Contains(s, "_x") {
		s = ooxmlEscape.ReplaceAllStringFunc(s, func(m string) string {
			v, _ := strconv.ParseUint(m[2:6], 16, 32)
			return string(rune(v))
		})
	}
	return s
}

// richText is the text of a string item: its <t> elements, without the
// phonetic runs (<rPh>) that Japanese and Chinese editions may add.
func richText(b []byte, prefix string) string {
	var out strings.Builder
	for {
		rph := indexTag(b, "<"+prefix+"rPh")
		t := indexTag(b, "<"+prefix+"t")
		if t < 0 {
			return out.String()
		}
		if rph >= 0 && rph < t {
			end := bytes.Index(b[rph:], []byte("</"+prefix+"rPh>"))
			if end < 0 {
				return out.String()
			}
			b = b[rph+end:]
			continue
		}
		content, ok := child(b[t:], prefix, "t")
		if !ok {
			return out.String()
		}
		out.WriteString(text(content))
		b = b[t+len(content)+1:]
	}
}
