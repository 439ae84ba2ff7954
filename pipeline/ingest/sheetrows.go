package ingest

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"jixiao/pipeline/dataset"
)

// maxPadding bounds the empty cells a sheet's rows hold before their
// last value, each a slot of the row's cells: a million rows with a gap of
// sixteen columns fit, while a crafted sheet of one value in column XFD on
// every row is refused after a thousand rows, not after a billion slots.
const maxPadding = 1 << 24

// rowReader turns the tokens of <row> elements into cells, the same from
// the lexer and from the decoder.
type rowReader struct {
	sst    *sharedStrings
	styles []string // number format code by style index
	// date1904 moves dates into the 1900 system, as the .xls reader does.
	date1904 bool
	lastRow  int
	padding  int
	width    int // of the last row, the capacity the next one starts with
	// formulas are the cells with a formula and no value.
	formulas map[[2]int]string
	// hidden are the rows marked hidden="1".
	hidden  map[int]bool
	val, fm []byte // buffers for a cell's value and formula
}

// row reads a row whose start tag is start; rows without a number (r) are
// numbered by position, as Excel does, and a row at or above the one
// before is an error: Excel calls such a file damaged, and which of two
// rows 5 it would keep is unknown.
func (rr *rowReader) row(start *token, ts tokens) (_ int, _, _ []string, err error) {
	row, col := rr.lastRow+1, 0
	defer func() {
		if err != nil {
			err = locate(err, row, col)
		}
	}()
	if r, ok := start.get("r"); ok {
		n, err := parseRowNumber(r)
		if err != nil {
			return 0, nil, nil, err
		}
		if row = n; n <= rr.lastRow {
			return 0, nil, nil, failf("第 %d 行出现在第 %d 行之后（行重复或顺序错乱），文件可能已损坏，请在 Excel 中重新保存", n, rr.lastRow)
		}
		row = n
	} else if row > maxRows {
		return 0, nil, nil, failf("行数超出了最大行 %d", maxRows)
	}
	rr.lastRow = row
	if isTrue(attrOf(start, "hidden")) {
		if rr.hidden == nil {
			rr.hidden = map[int]bool{}
		}
		rr.hidden[row] = true
	}
	cells, formats := make([]string, 0, rr.width), make([]string, 0, rr.width)
	var pending []pendingFormula
	for {
		t, err := ts.next()
		if err != nil {
			return 0, nil, nil, eofIsUnexpected(err)
		}
		switch {
		case t.kind == tokEnd:
			cells, formats = rr.compute(row, pending, cells, formats)
			rr.width = len(cells)
			return row, cells, formats, nil
		case t.is(tokStart, "c"):
			c, err := rr.cellRef(t, row, col)
			if err != nil {
				col = 0 // the cell is not known: the error is the row's
				return 0, nil, nil, err
			}
			col = c
			kind, style := string(attrOf(t, "t")), attrOf(t, "s")
			format := "General"
			if len(style) > 0 {
				i, err := strconv.Atoi(string(style))
				if err != nil || i < 0 || i >= len(rr.styles) {
					return 0, nil, nil, failf("单元格 %s 的样式编号“%s”在样式表中不存在，文件可能已损坏", ref(col, row), style)
				}
				format = rr.styles[i]
			}
			value, err := rr.cell(ts, kind, col, row)
			if err != nil {
				return 0, nil, nil, err
			}
			if value == "" {
				if rr.formulas[[2]int{row, col}] != "" {
					pending = append(pending, pendingFormula{col, format})
				}
				continue
			}
			if rr.date1904 && (kind == "" || kind == "n") && isDateFormat(format) {
				value = from1904(value)
			}
			if gap := col - 1 - len(cells); gap > 0 {
				if rr.padding += gap; rr.padding > maxPadding {
					return 0, nil, nil, failf("工作表中的空单元格过多（到 %s 为止，数据左侧已有 %d 个空单元格），可能是文件损坏或在很远的列中有数据", ref(col, row), maxPadding)
				}
			}
			if len(value) > maxCellChars && utf8.RuneCountInString(value) > maxCellChars {
				return 0, nil, nil, failf("单元格 %s 的内容超过 %d 个字符（Excel 单元格的上限），文件可能已损坏", ref(col, row), maxCellChars)
			}
			for len(cells) < col {
				cells = append(cells, "")
				formats = append(formats, "General")
			}
			cells[col-1] = value
			switch kind {
			case "s", "inlineStr", "str":
				format = textFormat // typed as text, whatever its format says
			case "b":
				format = booleanFormat
			}
			formats[col-1] = format
		case t.kind == tokStart:
			if err := skip(ts); err != nil {
				return 0, nil, nil, err
			}
		}
	}
}

