package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestUncomputableFormulaIsRefusedAtItsCell(t *testing.T) {
	rows, _ := items(3, 2023, func(i int, a float64) []any { return []any{i, fmt.Sprintf("项目%d", i), g2(a), g2(a * 2)} })
	h := heldBook{keptBook: keptBook{bureau: bureau{name: "公式", sheet: "Sheet1", header: 1,
		rows: append([][]any{{"序号", "项目名称", "预算数（万元）", "执行数（万元）"}}, rows...)},
		touch: func(t *testing.T, f *excelize.File, sheet string) {
			f.SetCellFormula(sheet, "D3", "C3*2")
			f.SetCellFormula(sheet, "D4", "C3+C4")
		}}, uncached: true}
	dir := t.TempDir()
	book := filepath.Join(dir, "数据.xlsx")
	h.write(t, book)
	drafted(t, book, filepath.Join(dir, "任务"))
	code, _, errOut := runCmd("build", "-q", filepath.Join(dir, "任务", "某县2023.yaml"))
	for _, want := range []string{"Sheet1!D3：单元格是公式“=C3*2”，但文件中没有保存计算结果", "Sheet1!D4：单元格是公式“=C3+C4”"} {
		if code == 0 || !strings.Contains(errOut, want) {
			t.Errorf("build: exit %d, want a refusal %q:\n%s", code, want, errOut)
		}
	}
}

func TestTypedNumbersRefusedAtTheirCell(t *testing.T) {
	head := []any{"序号", "项目名称", "金额（万元）", "评价得分"}
	rows, _ := items(6, 2023, func(i int, a float64) []any { return []any{i, fmt.Sprintf("项目%d", i), f2(a), 80 + i} })
	k := keptBook{bureau: bureau{name: "文本数字", sheet: "Sheet1", header: 1, rows: append([][]any{head}, rows...)}}
	dir := t.TempDir()
	book := filepath.Join(dir, "数据.xlsx")
	k.write(t, book)
	drafted(t, book, filepath.Join(dir, "任务"))
	bad := map[string]any{"C2": "1,234.50元", "C3": "(1,234.00)", "C4": "−5", "C5": "－5", "D6": "（85）", "D7": "９０分"}
	k.touch = func(t *testing.T, f *excelize.File, sheet string) {
		for cell, v := range bad {
			f.SetCellValue(sheet, cell, v)
		}
	}
	k.write(t, book)
	code, _, errOut := runCmd("build", "-q", filepath.Join(dir, "任务", "某县2023.yaml"))
	if code == 0 {
		t.Fatalf("build of typed numbers that are not numbers: exit 0\n%s", errOut)
	}
	for cell, v := range bad {
		if !regexp.MustCompile(`Sheet1!` + cell + `：[^\n]*“` + regexp.QuoteMeta(v.(string)) + `”`).MatchString(errOut) {
			t.Errorf("no refusal at %s (%s):\n%s", cell, v, errOut)
		}
	}
}

