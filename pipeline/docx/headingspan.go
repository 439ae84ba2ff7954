package docx

import (
	"fmt"
	"strconv"
	"strings"

	"jixiao/pipeline/document"
	"jixiao/pipeline/wordxml"
)

// A section heading prints as one cell across its table: the row its
// {{if .分组行}} opens is drawn as the template has it. A heading row that
// stops short of the table's width, or whose other cells print something,
// prints a broken row, in Word and in the PDF alike: lint and build refuse
// it through this one check. A heading beside empty cells of its own row
// (a template made from last year's document whose heading stood beside
// the merged blocks of the rows above) prints whole but boxed in empty
// cells: a note says so, naming the row.

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

// headingSpan says what is wrong with a heading row that is not one cell
// across its table: broken (an error) or boxed in empty cells (a note);
// "" when it is one cell across, or when the table's width is not known.
func headingSpan(s string, row span) (msg string, broken bool) {
	tbl := enclosingTable(s, row.Start)
	if tbl.End == 0 {
		return "", false
	}
	width := gridWidth(s, tbl)
	if width == 0 {
		return "", false
	}
	cells, covered := rowGrid(s, row)
	if cells == 1 && covered == width {
		return "", false
	}
	if covered == width && othersEmpty(s, row) {
		return fmt.Sprintf("分组标题行（{{if .%s}} 开始的一行）的标题格旁还有 %d 个空格子：生成的 Word 和 PDF 中标题旁会留着空格子；要印成一整行，请在 Word 中选中这一行的全部单元格，右键“合并单元格”", document.HeadingFlag, cells-1), false
	}
	return fmt.Sprintf("分组标题行（{{if .%s}} 开始的一行）须是一个跨整行合并的单元格：本表有 %d 列，这一行有 %d 个单元格、占 %d 列，打印出来是一行残缺的表格；请在 Word 中选中这一行的全部单元格，右键“合并单元格”", document.HeadingFlag, width, cells, covered), true
}

// othersEmpty reports whether every cell of a row but its first is empty.
func othersEmpty(s string, row span) bool {
	for i, c := range wordxml.Elements(s, "w:tc", row.Start, row.End) {
		if i > 0 && strings.TrimSpace(plainText(s, c.Start, c.End)) != "" {
			return false
		}
	}
	return true
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

// rowGrid counts a row's cells of their own and the grid columns all its
// cells cover; the columns its w:gridBefore and w:gridAfter leave empty
// are not covered. A cell that continues a merge, across (w:hMerge, as
// older Word writes one cell across the row) or down from the row above
// (w:vMerge), is no cell of its own: the heading may stand beside the
// blocks of the rows above.
func rowGrid(s string, row span) (cells, covered int) {
	for _, c := range wordxml.Elements(s, "w:tc", row.Start, row.End) {
		props := cellProps(s, c)
		if !continues(props, "w:hMerge") && !continues(props, "w:vMerge") {
			cells++
		}
		covered += gridSpanOf(props)
	}
	return cells, covered
}

// cellProps is a cell's own w:tcPr, not one of a table nested in it; ""
// for none.
func cellProps(s string, c span) string {
	props := wordxml.Elements(s, "w:tcPr", c.Start, c.End)
	if len(props) == 0 || wordxml.Next(s, "w:p", c.Start, props[0].Start) >= 0 || wordxml.Next(s, "w:tbl", c.Start, props[0].Start) >= 0 {
		return ""
	}
	return s[props[0].Start:props[0].End]
}

// continues reports whether a cell's properties continue a merge of the
// given kind: the element without w:val="restart".
func continues(props, merge string) bool {
	v, ok := wordxml.Val(props, merge)
	return ok && v != "restart"
}

// gridSpanOf is the columns a cell of these properties spans.
func gridSpanOf(props string) int {
	if v, ok := wordxml.Val(props, "w:gridSpan"); ok {
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			return n
		}
	}
	return 1
}