// cellError is an error of the reader at a cell, or at a row when col
// is 0, so that the problem points there and the marked-up copy marks it.
type cellError struct {
	chineseError
	row, col int
}

func locate(err error, row, col int) error {
	if c, ok := err.(chineseError); ok {
		return cellError{c, row, col}
	}
	return err
}

// readAt is where a reading error lies: its cell or row when known.
func readAt(at dataset.CellRef, err error) dataset.CellRef {
	var c cellError
	if errors.As(err, &c) {
		return at.Cell(c.col).WithRow(c.row)
	}
	return at
}

func attrOf(t *token, name string) []byte {
	v, _ := t.get(name)
	return v
}

func ref(col, row int) string { return dataset.ColumnName(col) + strconv.Itoa(row) }

// cellRef is the column of a cell: from its reference, in any case and
// with or without $, or the next one when it has none. A cell outside its
// row, or left of the cell before it, is an error.
func (rr *rowReader) cellRef(t *token, row, prev int) (int, error) {
	r, ok := t.get("r")
	if !ok {
		if prev+1 > maxCols {
			return 0, failf("第 %d 行的单元格超出了最大列 XFD", row)
		}
		return prev + 1, nil
	}
	col, at, err := parseRef(r)
	switch {
	case err != nil:
		return 0, failf("第 %d 行：%s", row, err.Error())
	case at != row:
		return 0, failf("单元格 %s 写在第 %d 行中，与行号不符，文件可能已损坏", r, row)
	case col <= prev:
		return 0, failf("单元格 %s 在第 %d 行中重复或顺序错乱，文件可能已损坏", r, row)
	}
	return col, nil
}

// cell reads a cell's content after its start tag and returns its raw
// value: a shared or inline string resolved, a number as written, an error
// such as #DIV/0! as its text, a boolean as 0 or 1.
func (rr *rowReader) cell(ts tokens, kind string, col, row int) (string, error) {
	rr.val, rr.fm = rr.val[:0], rr.fm[:0]
	var inline []byte
	hasInline, hasFormula := false, false
	for {
		t, err := ts.next()
		if err != nil {
			return "", eofIsUnexpected(err)
		}
		switch {
		case t.kind == tokEnd:
			value, err := rr.resolve(kind, inline, hasInline, col, row)
			if err == nil && value == "" && hasFormula && len(rr.fm) > 0 {
				if rr.formulas == nil {
					rr.formulas = map[[2]int]string{}
				}
				rr.formulas[[2]int{row, col}] = string(rr.fm)
			}
			return value, err
		case t.is(tokStart, "v"):
			if rr.val, err = textOf(ts, rr.val[:0]); err != nil {
				return "", err
			}
		case t.is(tokStart, "f"):
			hasFormula = true
			if rr.fm, err = textOf(ts, rr.fm[:0]); err != nil {
				return "", err
			}
		case t.is(tokStart, "is"):
			hasInline = true
			if inline, err = stringItem(ts, inline[:0]); err != nil {
				return "", err
			}
		case t.kind == tokStart:
			if err := skip(ts); err != nil {
				return "", err
			}
		}
	}
}

func (rr *rowReader) resolve(kind string, inline []byte, hasInline bool, col, row int) (string, error) {
	switch kind {
	case "s":
		if len(rr.val) == 0 {
			return "", nil
		}
		v := strings.TrimSpace(string(rr.val))
		i, err := strconv.Atoi(v)
		if err != nil || i < 0 || rr.sst == nil || i >= rr.sst.len() {
			return "", failf("单元格 %s 引用的共享字符串“%s”不存在，文件可能已损坏", ref(col, row), v)
		}
		return rr.sst.at(i), nil
	case "inlineStr":
		if hasInline {
			return string(inline), nil
		}
	}
	return string(rr.val), nil
}
