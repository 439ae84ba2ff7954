package xlsx

import (
	"bytes"
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"jixiao/pipeline/document"

	"github.com/xuri/excelize/v2"
)

// Template is a checked Excel template.
type Template struct {
	name string
	raw  []byte
}

// layout is where the template keeps the table.
type layout struct {
	sheet     string
	markerRow int
	// fields maps a column (1-based) of the marked row to the row field it shows.
	fields map[int]string
	// totalRow is the row holding {{.附件.合计}}, 0 if none; totalCol its column.
	totalRow, totalCol int
	lastCol            int
	// rows and cols are the template sheet's used range before filling.
	rows, cols int
}

var fieldTag = regexp.MustCompile(`^\{\{\s*\.([^\s{}]+)\s*\}\}$`)

// rowFields are the tags a cell of the marked row may hold.
var rowFields = func() map[string]bool {
	m := map[string]bool{}
	t := reflect.TypeFor[document.Row]()
	for i := 0; i < t.NumField(); i++ {
		if tag := t.Field(i).Tag.Get("tpl"); tag != "" {
			m[tag] = true
		}
	}
	return m
}()

// Parse checks that raw is a workbook with a marked template row.
func Parse(name string, raw []byte) (*Template, error) {
	t := &Template{name: name, raw: raw}
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("Excel 模板 %s 无法打开：%v", name, err)
	}
	defer f.Close()
	if _, err := findLayout(name, f); err != nil {
		return nil, err
	}
	return t, nil
}

func findLayout(name string, f *excelize.File) (*layout, error) {
	sheet := f.GetSheetName(0)
	rows, err := f.GetRows(sheet)
	if err != nil {
		return nil, fmt.Errorf("Excel 模板 %s 的工作表“%s”无法读取：%v", name, sheet, err)
	}
	l := &layout{sheet: sheet, fields: map[int]string{}, rows: len(rows)}
	for r, row := range rows {
		l.cols = max(l.cols, len(row))
		for c, v := range row {
			m := fieldTag.FindStringSubmatch(strings.TrimSpace(v))
			if m == nil {
				continue
			}
			switch {
			case m[1] == "附件.合计":
				l.totalRow, l.totalCol = r+1, c+1
			case rowFields[m[1]]:
				if l.markerRow != 0 && l.markerRow != r+1 {
					return nil, fmt.Errorf("Excel 模板 %s：工作表“%s”第%d行和第%d行都有行字段，模板行只能有一行", name, sheet, l.markerRow, r+1)
				}
				l.markerRow = r + 1
				l.fields[c+1] = m[1]
				l.lastCol = max(l.lastCol, c+1)
			}
		}
	}
	if l.markerRow == 0 {
		return nil, fmt.Errorf("Excel 模板 %s：工作表“%s”中找不到模板行（应有一行单元格写着 {{.序号}}、{{.项目名称}}、{{.金额}} 等行字段）", name, sheet)
	}
	if l.totalRow != 0 && l.totalRow <= l.markerRow {
		return nil, fmt.Errorf("Excel 模板 %s：{{.附件.合计}} 应在模板行（第%d行）之下", name, l.markerRow)
	}
	for _, need := range []string{"金额"} {
		if l.column(need) == 0 {
			return nil, fmt.Errorf("Excel 模板 %s：模板行中缺少 {{.%s}}", name, need)
		}
	}
	return l, nil
}

// column returns the column of a row field, 0 if the template has none.
func (l *layout) column(field string) int {
	for c, f := range l.fields {
		if f == field {
			return c
		}
	}
	return 0
}
