package docx

import (
	"fmt"
	"strconv"
	"strings"

	"jixiao/pipeline/document"
	"jixiao/pipeline/wordxml"
)

// A section heading prints as one cell across its table: the row its
// {{if .分组行}} opens is drawn as the template has it, so a heading row
// of several cells, or of one cell spanning part of the table, prints a
// row whose heading is cut short and whose other cells are empty, in Word
// and in the PDF alike. Lint and build refuse it through this one check.

// opensHeading reports whether a row's leading tags open the heading
// branch of a loop ({{if .分组行}}, however spaced).
func opensHeading(lead []*segment) bool {
	for _, t := range lead {
		if f := strings.Fields(tagBody(t.text)); len(f) == 2 && f[0] == "if" && strings.HasSuffix(f[1], "."+document.HeadingFlag) {
			return true
		}
	}
	return false
}

// headingSpan is the problem of a heading row that is not one cell
// across its table, or "" when it is, or when the table's width is not
// known.
func headingSpan(s string, row span) string {
	tbl := enclosingTable(s, row.Start)
	if tbl.End == 0 {
		return ""
	}
	width := gridWidth(s, tbl)
	if width == 0 {
		return ""
	}
	cells, covered := rowGrid(s, row)
	if cells == 1 && covered == width {
		return ""
	}
	return fmt.Sprintf("分组标题行（{{if .%s}} 开始的一行）须是一个跨整行合并的单元格：本表有 %d 列，这一行有 %d 个单元格、占 %d 列，打印出来是一行残缺的表格；请在 Word 中选中这一行的全部单元格，右键“合并单元格”", document.HeadingFlag, width, cells, covered)
}

// enclosingTable is the innermost table holding pos.
func enclosingTable(s string, pos int) span {
	for i := pos; i > 0; {
		i = strings.LastIndex(s[:i], "<w:tbl")
		if i < 0 {
			break
		}
		if !wordxml.At(s, i, "w:tbl") {
			continue
		}
		if end := wordxml.End(s, i, "w:tbl", len(s)); end > pos {
			return span{Start: i, End: end}
		}
	}
	return span{}
}

// gridWidth is the number of grid columns of a table's widest row, what
// Word shows as its width whatever its w:tblGrid says.
func gridWidth(s string, tbl span) int {
	width := 0
	for _, r := range wordxml.Elements(s, "w:tr", tbl.Start, tbl.End) {
		_, covered := rowGrid(s, r)
		width = max(width, covered)
	}
	return width
}

// rowGrid counts a row's cells and the grid columns they cover; the
// columns its w:gridBefore and w:gridAfter leave empty are not covered.
func rowGrid(s string, row span) (cells, covered int) {
	for _, c := range wordxml.Elements(s, "w:tc", row.Start, row.End) {
		cells++
		covered += gridSpanOf(s, c)
	}
	return cells, covered
}

// gridSpanOf is the columns a cell spans, read from its own properties
// only, not from a table nested in it.
func gridSpanOf(s string, c span) int {
	props := wordxml.Elements(s, "w:tcPr", c.Start, c.End)
	if len(props) == 0 || wordxml.Next(s, "w:p", c.Start, props[0].Start) >= 0 || wordxml.Next(s, "w:tbl", c.Start, props[0].Start) >= 0 {
		return 1
	}
	if v, ok := wordxml.Val(s[props[0].Start:props[0].End], "w:gridSpan"); ok {
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			return n
		}
	}
	return 1
}
