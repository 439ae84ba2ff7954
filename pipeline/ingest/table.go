package ingest

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/money"
)

// tableReader reads one declared table from one sheet.
type tableReader struct {
	def  *definition.Table
	src  rowSource
	at   dataset.CellRef
	ps   *dataset.Problems
	sink dataset.RowSink
	tbl  *dataset.Table
	// merges index the merged ranges, once loaded (coverOf).
	merges *mergeIndex
	// mergedValue holds the top-left values of merged ranges as they stream past.
	mergedValue map[[2]int]string
	// mergedNumbers holds the top-left cells of merged ranges whose value
	// a number column read into a cell the range covers.
	mergedNumbers map[[2]int]bool
	// seen holds a 64-bit hash of each row's unique columns, not the
	// strings: a sheet of a million rows then keeps megabytes, not the rows.
	seen map[uint64]int32
	// prev is the previous data row's values, for blank: above and merge.
	prev []dataset.Value
	// The merged ranges are loaded when first needed; the last two rows
	// are kept for the values of merges that began in them.
	mergesLoaded        bool
	prevRow, curRow     int
	prevCells, curCells []string
	badNumbers          int
	// formatWarned holds the warnings about a column's number format
	// already given (shown.go): one a column is enough to act on.
	formatWarned map[string]bool
	// affixes are the amount columns whose format prints text beside the
	// number, for the total row (warnAffixes).
	affixes     []columnWarning
	sums        []money.Amount // per column, for the total row's check
	openSection                // the open section's sums, for its subtotal row
	group, seq  int
	noUnit      []bool // amount columns whose unit nobody stated, reported once
	// over says the table has more rows than a printed table may.
	over bool
	// fromCSV says the cells are text as a sheet showed them, and
	// firstShown holds each numeric column's first (csvaffix.go).
	fromCSV    bool
	firstShown map[int]shownCell
	// noteRow is the first line of the note under the table, 0 before it.
	noteRow int
}

