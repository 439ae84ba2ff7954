package wordmodel

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"strings"

	"jixiao/pipeline/wordxml"
)

// HeadLimit says how much of a document's body ReadHead reads.
type HeadLimit struct {
	// Blocks is how many of the body's paragraphs and tables are read,
	// hidden paragraphs counted.
	Blocks int
	// Rows is how many rows of a table are read: a longer table is cut
	// after them and is the last block read.
	Rows int
}

// ReadHead reads the head of a .docx, for a look at its first pages (the
// web page's preview of a document whose build kept none): the body's
// first limit.Blocks blocks, a table cut after limit.Rows rows, and all
// that the layout of those pages depends on elsewhere: styles, numbering,
// settings, theme, headers, footers, notes, pictures, and the page setup
// of the section the last block read is in. That section's w:sectPr
// stands after the cut (at the end of w:body where the document has one
// section), so the rest of document.xml is inflated and searched for it,
// not parsed: a 100,000-row attachment's 160 MB of XML costs its
// inflating, a few tenths of a second, rather than four seconds of reading.
// The part's checksum is not checked (the part is not always read to its
// end); the model is never published (Partial).
//
// A document whose body ends within the limit is read whole, as Read
// reads it. Otherwise the model is Partial: Blocks end before the
// document's, and a table cut is the last block (CutTable), its rows the
// first it has. Table styles' last-row formats are applied as in the whole
// table (one more row is read and dropped, so none read is taken for the
// last). Whether the head holds enough for the pages wanted is the
// layout's to say (layout.Head refuses a head too short); a reader asks
// again with a larger limit. A table-wide property the layout takes from
// all of a table's rows (the type size most cells set, whether all their
// lines are plain) is taken from the rows read.
func ReadHead(docx []byte, limit HeadLimit) (*Document, error) {
	limit.Blocks, limit.Rows = max(limit.Blocks, 1), max(limit.Rows, 1)
	return readDocx(docx, &limit)
}

// Partial reports whether d holds only the head of its document
// (ReadHead). Such a model may be laid out for a look at its first pages
// (layout.Head), never into an output: layout.Layout refuses it.
func (d *Document) Partial() bool { return d.head != nil }

// CutTable is the table ReadHead cut after some of its rows, the last of
// Blocks; nil where no table was cut.
func (d *Document) CutTable() *Table {
	if d.head == nil {
		return nil
	}
	return d.head.table
}

// headCut is how ReadHead cut the body.
type headCut struct {
	// sentinel: the last table's XML was cut one row past the limit, a row
	// to be dropped once read; table is that table.
	sentinel bool
	table    *Table
}

// apply drops the cut table's extra row; it returns c, nil for a document
// read whole.
func (c *headCut) apply(doc *Document) *headCut {
	if c == nil {
		return nil
	}
	if c.sentinel && len(doc.Blocks) > 0 {
		if t, ok := doc.Blocks[len(doc.Blocks)-1].(*Table); ok && len(t.Rows) > 1 {
			t.Rows = t.Rows[:len(t.Rows)-1]
			c.table = t
		}
	}
	return c
}

// readHead reads the head of document.xml as limit says, as a part of its
// own: the blocks read, then the w:sectPr that ends their section, then
// the body's and document's end tags. The cut is nil where the body ends
// within the limit and the part is read whole.
func readHead(f *zip.File, limit HeadLimit) (string, *headCut, error) {
	rc, err := inflate(f)
	if err != nil {
		return "", nil, fmt.Errorf("read docx %s: %w", f.Name, err)
	}
	defer rc.Close()
	h := &headReader{r: rc, chunk: 1 << 20}
	for want := 256 << 10; ; want *= 2 {
		if err := h.fill(want); err != nil {
			return "", nil, fmt.Errorf("read docx %s: %w", f.Name, err)
		}
		// Up to the last '>', so that every tag looked at is whole.
		s := string(h.buf[:bytes.LastIndexByte(h.buf, '>')+1])
		c, ok := cutBody(s, limit)
		if !ok && !h.eof {
			continue
		}
		if !ok || c.whole {
			if err := h.fill(int(^uint(0) >> 1)); err != nil {
				return "", nil, fmt.Errorf("read docx %s: %w", f.Name, err)
			}
			return string(h.buf), nil, nil
		}
		sect, err := h.section(c.end)
		if err != nil {
			return "", nil, fmt.Errorf("read docx %s: %w", f.Name, err)
		}
		part := s[:c.end] + c.close + sect + "</w:body></w:document>"
		return part, &headCut{sentinel: c.close != ""}, nil
	}
}

// inflate opens a part's inflated bytes without the checksum zip checks at
// their end, which a head read does not reach.
func inflate(f *zip.File) (io.ReadCloser, error) {
	if f.Method != zip.Deflate {
		return f.Open()
	}
	raw, err := f.OpenRaw()
	if err != nil {
		return nil, err
	}
	return flate.NewReader(raw), nil
}

// bodyCut is where the head of a body ends.
type bodyCut struct {
	// end is the offset in the part where the head's last block ends;
	// close ends a table cut there ("</w:tbl>"), "" where a block ends.
	end   int
	close string
	// whole: the body ends before the limit is passed.
	whole bool
}

