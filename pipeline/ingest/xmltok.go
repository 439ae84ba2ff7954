package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The parts of a workbook are read as a stream of tokens. Two sources
// give the same tokens: lexer, which cuts a byte slice by hand and is what
// nearly every workbook takes, and decoderTokens, encoding/xml's decoder.
// The lexer knows only the XML that spreadsheet writers produce; whatever
// else it meets (a comment, CDATA, a processing instruction, a namespace
// declared below the root, a carriage return in text) it reports as
// errUnsure, and the part is read again by the decoder, which knows all of
// XML and whose errors are real.

// errUnsure says the lexer cannot be certain of what the bytes mean.
var errUnsure = errors.New("lexer unsure")

type tokKind uint8

const (
	tokStart tokKind = iota
	tokEnd
	tokText
)

// token is one start tag, end tag or run of text. Its slices are valid
// until the next token.
type token struct {
	kind tokKind
	// ours says the element is in the SpreadsheetML namespace (either
	// the transitional or the strict one); other elements are skipped.
	ours  bool
	local []byte
	attrs []attribute // of a start tag: those without a prefix
	text  []byte      // of text, decoded
}

type attribute struct{ name, value []byte }

// get returns an unprefixed attribute's value.
func (t *token) get(name string) ([]byte, bool) {
	for _, a := range t.attrs {
		if string(a.name) == name {
			return a.value, true
		}
	}
	return nil, false
}

func (t *token) is(kind tokKind, local string) bool {
	return t.kind == kind && t.ours && string(t.local) == local
}

// tokens is a source of tokens; io.EOF ends it.
type tokens interface {
	next() (*token, error)
}

// The SpreadsheetML namespaces: transitional, as Excel, WPS and
// LibreOffice write, and strict, as Excel's "Strict Open XML" writes.
const (
	mainNS       = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	strictMainNS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
)

func isMainNS(ns string) bool { return ns == mainNS || ns == strictMainNS }

// prefixes are those SpreadsheetML has in a part ("" for the default
// namespace), the root's first: excelize, for one, binds it twice.
type prefixes []string

func (ns prefixes) has(p string) bool {
	for _, q := range ns {
		if q == p {
			return true
		}
	}
	return false
}

// lexer reads tokens from b, in which SpreadsheetML has the prefixes ns.
type lexer struct {
	b    []byte
	pos  int
	ns   prefixes
	tok  token
	text []byte // buffer for decoded text
	// pendingEnd is the end token of a self-closing tag, given next.
	pendingEnd bool
	endName    []byte
	endOurs    bool
	// open holds the names of the elements open, so that an end tag that
	// closes another element is noticed; an end tag with none open is the
	// end of an element begun before b (the root, after a part's rows).
	open  [][]byte
	attrs []attribute // kept between rows, as open and text are
}

func newLexer(b []byte, ns prefixes) *lexer { return &lexer{b: b, ns: ns} }

func (l *lexer) next() (*token, error) {
	t, err := l.token()
	l.attrs = l.tok.attrs // the attributes' array is kept for the next tag
	return t, err
}

func (l *lexer) token() (*token, error) {
	t := &l.tok
	t.attrs = l.attrs[:0]
	if l.pendingEnd {
		l.pendingEnd = false
		t.kind, t.local, t.ours = tokEnd, l.endName, l.endOurs
		return t, nil
	}
	if l.pos >= len(l.b) {
		return nil, io.EOF
	}
	if l.b[l.pos] != '<' {
		end := bytes.IndexByte(l.b[l.pos:], '<')
		if end < 0 {
			end = len(l.b) - l.pos
		}
		raw := l.b[l.pos : l.pos+end]
		l.pos += end
		text, err := l.unescape(raw)
		if err != nil {
			return nil, err
		}
		t.kind, t.text = tokText, text
		return t, nil
	}
	if l.pos+1 >= len(l.b) {
		return nil, errUnsure
	}
	switch l.b[l.pos+1] {
	case '!', '?':
		return nil, errUnsure
	case '/':
		l.pos += 2
		name, ok := l.name()
		if !ok {
			return nil, errUnsure
		}
		l.space()
		if l.pos >= len(l.b) || l.b[l.pos] != '>' {
			return nil, errUnsure
		}
		l.pos++
		if n := len(l.open); n > 0 {
			if !bytes.Equal(l.open[n-1], name) {
				return nil, errUnsure
			}
			l.open = l.open[:n-1]
		}
		t.kind = tokEnd
		t.local, t.ours = l.split(name)
		return t, nil
	}
	l.pos++
	name, ok := l.name()
	if !ok {
		return nil, errUnsure
	}
	t.kind = tokStart
	t.local, t.ours = l.split(name)
	for {
		sp := l.space()
		if l.pos >= len(l.b) {
			return nil, errUnsure
		}
		switch l.b[l.pos] {
		case '>':
			l.pos++
			l.open = append(l.open, name)
			return t, nil
		case '/':
			if l.pos+1 >= len(l.b) || l.b[l.pos+1] != '>' {
				return nil, errUnsure
			}
			l.pos += 2
			l.pendingEnd, l.endName, l.endOurs = true, t.local, t.ours
			return t, nil
		}
		if !sp {
			return nil, errUnsure
		}
		if err := l.attribute(t); err != nil {
			return nil, err
		}
	}
}

