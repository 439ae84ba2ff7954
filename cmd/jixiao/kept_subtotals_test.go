package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// subtotalBooks are tables whose sections close with a subtotal row, as
// bureaus keep them, for year y: the label as the clerk writes it (小计 in
// the name column, 一、小计 in the 序号 column, a 合计 the next section
// follows), the total above the data or under it. Next year one section is
// empty and another has a row more. The outputs print each subtotal where
// the workbook has it, its label as written, its amount the section's sum.
func subtotalBooks(y int) []keptBook {
	next := y - 2023
	var out []keptBook

	// 小计 in the name column, 总计 just under the header; next year the
	// first section is empty, its 小计 0.00, the second has a row more.
	one, s1 := items(2-2*next, y, func(i int, a float64) []any { return []any{i, fmt.Sprintf("专项项目%d", i), f2(a), "良"} })
	two, s2 := items(2+next, y, func(i int, a float64) []any { return []any{i, fmt.Sprintf("转移支付%d", i), f2(a), "优"} })
	rows := [][]any{{"序号", "项目名称", "金额（万元）", "评价等级"}, {nil, "总计", f2(s1 + s2)}, {"一", "专项资金"}}
	rows = append(append(rows, one...), []any{nil, "小计", f2(s1)}, []any{"二", "一般性转移支付"})
	rows = append(append(rows, two...), []any{nil, "小计", f2(s2)})
	out = append(out, keptBook{bureau: bureau{name: "小计与总计在上", sheet: "结果", header: 1, rows: rows}})

	// 一、小计 in the 序号 column beside a grade and a unit column, a 合计
	// under the table; next year the second section has a row more.
	one, s1 = items(3, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("教育项目%d", i), "教育局", g2(a), 88 + i, gradesByRow[i]}
	})
	two, s2 = items(1+next, y, func(i int, a float64) []any {
		return []any{i, fmt.Sprintf("卫生项目%d", i), "卫健委", g2(a), 91, "优"}
	})
	rows = [][]any{{"序号", "项目名称", "主管部门", "预算资金（万元）", "评价得分", "评价等级"}, {"一、", "项目支出"}}
	rows = append(append(rows, one...), []any{"一、小计", nil, nil, g2(s1)}, []any{"二、", "部门整体支出"})
	rows = append(append(rows, two...), []any{"二、小计", nil, nil, g2(s2)}, []any{"合计", nil, nil, g2(s1 + s2)})
	// Each label merged across 序号, 名称 and 主管部门, as bureaus do.
	merged := []string{"A6:C6", fmt.Sprintf("A%d:C%d", 9+next, 9+next), fmt.Sprintf("A%d:C%d", 10+next, 10+next)}
	out = append(out, keptBook{bureau: bureau{name: "序号列小计", sheet: "评价", header: 1, rows: rows, merges: merged}})

	// Each section closed by a 合计, the table by a 总计; next year the
	// second section is empty, its 合计 0.00.
	one, s1 = items(2+next, y, func(i int, a float64) []any { return []any{i, fmt.Sprintf("农业项目%d", i), f2(a)} })
	two, s2 = items(2-2*next, y, func(i int, a float64) []any { return []any{i, fmt.Sprintf("林业项目%d", i), f2(a)} })
	three, s3 := items(1, y, func(i int, a float64) []any { return []any{i, fmt.Sprintf("水利项目%d", i), f2(a)} })
	rows = [][]any{{"序号", "项目名称", "资金（万元）"}, {"一", "农业"}}
	rows = append(append(rows, one...), []any{nil, "合计", f2(s1)}, []any{"二", "林业"})
	rows = append(append(rows, two...), []any{nil, "合计", f2(s2)}, []any{"三", "水利"})
	rows = append(append(rows, three...), []any{nil, "合计", f2(s3)}, []any{nil, "总计", f2(s1 + s2 + s3)})
	out = append(out, keptBook{bureau: bureau{name: "合计收尾各组", sheet: "Sheet1", header: 1, rows: rows}})
	return out
}

// A subtotal the workbook states wrong, left stale after a row changed,
// is refused at its cell: the outputs would print the computed one, and
// the clerk must know the workbook disagrees.
func TestKeptStaleSubtotalIsRefused(t *testing.T) {
	books := keptBooks(2023)
	k := books[keptIndex(t, books, "小计与总计在上")]
	dir := t.TempDir()
	book := filepath.Join(dir, "数据.xlsx")
	k.write(t, book)
	jobDir := filepath.Join(dir, "任务")
	if code, out, errOut := runCmd("init", "--from", book, "--county", "某县", "--year", "2023", jobDir); code != 0 {
		t.Fatalf("init --from: %d\n%s%s", code, out, errOut)
	}
	stale := k
	stale.rows = append([][]any(nil), k.rows...)
	row := -1
	for r, cells := range stale.rows {
		if len(cells) > 1 && cells[1] == "小计" {
			row = r
			break
		}
	}
	stale.rows[row] = []any{nil, "小计", f2(1.5)}
	stale.write(t, book)
	code, out, errOut := runCmd("build", "-q", filepath.Join(jobDir, "某县2023.yaml"))
	want := fmt.Sprintf("C%d：“小计”行“金额（万元）”写的 1.5 与本组各行之和", row+1)
	if code == 0 || !strings.Contains(out+errOut, want) {
		t.Errorf("build: exit %d, want a refusal naming %q:\n%s%s", code, want, out, errOut)
	}
}

// In the Excel attachment each subtotal is a live SUBTOTAL over its
// section's rows, and the total, above the rows, a SUBTOTAL over all of
// them, which leaves the subtotals out: a SUM would count each amount twice
// once Excel recalculates.
func TestKeptSubtotalsAreLiveInExcel(t *testing.T) {
	books := keptBooks(2023)
	k := books[keptIndex(t, books, "小计与总计在上")]
	_, jobDir := draft(t, k.bureau)
	jobPath := filepath.Join(jobDir, "某县2023.yaml")
	built(t, jobPath)
	f, err := excelize.OpenReader(bytes.NewReader(readOutput(t, filepath.Join(jobDir, "out", "某县2023"), ".xlsx")))
	if err != nil {
		t.Fatal(err)
	}
	// The subtotals' amounts are computed, and no project of the change report.
	var facts []byte
	filepath.WalkDir(jobDir, func(p string, d fs.DirEntry, _ error) error {
		if d != nil && d.Name() == "facts.json" {
			facts, _ = os.ReadFile(p)
		}
		return nil
	})
	if !bytes.Contains(facts, []byte(`"本组各行之和"`)) || bytes.Contains(facts, []byte(`"key": "小计"`)) {
		t.Errorf("facts.json: a subtotal's amount not computed, or the subtotal a project:\n%s", facts)
	}
	sheet := f.GetSheetName(0)
	rows, _ := f.GetRows(sheet)
	var got []string
	for r, cells := range rows {
		if len(cells) < 3 || (cells[1] != "小计" && cells[1] != "总计") {
			continue
		}
		fm, _ := f.GetCellFormula(sheet, fmt.Sprintf("C%d", r+1))
		got = append(got, fmt.Sprintf("%s@%d=%s", cells[1], r+1, fm))
	}
	// The title and the header over 总计 (row 3), then 一 (4), two rows,
	// 小计 (7), 二 (8), two rows, 小计 (11).
	want := "总计@3=SUBTOTAL(9,C4:C11) 小计@7=SUBTOTAL(9,C5:C6) 小计@11=SUBTOTAL(9,C9:C10)"
	if strings.Join(got, " ") != want {
		t.Errorf("formulas %q\nwant %q", strings.Join(got, " "), want)
	}
}