func readTable(def *definition.Table, at dataset.CellRef, src rowSource, sink dataset.RowSink, ps *dataset.Problems) *dataset.Table {
	r := &tableReader{
		def: def, at: at, ps: ps, src: src, sink: sink,
		tbl:           &dataset.Table{Def: def, Sheet: at, Columns: make([]dataset.Found, len(def.Columns))},
		mergedValue:   map[[2]int]string{},
		mergedNumbers: map[[2]int]bool{},
		seen:          map[uint64]int32{},
		sums:          make([]money.Amount, len(def.Columns)),
		openSection:   openSection{secSums: make([]money.Amount, len(def.Columns)), formats: make([]string, len(def.Columns))},
		noUnit:        make([]bool, len(def.Columns)),
	}
	_, r.fromCSV = src.(*csvSheet)
	// The header is the best-matching row among the first rows; rows
	// below it that were read while looking are replayed as data.
	type buffered struct {
		row            int
		cells, formats []string
	}
	var head []buffered
	var pending *buffered // a row past the search, read while looking
	for {
		row, cells, formats, ok, err := src.next()
		if err != nil {
			ps.Error(readAt(at, err), "读取工作表出错："+err.Error())
			return r.tbl
		}
		if !ok {
			break
		}
		if row > def.HeaderWithin {
			pending = &buffered{row, cells, formats}
			break
		}
		head = append(head, buffered{row, cells, formats})
		if r.score(cells) == r.needed() && r.needed() > 0 {
			break // every needed column found: no better row can follow
		}
	}
	best, bestScore := -1, 0
	for i, h := range head {
		if s := r.score(h.cells); s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 && len(head) == 0 {
		// Only a sheet without a single row is empty; one whose rows
		// begin too far down is told where they begin.
		if pending == nil {
			ps.Error(at, fmt.Sprintf("工作表为空，找不到表头（应包含%s等列）", r.wanted()))
		} else {
			ps.Error(at, fmt.Sprintf("前%d行中找不到表头（这几行都是空的，表头应包含%s等列）。第一个有内容的行是第%d行：%s。请把表头放在前%d行内",
				def.HeaderWithin, r.wanted(), pending.row, describeRow([][]string{pending.cells}), def.HeaderWithin))
		}
		return r.tbl
	}
	if best < 0 {
		var rows [][]string
		for _, h := range head {
			rows = append(rows, h.cells)
		}
		ps.Error(at, fmt.Sprintf("前%d行中找不到表头（应包含%s等列）。找到的第1行是：%s", def.HeaderWithin, r.wanted(), describeRow(rows)))
		return r.tbl
	}
	headers := head[best].cells
	// A header of two rows is looked for only when no one row names every
	// column: the merges it needs cost a large sheet a second read.
	if bestScore < r.needed() {
		for i := 0; i+1 < len(head); i++ {
			if head[i+1].row != head[i].row+1 {
				continue
			}
			r.loadMerges()
			joined, ok := joinUnmerged(r.merges, head[i].row, head[i].cells, head[i+1].cells)
			if s := r.score(joined); ok && s > bestScore {
				best, bestScore, headers = i+1, s, joined
			}
		}
	}
	unit := def.Unit
	for _, h := range head[:best] {
		if u := statedUnit(h.cells); u != money.NoUnit {
			unit = u
		}
	}
	r.header(head[best].row, headers, unit)
	r.tbl.FirstRow = head[best].row + 1
	data := func(row int, cells, formats []string) {
		if _, one := single(cells); note(cells) != "" || r.noteRow != 0 && one {
			r.addNote(row, cells)
			return
		}
		if r.noteRow != 0 {
			if !blank(cells) {
				ps.Error(at.Cell(0).WithRow(row), fmt.Sprintf("第%d行的注释（%s）之后还有数据，请把注释放在表格最后", r.noteRow, firstLine(r.tbl.Note)))
			}
			return
		}
		if src.hiddenRow(row) {
			if !blank(cells) {
				ps.Warn(at.Cell(0).WithRow(row), hiddenRowWarning(src.filtered()))
			}
			return
		}
		if r.tbl.Stated != nil && !r.tbl.StatedAbove {
			if blank(cells) {
				return
			}
			if !r.reopen() {
				ps.Error(at.Cell(0).WithRow(row), "“合计”行之后还有数据，请把合计行放在最后一行（或紧接表头的第一行）")
				return
			}
		}
		r.row(row, cells, formats)
	}
	for _, h := range head[best+1:] {
		data(h.row, h.cells, h.formats)
	}
	if pending != nil {
		data(pending.row, pending.cells, pending.formats)
	}
	for {
		row, cells, formats, ok, err := src.next()
		if err != nil {
			ps.Error(readAt(at, err), "读取工作表出错："+err.Error())
			break
		}
		if !ok {
			break
		}
		data(row, cells, formats)
		if r.over {
			// The table is refused; its remaining rows are not read, and
			// a total checked against part of them would only mislead.
			return r.tbl
		}
	}
	// Checked after the rows, when the merged ranges come free with the
	// end of the sheet.
	hr := r.tbl.HeaderRow
	for _, m := range src.merges() {
		if m.top <= hr && hr <= m.bottom && m.right > m.left && r.mapped(m.left, m.right) {
			ps.Error(at.Cell(m.left).WithRow(hr), fmt.Sprintf("表头单元格 %s%d:%s%d 是跨列合并的单元格，请取消合并，每列写一个表头",
				dataset.ColumnName(m.left), m.top, dataset.ColumnName(m.right), m.bottom))
		}
	}
	r.numericMerges(src.merges())
	// A total cannot be checked against numbers that could not be read,
	// and saying so would only repeat the errors already given.
	r.settleLast()
	r.sumFormats()
	r.warnAffixes()
	if r.tbl.Stated != nil && r.badNumbers == 0 {
		r.checkStated(r.tbl.Stated)
		if r.above != nil {
			r.checkStated(r.above.values)
		}
	}
	return r.tbl
}

// numericMerges refuses a merge whose value a number column read into a
// cell it covers: a merge gives its one value to every row it spans, so an
// amount merged over three rows would be summed three times, and a merge
// across columns would put a name or an amount into a score.
func (r *tableReader) numericMerges(merges []span) {
	for _, m := range merges {
		if !r.mergedNumbers[[2]int{m.top, m.left}] {
			continue
		}
		for i, c := range r.def.Columns {
			col := r.tbl.Columns[i].Col
			if !c.Kind.Numeric() || col < m.left || col > m.right || col == m.left && m.bottom == m.top {
				continue
			}
			r.badNumbers++
			r.ps.Error(r.at.Cell(m.left).WithRow(m.top), fmt.Sprintf("%s%d:%s%d 是合并单元格（%d 行 %d 列），落在“%s”列：合并单元格的一个数会被计入它覆盖的每一格。请取消合并，把数填在它所属的那一行%s",
				dataset.ColumnName(m.left), m.top, dataset.ColumnName(m.right), m.bottom, m.bottom-m.top+1, m.right-m.left+1, r.tbl.Columns[i].Header, r.acrossHint(m)))
			break
		}
	}
}

// mapped reports whether any declared column lies in columns left..right.
func (r *tableReader) mapped(left, right int) bool {
	for _, f := range r.tbl.Columns {
		if f.Col >= left && f.Col <= right {
			return true
		}
	}
	return false
}

// needed is how many columns a header must have: every declared column
// but the optional ones.
func (r *tableReader) needed() int {
	n := 0
	for _, c := range r.def.Columns {
		if !c.Optional {
			n++
		}
	}
	return n
}

// score counts the declared columns cells' headers name, needed ones
// first: a row naming every needed column beats any that does not.
func (r *tableReader) score(cells []string) int {
	n := 0
	for _, c := range r.def.Columns {
		for _, h := range cells {
			if ok, _ := matches(c, h); ok {
				if !c.Optional {
					n++
				}
				break
			}
		}
	}
	if n == 0 {
		// No required column: count the others, so that a table of
		// optional columns still finds its header.
		for _, c := range r.def.Columns {
			for _, h := range cells {
				if ok, _ := matches(c, h); ok {
					n++
					break
				}
			}
		}
		if r.needed() > 0 && n > 0 {
			n = 0 // a row of optional headers only is not this table's header
		}
	}
	return n
}

func (r *tableReader) wanted() string {
	var names []string
	for _, c := range r.def.Columns {
		if !c.Optional {
			names = append(names, "“"+c.Label+"”")
		}
	}
	if len(names) == 0 {
		for _, c := range r.def.Columns {
			names = append(names, "“"+c.Label+"”")
		}
	}
	if len(names) > 3 {
		names = names[:3]
	}
	return strings.Join(names, "、")
}

func describeRow(rows [][]string) string {
	if len(rows) == 0 {
		return "（工作表为空）"
	}
	var parts []string
	for _, c := range rows[0] {
		if strings.TrimSpace(c) != "" {
			parts = append(parts, c)
		}
	}
	if len(parts) == 0 {
		return "（空行）"
	}
	return strings.Join(parts, "、")
}

// header maps the declared columns onto the header row's cells.
func (r *tableReader) header(row int, cells []string, tableUnit money.Unit) {
	r.tbl.HeaderRow = row
	ref := r.at.Cell(0).WithRow(row)
	var present []string
	taken := map[int]bool{}
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			present = append(present, strings.TrimSpace(c))
		}
	}
	for i, c := range r.def.Columns {
		for col, h := range cells {
			ok, unit := matches(c, h)
			if !ok {
				continue
			}
			if r.tbl.Columns[i].Col != 0 {
				r.ps.Error(ref.Cell(col+1), fmt.Sprintf("表头“%s”出现了两次（另一处在 %s 列），请删除或改名其中一列", strings.TrimSpace(h), dataset.ColumnName(r.tbl.Columns[i].Col)))
				continue
			}
			if taken[col+1] {
				continue // an earlier column claimed this header
			}
			taken[col+1] = true
			if unit == money.NoUnit {
				unit = c.Unit
			}
			if unit == money.NoUnit {
				unit = tableUnit
			}
			r.tbl.Columns[i] = dataset.Found{Col: col + 1, Header: strings.TrimSpace(h), Unit: unit}
			if c.Kind == definition.Amount && unit == money.NoUnit {
				r.ps.Error(ref.Cell(col+1), fmt.Sprintf("金额列“%s”没有写明单位：请在表头写成“%s（万元）”这样的形式，或在表格上方写一行“单位：万元”，或在文档定义中给该列写 unit", strings.TrimSpace(h), strings.TrimSpace(h)))
			}
		}
	}
	var unused []string
	for col, h := range cells {
		if !taken[col+1] && strings.TrimSpace(h) != "" {
			unused = append(unused, strings.TrimSpace(h))
		}
	}
	for i, c := range r.def.Columns {
		if r.tbl.Columns[i].Col == 0 && !c.Optional {
			r.missing(ref, c, present, unused)
		}
	}
}

