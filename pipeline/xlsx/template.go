package xlsx

import (
	"bytes"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/tmpl"

	"github.com/xuri/excelize/v2"
)

// Template is a checked Excel template.
type Template struct {
	name string
	raw  []byte
	def  *definition.Definition
	// Notes are what a clerk should know of the template that is no
	// error: a printed table it has no sheet for.
	Notes []string
}

// Name is the template's file name, for messages.
func (t *Template) Name() string { return t.name }

// layout is where the template keeps the table.
type layout struct {
	sheet     string
	markerRow int
	// section is the section whose rows the marked row repeats.
	section *definition.Section
	// fields maps a column (1-based) of the marked row to the index of
	// the table column it shows. A table column may show in several
	// sheet columns ({{.金额}} twice); it is read in column order
	// (fieldCols), never in the map's, which changes from run to run.
	fields map[int]int
	// totals are the cells under the marked row (or above it) holding a sum of a
	// column ({{.附件.合计}}), one per amount or number column with a
	// total, in the template's order.
	totals  []*totalCell
	lastCol int
	// heading is the row section headings print in; nil for none.
	heading *headingRow
	// rows and cols are the template sheet's used range before filling.
	rows, cols int
}

var fieldTag = regexp.MustCompile(`^\{\{\s*\.([^\s{}]+)\s*\}\}$`)

// Parse checks that raw is a workbook with nothing in it that runs or
// reads from outside, and with at least one marked template row, each on a
// sheet of its own, whose fields def declares.
func Parse(name string, raw []byte, def *definition.Definition) (*Template, error) {
	t := &Template{name: name, raw: raw, def: def}
	// Before excelize parses any part: a declaration must never reach it.
	if err := checkActive(name, raw); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("Excel 模板 %s 无法打开：%v", name, err)
	}
	defer f.Close()
	ls, err := findLayouts(name, f, def)
	if err != nil {
		return nil, err
	}
	if err := checkPlaceholders(name, f, ls, def); err != nil {
		return nil, err
	}
	for _, sec := range rowSections(def) {
		if !slices.ContainsFunc(ls, func(l *layout) bool { return l.section == sec }) {
			t.Notes = append(t.Notes, fmt.Sprintf("文档定义中的“%s”列出各行，但 Excel 模板中没有它的模板行，Excel 附件中不会有这个表格（Word 和 PDF 中有）；要在 Excel 中列出，请在模板中为它加一个工作表", sec.Label))
		}
	}
	return t, nil
}

// checkPlaceholders compiles every cell that holds {{…}} outside the table
// against the definition, so that a wrong field is found before any data
// is read, as in the Word template; every bad cell is reported.
func checkPlaceholders(name string, f *excelize.File, ls layouts, def *definition.Definition) error {
	var problems []string
	view := document.TypeOf(def)
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			return fmt.Errorf("Excel 模板 %s 的工作表“%s”无法读取：%v", name, sheet, err)
		}
		for r, row := range rows {
			for c, v := range row {
				if !strings.Contains(v, "{{") || ls.inTable(sheet, r+1, c+1) {
					continue
				}
				if _, errs := tmpl.Compile("cell", v, view, tmpl.Helpers); len(errs) > 0 {
					problems = append(problems, fmt.Sprintf("工作表“%s”单元格 %s：%s", sheet, cellName(c+1, r+1), errs[0].Msg))
				}
			}
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("Excel 模板 %s 有 %d 处问题：\n  %s", name, len(problems), strings.Join(problems, "\n  "))
	}
	return nil
}

// layouts are the template's tables, one per sheet, in sheet order.
type layouts []*layout

// inTable reports whether a cell is a marked row's or a total's, which the
// table filling handles.
func (ls layouts) inTable(sheet string, row, col int) bool {
	for _, l := range ls {
		if sheet != l.sheet {
			continue
		}
		if row == l.markerRow || l.heading != nil && row == l.heading.row || slices.ContainsFunc(l.totals, func(t *totalCell) bool { return t.row == row && t.col == col }) {
			return true
		}
	}
	return false
}

// rowSections are the sections that print rows.
func rowSections(def *definition.Definition) []*definition.Section {
	var out []*definition.Section
	for _, s := range def.Sections {
		if s.Rows != "" {
			out = append(out, s)
		}
	}
	return out
}

// tag is a cell holding one field and nothing else: {{.序号}}, {{.附件.合计}}.
type tag struct {
	row, col int
	key      string
}

