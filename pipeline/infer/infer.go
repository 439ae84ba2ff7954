package infer

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/ingest"
)

// Result is what init --from writes beside the job file.
type Result struct {
	// Default says the workbook has the built-in definition's sheets: the
	// job needs no definition or templates of its own.
	Default bool
	// Definition, Docx and Xlsx are the proposed definition and templates.
	Definition []byte
	Docx, Xlsx []byte
	// Notes say what was recognised, for the clerk to check.
	Notes []string
	// Name is the document's name for its files, the year as {年度}:
	// the workbook's title, or the county, year and what it is.
	Name string
}

// maxRows is how much of each sheet is looked at.
const maxRows = 100000

// Workbook infers a definition and templates from the workbook (or CSV
// folder) at path, for a job of the given year: a title or header naming
// that year, or the one before, names it as the job's year (or prior
// year) does, so that next year's document does not print this year.
// Only, where given, are the sheets to draft from (init --sheet).
func Workbook(path string, year int, only ...string) (*Result, error) {
	sheets, err := ingest.Raw(path, maxRows)
	if err != nil {
		return nil, err
	}
	if isDefault(sheets) && len(only) == 0 {
		return &Result{Default: true, Notes: []string{"工作簿含内置文档定义的六个工作表，使用内置定义和模板"}}, nil
	}
	sheets, notes, err := chosen(sheets, only)
	if err != nil {
		return nil, err
	}
	var tables []*table
	for _, s := range sheets {
		if s.Hidden {
			notes = append(notes, fmt.Sprintf("工作表“%s”是隐藏的工作表，与 Excel 中看到的一样，未使用", s.Name))
			continue
		}
		t, note, err := inferTable(s)
		if err != nil {
			return nil, err
		}
		if t != nil && t.instructions() {
			t, note = nil, "是填表说明，不是要公开的表格"
		}
		if t == nil {
			notes = append(notes, fmt.Sprintf("工作表“%s”：%s，未使用", s.Name, note))
			continue
		}
		t.year = year
		tables = append(tables, t)
		notes = append(notes, note)
	}
	tables, yearNotes, err := oneYear(tables, year)
	if err != nil {
		return nil, err
	}
	notes = append(append(notes, yearNotes...), alike(tables)...)
	// Keys say what a thing is, never which sheet or year it came from,
	// so that next year's workbook, renamed, builds with the same templates.
	for i, t := range tables {
		t.key, t.attachment = "表", "附件"
		if len(tables) > 1 {
			t.key, t.attachment = fmt.Sprintf("表%d", i+1), fmt.Sprintf("附件%d", i+1)
		}
	}
	if len(tables) == 0 {
		return nil, fmt.Errorf("工作簿中没有可以识别表头的工作表：%s", strings.Join(notes, "；"))
	}
	r := &Result{Notes: notes, Name: fileName(tables)}
	r.Definition = definitionYAML(tables)
	if r.Docx, err = docxTemplate(tables); err != nil {
		return nil, err
	}
	if r.Xlsx, err = xlsxTemplate(tables); err != nil {
		return nil, err
	}
	return r, nil
}

// isDefault reports whether every sheet of the built-in definition is there.
func isDefault(sheets []ingest.RawSheet) bool {
	for _, t := range definition.Default().Tables {
		if !slices.ContainsFunc(sheets, func(s ingest.RawSheet) bool { return s.Name == t.Sheet }) {
			return false
		}
	}
	return true
}

// rowTitle is the title a row above the header holds: its text without
// the unit it states (…结果表（单位：万元）, or 单位：万元 in a cell of its
// own), which prints on its own line above the table, and without the
// 填报单位：… that names who filled the form in; "" for none.
func rowTitle(cells []string) string {
	var parts []string
	for _, c := range cells {
		c = strings.TrimSpace(c)
		title, unit := ingest.CutUnit(c)
		onlyUnit := unit == "" && ingest.UnitLine([]string{c}) != ""
		if c == "" || onlyUnit || strings.Contains(c, "填报") {
			continue
		}
		parts = append(parts, title)
	}
	return strings.Join(parts, " ")
}