// attribute reads name="value" (or 'value'), with any whitespace around
// the equals sign.
func (l *lexer) attribute(t *token) error {
	name, ok := l.name()
	if !ok {
		return errUnsure
	}
	l.space()
	if l.pos >= len(l.b) || l.b[l.pos] != '=' {
		return errUnsure
	}
	l.pos++
	l.space()
	if l.pos >= len(l.b) || (l.b[l.pos] != '"' && l.b[l.pos] != '\'') {
		return errUnsure
	}
	q := l.b[l.pos]
	end := bytes.IndexByte(l.b[l.pos+1:], q)
	if end < 0 {
		return errUnsure
	}
	raw := l.b[l.pos+1 : l.pos+1+end]
	l.pos += end + 2
	if bytes.IndexByte(raw, '<') >= 0 || bytes.IndexAny(raw, "\t\n\r") >= 0 {
		return errUnsure // not well-formed, or whitespace the decoder normalises
	}
	if bytes.HasPrefix(name, []byte("xmlns")) {
		return errUnsure // a namespace declared below the root
	}
	if bytes.IndexByte(name, ':') >= 0 {
		return nil // a prefixed attribute (x14ac:dyDescent) is never one we read
	}
	if bytes.IndexByte(raw, '&') >= 0 {
		v, err := unescapeInto(nil, raw)
		if err != nil {
			return err
		}
		raw = v
	}
	for _, a := range t.attrs {
		if bytes.Equal(a.name, name) {
			return errUnsure // not well-formed: the decoder says so
		}
	}
	t.attrs = append(t.attrs, attribute{name, raw})
	return nil
}

func (l *lexer) split(name []byte) ([]byte, bool) {
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		return name[i+1:], l.ns.has(string(name[:i+1]))
	}
	return name, l.ns.has("")
}

func (l *lexer) space() bool {
	start := l.pos
	for l.pos < len(l.b) {
		switch l.b[l.pos] {
		case ' ', '\t', '\n', '\r':
			l.pos++
			continue
		}
		break
	}
	return l.pos > start
}

// name reads an XML name made of the characters writers use; anything
// else is left to the decoder.
func (l *lexer) name() ([]byte, bool) {
	start := l.pos
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' ||
			l.pos > start && (c >= '0' && c <= '9' || c == '-' || c == '.') {
			l.pos++
			continue
		}
		break
	}
	return l.b[start:l.pos], l.pos > start
}

func (l *lexer) unescape(raw []byte) ([]byte, error) {
	if bytes.IndexByte(raw, '\r') >= 0 || bytes.Contains(raw, []byte("]]>")) {
		return nil, errUnsure
	}
	if bytes.IndexByte(raw, '&') < 0 {
		return raw, nil
	}
	var err error
	l.text, err = unescapeInto(l.text[:0], raw)
	return l.text, err
}

// unescapeInto decodes the five XML entities and character references.
func unescapeInto(dst, raw []byte) ([]byte, error) {
	for {
		i := bytes.IndexByte(raw, '&')
		if i < 0 {
			return append(dst, raw...), nil
		}
		dst = append(dst, raw[:i]...)
		raw = raw[i:]
		semi := bytes.IndexByte(raw, ';')
		if semi < 0 || semi > 12 {
			return nil, errUnsure
		}
		ent := string(raw[1:semi])
		raw = raw[semi+1:]
		switch ent {
		case "amp":
			dst = append(dst, '&')
		case "lt":
			dst = append(dst, '<')
		case "gt":
			dst = append(dst, '>')
		case "quot":
			dst = append(dst, '"')
		case "apos":
			dst = append(dst, '\'')
		default:
			if len(ent) < 2 || ent[0] != '#' {
				return nil, errUnsure
			}
			var n uint64
			var err error
			if ent[1] == 'x' {
				n, err = strconv.ParseUint(ent[2:], 16, 32)
			} else {
				n, err = strconv.ParseUint(ent[1:], 10, 32)
			}
			r := rune(n)
			if err != nil || !xmlChar(r) {
				return nil, errUnsure
			}
			dst = utf8.AppendRune(dst, r)
		}
	}
}

// xmlChar is a character XML allows, as encoding/xml checks it.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// decoderTokens gives encoding/xml's tokens in the lexer's form.
type decoderTokens struct {
	d   *xml.Decoder
	tok token
}

func newDecoderTokens(r io.Reader) *decoderTokens {
	d := xml.NewDecoder(r)
	d.Strict = true
	return &decoderTokens{d: d}
}

