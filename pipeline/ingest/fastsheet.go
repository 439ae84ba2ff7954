package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
)

// maxRowBytes bounds one <row> element: 16,384 cells of long text fit.
const maxRowBytes = 64 << 20

const chunk = 256 << 10

// fastSheet is a worksheet read as it is unpacked, one chunk in memory;
// it is a rowSource. The lexer cuts the rows while it is sure of them;
// at the first thing it is not sure of, the part is unpacked again and
// the decoder reads on from the row after the last one given.
type fastSheet struct {
	part   *zip.File
	rc     io.ReadCloser
	rr     rowReader
	ns     prefixes
	prefix string // the root's: the rows are looked for with it
	// the tags looked for, made once
	endRowsTag, rowClose []byte
	rowTag               string
	lex                  lexer
	buf    []byte
	eof    bool
	state  sheetState
	rooted bool // the root's start tag has been read
	given  int  // rows given so far
	// dec is set once the decoder has taken over; it passes over the
	// rows the lexer gave.
	dec    *decoderTokens
	passed   int
	decSpans []span
	// tail is what follows </sheetData>, for the merged ranges.
	tail     []byte
	spans    []span
	scanned  bool
	mergeErr error
}

type sheetState uint8

const (
	beforeRows sheetState = iota
	inRows
	afterRows
)

func (p *pkg) openSheet(name string) (*fastSheet, error) {
	for _, sp := range p.sheets {
		if sp.name != name {
			continue
		}
		f := p.part(sp.part)
		if f == nil {
			return nil, failf("工作簿中缺少工作表“%s”的部件 %s，文件可能已损坏", name, sp.part)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, partError(f.Name, err)
		}
		return &fastSheet{part: f, rc: rc, rr: rowReader{sst: p.sst, styles: p.formats}}, nil
	}
	return nil, failf("没有工作表“%s”", name)
}

func (f *fastSheet) next() (int, []string, []string, bool, error) {
	if f.dec == nil {
		// A row the lexer gives up on half way is read again whole.
		lastRow, slots := f.rr.lastRow, f.rr.slots
		row, cells, formats, ok, err := f.fastNext()
		if errors.Is(err, errUnsure) {
			f.rr.lastRow, f.rr.slots = lastRow, slots
		} else {
			if ok {
				f.given++
			}
			return row, cells, formats, ok, f.failed(err)
		}
		if err := f.decode(); err != nil {
			return 0, nil, nil, false, f.failed(err)
		}
	}
	row, cells, formats, ok, err := f.decodedNext()
	return row, cells, formats, ok, f.failed(err)
}

func (f *fastSheet) failed(err error) error {
	if err == nil {
		return nil
	}
	return partError(f.part.Name, err)
}

// fill reads the next chunk. A short read is not the end: only io.EOF is,
// since archive/zip reports a truncated entry as io.ErrUnexpectedEOF.
func (f *fastSheet) fill() error {
	if f.eof {
		return nil
	}
	if len(f.buf) > maxRowBytes {
		return failf("工作表中有一行超过 %d MB，超出了可以读取的大小", maxRowBytes>>20)
	}
	start := len(f.buf)
	f.buf = append(f.buf, make([]byte, chunk)...)
	n, err := io.ReadAtLeast(f.rc, f.buf[start:], 1)
	f.buf = f.buf[:start+n]
	if err == io.EOF {
		f.eof = true
		return nil
	}
	return err
}

// fastNext cuts the next row with the lexer.
func (f *fastSheet) fastNext() (int, []string, []string, bool, error) {
	for {
		var err error
		switch f.state {
		case beforeRows:
			err = f.findRows()
		case inRows:
			row, cells, formats, ok, done, err := f.fastRow()
			if err != nil || done {
				return row, cells, formats, ok, err
			}
		case afterRows:
			return 0, nil, nil, false, f.mergeErr
		}
		if err != nil {
			return 0, nil, nil, false, err
		}
	}
}

// findRows reads up to the start of <sheetData>. What comes before it
// (the sheet's properties, views and columns) is only looked through: it
// must hold no comment, CDATA or processing instruction, in which
// "<sheetData" could be written without being one.
func (f *fastSheet) findRows() error {
	if !f.rooted {
		if len(f.buf) < 4096 && !f.eof {
			return f.fill()
		}
		ns, end, ok := rootPrefix(f.buf, "worksheet")
		if !ok {
			return errUnsure
		}
		f.ns, f.prefix, f.buf, f.rooted = ns, ns[0], f.buf[end:], true
		f.endRowsTag = []byte("</" + f.prefix + "sheetData>")
		f.rowTag = "<" + f.prefix + "row"
		f.rowClose = []byte("</" + f.prefix + "row>")
	}
	open := "<" + f.prefix + "sheetData"
	for {
		i := indexTag(f.buf, open)
		region := f.buf
		if i >= 0 {
			region = f.buf[:i]
		}
		if bytes.Contains(region, []byte("<!")) || bytes.Contains(region, []byte("<?")) {
			return errUnsure
		}
		if i >= 0 {
			gt := bytes.IndexByte(f.buf[i:], '>')
			if gt < 0 {
				if f.eof {
					return errUnsure
				}
				if err := f.fill(); err != nil {
					return err
				}
				continue
			}
			tag := f.buf[i : i+gt+1]
			f.buf = f.buf[i+gt+1:]
			if bytes.HasSuffix(tag, []byte("/>")) {
				return f.endRows(0)
			}
			f.state = inRows
			return nil
		}
		if f.eof {
			return errUnsure // no rows where the lexer looked: let the decoder say
		}
		if len(f.buf) > 64 {
			f.buf = f.buf[len(f.buf)-64:] // what may start the tag
		}
		if err := f.fill(); err != nil {
			return err
		}
	}
}