// instructions reports whether a table is a sheet of instructions (填表
// 说明, 目录, 封面) laid out as a table: named so, and with no amount,
// score or grade to publish.
func (t *table) instructions() bool {
	if !strings.Contains(t.sheet, "说明") && !strings.Contains(t.sheet, "目录") && !strings.Contains(t.sheet, "封面") {
		return false
	}
	for _, c := range t.columns {
		if c.kind == definition.Amount || c.kind == definition.Score || c.kind == definition.Grade {
			return false
		}
	}
	return true
}

// table is one inferred table.
type table struct {
	key, sheet, title string
	// attachment is how the document labels the table: 附件, or 附件1,
	// 附件2 … where there are several.
	attachment string
	// year is the job's year; 0 for none.
	year        int
	headerRow   int
	unit        string // of a unit line above the header
	columns     []*column
	sectionRows bool
	// mergedHeads says its headings are each one cell merged across the
	// row, printed so in the drafts.
	mergedHeads bool
	// top and bottom are its total rows, as the workbook has them: one
	// just under the header (总计), one at the bottom (合计); nil for none.
	top, bottom *totalRow
	// sub is where its subtotal rows' label stands, merged across
	// columns; nil where each is one cell.
	sub *totalRow
	// subtotals says sections close with subtotal rows, which the drafts
	// print through the data row: the label as written, the sums computed.
	subtotals bool
	// closing are the labels of subtotal rows written as totals (合计).
	closing []string
	// headings are the texts of its section headings (一、项目绩效评价), in order.
	headings []string
	// headingRows are the sheet rows of headings merged across the table.
	headingRows []int
	// groups are, by sheet column, the upper texts of a two-level header
	// ("" under none); nil for a header of one row.
	groups []string
	// note is the note under the table, printed under it as written.
	note string
}

// totalRow is a total row as the workbook has it.
type totalRow struct {
	label string // as written
	col   int    // the column its label stands in
	span  int    // how many columns its label's merge spans
}

// addTotal keeps a total row, above the data or under it; the first of
// each, the rows of the table being the same in every column.
func (t *table) addTotal(tr *totalRow, above bool) {
	switch {
	case above && t.top == nil:
		t.top = tr
	case !above && t.bottom == nil:
		t.bottom = tr
	}
}

// totals are its total rows, the one above the data first.
func (t *table) totals() []*totalRow {
	var out []*totalRow
	for _, tr := range []*totalRow{t.top, t.bottom} {
		if tr != nil {
			out = append(out, tr)
		}
	}
	return out
}

// column is one inferred column.
type column struct {
	key, header string
	name        string // the header without its unit, normalised
	kind        definition.Kind
	unit        string // the unit an amount is written in, where stated
	merge       bool
	required    bool
	// widest is the widest text in the column, and head its header's, in
	// ems (a CJK character is one, a digit half), for widths.
	widest, head float64
	// decimals and grouped are how its numbers display, for its sums.
	decimals int
	grouped  bool
	// format is the number format most of its cells have in the workbook.
	format string
	// group and lower are the upper and lower texts of a two-level
	// header's column; "" for a column of one header.
	group, lower string
}

