package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// What a workbook's shared parts may cost. A crafted file of a few
// hundred kilobytes can unpack to a gigabyte of <si/> or <xf/>; these
// bound the memory of reading it, far above what a real workbook needs.
const (
	// maxStringBytes bounds the shared strings' text and index together.
	maxStringBytes = 100 << 20
	// maxStylesPart bounds styles.xml unpacked; Excel's own styles of
	// 64,000 formats fit in a few megabytes.
	maxStylesPart = 16 << 20
	// maxCellFormats is Excel's limit of cell formats in a workbook.
	maxCellFormats = 64000
	// maxCellChars is what an Excel cell may hold.
	maxCellChars = 32767
)

// sharedStrings holds the strings' text in pages of a megabyte and
// where each ends: a Go string per item would cost sixteen bytes of
// header even for an empty one, and one growing buffer would be copied at
// each doubling.
type sharedStrings struct {
	pages [][]byte   // the text, pageSize bytes each but the last
	ends  [][]uint32 // where item i ends in the text: ends[i>>16][i&0xFFFF]
	n     int
	size  int
}

const pageSize = 1 << 20

func (s *sharedStrings) len() int { return s.n }

func (s *sharedStrings) end(i int) int { return int(s.ends[i>>16][i&0xFFFF]) }

func (s *sharedStrings) at(i int) string {
	start, stop := 0, s.end(i)
	if i > 0 {
		start = s.end(i - 1)
	}
	if p := start / pageSize; p == (stop-1)/pageSize || start == stop {
		return string(s.pages[p][start%pageSize : start%pageSize+stop-start])
	}
	var b strings.Builder
	for at := start; at < stop; {
		page := s.pages[at/pageSize]
		n := min(stop-at, pageSize-at%pageSize)
		b.Write(page[at%pageSize : at%pageSize+n])
		at += n
	}
	return b.String()
}

func (s *sharedStrings) add(item []byte) error {
	if s.size+len(item)+4*(s.n+1) > maxStringBytes {
		return failf("共享字符串表超过 %d MB，超出了可以读取的大小（文件可能已损坏）", maxStringBytes>>20)
	}
	if len(item) > maxCellChars && utf8.RuneCount(item) > maxCellChars {
		return failf("共享字符串表第 %d 项超过 %d 个字符（Excel 单元格的上限），文件可能已损坏", s.n+1, maxCellChars)
	}
	s.size += len(item)
	for len(item) > 0 {
		last := len(s.pages) - 1
		if last < 0 || len(s.pages[last]) == pageSize {
			s.pages = append(s.pages, make([]byte, 0, pageSize))
			last++
		}
		n := min(len(item), pageSize-len(s.pages[last]))
		s.pages[last] = append(s.pages[last], item[:n]...)
		item = item[n:]
	}
	if s.n&0xFFFF == 0 {
		s.ends = append(s.ends, make([]uint32, 0, 1<<16))
	}
	s.ends[len(s.ends)-1] = append(s.ends[len(s.ends)-1], uint32(s.size))
	s.n++
	return nil
}

// readSharedStrings reads xl/sharedStrings.xml as it is unpacked: the
// lexer where it is sure, the decoder otherwise.
func readSharedStrings(f *zip.File) (*sharedStrings, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	s, err := cutStrings(rc, f.UncompressedSize64)
	rc.Close()
	if !errors.Is(err, errUnsure) {
		return s, err
	}
	if rc, err = f.Open(); err != nil {
		return nil, err
	}
	defer rc.Close()
	s = &sharedStrings{}
	return s, s.items(newDecoderTokens(rc))
}

func cutStrings(rc io.Reader, size uint64) (*sharedStrings, error) {
	c := &cutter{rc: rc, size: size}
	if err := c.root("sst"); err != nil {
		return nil, err
	}
	c.children("si", "sst")
	s := &sharedStrings{}
	var item []byte
	for {
		l, err := c.next()
		if err != nil {
			return nil, err
		}
		if l == nil {
			rest, err := c.rest(4096)
			if err != nil {
				return nil, err
			}
			if len(bytes.TrimSpace(rest)) > 0 {
				return nil, errUnsure
			}
			return s, nil
		}
		if _, err := l.next(); err != nil {
			return nil, err
		}
		if item, err = stringItem(l, item[:0]); err != nil {
			return nil, err
		}
		if !l.whole() {
			return nil, errUnsure
		}
		if err := s.add(item); err != nil {
			return nil, err
		}
	}
}

