package infer

import (
	"fmt"
	"slices"
	"strings"

	"jixiao/pipeline/ingest"

	"github.com/xuri/excelize/v2"
)

// What a draft cannot reproduce is refused, naming the sheet and cell. A
// sheet holds one table: a second one under the first (after a blank row,
// a header of its own) or beside it (after an empty column) would be read
// as rows or columns of the first and published so. Its total, where it
// has one, is its last row or its first; a 合计 between is a section's
// subtotal or refused.

// secondTable is the refusal of a sheet whose header row head (at sheet
// row headRow) and data rows hold a second table, or "".
func secondTable(sheet string, headRow int, head []string, data []ingest.RawRow) string {
	if c := besideGap(head, data); c > 0 {
		return fmt.Sprintf("工作表“%s”单元格 %s 起是另一张表（%s）：这个工作表左右放了两张表，jixiao 一个工作表只读一张表；请把右边的表移到另一个工作表，再运行 init --from", sheet, cellName(c, headRow), joined(head[c-1:]))
	}
	last := headRow
	for i, r := range data {
		if filled(r.Cells) == 0 {
			continue
		}
		gap := r.Row > last+1 || i > 0 && filled(data[i-1].Cells) == 0
		last = r.Row
		if !gap || !startsTable(data[i:], head) {
			continue
		}
		first := 1
		for first <= len(r.Cells) && strings.TrimSpace(r.Cells[first-1]) == "" {
			first++
		}
		return fmt.Sprintf("工作表“%s”单元格 %s 起是另一张表（%s）：这个工作表上下放了两张表，jixiao 一个工作表只读一张表；请把下面的表移到另一个工作表，再运行 init --from", sheet, cellName(first, r.Row), joined(r.Cells))
	}
	return ""
}

// misplacedRows is the refusal of a table whose total row has data both
// above and under it, or "". A total may stand at the bottom or just under
// the header; a 合计 that closes a section (the next row heads another)
// is that section's subtotal, as 小计 rows are.
func misplacedRows(sheet string, data []ingest.RawRow) string {
	filledRows := slices.DeleteFunc(slices.Clone(data), func(x ingest.RawRow) bool { return filled(x.Cells) == 0 })
	for i, r := range filledRows {
		for c, v := range r.Cells {
			if !ingest.IsTotalLabel(v) || i == 0 || i == len(filledRows)-1 || closesSection(filledRows, i) {
				continue
			}
			at := fmt.Sprintf("工作表“%s”第%d行（%s“%s”）", sheet, r.Row, cellName(c+1, r.Row), strings.TrimSpace(v))
			return at + "是合计行，但它上下都有数据：合计行要在表格的最后一行或紧接表头的第一行；请把它移到最后，再运行 init --from"
		}
	}
	return ""
}

// closesSection reports whether filled row i is a section's subtotal: a
// 小计 however written, or a 合计 with a section heading or the total next.
func closesSection(filledRows []ingest.RawRow, i int) bool {
	total := false
	for _, v := range filledRows[i].Cells {
		if ingest.IsSubtotalLabel(v) {
			return true
		}
		total = total || ingest.IsTotalLabel(v)
	}
	// A 合计 first under the header is the table's total, and one last
	// in the table is, unless a total follows.
	if !total || i == 0 || i+1 >= len(filledRows) {
		return false
	}
	first := firstFilled(filledRows[i+1].Cells)
	return ingest.IsOrdinal(first) || ordinalLed(first) || ingest.IsTotalLabel(first)
}

// subtotals parts the data rows from the sections' subtotal rows, which
// a draft reads nothing from: a build prints them computed. closing are
// the labels of those written as totals (合计), which the definition's
// total_labels must name for a build to see them. merged is where the
// first one's label stands and how many columns its merge spans, for the
// draft to print them so; nil where it is one cell.
func subtotals(data []ingest.RawRow, merges [][4]int) (rows []ingest.RawRow, found bool, closing []string, merged *totalRow) {
	filledRows := slices.DeleteFunc(slices.Clone(data), func(x ingest.RawRow) bool { return filled(x.Cells) == 0 })
	skip := map[int]bool{}
	for i, r := range filledRows {
		if !closesSection(filledRows, i) {
			continue
		}
		skip[r.Row] = true
		for col, v := range r.Cells {
			v = strings.TrimSpace(v)
			if ingest.IsTotalLabel(v) && !slices.Contains(closing, v) {
				closing = append(closing, v)
			}
			if n := span(merges, r.Row, col+1); len(skip) == 1 && n > 1 && (ingest.IsTotalLabel(v) || ingest.IsSubtotalLabel(v)) {
				merged = &totalRow{label: v, col: col, span: n}
			}
		}
	}
	for _, r := range data {
		if !skip[r.Row] {
			rows = append(rows, r)
		}
	}
	return rows, len(skip) > 0, closing, merged
}

// startsTable reports whether rows, after a gap, start a table of their
// own: a header repeating two of the first's texts, or a header of text
// as wide as most of the first's, over a row holding a number; either
// under a title of one cell. A section heading (二、…) starts none.
func startsTable(rows []ingest.RawRow, head []string) bool {
	var filledRows []ingest.RawRow
	for _, r := range rows {
		if filled(r.Cells) > 0 {
			filledRows = append(filledRows, r)
		}
		if len(filledRows) == 3 {
			break
		}
	}
	cells := filledRows[0].Cells
	if first := firstFilled(cells); ingest.IsOrdinal(first) || ordinalLed(first) || ingest.IsTotalLabel(joined(cells)) {
		return false
	}
	if filled(cells) == 1 && len(filledRows) > 1 {
		filledRows = filledRows[1:] // a title over the table
		cells = filledRows[0].Cells
	}
	repeats, n, numbers := 0, 0, 0
	for _, c := range cells {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		n++
		if isNumber(c) {
			numbers++
		}
		for _, h := range head {
			if strings.TrimSpace(h) == c {
				repeats++
				break
			}
		}
	}
	if repeats >= 2 {
		return true
	}
	if n < 2 || numbers > 0 || 10*n < 6*filled(head) || len(filledRows) < 2 {
		return false
	}
	for _, c := range filledRows[1].Cells {
		if c = strings.TrimSpace(c); c != "" && isNumber(c) {
			return true
		}
	}
	return false
}