// fastRow reads one row, or the end of the rows (done with ok false).
func (f *fastSheet) fastRow() (row int, cells, formats []string, ok, done bool, err error) {
	for {
		i := 0
		for i < len(f.buf) && (f.buf[i] == ' ' || f.buf[i] == '\n' || f.buf[i] == '\t' || f.buf[i] == '\r') {
			i++
		}
		f.buf = f.buf[i:]
		end, rowTag := f.endRowsTag, f.rowTag
		switch {
		case bytes.HasPrefix(f.buf, end):
			return 0, nil, nil, false, true, f.endRows(len(end))
		case len(f.buf) > len(rowTag) && indexTag(f.buf[:len(rowTag)+1], rowTag) == 0:
			n := f.rowLength()
			if n > 0 {
				f.lex = lexer{b: f.buf[:n], ns: f.ns, open: f.lex.open[:0], attrs: f.lex.attrs[:0], text: f.lex.text[:0]}
				l := &f.lex
				start, err := l.next()
				if err != nil {
					return 0, nil, nil, false, true, err
				}
				row, cells, formats, err = f.rr.row(start, l)
				if err == nil && l.pos != n {
					err = errUnsure // the row's end was not where it was looked for
				}
				f.buf = f.buf[n:]
				return row, cells, formats, err == nil, true, err
			}
		case len(f.buf) >= len(end) || f.eof:
			return 0, nil, nil, false, true, errUnsure
		}
		if f.eof {
			return 0, nil, nil, false, true, errUnsure
		}
		if err := f.fill(); err != nil {
			return 0, nil, nil, false, true, err
		}
	}
}

// rowLength is the length of the row at the start of buf, 0 when more
// bytes are needed.
func (f *fastSheet) rowLength() int {
	gt := bytes.IndexByte(f.buf, '>')
	if gt < 0 {
		return 0
	}
	if f.buf[gt-1] == '/' {
		return gt + 1
	}
	j := bytes.Index(f.buf[gt:], f.rowClose)
	if j < 0 {
		return 0
	}
	return gt + j + len(f.rowClose)
}

// endRows keeps what follows the rows, reading the part to its end, where
// archive/zip checks the part's checksum.
func (f *fastSheet) endRows(skip int) error {
	rest, err := io.ReadAll(f.rc)
	if err != nil {
		return err
	}
	f.tail = append(f.buf[skip:], rest...)
	if len(f.tail) > maxRowBytes {
		return failf("工作表在数据之后的部分超过 %d MB，超出了可以读取的大小", maxRowBytes>>20)
	}
	f.buf, f.eof, f.state = nil, true, afterRows
	if !f.scanned {
		f.spans, f.mergeErr = mergesIn(f.tail, f.ns)
		if errors.Is(f.mergeErr, errUnsure) {
			f.spans, f.mergeErr = decodedMerges(f.part)
		}
		f.scanned = true
	}
	return f.mergeErr
}

// decode hands the sheet to the decoder, which reads the part again from
// its start and passes over the rows already given.
func (f *fastSheet) decode() error {
	f.rc.Close()
	rc, err := f.part.Open()
	if err != nil {
		return err
	}
	f.rc, f.buf, f.dec, f.state, f.passed = rc, nil, newDecoderTokens(rc), beforeRows, 0
	return nil
}

// decodedNext reads the next row with the decoder, and the merged ranges
// after the rows.
func (f *fastSheet) decodedNext() (int, []string, []string, bool, error) {
	for {
		t, err := f.dec.next()
		if err == io.EOF {
			if !f.scanned {
				f.spans, f.scanned = f.decSpans, true
			}
			f.state = afterRows
			return 0, nil, nil, false, f.mergeErr
		}
		if err != nil {
			return 0, nil, nil, false, err
		}
		switch {
		case f.state == beforeRows && t.is(tokStart, "sheetData"):
			f.state = inRows
		case f.state == inRows && t.is(tokStart, "row") && f.passed < f.given:
			f.passed++
			err = skip(f.dec)
		case f.state == inRows && t.is(tokStart, "row"):
			row, cells, formats, err := f.rr.row(t, f.dec)
			return row, cells, formats, err == nil, err
		case f.state == inRows && t.kind == tokEnd:
			f.state = afterRows
		case t.is(tokStart, "worksheet"), t.is(tokStart, "mergeCells"):
			// looked into
		case t.is(tokStart, "mergeCell"):
			if f.mergeErr == nil {
				f.decSpans, f.mergeErr = addMerge(f.decSpans, attrOf(t, "ref"))
			}
		case t.kind == tokStart:
			err = skip(f.dec)
		}
		if err != nil {
			return 0, nil, nil, false, err
		}
	}
}

// merges are read from the bytes after the rows once the rows have been
// read, at no cost; asked for earlier (a blank cell that a merge may
// cover), they are read from a second pass over the part.
func (f *fastSheet) merges() []span {
	if !f.scanned {
		f.spans, f.mergeErr = scanMerges(f.part)
		f.scanned = true
	}
	return f.spans
}

func (f *fastSheet) formula(col, row int) string { return f.rr.formulas[[2]int{row, col}] }

func (f *fastSheet) close() { f.rc.Close() }

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