func (s *sharedStrings) items(ts tokens) error {
	var item []byte
	for {
		t, err := ts.next()
		if err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
		switch {
		case t.is(tokStart, "si"):
			if item, err = stringItem(ts, item[:0]); err != nil {
				return err
			}
			if err := s.add(item); err != nil {
				return err
			}
		case t.is(tokStart, "sst"): // the root, when decoded
		case t.kind == tokStart:
			if err := skip(ts); err != nil {
				return err
			}
		}
	}
}

// stringItem reads a string item (<si> or an inline <is>) after its start
// tag: the text of its <t>, or of the <t> of each rich-text run <r>. The
// phonetic runs <rPh> are left out, as Excel shows them only above the
// text.
func stringItem(ts tokens, dst []byte) ([]byte, error) {
	start := len(dst)
	dst, err := runs(ts, dst)
	if err != nil {
		return nil, err
	}
	return ooxmlUnescape(dst, start), nil
}

func runs(ts tokens, dst []byte) ([]byte, error) {
	for {
		t, err := ts.next()
		if err != nil {
			return nil, eofIsUnexpected(err)
		}
		switch {
		case t.kind == tokEnd:
			return dst, nil
		case t.is(tokStart, "t"):
			if dst, err = textOf(ts, dst); err != nil {
				return nil, err
			}
		case t.is(tokStart, "r"):
			if dst, err = runs(ts, dst); err != nil {
				return nil, err
			}
		case t.kind == tokStart:
			if err := skip(ts); err != nil {
				return nil, err
			}
		}
	}
}

// textOf appends the text of an element whose start tag was just read.
func textOf(ts tokens, dst []byte) ([]byte, error) {
	for {
		t, err := ts.next()
		if err != nil {
			return nil, eofIsUnexpected(err)
		}
		switch t.kind {
		case tokText:
			dst = append(dst, t.text...)
		case tokStart:
			if err := skip(ts); err != nil {
				return nil, err
			}
		case tokEnd:
			return dst, nil
		}
	}
}

var ooxmlEscape = regexp.MustCompile(`_x([0-9A-Fa-f]{4})_`)

// ooxmlUnescape decodes the _xHHHH_ escapes in dst[from:], by which
// writers put control characters (a carriage return, _x000D_) in a string.
func ooxmlUnescape(dst []byte, from int) []byte {
	if !bytes.Contains(dst[from:], []byte("_x")) {
		return dst
	}
	s := ooxmlEscape.ReplaceAllFunc(dst[from:], func(m []byte) []byte {
		v, _ := strconv.ParseUint(string(m[2:6]), 16, 32)
		return []byte(string(rune(v)))
	})
	return append(dst[:from], s...)
}

// parseStyles learns each cell style's number format, so that a number can
// be printed as the workbook shows it.
func parseStyles(raw []byte) ([]string, error) {
	var st struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmt int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := xml.Unmarshal(raw, &st); err != nil {
		return nil, partError("xl/styles.xml", err)
	}
	if len(st.Xfs) > maxCellFormats || len(st.NumFmts) > maxCellFormats {
		return nil, failf("样式表 xl/styles.xml 中的单元格格式超过 %d 个（Excel 的上限），文件可能已损坏", maxCellFormats)
	}
	custom := map[int]string{}
	for _, f := range st.NumFmts {
		custom[f.ID] = f.Code
	}
	formats := make([]string, 0, len(st.Xfs))
	for _, xf := range st.Xfs {
		code, ok := custom[xf.NumFmt]
		if !ok {
			code, ok = builtinFormats[xf.NumFmt]
		}
		if !ok {
			code = "General"
		}
		formats = append(formats, code)
	}
	return formats, nil
}
