package ingest

import (
	"archive/zip"
	"errors"
	"io"
)

// fastSheet is a worksheet read as it is unpacked, one chunk in memory;
// it is a rowSource. The lexer cuts the rows while it is sure of them;
// at the first thing it is not sure of, the part is unpacked again and
// the decoder reads on from the row after the last one given.
type fastSheet struct {
	part  *zip.File
	rc    io.ReadCloser
	rr    rowReader
	cut   cutter
	state sheetState
	given int // rows given so far
	// dec is set once the decoder has taken over; it passes over the
	// rows the lexer gave.
	dec      *decoderTokens
	passed   int
	decSpans []span
	spans    []span
	scanned  bool
	mergeErr error
	// filter is whether an autofilter hides rows, once asked (0 not yet).
	filter int8
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
		return &fastSheet{part: f, rc: rc, cut: cutter{rc: rc, size: f.UncompressedSize64}, rr: rowReader{sst: p.sst, styles: p.formats, date1904: p.date1904}}, nil
	}
	return nil, failf("没有工作表“%s”", name)
}

func (f *fastSheet) next() (int, []string, []string, bool, error) {
	if f.dec == nil {
		// A row the lexer gives up on half way is read again whole.
		lastRow, padding := f.rr.lastRow, f.rr.padding
		row, cells, formats, ok, err := f.fastNext()
		if errors.Is(err, errUnsure) {
			f.rr.lastRow, f.rr.padding = lastRow, padding
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

// fastNext cuts the next row with the lexer.
func (f *fastSheet) fastNext() (int, []string, []string, bool, error) {
	if f.state == beforeRows {
		if err := f.cut.root("worksheet"); err != nil {
			return 0, nil, nil, false, err
		}
		empty, err := f.cut.seek("sheetData")
		if err != nil {
			return 0, nil, nil, false, err
		}
		f.cut.children("row", "sheetData")
		f.state = inRows
		if empty {
			return 0, nil, nil, false, f.endRows()
		}
	}
	if f.state == afterRows {
		return 0, nil, nil, false, f.mergeErr
	}
	l, err := f.cut.next()
	if err != nil {
		return 0, nil, nil, false, err
	}
	if l == nil {
		return 0, nil, nil, false, f.endRows()
	}
	start, err := l.next()
	if err != nil {
		return 0, nil, nil, false, err
	}
	row, cells, formats, err := f.rr.row(start, l)
	if err == nil && !l.whole() {
		err = errUnsure // the row's end was not where it was looked for
	}
	return row, cells, formats, err == nil, err
}

// endRows reads what follows the rows, for the merged ranges.
func (f *fastSheet) endRows() error {
	tail, err := f.cut.rest(maxElementBytes)
	if err != nil {
		return err
	}
	f.state = afterRows
	if !f.scanned {
		f.spans, f.mergeErr = mergesIn(tail, f.cut.ns)
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
	f.rc, f.cut, f.dec, f.state, f.passed = rc, cutter{}, newDecoderTokens(rc), beforeRows, 0
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

func (f *fastSheet) hiddenRow(row int) bool { return f.rr.hidden[row] }

func (f *fastSheet) hiddenCols() ([]int, error) { return hiddenColumns(f.part) }

// filtered is asked only of a sheet with a hidden row, and scans the
// part once: <autoFilter> comes after the rows.
func (f *fastSheet) filtered() bool {
	if f.filter == 0 {
		f.filter = -1
		if filterIn(f.part) {
			f.filter = 1
		}
	}
	return f.filter > 0
}

func (f *fastSheet) close() { f.rc.Close() }