// findLayouts finds the template's tables: each sheet but 统计 may hold one
// marked row, for one of the sections that print rows. A workbook with
// several printed tables (附件1, 附件2) keeps each on its own sheet.
func findLayouts(name string, f *excelize.File, def *definition.Definition) (layouts, error) {
	candidates := rowSections(def)
	if len(candidates) == 0 {
		return nil, fmt.Errorf("Excel 模板 %s：文档定义中没有列出行（rows）的部分，Excel 表格无从填写", name)
	}
	var out layouts
	taken := map[*definition.Section]string{}
	for _, sheet := range f.GetSheetList() {
		if sheet == statsSheet {
			continue
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			return nil, fmt.Errorf("Excel 模板 %s 的工作表“%s”无法读取：%v", name, sheet, err)
		}
		l := &layout{sheet: sheet, fields: map[int]int{}, rows: len(rows)}
		var tags []tag
		for r, row := range rows {
			l.cols = max(l.cols, len(row))
			for c, v := range row {
				if m := fieldTag.FindStringSubmatch(strings.TrimSpace(v)); m != nil {
					tags = append(tags, tag{r + 1, c + 1, m[1]})
				}
			}
		}
		l.section = sectionOf(sheet, tags, candidates, taken)
		if l.section == nil {
			continue // a sheet of text and figures only
		}
		if other, ok := taken[l.section]; ok {
			return nil, fmt.Errorf("Excel 模板 %s：工作表“%s”和“%s”都是“%s”的表格，每个表格只能有一个模板行", name, other, sheet, l.section.Label)
		}
		if err := l.read(name, tags); err != nil {
			return nil, err
		}
		if err := l.readHeading(name, f, rows); err != nil {
			return nil, err
		}
		taken[l.section] = sheet
		out = append(out, l)
	}
	if len(out) == 0 {
		var keys []string
		for _, c := range candidates[0].Table.Columns {
			keys = append(keys, "{{."+c.Key+"}}")
		}
		return nil, fmt.Errorf("Excel 模板 %s：工作表“%s”中找不到模板行（应有一行单元格写着 %s 等行字段）", name, f.GetSheetName(0), strings.Join(keys, "、"))
	}
	return out, nil
}

// sectionOf is the section whose rows a sheet's marked row shows: the one
// whose table has most of the sheet's row fields; between tables that
// share their columns, the one the sheet's name or figures name, else the
// first not yet on an earlier sheet. nil when no field is a row field.
func sectionOf(sheet string, tags []tag, candidates []*definition.Section, taken map[*definition.Section]string) *definition.Section {
	var best *definition.Section
	bestFields, bestNamed, bestFree := 0, false, false
	for _, s := range candidates {
		fields, named := 0, sheet == s.Key || sheet == s.Label || sheet == s.Table.Key || sheet == s.Table.Sheet
		for _, tg := range tags {
			if sec, _, ok := strings.Cut(tg.key, "."); ok {
				named = named || sec == s.Key
			} else if s.Table.Column(tg.key) != nil {
				fields++
			}
		}
		_, used := taken[s]
		free := !used
		if fields == 0 {
			continue
		}
		better := fields > bestFields ||
			fields == bestFields && named && !bestNamed ||
			fields == bestFields && named == bestNamed && free && !bestFree
		if best == nil || better {
			best, bestFields, bestNamed, bestFree = s, fields, named, free
		}
	}
	return best
}

// read takes the marked row, and the total under it, from the sheet's tags.
func (l *layout) read(name string, tags []tag) error {
	tbl := l.section.Table
	for _, tg := range tags {
		sec, fig, isFigure := strings.Cut(tg.key, ".")
		switch {
		case isFigure && sec == l.section.Key && l.section.Figure(fig) != nil && l.section.Figure(fig).Kind == definition.Sum && len(l.section.Figure(fig).Where) == 0:
			l.totals = append(l.totals, &totalCell{tg.row, tg.col, l.section.Figure(fig)})
		case !isFigure && tbl.Column(tg.key) != nil:
			if l.markerRow != 0 && l.markerRow != tg.row {
				return fmt.Errorf("Excel 模板 %s：工作表“%s”第%d行和第%d行都有行字段，模板行只能有一行", name, l.sheet, l.markerRow, tg.row)
			}
			l.markerRow = tg.row
			l.fields[tg.col] = tbl.Index(tbl.Column(tg.key))
			l.lastCol = max(l.lastCol, tg.col)
		}
	}
	for _, t := range l.totals {
		if t.row == l.markerRow || l.heading != nil && t.row == l.heading.row {
			return fmt.Errorf("Excel 模板 %s：{{.%s.%s}} 应在模板行（第%d行）之下，或在表头与模板行之间单独一行", name, l.section.Key, t.fig.Key, l.markerRow)
		}
		if l.column(t.fig.Of) == 0 {
			return fmt.Errorf("Excel 模板 %s：模板行中缺少 {{.%s}}，{{.%s.%s}} 无从求和", name, t.fig.Of.Key, l.section.Key, t.fig.Key)
		}
	}
	return nil
}

// totalCell is a sum's cell under the marked row.
type totalCell struct {
	row, col int
	fig      *definition.Figure
}

// moveTotals moves the totals under sheet row below by n rows, as rows
// are inserted or removed there; a total above the rows (总计 just under
// the header) stays.
func (l *layout) moveTotals(n, below int) {
	for _, t := range l.totals {
		if t.row > below {
			t.row += n
		}
	}
}

// column returns the leftmost sheet column showing table column c, 0 if
// none: the one the 合计's SUM, the statistics and the check read.
func (l *layout) column(c *definition.Column) int {
	i := l.section.Table.Index(c)
	for _, col := range l.fieldCols() {
		if l.fields[col] == i {
			return col
		}
	}
	return 0
}

// fieldCols are the marked row's field columns, left to right.
func (l *layout) fieldCols() []int { return slices.Sorted(maps.Keys(l.fields)) }