// cutBody finds the end of the head of the body in s, the part's first
// bytes, or says (ok false) that s holds too little to know. Blocks are
// counted as readBody meets them (eachBlock): a paragraph or table at the
// body's level or in a content control.
func cutBody(s string, limit HeadLimit) (_ bodyCut, ok bool) {
	b := next(s, "w:body", 0)
	if b < 0 {
		return bodyCut{}, false
	}
	blocks, at := 0, -1
	for i := b + strings.IndexByte(s[b:], '>') + 1; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			return bodyCut{}, false
		}
		i += lt
		el := ""
		switch {
		case wordxml.At(s, i, "w:p"):
			el = "w:p"
		case wordxml.At(s, i, "w:tbl"):
			el = "w:tbl"
		case wordxml.At(s, i, "w:sectPr") || strings.HasPrefix(s[i:], "</w:body>"):
			return bodyCut{whole: true}, true
		default:
			i += strings.IndexByte(s[i:], '>') + 1
			continue
		}
		if at >= 0 {
			return bodyCut{end: at}, true // a block follows the head
		}
		e := wordxml.End(s, i, el, len(s))
		if el == "w:tbl" {
			// One row more than wanted is read (headCut.sentinel).
			to := e
			if e < 0 {
				to = len(s)
			}
			rows := wordxml.Elements(s, "w:tr", i, to)
			if len(rows) > limit.Rows+1 || e < 0 && len(rows) == limit.Rows+1 {
				return bodyCut{end: rows[limit.Rows].End, close: "</w:tbl>"}, true
			}
		}
		if e < 0 {
			return bodyCut{}, false
		}
		i = e
		if blocks++; blocks >= limit.Blocks {
			at = e
		}
	}
	return bodyCut{}, false
}

// headReader reads a part's first bytes, as many as asked for, then
// looks through the rest chunk bytes at a time (section).
type headReader struct {
	r     io.Reader
	buf   []byte
	eof   bool
	chunk int
}

// fill reads until buf holds n bytes or the part ends.
func (h *headReader) fill(n int) error {
	for len(h.buf) < n && !h.eof {
		if len(h.buf) == cap(h.buf) {
			h.buf = append(h.buf, make([]byte, min(max(len(h.buf), 64<<10), n-len(h.buf)))...)[:len(h.buf)]
		}
		k, err := h.r.Read(h.buf[len(h.buf):cap(h.buf)])
		h.buf = h.buf[:len(h.buf)+k]
		if err == io.EOF {
			h.eof = true
		} else if err != nil {
			return err
		}
	}
	return nil
}

// sectPrTag opens a w:sectPr, and those of w:sectPrChange, whose old
// w:sectPr stands inside the new one.
const sectPrTag = "<w:sectPr"

// section is the first w:sectPr at or after from in the part, which ends
// the section the head's last block is in: a section break's paragraph's
// or the body's last. The bytes before it are inflated, searched and let
// go, a chunk at a time; "" where the part has none.
func (h *headReader) section(from int) (string, error) {
	win := h.buf[from:]
	// A chunk is read in after the last bytes of the one before, which may
	// begin the tag.
	chunk := make([]byte, len(sectPrTag)+h.chunk)
	for {
		for k := 0; ; {
			i := indexSectPr(win[k:])
			if i < 0 {
				break
			}
			i += k
			if j := i + len(sectPrTag); j < len(win) && strings.IndexByte(" >/\t\r\n", win[j]) >= 0 {
				return h.element(win[i:])
			} else if j >= len(win) && !h.eof {
				break // its name goes on in the next chunk
			}
			k = i + 1
		}
		if h.eof {
			return "", nil
		}
		keep := copy(chunk, win[max(len(win)-len(sectPrTag), 0):])
		n, err := io.ReadFull(h.r, chunk[keep:])
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			h.eof, err = true, nil
		}
		if err != nil {
			return "", err
		}
		win = chunk[:keep+n]
	}
}

// indexSectPr is bytes.Index(b, sectPrTag), led by its 'P', a few times
// rarer in WordprocessingML than its '<': the search through the rest of
// a long table's XML is most of what a head read costs.
func indexSectPr(b []byte) int {
	const at = len(sectPrTag) - 2 // where the 'P' stands in the tag
	for k := at; k < len(b); {
		i := bytes.IndexByte(b[k:], 'P')
		if i < 0 {
			return -1
		}
		i += k - at
		if i+len(sectPrTag) <= len(b) && string(b[i:i+len(sectPrTag)]) == sectPrTag {
			return i
		}
		k = i + at + 1
	}
	return -1
}

// element reads on from the w:sectPr at x's start to its end tag.
func (h *headReader) element(x []byte) (string, error) {
	x = append([]byte(nil), x...)
	chunk := make([]byte, h.chunk)
	for {
		s := string(x[:bytes.LastIndexByte(x, '>')+1])
		if e := wordxml.End(s, 0, "w:sectPr", len(s)); e >= 0 {
			return s[:e], nil
		}
		if h.eof {
			return s, nil // unended: the reader is lenient, as end is
		}
		n, err := io.ReadFull(h.r, chunk)
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			h.eof, err = true, nil
		}
		if err != nil {
			return "", err
		}
		x = append(x, chunk[:n]...)
	}
}