// scoreOf is the index of the score column a grade column is computed from, or -1.
func (r *tableReader) scoreOf(c *definition.Column) int {
	if c.FromScore == "" {
		return -1
	}
	return r.def.Index(r.def.Column(c.FromScore))
}

// text returns the trimmed text of column i in this row; a blank cell that
// a merge covers takes its value from the merge's top-left cell.
func (r *tableReader) text(row int, cells []string, i int) string {
	col := r.tbl.Columns[i].Col
	if col == 0 {
		return ""
	}
	if col <= len(cells) {
		if v := strings.TrimSpace(cells[col-1]); v != "" {
			return v
		}
	}
	r.loadMerges()
	if tl, ok := r.coverOf(row, col); ok {
		if r.def.Columns[i].Kind.Numeric() {
			r.mergedNumbers[tl] = true
		}
		return r.mergedValue[tl]
	}
	return ""
}

// loadMerges learns the sheet's merged ranges the first time a blank cell
// needs them; a sheet without blanks (a large one, usually) never pays for
// it. A merge's top-left cell is at most one row above the first blank it
// covers in a checked column, so the last two rows give every value needed.
func (r *tableReader) loadMerges() {
	if r.mergesLoaded {
		return
	}
	r.mergesLoaded = true
	r.merges = newMergeIndex(r.src.merges())
	r.keepTops(r.prevRow, r.prevCells)
	r.keepTops(r.curRow, r.curCells)
}