func (s *decoderTokens) next() (*token, error) {
	t := &s.tok
	t.attrs = t.attrs[:0]
	for {
		raw, err := s.d.Token()
		if err != nil {
			return nil, err
		}
		switch x := raw.(type) {
		case xml.StartElement:
			t.kind, t.local, t.ours = tokStart, []byte(x.Name.Local), isMainNS(x.Name.Space)
			for _, a := range x.Attr {
				if a.Name.Space != "" {
					continue
				}
				// encoding/xml lets an attribute appear twice; XML does
				// not, and which one Excel would take is unknown.
				if _, dup := t.get(a.Name.Local); dup {
					return nil, failf("XML 格式错误：元素 <%s> 的属性 %s 出现了两次", x.Name.Local, a.Name.Local)
				}
				t.attrs = append(t.attrs, attribute{[]byte(a.Name.Local), []byte(a.Value)})
			}
			return t, nil
		case xml.EndElement:
			t.kind, t.local, t.ours = tokEnd, []byte(x.Name.Local), isMainNS(x.Name.Space)
			return t, nil
		case xml.CharData:
			t.kind, t.text = tokText, x
			return t, nil
		}
	}
}

// skip consumes the rest of the element whose start tag was just read.
func skip(ts tokens) error {
	depth := 1
	for depth > 0 {
		t, err := ts.next()
		if err != nil {
			return eofIsUnexpected(err)
		}
		switch t.kind {
		case tokStart:
			depth++
		case tokEnd:
			depth--
		}
	}
	return nil
}

func eofIsUnexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// rootPrefix finds the root element of a part and returns the prefixes
// the SpreadsheetML namespace has there ("x:", or "" when it is the
// default namespace), the root's own first, and where the root's start tag
// ends. ok is false when the lexer cannot be sure: the part is then
// decoded.
func rootPrefix(b []byte, local string) (ns prefixes, end int, ok bool) {
	i := 0
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		i = 3 // a byte-order mark
	}
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	if bytes.HasPrefix(b[i:], []byte("<?xml")) {
		j := bytes.Index(b[i:], []byte("?>"))
		if j < 0 {
			return nil, 0, false
		}
		i += j + 2
	}
	lt := bytes.IndexByte(b[i:], '<')
	if lt < 0 || len(bytes.TrimSpace(b[i:i+lt])) > 0 {
		return nil, 0, false
	}
	i += lt
	gt := bytes.IndexByte(b[i:], '>')
	if gt < 1 || b[i+1] == '!' || b[i+1] == '?' {
		return nil, 0, false
	}
	tag := b[i+1 : i+gt]
	name := tag
	if k := bytes.IndexAny(tag, " \t\r\n/"); k >= 0 {
		name = tag[:k]
	}
	prefix := ""
	if c := bytes.IndexByte(name, ':'); c >= 0 {
		prefix = string(name[:c+1])
	}
	if string(name) != prefix+local {
		return nil, 0, false
	}
	l := &lexer{b: append(append([]byte{'<'}, tag...), '>')}
	t, err := l.nextRoot()
	if err != nil {
		return nil, 0, false
	}
	ns = prefixes{prefix}
	for _, a := range t.attrs {
		name := string(a.name)
		if !isMainNS(string(a.value)) || name != "xmlns" && !strings.HasPrefix(name, "xmlns:") {
			continue
		}
		if p := strings.TrimPrefix(strings.TrimPrefix(name, "xmlns"), ":"); p != "" {
			ns = append(ns, p+":")
		} else {
			ns = append(ns, "")
		}
	}
	// The root's own prefix must be declared SpreadsheetML here.
	if slices.Index(ns[1:], prefix) < 0 {
		return nil, 0, false
	}
	return ns, i + gt + 1, true
}

// nextRoot reads a root start tag, keeping its namespace declarations.
func (l *lexer) nextRoot() (*token, error) {
	t := &l.tok
	l.pos = 1
	if _, ok := l.name(); !ok {
		return nil, errUnsure
	}
	for {
		sp := l.space()
		if l.pos >= len(l.b) {
			return nil, errUnsure
		}
		if c := l.b[l.pos]; c == '>' || c == '/' {
			return t, nil
		}
		if !sp {
			return nil, errUnsure
		}
		name, ok := l.name()
		if !ok {
			return nil, errUnsure
		}
		l.space()
		if l.pos+1 >= len(l.b) || l.b[l.pos] != '=' {
			return nil, errUnsure
		}
		l.pos++
		l.space()
		if l.pos >= len(l.b) || (l.b[l.pos] != '"' && l.b[l.pos] != '\'') {
			return nil, errUnsure
		}
		q := l.b[l.pos]
		end := bytes.IndexByte(l.b[l.pos+1:], q)
		if end < 0 {
			return nil, errUnsure
		}
		t.attrs = append(t.attrs, attribute{name, l.b[l.pos+1 : l.pos+1+end]})
		l.pos += end + 2
	}
}