func firstFilled(cells []string) string {
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			return c
		}
	}
	return ""
}

// ordinalLed reports whether text starts with a section's number: 二、部门….
func ordinalLed(text string) bool {
	for i, r := range text {
		if r == '、' || r == '.' || r == '．' || r == '）' || r == ')' {
			return i > 0 && ingest.IsOrdinal(text[:i+len(string(r))])
		}
	}
	return false
}

// besideGap is the 1-based column where a second table starts beside the
// first: the header's first filled cell after a column empty in the
// header and every row, with two headers or more from there; 0 for none.
func besideGap(head []string, data []ingest.RawRow) int {
	empty := func(c int) bool {
		if c < len(head) && strings.TrimSpace(head[c]) != "" {
			return false
		}
		for _, r := range data {
			if c < len(r.Cells) && strings.TrimSpace(r.Cells[c]) != "" {
				return false
			}
		}
		return true
	}
	seen := false
	for c := range head {
		if !empty(c) {
			seen = true
			continue
		}
		if !seen {
			continue
		}
		next := c + 1
		for next < len(head) && strings.TrimSpace(head[next]) == "" {
			next++
		}
		if next < len(head) && filled(head[next:]) >= 2 {
			return next + 1
		}
		return 0
	}
	return 0
}

// cellName is an A1 reference.
func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// columnName is a column's letters.
func columnName(col int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return name
}

// deepHeader is the refusal of a header of three rows and more (资金情况
// over 预算数 over 中央, 省级, 县级), or "": a build reads a header of
// one row or two, and a draft guessing at the third would name its
// columns wrong. It is told by a header cell merged down over three rows
// or more beside cells merged across in two of those rows.
func deepHeader(s ingest.RawSheet) string {
	for _, m := range s.Merges {
		if m[2]-m[0] < 2 || m[0] > 10 {
			continue
		}
		var across [][4]int
		for _, g := range s.Merges {
			if g[0] == g[2] && g[3] > g[1] && g[0] >= m[0] && g[0] < m[2] && !slices.ContainsFunc(across, func(a [4]int) bool { return a[0] == g[0] }) {
				across = append(across, g)
			}
		}
		if len(across) < 2 {
			continue
		}
		slices.SortFunc(across, func(a, b [4]int) int { return a[0] - b[0] })
		var groups []string
		for _, g := range across {
			groups = append(groups, fmt.Sprintf("%s“%s”", cellName(g[1], g[0]), cellText(s, g[0], g[1])))
		}
		return fmt.Sprintf("工作表“%s”第%d至%d行是%d层表头（%s 逐层分列）：jixiao 只能读一行或两行的表头；请把表头改为两行（如删去最上层的%s，单位写进下一层的表头，如“预算数（万元）”），再运行 init --from",
			s.Name, m[0], m[2], m[2]-m[0]+1, strings.Join(groups, "、"), groups[0])
	}
	return ""
}

// cellText is the text of a sheet's cell, 1-based; "" where it has none.
func cellText(s ingest.RawSheet, row, col int) string {
	for _, r := range s.Rows {
		if r.Row == row && col <= len(r.Cells) {
			return strings.TrimSpace(r.Cells[col-1])
		}
	}
	return ""
}

// unmergedHeader is the refusal of a header of two rows whose upper
// cells are not merged across the columns they head and whose layout does
// not say which upper text a lower one is under (ingest.ImpliedSpans),
// or "": read as a header of one row, its lower row would be a project
// with no name. It is told by the row under the header: text only, under
// the header's empty cells, and empty under some of its texts.
func unmergedHeader(s ingest.RawSheet, h int) string {
	if h+1 >= len(s.Rows) || s.Rows[h+1].Row != s.Rows[h].Row+1 {
		return ""
	}
	upper, lower := s.Rows[h].Cells, s.Rows[h+1].Cells
	at := func(cells []string, i int) string {
		if i < len(cells) {
			return strings.TrimSpace(cells[i])
		}
		return ""
	}
	emptyUnder := false
	for i := range max(len(upper), len(lower)) {
		u, l := at(upper, i), at(lower, i)
		switch {
		case l != "" && (isNumber(l) || ingest.IsTotalLabel(l) || ingest.IsOrdinal(l)):
			return ""
		case l == "" && u != "":
			emptyUnder = true
		}
	}
	_, unsure := ingest.ImpliedSpans(s.Rows[h].Row, upper, lower)
	if len(unsure) == 0 || !emptyUnder {
		return ""
	}
	var under []string
	for _, c := range unsure {
		under = append(under, fmt.Sprintf("%s“%s”", cellName(c, s.Rows[h+1].Row), at(lower, c-1)))
	}
	return fmt.Sprintf("工作表“%s”第%d、%d行像是两行表头（%s 在第%d行的空格之下），但上一行的表头没有合并到它所管的各列（CSV 文件不保存合并单元格），无法确定它属于左边的哪个表头，还是单独一列：请用工作簿（.xlsx）生成，或在 Excel 中把上一行的表头合并到它所管的各列，或把表头改为一行（如“预算数（万元）中央”），再运行 init --from",
		s.Name, s.Rows[h].Row, s.Rows[h+1].Row, strings.Join(under, "、"), s.Rows[h].Row)
}