func (r *tableReader) keepTops(row int, cells []string) {
	for _, m := range r.merges.startingAt(row) {
		if m.left <= len(cells) {
			r.mergedValue[[2]int{row, m.left}] = strings.TrimSpace(cells[m.left-1])
		}
	}
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// own reports whether the row has a cell of its own in a declared column:
// not a blank line, nor one holding only the tail of a merge.
func (r *tableReader) own(row int, cells []string) bool {
	for _, f := range r.tbl.Columns {
		if c := f.Col; c != 0 && c <= len(cells) && strings.TrimSpace(cells[c-1]) != "" {
			if _, cov := r.coverOf(row, c); !cov {
				return true
			}
		}
	}
	return false
}

func (r *tableReader) row(row int, cells, formats []string) {
	r.cleanCells(row, cells)
	spellLogical(cells, formats)
	r.prevRow, r.prevCells, r.curRow, r.curCells = r.curRow, r.curCells, row, cells
	if r.mergesLoaded {
		r.keepTops(row, cells)
	}
	// Before own: a heading merged from a column the table does not
	// declare has no cell of its own in the table's columns.
	if r.def.SectionRows && r.mergedHeading(row, cells) {
		return
	}
	if !r.own(row, cells) {
		return
	}
	ref := r.at.Cell(0).WithRow(row)
	texts := make([]string, len(r.def.Columns))
	for i := range r.def.Columns {
		texts[i] = r.text(row, cells, i)
	}
	for i, c := range r.def.Columns {
		if c.Kind != definition.Text && c.Kind != definition.Sequence {
			continue
		}
		if IsSubtotalLabel(texts[i]) {
			r.subtotal(ref, texts[i], r.stated(ref, texts, "小计"), formats)
			return
		}
		if isTotalLabel(texts[i], r.def.TotalLabels) {
			r.total(ref, texts, formats, i)
			return
		}
	}
	if r.def.SectionRows && r.heading(ref, texts) {
		return
	}
	out := &dataset.Row{Ref: ref, Group: r.group}
	r.seq++
	out.Seq = r.seq
	out.Values = make([]dataset.Value, len(r.def.Columns))
	for i := range r.def.Columns {
		out.Values[i] = r.value(ref, i, texts[i], formats)
	}
	for i, c := range r.def.Columns {
		if c.Kind == definition.Grade {
			r.grade(out, i)
		}
	}
	r.unique(ref, texts)
	r.prev = out.Values
	r.tbl.Count++
	r.tbl.LastRow = row
	r.secCount++
	r.keepFormats(texts, formats)
	for i, v := range out.Values {
		if r.def.Columns[i].Kind == definition.Amount {
			r.sums[i] = r.sums[i].Add(v.Amount)
			r.secSums[i] = r.secSums[i].Add(v.Amount)
		}
	}
	if r.sink != nil {
		r.sink.Add(r.tbl, out)
	}
	if r.def.KeepRows {
		r.keep(out)
	}
}

// MaxPrintedRows is how many rows a printed table may have: each is laid
// out in Word, Excel and the PDF, and a build of this many stays within
// 1 GB (the README's measurements; cmd/benchtable's 附件 100,000 行);
// beyond it the layout would need more memory than the bureaus' machines
// have.
const MaxPrintedRows = 100000

// keep keeps a row of a printed table, refusing the table at the first
// row too many; the table is then read no further.
func (r *tableReader) keep(row *dataset.Row) {
	if r.over {
		return
	}
	if len(r.tbl.Rows) == MaxPrintedRows {
		r.over = true
		r.ps.Error(row.Ref, fmt.Sprintf("“%s”是要排版打印的表格，最多 %s 行；从这一行起超出了，其后的行不再读取。请拆分表格，或在文档定义中不列出它的行（rows）", r.def.Label, money.Group(strconv.Itoa(MaxPrintedRows))))
		return
	}
	r.tbl.Rows = append(r.tbl.Rows, row)
}

// heading reports whether the row is a section heading (序号 一, a name,
// no numbers), and keeps it as one.
func (r *tableReader) heading(ref dataset.CellRef, texts []string) bool {
	seqFilled := false
	title := ""
	for i, c := range r.def.Columns {
		t := texts[i]
		if t == "" {
			continue
		}
		switch c.Kind {
		case definition.Sequence:
			if !chineseOrdinal.MatchString(normalize(t)) {
				return false
			}
			seqFilled = true
		case definition.Text:
			if title != "" {
				return false // two texts: a data row
			}
			title = t
		default:
			return false
		}
	}
	if title == "" || !seqFilled && r.def.ColumnsOf(definition.Sequence) != nil {
		return false
	}
	r.addHeading(ref, title, texts)
	return true
}

// addHeading keeps a section heading: the rows below it are a new group,
// numbered from 1.
func (r *tableReader) addHeading(ref dataset.CellRef, title string, texts []string) {
	r.group++
	r.seq = 0
	r.closeSection()
	h := &dataset.Row{Ref: ref, Heading: title, Group: r.group, Values: make([]dataset.Value, len(r.def.Columns))}
	for i := range r.def.Columns {
		h.Values[i] = dataset.Value{Ref: ref.Cell(r.tbl.Columns[i].Col), Text: texts[i], Blank: texts[i] == "", Grade: -1}
	}
	if r.def.KeepRows {
		r.keep(h)
	}
}

func (r *tableReader) unique(ref dataset.CellRef, texts []string) {
	if len(r.def.Unique) == 0 {
		return
	}
	h := fnv.New64a()
	var shown []string
	for _, k := range r.def.Unique {
		t := texts[r.def.Index(r.def.Column(k))]
		h.Write([]byte(t))
		h.Write([]byte{0})
		shown = append(shown, t)
	}
	if strings.Join(shown, "") == "" {
		return
	}
	key := h.Sum64()
	if first, dup := r.seen[key]; dup {
		name := r.def.Column(r.def.Unique[0])
		more := ""
		if rest := strings.Join(shown[1:], "，"); rest != "" {
			more = "（" + rest + "）"
		}
		r.ps.Error(ref.Cell(r.tbl.Columns[r.def.Index(name)].Col), fmt.Sprintf("项目“%s”%s重复，与第%d行相同，请删除重复行", shown[0], more, first))
		return
	}
	r.seen[key] = int32(ref.Row)
}
