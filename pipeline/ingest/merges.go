package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"slices"
)

// maxMerges bounds the merged ranges of a sheet. A range is kept as its
// corners, never cell by cell, so that a range such as H40:XFD1048576
// costs what A1:B2 costs.
const maxMerges = 1 << 20

// addMerge reads a <mergeCell ref="A1:B2"> (a single cell, "A1", is a
// range of one) and keeps it with its corners in order.
func addMerge(spans []span, ref []byte) ([]span, error) {
	if len(spans) >= maxMerges {
		return nil, failf("工作表中的合并单元格超过 %d 个，超出了可以读取的数量", maxMerges)
	}
	a, b, found := bytes.Cut(ref, []byte(":"))
	if !found {
		b = a
	}
	l, t, err1 := parseRef(a)
	r, bo, err2 := parseRef(b)
	if err := errors.Join(err1, err2); err != nil {
		return nil, failf("合并单元格“%s”无效：%s", ref, err.Error())
	}
	return append(spans, span{min(t, bo), min(l, r), max(t, bo), max(l, r)}), nil
}

// mergesIn reads the merged ranges from what follows a sheet's rows.
func mergesIn(tail []byte, ns prefixes) ([]span, error) {
	if bytes.Contains(tail, []byte("<!")) || bytes.Contains(tail, []byte("<?")) {
		return nil, errUnsure
	}
	return collectMerges(newLexer(tail, ns))
}

func collectMerges(ts tokens) ([]span, error) {
	var spans []span
	for {
		t, err := ts.next()
		if err == io.EOF {
			return spans, nil
		}
		if err != nil {
			return nil, err
		}
		if t.is(tokStart, "mergeCell") {
			if spans, err = addMerge(spans, attrOf(t, "ref")); err != nil {
				return nil, err
			}
		}
	}
}

// decodedMerges reads the merged ranges of a part with the decoder.
func decodedMerges(f *zip.File) ([]span, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return collectMerges(newDecoderTokens(rc))
}

// scanMerges streams a part for its merged ranges, which come after the
// rows, without reading the rows: the lexer reads from <mergeCells on,
// when nothing before could hide or fake one.
func scanMerges(f *zip.File) ([]span, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	c := &cutter{rc: rc, size: f.UncompressedSize64}
	if err := c.root("worksheet"); errors.Is(err, errUnsure) {
		return decodedMerges(f)
	} else if err != nil {
		return nil, err
	}
	for {
		if bytes.Contains(c.buf, []byte("<!")) || bytes.Contains(c.buf, []byte("<?")) {
			return decodedMerges(f)
		}
		i := -1
		for _, p := range c.ns {
			if j := indexTag(c.buf, "<"+p+"mergeCells"); j >= 0 && (i < 0 || j < i) {
				i = j
			}
		}
		if i >= 0 {
			c.buf = c.buf[i:]
			tail, err := c.rest(maxElementBytes)
			if err != nil {
				return nil, err
			}
			spans, err := mergesIn(tail, c.ns)
			if errors.Is(err, errUnsure) {
				return decodedMerges(f)
			}
			return spans, err
		}
		if c.eof {
			return nil, nil
		}
		c.buf = c.buf[max(0, len(c.buf)-64):] // what may start the marker
		if err := c.fill(); err != nil {
			return nil, err
		}
	}
}

// mergeIndex answers which merged range covers a cell, from the ranges
// themselves: per column asked about, the ranges over it sorted by their
// first row, which do not overlap (Excel refuses overlapping merges).
type mergeIndex struct {
	byCol map[int][]span
	byTop []span // sorted by top
}

func newMergeIndex(spans []span) *mergeIndex {
	byTop := slices.Clone(spans)
	slices.SortFunc(byTop, func(a, b span) int { return a.top - b.top })
	return &mergeIndex{byCol: map[int][]span{}, byTop: byTop}
}

// cover returns the range covering (row, col), if any.
func (m *mergeIndex) cover(row, col int) (span, bool) {
	list, ok := m.byCol[col]
	if !ok {
		for _, s := range m.byTop {
			if s.left <= col && col <= s.right {
				list = append(list, s)
			}
		}
		m.byCol[col] = list
	}
	i, _ := slices.BinarySearchFunc(list, row, func(s span, row int) int {
		if s.top <= row {
			return -1
		}
		return 1
	})
	if i > 0 && list[i-1].bottom >= row {
		return list[i-1], true
	}
	return span{}, false
}

// startingAt lists the ranges whose first row is row.
func (m *mergeIndex) startingAt(row int) []span {
	i, _ := slices.BinarySearchFunc(m.byTop, row, func(s span, row int) int { return s.top - row })
	j := i
	for j < len(m.byTop) && m.byTop[j].top == row {
		j++
	}
	return m.byTop[i:j]
}

// coverOf returns the top-left cell of the merged range that covers (row,
// col), when the cell is not that top-left itself; nothing before the
// ranges are loaded.
func (r *tableReader) coverOf(row, col int) ([2]int, bool) {
	if r.merges == nil {
		return [2]int{}, false
	}
	m, ok := r.merges.cover(row, col)
	if !ok || m.top == row && m.left == col {
		return [2]int{}, false
	}
	return [2]int{m.top, m.left}, true
}