func TestFilterIsReported(t *testing.T) {
	i := slices.IndexFunc(heldBooks(2023), func(h heldBook) bool { return h.name == "筛选冻结批注" })
	dir := t.TempDir()
	book := filepath.Join(dir, "数据.xlsx")
	heldBooks(2023)[i].write(t, book)
	code, out, errOut := runCmd("init", "--from", book, "--county", "某县", "--year", "2023", filepath.Join(dir, "任务"))
	if code != 0 || !strings.Contains(out, "工作表启用了筛选，隐藏的行是筛选掉的行") {
		t.Errorf("init: exit %d, want the filter noted:\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCmd("build", filepath.Join(dir, "任务", "某县2023.yaml"))
	if code != 0 || !strings.Contains(out+errOut, "Sheet1!第3行：这一行被筛选隐藏") {
		t.Errorf("build: exit %d, want the filtered rows named:\n%s%s", code, out, errOut)
	}
}

// heldCSV are the held shapes a bureau may save as a CSV file, as Excel
// writes it: a vertical merge's text in its first row only, a formula's
// result, a two-row header's upper texts once, in their first column. The
// others are a three-level header's merges or hidden rows, which a CSV
// file does not keep.
var heldCSV = []string{"纵向合并类别", "公式无结果", "文本数字", "表内空行", "序号带点", "序号带括号", "序号全角括号", "序号重新开始", "无序号", "表头空格括号", "三级表头改为两级"}

// A header of two rows whose upper texts are not merged across the
// columns they head (a CSV file keeps no merges; a clerk centred the
// text across the cells of an .xlsx) is read as the merge it was, each
// upper text over the empty cells after it, with a note at init; the
// outputs print the header of two rows, next year too.
func TestUnmergedTwoRowHeaderIsReadAsMerged(t *testing.T) {
	this, next := keptOf(heldBooks(2023)), keptOf(heldBooks(2024))
	i := keptIndex(t, this, "三级表头改为两级")
	note := "第1、2行是两行表头，上一行的表头没有合并（CSV 文件不保存合并单元格），按每个表头横跨其后的空格、直到下一个表头读取（“预算数（万元）”横跨 C1:E1）"
	for _, form := range append(csvForms, csvForm{name: "xlsx"}) {
		t.Run(form.name, func(t *testing.T) {
			k, n := this[i], next[i]
			k.merges, n.merges = nil, nil
			book := filepath.Join(t.TempDir(), "数据.csv")
			write := func(k keptBook) { k.writeCSVAs(t, book, form) }
			if form.enc == "" {
				book = strings.TrimSuffix(book, ".csv") + ".xlsx"
				write = func(k keptBook) { k.write(t, book) }
			}
			write(k)
			code, out, errOut := runCmd("init", "--from", book, "--county", "某县", "--year", "2023", filepath.Join(t.TempDir(), "草稿"))
			if code != 0 || !strings.Contains(out, note) {
				t.Errorf("init --from: exit %d, want the note %q:\n%s%s", code, note, out, errOut)
			}
			runKept(t, k, n, book, func(k keptBook) { write(k) })
		})
	}
}

// Where the layout does not say which upper text a lower one is under
// (执行数 or 项目名称 with nothing under it, then a text under an empty
// cell), init refuses, naming those cells.
func TestUnsureTwoRowHeaderIsRefused(t *testing.T) {
	rows, _ := items(3, 2023, func(i int, a float64) []any { return []any{i, fmt.Sprintf("项目%d", i), f2(a), f2(1), f2(2), "优"} })
	for _, c := range []struct {
		upper, lower []any
		want         string
	}{
		{[]any{"序号", "项目名称", "预算数（万元）", nil, "执行数（万元）", nil, "评价等级"}, []any{nil, nil, "中央", "县级", nil, "县级"}, "F2“县级”"},
		{[]any{"序号", "项目名称", nil, "预算数（万元）", nil, "评价等级"}, []any{nil, nil, "类别", "中央", "县级"}, "C2“类别”"},
	} {
		k := keptBook{bureau: bureau{name: "表头不明", sheet: "Sheet1", header: 2, rows: append([][]any{c.upper, c.lower}, rows...)}}
		dir := t.TempDir()
		book := filepath.Join(dir, "数据.csv")
		k.writeCSVAs(t, book, csvForms[0])
		want := "工作表“数据”第1、2行像是两行表头（" + c.want
		code, out, errOut := runCmd("init", "--from", book, "--county", "某县", "--year", "2023", filepath.Join(dir, "任务"))
		if code == 0 || !strings.Contains(errOut, want) || !strings.Contains(errOut, "无法确定它属于左边的哪个表头，还是单独一列") {
			t.Errorf("init --from: exit %d, want %q:\n%s%s", code, want, out, errOut)
		}
	}
}
