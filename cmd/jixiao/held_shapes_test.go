package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/pipeline/opc/opctest"
)

// heldBook is a kept workbook that a generator, not Excel, may have
// written: its formulas saved without their results.
type heldBook struct {
	keptBook
	uncached bool
}

// write saves the workbook at path, as its writer would.
func (h heldBook) write(t *testing.T, path string) {
	t.Helper()
	h.keptBook.write(t, path)
	if h.uncached {
		dropResults(t, path)
	}
}

// formulaResult is a formula and the result Excel keeps after it.
var formulaResult = regexp.MustCompile(`(<f>[^<]*</f>)<v>[^<]*</v>`)

// dropResults removes every formula's cached result from the workbook at
// path, as openpyxl and report generators save formulas.
func dropResults(t *testing.T, path string) {
	t.Helper()
	rewriteParts(t, path, func(name string, body []byte) []byte {
		if strings.HasPrefix(name, "xl/worksheets/") {
			return formulaResult.ReplaceAll(body, []byte("$1"))
		}
		return body
	})
}

// rewriteParts saves the workbook at path with each part as edit returns it.
func rewriteParts(t *testing.T, path string, edit func(name string, body []byte) []byte) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, opctest.EachPart(t, src, edit), 0o644); err != nil {
		t.Fatal(err)
	}
}

