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
// result. The others are a header's merges or hidden rows, which a CSV
// file does not keep.
var heldCSV = []string{"纵向合并类别", "公式无结果", "文本数字", "表内空行", "序号带点", "序号带括号", "序号全角括号", "序号重新开始", "无序号", "表头空格括号"}

func TestUnmergedTwoRowHeaderIsRefused(t *testing.T) {
	this := keptOf(heldBooks(2023))
	k := this[keptIndex(t, this, "三级表头改为两级")]
	want := "工作表“%s”第1、2行像是两行表头（D2“省级”、E2“县级” 在第1行的空格之下）"
	dir := t.TempDir()
	csvBook := filepath.Join(dir, "数据.csv")
	k.writeCSV(t, csvBook)
	k.merges = nil
	xlsxBook := filepath.Join(dir, "数据.xlsx")
	k.write(t, xlsxBook)
	for book, sheet := range map[string]string{csvBook: "数据", xlsxBook: "Sheet1"} {
		code, out, errOut := runCmd("init", "--from", book, "--county", "某县", "--year", "2023", filepath.Join(dir, filepath.Ext(book)))
		if w := fmt.Sprintf(want, sheet); code == 0 || !strings.Contains(errOut, w) {
			t.Errorf("init --from %s: exit %d, want %q:\n%s%s", filepath.Base(book), code, w, out, errOut)
		}
	}
}