// inferTable finds the header and the columns of one sheet; nil with the
// reason when the sheet has no table, and an error, in Chinese, when it
// has one that a draft cannot reproduce.
func inferTable(s ingest.RawSheet) (*table, string, error) {
	// The table is what the clerk sees: hidden rows and columns are not in it.
	var left []string
	s.Rows = slices.DeleteFunc(slices.Clone(s.Rows), func(r ingest.RawRow) bool {
		if r.Hidden && filled(r.Cells) > 0 {
			left = append(left, fmt.Sprintf("第%d行", r.Row))
		}
		return r.Hidden
	})
	if msg := deepHeader(s); msg != "" {
		return nil, "", errors.New(msg)
	}
	h := headerRow(s.Rows)
	if h < 0 {
		return nil, "找不到表头", nil
	}
	t := &table{sheet: s.Name, headerRow: s.Rows[h].Row}
	for _, r := range s.Rows[:h] {
		if u := ingest.UnitLine(r.Cells); u != "" {
			t.unit = u
		}
		if t.title == "" {
			t.title = rowTitle(r.Cells)
		}
	}
	if t.title == "" {
		t.title = s.Name
	}
	data := s.Rows[h+1:]
	head := s.Rows[h].Cells
	implied := false
	if joinedHead, groups, unmerged, ok := twoLevel(s, h); ok {
		head, t.groups, data = joinedHead, groups, s.Rows[h+2:]
		t.headerRow, implied = s.Rows[h+1].Row, unmerged
	} else if msg := unmergedHeader(s, h); msg != "" {
		return nil, "", errors.New(msg)
	}
	data, t.note = untilNote(data)
	if msg := secondTable(s.Name, t.headerRow, head, data); msg != "" {
		return nil, "", errors.New(msg)
	}
	if msg := misplacedRows(s.Name, data); msg != "" {
		return nil, "", errors.New(msg)
	}
	data, t.subtotals, t.closing, t.sub = subtotals(data, s.Merges)
	data = t.mergedHeadings(s.Merges, head, data)
	keys := map[string]bool{"分组行": true, "分组": true, "小计行": true}
	cols := map[int]*column{}
	defer func() {
		// The totals' label columns, from a sheet column to a table column.
		for _, tr := range append(t.totals(), t.sub) {
			if tr == nil {
				continue
			}
			n := 0
			for i := range head[:tr.col] {
				if cols[i] != nil {
					n++
				}
			}
			tr.col = n
		}
	}()
	for i, text := range head {
		text = strings.TrimSpace(text)
		if slices.Contains(s.HiddenCols, i+1) {
			if text != "" {
				left = append(left, fmt.Sprintf("%s列（%s）", columnName(i+1), text))
			}
			continue
		}
		if text == "" {
			continue
		}
		base, unit := ingest.SplitUnit(text)
		c := &column{header: text, name: base, unit: unit, head: ems(text)}
		c.kind = kindOf(base, unit, values(data, i))
		if c.kind == definition.Sequence && !t.counts(data, i) {
			c.kind = definition.Text
		}
		if isRate(base, data, i) || inWords(data, i) {
			c.kind = definition.Text // 资金到位率 is no amount, 得分率 no score, 壹佰零伍 no figure
		}
		if c.kind == definition.Amount && c.unit == "" {
			c.unit = t.unit
		}
		if i < len(t.groups) && t.groups[i] != "" {
			c.group, c.lower = t.groups[i], strings.TrimPrefix(text, t.groups[i])
		}
		c.key = unique(sanitize(yearless(base), "列"), keys)
		keys[c.key+"合并"] = true // kept free for the column's merge field
		cols[i] = c
		t.columns = append(t.columns, c)
	}
	for i := range head {
		c := cols[i]
		if c == nil {
			continue
		}
		formats, places := map[string]int{}, map[int]bool{}
		for _, r := range data {
			if i >= len(r.Cells) {
				continue
			}
			v := strings.TrimSpace(r.Cells[i])
			if ingest.IsTotalLabel(v) {
				t.addTotal(&totalRow{label: v, col: i, span: span(s.Merges, r.Row, i+1)},
					!slices.ContainsFunc(data, func(x ingest.RawRow) bool { return x.Row < r.Row && filled(x.Cells) > 0 }))
			}
			if c.kind == definition.Sequence && ingest.IsOrdinal(v) {
				t.sectionRows = true
				t.headings = append(t.headings, headingText(r.Cells, i))
			}
			shown := v
			if i < len(r.Formats) {
				shown = ingest.Display(v, r.Formats[i])
				if v != "" && isNumber(v) && !ingest.IsTotalLabel(v) {
					formats[r.Formats[i]]++
				}
			}
			if !ingest.IsTotalLabel(v) && !(t.sectionRows && c.kind == definition.Text && slices.Contains(t.headings, v)) {
				c.widest = max(c.widest, ems(shown))
			}
			c.format = commonest(formats)
			if c.kind == definition.Amount || c.kind == definition.Score {
				_, frac, _ := strings.Cut(shown, ".")
				frac = frac[:len(frac)-len(strings.TrimLeft(frac, "0123456789"))] // 85.5 of 85.5分
				c.decimals = max(c.decimals, len(frac))
				c.grouped = c.grouped || strings.Contains(shown, ",")
				if v != "" && isNumber(v) && !ingest.IsTotalLabel(v) {
					places[len(frac)] = true
				}
			}
		}
		if c.format == "" && len(places) == 1 {
			c.format = writtenFormat(c.decimals, c.grouped)
		}
		for _, m := range s.Merges {
			if m[1] == i+1 && m[3] == i+1 && m[2] > m[0] && m[0] > t.headerRow {
				c.merge = true
			}
		}
	}
	// The first text column every project row fills (项目名称) must be
	// filled; one that some rows leave empty (a CSV file's 项目类别, which
	// Excel writes in the first row of its merge only) prints as it is.
	for i, c := range cols {
		if c != nil && c.kind == definition.Text && !isSequenceHeader(c.name) && (c.merge || alwaysFilled(data, i, t.headingRows)) {
			c.required = true
			break
		}
	}
	var kinds []string
	for _, c := range t.columns {
		kinds = append(kinds, c.header+"："+kindName[c.kind])
	}
	note := fmt.Sprintf("工作表“%s”：表头在第%d行，%s", s.Name, t.headerRow, strings.Join(kinds, "，"))
	if len(left) > 0 {
		note += "；隐藏的" + strings.Join(left, "、") + "与 Excel 中看到的一样，不列入表格"
	}
	if implied {
		note += fmt.Sprintf("；第%d、%d行是两行表头，上一行的表头没有合并（CSV 文件不保存合并单元格），按每个表头横跨其后的空格、直到下一个表头读取（%s），请核对", t.headerRow-1, t.headerRow, t.groupNames())
	}
	if s.Filtered {
		note += "；工作表启用了筛选，隐藏的行是筛选掉的行，不列入表格：要公开全部的行，请在 Excel 中清除筛选"
	}
	return t, note, nil
}

