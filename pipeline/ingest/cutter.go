package ingest

import (
	"bytes"
	"io"
)

// maxElementBytes bounds one element cut from a part (a row, a string
// item): a row of 16,384 cells of a kilobyte each fits.
const maxElementBytes = 16 << 20

const chunk = 256 << 10

// cutter cuts a part, as it is unpacked, into the elements of one name
// that follow each other in one parent (the rows of <sheetData>, the
// items of <sst>), with one chunk in memory, and gives each to a lexer.
// Whatever it is not sure of is errUnsure: the caller reads the part
// again with the decoder.
type cutter struct {
	rc io.Reader
	// size is how many bytes the part says it unpacks to (0 unknown): a
	// part smaller than a chunk, as most of a workbook's are, gets a
	// buffer of its size, not of two chunks.
	size  uint64
	buf   []byte // the bytes not yet cut, in store
	store []byte
	eof   bool
	ns    prefixes
	// prefix is the root's prefix, with which the elements are looked for.
	prefix string
	// open, close and end are the element's tags and the parent's end tag.
	open       string
	close, end []byte
	lex        lexer
}

// fill reads the next chunk. A short read is not the end: only io.EOF is,
// since archive/zip reports a truncated entry as io.ErrUnexpectedEOF.
func (c *cutter) fill() error {
	if c.eof {
		return nil
	}
	if len(c.buf) > maxElementBytes {
		return failf("部件中有一个元素超过 %d MB，超出了可以读取的大小", maxElementBytes>>20)
	}
	// What is left moves to the front of one buffer, kept: the elements
	// cut before are no longer looked at when more bytes are wanted.
	keep := len(c.buf)
	want, room := keep+chunk, 2*(keep+chunk)
	if c.size > 0 && c.size < chunk && uint64(keep) <= c.size {
		// Room for the part whole and a byte more, to meet its end.
		want = int(c.size) + 1
		room = want
	}
	if cap(c.store) < want {
		c.store = make([]byte, room)
	}
	copy(c.store[:cap(c.store)], c.buf)
	n, err := io.ReadAtLeast(c.rc, c.store[keep:want], 1)
	c.buf = c.store[:keep+n]
	if err == io.EOF {
		c.eof = true
		return nil
	}
	return err
}

// root reads the root's start tag, which must be local in SpreadsheetML.
func (c *cutter) root(local string) error {
	for len(c.buf) < 4096 && !c.eof {
		if err := c.fill(); err != nil {
			return err
		}
	}
	ns, end, ok := rootPrefix(c.buf, local)
	if !ok {
		return errUnsure
	}
	c.ns, c.prefix, c.buf = ns, ns[0], c.buf[end:]
	return nil
}

// seek reads past the start tag of the element parent. What comes before
// it is only looked through: it must hold no comment, CDATA or processing
// instruction, in which the tag could be written without being one.
// empty says the parent is self-closing.
func (c *cutter) seek(parent string) (empty bool, err error) {
	open := "<" + c.prefix + parent
	for {
		i := indexTag(c.buf, open)
		region := c.buf
		if i >= 0 {
			region = c.buf[:i]
		}
		if bytes.Contains(region, []byte("<!")) || bytes.Contains(region, []byte("<?")) {
			return false, errUnsure
		}
		if i >= 0 {
			if gt := bytes.IndexByte(c.buf[i:], '>'); gt >= 0 {
				tag := c.buf[i : i+gt+1]
				c.buf = c.buf[i+gt+1:]
				return bytes.HasSuffix(tag, []byte("/>")), nil
			}
		} else if len(c.buf) > 64 {
			c.buf = c.buf[len(c.buf)-64:] // what may start the tag
		}
		if c.eof {
			return false, errUnsure // not where the lexer looked: let the decoder say
		}
		if err := c.fill(); err != nil {
			return false, err
		}
	}
}

// children says which elements to cut, and where their parent ends.
func (c *cutter) children(elem, parent string) {
	c.open = "<" + c.prefix + elem
	c.close = []byte("</" + c.prefix + elem + ">")
	c.end = []byte("</" + c.prefix + parent + ">")
}

// next returns a lexer over the next element, or nil at the parent's
// end tag, which it reads past. The caller checks that the lexer ends
// where the element was cut (lexer.whole).
func (c *cutter) next() (*lexer, error) {
	for {
		i := 0
		for i < len(c.buf) && (c.buf[i] == ' ' || c.buf[i] == '\n' || c.buf[i] == '\t' || c.buf[i] == '\r') {
			i++
		}
		c.buf = c.buf[i:]
		switch {
		case bytes.HasPrefix(c.buf, c.end):
			c.buf = c.buf[len(c.end):]
			return nil, nil
		case len(c.buf) > len(c.open) && indexTag(c.buf[:len(c.open)+1], c.open) == 0:
			if n := c.length(); n > 0 {
				c.lex = lexer{b: c.buf[:n], ns: c.ns, open: c.lex.open[:0], attrs: c.lex.attrs[:0], text: c.lex.text[:0]}
				c.buf = c.buf[n:]
				return &c.lex, nil
			}
		case len(c.buf) >= len(c.end):
			return nil, errUnsure // something else among the elements
		}
		if c.eof {
			return nil, errUnsure
		}
		if err := c.fill(); err != nil {
			return nil, err
		}
	}
}

// length is the length of the element at the start of buf, 0 when more
// bytes are needed.
func (c *cutter) length() int {
	gt := bytes.IndexByte(c.buf, '>')
	if gt < 0 {
		return 0
	}
	if c.buf[gt-1] == '/' {
		return gt + 1
	}
	j := bytes.Index(c.buf[gt:], c.close)
	if j < 0 {
		return 0
	}
	return gt + j + len(c.close)
}

// rest reads what is left of the part, at most max bytes, to its end,
// where archive/zip checks the part's checksum.
func (c *cutter) rest(max int64) ([]byte, error) {
	more, err := io.ReadAll(io.LimitReader(c.rc, max+1))
	if err != nil {
		return nil, err
	}
	tail := append(append([]byte(nil), c.buf...), more...)
	c.buf, c.eof = nil, true
	if int64(len(tail)) > max {
		return nil, failf("部件在数据之后的部分超过 %d MB，超出了可以读取的大小", max>>20)
	}
	return tail, nil
}

// whole says the lexer read its element to the end: the end tag found by
// looking was the element's own.
func (l *lexer) whole() bool { return l.pos == len(l.b) && !l.pendingEnd }

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