// heldBooks are more shapes bureaus keep, for year y (issue #24's held-out
// kinds): vertical merges over the projects, formulas a generator wrote
// with no result, numbers typed as text, blank rows inside the table,
// 序号 as bureaus number, headers as clerks type them.
func heldBooks(y int) []heldBook {
	ys := strconv.Itoa(y)
	next := y - 2023
	var out []heldBook
	add := func(k keptBook) { out = append(out, heldBook{keptBook: k}) }
	plain := func(name string, head []any, rows [][]any) keptBook {
		return keptBook{bureau: bureau{name: name, sheet: "Sheet1", header: 1, rows: append([][]any{head}, rows...)}}
	}

	// 1. 项目类别 and 主管部门 merged down over the projects under them:
	// every row counts its department, the outputs merge as the sheet does.
	rows, _ := items(5+next, y, func(i int, a float64) []any {
		return []any{map[int]any{1: "基础设施", 4: "民生保障"}[i], i, fmt.Sprintf("项目%d", i), map[int]any{1: "交通局", 3: "水利局"}[i], f2(a), gradesByRow[i%6]}
	})
	k := plain("纵向合并类别", []any{"项目类别", "序号", "项目名称", "主管部门", "金额（万元）", "评价等级"}, rows)
	k.merges = []string{"A2:A4", fmt.Sprintf("A5:A%d", 6+next), "D2:D3", fmt.Sprintf("D4:D%d", 6+next)}
	k.fields = map[string]string{"{{.表.单位数}}": "2", "{{.表.项目数}}": strconv.Itoa(5 + next)}
	add(k)

	// 2. Formulas a generator wrote with no result: each amount the sum
	// of its two sources, the total a SUM of each column.
	rows, sum := items(3+next, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("债券项目%d", i), g2(a), g2(100), g2(a + 100)}
	})
	n := len(rows) + 2
	total := []any{"合计", nil, g2(sum), g2(100 * float64(len(rows))), g2(sum + 100*float64(len(rows)))}
	k = plain("公式无结果", []any{"序号", "项目名称", "中央资金（万元）", "县级资金（万元）", "合计资金（万元）"}, append(rows, total))
	k.merges = []string{fmt.Sprintf("A%d:B%d", n, n)}
	k.touch = func(t *testing.T, f *excelize.File, sheet string) {
		for r := 2; r < n; r++ {
			f.SetCellFormula(sheet, fmt.Sprintf("E%d", r), fmt.Sprintf("C%d+D%d", r, r))
		}
		f.SetCellFormula(sheet, fmt.Sprintf("C%d", n), fmt.Sprintf("SUM(C2:C%d)", n-1))
		f.SetCellFormula(sheet, fmt.Sprintf("D%d", n), fmt.Sprintf("SUBTOTAL(9,D2:D%d)", n-1))
		f.SetCellFormula(sheet, fmt.Sprintf("E%d", n), fmt.Sprintf("C%d+D%d", n, n))
	}
	out = append(out, heldBook{keptBook: k, uncached: true})

	// 3. Numbers typed as text (a leading ', or cells formatted 文本
	// first), a blank written as a dash.
	k = plain("文本数字", []any{"序号", "项目名称", "金额（万元）", "评价得分", "评价等级"}, [][]any{
		{1, "甲", "1,234.50", " 85.5 ", "良"},
		{2, "乙", "30.50", "—", nil},
		{3, "丙", "20", "90", "优"},
		{4, "丁", "—", "-", "—"},
		{5, "戊", g2(40 + float64(next)), "无", nil},
		{6, "己", "12,000", "/", "/"},
		{7, "庚", "１２３", "８８", "良"},
	})
	// Excel shows the text as typed; the outputs print it without the
	// spaces around it, full-width digits in ordinary ones (with a warning).
	k.shows = k.want()
	k.shows[1][3] = "85.5"
	k.shows[7][2], k.shows[7][3] = "123", "88"
	add(k)

	// 4. Blank rows between the projects, a row of spaces, the form
	// signed and dated under the table: the outputs print the projects.
	rows, _ = items(4, y, func(i int, a float64) []any { return []any{i, fmt.Sprintf("环境项目%d", i), f2(a), gradesByRow[i]} })
	k = plain("表内空行", []any{"序号", "项目名称", "金额（万元）", "评价等级"},
		[][]any{rows[0], {}, rows[1], {"  ", " ", "   "}, rows[2], {}, {}, rows[3], {}, {"填表人：张三    审核人：李四"}, {"制表日期：" + ys + "年3月"}})
	k.shows = [][]string{displayed(k.rows[0], 4)}
	for _, r := range rows {
		k.shows = append(k.shows, displayed(r, 4))
	}
	add(k)

	// 5. 序号 as a bureau numbers: 1.1, (1), starting again in each
	// part, or no 序号 at all. The outputs print it as written.
	head := []any{"序号", "项目名称", "金额（万元）", "评价等级"}
	for _, c := range []struct {
		name string
		seq  func(i int) any
	}{
		{"序号带点", func(i int) any { return fmt.Sprintf("1.%d", i) }},
		{"序号带括号", func(i int) any { return fmt.Sprintf("(%d)", i) }},
		{"序号全角括号", func(i int) any { return fmt.Sprintf("（%d）", i) }},
		{"序号重新开始", func(i int) any { return (i-1)%2 + 1 }},
	} {
		rows, _ = items(4+next, y, func(i int, a float64) []any {
			return []any{c.seq(i), fmt.Sprintf("道路项目%d", i), f2(a), gradesByRow[i%6]}
		})
		add(plain(c.name, head, rows))
	}
	rows, _ = items(3+next, y, func(i int, a float64) []any { return []any{fmt.Sprintf("隧道项目%d", i), f2(a), gradesByRow[i]} })
	add(plain("无序号", head[1:], rows))

	// 6. Headers as clerks type them: trailing spaces, a line break,
	// half-width parentheses, spaces inside full-width ones.
	rows, _ = items(3, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("供暖项目%d", i), f2(a), 80 + i, gradesByRow[i]}
	})
	k = plain("表头空格括号", []any{"序号 ", "项目名称  ", "金额(万元) ", "评价\n得分", "评价等级（ 结果 ）"}, rows)
	k.shows = k.want()
	for c, h := range k.shows[0] {
		k.shows[0][c] = strings.TrimSpace(h)
	}
	add(k)

	// 6. A header of three rows: 资金情况 over 预算数 and 执行数, 预算数
	// over 中央, 省级 and 县级.
	rows, _ = items(3+next, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("农田项目%d", i), f2(a), f2(100), f2(50), f2(a + 150), gradesByRow[i]}
	})
	k = plain("三级表头", []any{"序号", "项目名称", "资金情况（万元）", nil, nil, nil, "评价等级"}, append([][]any{
		{nil, nil, "预算数", nil, nil, "执行数"},
		{nil, nil, "其中：中央", "省级", "县级"},
	}, rows...))
	k.merges = []string{"A1:A3", "B1:B3", "C1:F1", "C2:E2", "F2:F3", "G1:G3"}
	k.refuse = []string{"工作表“Sheet1”第1至3行是3层表头（C1“资金情况（万元）”、C2“预算数” 逐层分列）", "请把表头改为两行"}
	add(k)
	// As the clerk then makes it: two rows, the unit in the upper one.
	k = plain("三级表头改为两级", []any{"序号", "项目名称", "预算数（万元）", nil, nil, "执行数（万元）", "评价等级"}, append([][]any{
		{nil, nil, "其中：中央", "省级", "县级"},
	}, rows...))
	k.merges = []string{"A1:A2", "B1:B2", "C1:E1", "F1:F2", "G1:G2"}
	add(k)

	// 8. The header frozen, an autofilter showing the 优 and 良 rows only
	// (Excel hides the others), a list to pick the grade from, comments on
	// cells: the outputs print what the clerk sees, the rows shown,
	// numbered again as a table leaving hidden rows out is.
	rows, _ = items(6+next, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("水利项目%d", i), f2(a), gradesByRow[i%6]}
	})
	k = plain("筛选冻结批注", head, rows)
	k.shows = [][]string{displayed(head, 4)}
	var filtered []int
	for i, r := range rows {
		if g := r[3]; g == "优" || g == "良" {
			k.shows = append(k.shows, displayed(append([]any{len(k.shows)}, r[1:]...), 4))
		} else {
			filtered = append(filtered, i+2)
		}
	}
	k.touch = func(t *testing.T, f *excelize.File, sheet string) {
		t.Helper()
		last := len(rows) + 1
		noErr(t, f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}))
		noErr(t, f.AutoFilter(sheet, fmt.Sprintf("A1:D%d", last), []excelize.AutoFilterOptions{{Column: "D", Expression: "x == 优 or x == 良"}}))
		for _, r := range filtered {
			noErr(t, f.SetRowVisible(sheet, r, false))
		}
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(fmt.Sprintf("D2:D%d", last))
		noErr(t, dv.SetDropList([]string{"优", "良", "中", "差"}))
		noErr(t, f.AddDataValidation(sheet, dv))
		noErr(t, f.AddComment(sheet, excelize.Comment{Cell: "C2", Author: "财政局", Paragraph: []excelize.RichTextRun{{Text: "含上年结转"}}}))
		noErr(t, f.AddComment(sheet, excelize.Comment{Cell: "B3", Author: "财政局", Text: "待核实"}))
	}
	add(k)
	return out
}

func noErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// More bureaus' shapes through init --from and build with no edit,
// compared cell by cell, then next year's workbook through the same job.
func TestHeldShapesFirstDraftAndNextYear(t *testing.T) {
	for i, h := range heldBooks(2023) {
		t.Run(h.name, func(t *testing.T) {
			book := filepath.Join(t.TempDir(), "数据.xlsx")
			h.write(t, book)
			next := heldBooks(2024)[i]
			runKept(t, h.keptBook, next.keptBook, book, func(keptBook) { next.write(t, book) })
			if next.fields != nil {
				checkFields(t, next.bureau, filepath.Join(filepath.Dir(book), "任务", "某县2023.yaml"))
			}
		})
	}
}

// A formula saved without its result that is more than a sum of its
// row (a product, another row's cells) is refused at its cell, never
// read as empty or zero.
// Text in an amount or score column that is not one number Excel would
// show as such (a unit typed in, an accountant's or a typographic
// negative) is refused at its cell, never read as some number or zero;
// a mark for none (—) where the column must be filled is refused as a
// blank cell is.
// The rows an autofilter leaves out are said to be, by init and by build:
// the clerk clears the filter where the table is to print whole.
func keptOf(hs []heldBook) []keptBook {
	var out []keptBook
	for _, h := range hs {
		out = append(out, h.keptBook)
	}
	return out
}

// The held shapes saved as one GBK CSV file, as Excel saves it, through
// init --from and build with no edit, then next year's file.
func TestHeldShapesAsGBKCSV(t *testing.T) {
	this, next := keptOf(heldBooks(2023)), keptOf(heldBooks(2024))
	for _, name := range heldCSV {
		i := keptIndex(t, this, name)
		t.Run(name, func(t *testing.T) {
			book := filepath.Join(t.TempDir(), "数据.csv")
			this[i].writeCSV(t, book)
			runKept(t, this[i], next[i], book, func(k keptBook) { k.writeCSV(t, book) })
		})
	}
}

// The held shapes as LibreOffice saves them, as a .xls (or WPS as a .et)
// and as its own .xlsx, their formulas with results; skipped without
// LibreOffice unless JIXIAO_INTEROP=1.
func TestHeldShapesAsXLS(t *testing.T) {
	keptSavedBy(t, keptOf(heldBooks(2023)), keptOf(heldBooks(2024)), "xls:MS Excel 97")
}

func TestHeldShapesAsLibreOfficeXLSX(t *testing.T) {
	keptSavedBy(t, keptOf(heldBooks(2023)), keptOf(heldBooks(2024)), "xlsx:Calc MS Excel 2007 XML")
}

// A header of two rows whose upper texts are not merged across the
// columns they head (a CSV file keeps no merges; a clerk centred the
// text across the cells) is refused, naming the lower row's cells: read
// as one row, its lower row would be a project with no name.