// writtenFormat is the number format that shows numbers as a CSV file
// writes them, each with the same decimals (1,234.50 is #,##0.00): the
// format the Excel attachment gives them, as a workbook's own would; ""
// (General) for whole numbers.
func writtenFormat(decimals int, grouped bool) string {
	if f := ingest.WrittenFormat(decimals, grouped); f != "0" {
		return f
	}
	return ""
}

var kindName = map[definition.Kind]string{
	definition.Text: "文字", definition.Amount: "金额", definition.Score: "评分", definition.Grade: "等级",
	definition.Integer: "整数", definition.Date: "日期", definition.Sequence: "序号",
}

// headerRow is the index of the header among the first ten rows: the first
// mostly textual row with nearly as many filled cells as the fullest.
func headerRow(rows []ingest.RawRow) int {
	most := 0
	for i, r := range rows {
		if i >= 10 {
			break
		}
		most = max(most, filled(r.Cells))
	}
	if most < 2 {
		return -1
	}
	for i, r := range rows {
		if i >= 10 {
			break
		}
		n, numbers := 0, 0
		for _, c := range r.Cells {
			if c = strings.TrimSpace(c); c != "" {
				n++
				if isNumber(c) {
					numbers++
				}
			}
		}
		if n >= 2 && 10*n >= 6*most && 2*numbers < n {
			return i
		}
	}
	return -1
}

func filled(cells []string) int {
	n := 0
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

func joined(cells []string) string {
	var parts []string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, " ")
}

