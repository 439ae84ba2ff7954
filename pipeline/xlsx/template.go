package xlsx

import (
	"bytes"
	"fmt"
	"regexp"
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
}

// layout is where the template keeps the table.
type layout struct {
	sheet     string
	markerRow int
	// section is the section whose rows the marked row repeats.
	section *definition.Section
	// fields maps a column (1-based) of the marked row to the index of
	// the table column it shows.
	fields map[int]int
	// totalRow is the row holding the total ({{.附件.合计}}), 0 if none;
	// totalCol its column, total the figure.
	totalRow, totalCol int
	total              *definition.Figure
	lastCol            int
	// rows and cols are the template sheet's used range before filling.
	rows, cols int
}

var fieldTag = regexp.MustCompile(`^\{\{\s*\.([^\s{}]+)\s*\}\}$`)

// Parse checks that raw is a workbook with a marked template row whose
// fields def declares.
func Parse(name string, raw []byte, def *definition.Definition) (*Template, error) {
	t := &Template{name: name, raw: raw, def: def}
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("Excel 模板 %s 无法打开：%v", name, err)
	}
	defer f.Close()
	l, err := findLayout(name, f, def)
	if err != nil {
		return nil, err
	}
	if err := checkPlaceholders(name, f, l, def); err != nil {
		return nil, err
	}
	return t, nil
}

// checkPlaceholders compiles every cell that holds {{…}} outside the table
// against the definition, so that a wrong field is found before any data
// is read, as in the Word template; every bad cell is reported.
func checkPlaceholders(name string, f *excelize.File, l *layout, def *definition.Definition) error {
	var problems []string
	view := document.TypeOf(def)
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			return fmt.Errorf("Excel 模板 %s 的工作表“%s”无法读取：%v", name, sheet, err)
		}
		for r, row := range rows {
			for c, v := range row {
				if !strings.Contains(v, "{{") || l.inTable(sheet, r+1, c+1) {
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

// inTable reports whether a cell is the marked row's or the total's, which
// the table filling handles.
func (l *layout) inTable(sheet string, row, col int) bool {
	return sheet == l.sheet && (row == l.markerRow || row == l.totalRow && col == l.totalCol)
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

func findLayout(name string, f *excelize.File, def *definition.Definition) (*layout, error) {
	sheet := f.GetSheetName(0)
	rows, err := f.GetRows(sheet)
	if err != nil {
		return nil, fmt.Errorf("Excel 模板 %s 的工作表“%s”无法读取：%v", name, sheet, err)
	}
	l := &layout{sheet: sheet, fields: map[int]int{}, rows: len(rows)}
	candidates := rowSections(def)
	if len(candidates) == 0 {
		return nil, fmt.Errorf("Excel 模板 %s：文档定义中没有列出行（rows）的部分，Excel 表格无从填写", name)
	}
	type tag struct {
		row, col int
		key      string
	}
	var tags []tag
	for r, row := range rows {
		l.cols = max(l.cols, len(row))
		for c, v := range row {
			if m := fieldTag.FindStringSubmatch(strings.TrimSpace(v)); m != nil {
				tags = append(tags, tag{r + 1, c + 1, m[1]})
			}
		}
	}
	// The section is the one whose table has the marked row's fields.
	for _, s := range candidates {
		for _, tg := range tags {
			if s.Table.Column(tg.key) != nil {
				l.section = s
				break
			}
		}
		if l.section != nil {
			break
		}
	}
	if l.section == nil {
		l.section = candidates[0]
	}
	tbl := l.section.Table
	for _, tg := range tags {
		sec, fig, isFigure := strings.Cut(tg.key, ".")
		switch {
		case isFigure && sec == l.section.Key && l.section.Figure(fig) != nil && l.section.Figure(fig).Kind == definition.Sum && len(l.section.Figure(fig).Where) == 0:
			l.totalRow, l.totalCol, l.total = tg.row, tg.col, l.section.Figure(fig)
		case !isFigure && tbl.Column(tg.key) != nil:
			if l.markerRow != 0 && l.markerRow != tg.row {
				return nil, fmt.Errorf("Excel 模板 %s：工作表“%s”第%d行和第%d行都有行字段，模板行只能有一行", name, sheet, l.markerRow, tg.row)
			}
			l.markerRow = tg.row
			l.fields[tg.col] = tbl.Index(tbl.Column(tg.key))
			l.lastCol = max(l.lastCol, tg.col)
		}
	}
	if l.markerRow == 0 {
		var keys []string
		for _, c := range tbl.Columns {
			keys = append(keys, "{{."+c.Key+"}}")
		}
		return nil, fmt.Errorf("Excel 模板 %s：工作表“%s”中找不到模板行（应有一行单元格写着 %s 等行字段）", name, sheet, strings.Join(keys, "、"))
	}
	if l.totalRow != 0 && l.totalRow <= l.markerRow {
		return nil, fmt.Errorf("Excel 模板 %s：{{.%s.%s}} 应在模板行（第%d行）之下", name, l.section.Key, l.total.Key, l.markerRow)
	}
	if l.total != nil && l.column(l.total.Of) == 0 {
		return nil, fmt.Errorf("Excel 模板 %s：模板行中缺少 {{.%s}}，{{.%s.%s}} 无从求和", name, l.total.Of.Key, l.section.Key, l.total.Key)
	}
	return l, nil
}

// column returns the sheet column showing table column c, 0 if none.
func (l *layout) column(c *definition.Column) int {
	i := l.section.Table.Index(c)
	for col, f := range l.fields {
		if f == i {
			return col
		}
	}
	return 0
}
