package ingest

import "strconv"

// A sheet holds at most 1,048,576 rows and 16,384 columns (A to XFD), as
// in Excel; a reference outside is an error at its cell, never a cell
// placed there.
const (
	maxRows = 1 << 20
	maxCols = 1 << 14
)

// parseRef reads a cell reference as Excel does: letters in either case,
// with or without $ (d3, $D$3). It returns the column and row.
func parseRef(ref []byte) (col, row int, err error) {
	i := 0
	if i < len(ref) && ref[i] == '$' {
		i++
	}
	start := i
	for i < len(ref) && i-start <= 3 {
		c := ref[i] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		i++
	}
	letters := i - start
	if i < len(ref) && ref[i] == '$' {
		i++
	}
	digits := ref[i:]
	switch {
	case letters == 0 || len(digits) == 0:
		return 0, 0, failf("单元格引用“%s”无效", ref)
	case letters > 3 || col > maxCols:
		return 0, 0, failf("单元格引用“%s”超出了最大列 XFD", ref)
	}
	for _, d := range digits {
		if d < '0' || d > '9' {
			return 0, 0, failf("单元格引用“%s”无效", ref)
		}
	}
	if len(digits) > 7 {
		return 0, 0, failf("单元格引用“%s”超出了最大行 %d", ref, maxRows)
	}
	row, _ = strconv.Atoi(string(digits))
	switch {
	case row == 0:
		return 0, 0, failf("单元格引用“%s”无效（行号从 1 开始）", ref)
	case row > maxRows:
		return 0, 0, failf("单元格引用“%s”超出了最大行 %d", ref, maxRows)
	}
	return col, row, nil
}

// parseRowNumber reads a row element's r attribute.
func parseRowNumber(r []byte) (int, error) {
	n, err := strconv.Atoi(string(r))
	if err != nil || n < 1 || len(r) > 0 && r[0] == '+' {
		return 0, failf("行号“%s”无效", r)
	}
	if n > maxRows {
		return 0, failf("行号 %d 超出了最大行 %d", n, maxRows)
	}
	return n, nil
}