func values(rows []ingest.RawRow, col int) []string {
	var out []string
	for _, r := range rows {
		if col < len(r.Cells) {
			// A mark for no figure (—, 无) says nothing of the column's kind.
			if v := strings.TrimSpace(r.Cells[col]); v != "" && !ingest.IsTotalLabel(v) && !ingest.IsNoneMark(v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// isNumber reports whether a cell holds a number, typed in full-width
// digits (８８) as an input method writes them or not.
func isNumber(s string) bool {
	s = width.Narrow.String(s)
	return ingest.Display(s, "General") != s || strings.Trim(s, "0123456789.,-") == ""
}

// isRate reports whether a column holds rates: its header names one (…率,
// 比例, 占比, %), or its numbers are mostly in a % format. A rate prints as
// the workbook shows it (91.37%); counted as an amount or a score, it
// would be refused for its format or summed.
func isRate(base string, data []ingest.RawRow, col int) bool {
	if strings.HasSuffix(base, "率") || strings.Contains(base, "比例") || strings.Contains(base, "占比") || strings.Contains(base, "%") {
		return true
	}
	return mostlyIn(data, col, ingest.IsPercentFormat)
}

// inWords reports whether a column's numbers are mostly shown in Chinese
// numerals ([DBNum2] 壹佰零伍, the 大写 kept beside an amount): text the
// table prints as the workbook shows it, not a figure to add up.
func inWords(data []ingest.RawRow, col int) bool {
	return mostlyIn(data, col, ingest.IsChineseNumeralFormat)
}

// mostlyIn reports whether most of a column's numbers have a format of
// the kind is recognises.
func mostlyIn(data []ingest.RawRow, col int, is func(string) bool) bool {
	numbers, in := 0, 0
	for _, r := range data {
		if col >= len(r.Cells) || col >= len(r.Formats) {
			continue
		}
		if v := strings.TrimSpace(r.Cells[col]); v == "" || !isNumber(v) {
			continue
		}
		numbers++
		if is(r.Formats[col]) {
			in++
		}
	}
	return numbers > 0 && 2*in > numbers
}

// kindOf recognises a column's kind from its header, checked against its values.
func kindOf(base, unit string, vals []string) definition.Kind {
	numeric, grades := 0, 0
	scale := definition.StandardScale()
	for _, v := range vals {
		if isNumber(v) {
			numeric++
		}
		if scale.Find(v) >= 0 {
			grades++
		}
	}
	mostly := func(n int) bool { return len(vals) == 0 || 10*n >= 8*len(vals) }
	has := func(words ...string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(base, w) })
	}
	switch {
	case isSequenceHeader(base):
		return definition.Sequence
	case has("等级", "档次", "等次") || base == "评价结果" || base == "自评结果":
		if mostly(grades) {
			return definition.Grade
		}
	case has("分"):
		if len(vals) > 0 && grades > numeric && mostly(grades) {
			return definition.Grade
		}
		if mostly(numeric) {
			return definition.Score
		}
	case unit != "" || has("金额", "资金", "预算", "支出", "规模", "资金量", "发行"):
		if mostly(numeric) {
			return definition.Amount
		}
	case has("日期"):
		return definition.Date
	}
	return definition.Text
}

func isSequenceHeader(base string) bool { return base == "序号" || base == "编号" || base == "序" }

// counts reports whether a 序号 column's values count the rows, 1, 2, 3 …
// rising, starting again under each section heading (一、, or a heading
// merged across the row): a build renumbers such a column as it prints
// the rows it keeps. Anything else (1.1, (1), a count starting again
// with no heading between) is what the bureau numbers by its own rule,
// which no renumbering could reproduce: the column is text, printed as
// written.
func (t *table) counts(data []ingest.RawRow, col int) bool {
	prev, last := 0, 0
	for _, r := range data {
		if slices.ContainsFunc(t.headingRows, func(h int) bool { return last < h && h < r.Row }) {
			prev = 0
		}
		last = r.Row
		v := ""
		if col < len(r.Cells) {
			v = strings.TrimSpace(r.Cells[col])
		}
		switch n, err := strconv.Atoi(width.Narrow.String(v)); {
		case v == "" || ingest.IsTotalLabel(v):
		case ingest.IsOrdinal(v):
			prev = 0
		case err != nil || n <= prev:
			return false
		default:
			prev = n
		}
	}
	return true
}

// alwaysFilled reports whether every row of data that is a row of the
// table (not empty, a heading, a total or subtotal) fills column col.
func alwaysFilled(data []ingest.RawRow, col int, headingRows []int) bool {
	for _, r := range data {
		if filled(r.Cells) < 2 || slices.Contains(headingRows, r.Row) || slices.ContainsFunc(r.Cells, func(v string) bool {
			v = strings.TrimSpace(v)
			return ingest.IsTotalLabel(v) || ingest.IsSubtotalLabel(v) || ingest.IsOrdinal(v)
		}) {
			continue
		}
		if col >= len(r.Cells) || strings.TrimSpace(r.Cells[col]) == "" {
			return false
		}
	}
	return true
}

// sanitize makes a header into a key a template can name: letters and
// digits only, not starting with a digit.
func sanitize(s, prefix string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			b.WriteRune(r)
		}
	}
	k := b.String()
	if k == "" || unicode.IsDigit([]rune(k)[0]) {
		k = prefix + k
	}
	return k
}

func unique(k string, used map[string]bool) string {
	out := k
	for n := 2; used[out]; n++ {
		out = fmt.Sprintf("%s%d", k, n)
	}
	used[out] = true
	return out
}
