package example

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/tmpl"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

func unitName(k int) string {
	return "沁源县第" + tmpl.Helpers["中文数字"].(func(int) string)(k) + "局"
}

// manyUnits is the sample's workbook with its 绩效监控 sheet rewritten:
// units 第一局 … 第三十局 with k rows each for the k-th (listed after one
// another), then 10,000 rows of units no other row shares. It returns
// the workbook and each named unit's count and sum (万元, two decimals).
func manyUnits(t *testing.T) (string, map[string]int, map[string]string) {
	t.Helper()
	f, err := excelize.OpenFile("../../data/qinyuan-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const sheet = "绩效监控"
	if err := f.DeleteSheet(sheet); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet(sheet); err != nil {
		t.Fatal(err)
	}
	w, err := f.NewStreamWriter(sheet)
	if err != nil {
		t.Fatal(err)
	}
	counts, sums := map[string]int{}, map[string]decimal.Decimal{}
	row := 1
	put := func(cells ...any) {
		cell, _ := excelize.CoordinatesToCellName(1, row)
		if err := w.SetRow(cell, cells); err != nil {
			t.Fatal(err)
		}
		row++
	}
	put("项目名称", "单位", "金额（万元）")
	for k := 1; k <= 30; k++ {
		unit := unitName(k)
		for i := 0; i < k; i++ {
			amount := decimal.NewFromInt(int64(row%97*100 + 37)).Shift(-2)
			put(fmt.Sprintf("监控项目%05d", row), unit, amount.InexactFloat64())
			counts[unit]++
			sums[unit] = sums[unit].Add(amount)
		}
	}
	for i := 0; i < 10000; i++ {
		put(fmt.Sprintf("监控项目%05d", row), fmt.Sprintf("零散单位%05d号", i), 1.5)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "many.xlsx")
	if err := f.SaveAs(out); err != nil {
		t.Fatal(err)
	}
	printed := map[string]string{}
	for u, s := range sums {
		printed[u] = s.StringFixed(2)
	}
	return out, counts, printed
}

// Counts and sums per value of a text column are proposed for any value
// the text names, the 27th as the first (a unit among 10,030 distinct
// ones), and sums per grade for a grade column; only the values the text
// names are read, and past maxValues of one column the numbers stay as
// written and the report says so.
func TestCountsAndSumsPerValue(t *testing.T) {
	dir := t.TempDir()
	book, counts, sums := manyUnits(t)
	j := sampleJob(t, dir, book, nil)
	u27 := unitName(27)
	var paras []string
	paras = append(paras, para(run("", "绩效定期监控中，"+u27+itoa(counts[u27])+"条、涉及金额"+sums[u27]+"万元。")))
	for k := 1; k <= maxValues+5; k++ {
		u := unitName(k)
		if k == 27 {
			continue
		}
		paras = append(paras, para(run("", "绩效定期监控中，"+u+"共"+itoa(counts[u])+"条。")))
	}
	good := gradeSum(t, book, "重点绩效评价", "优")
	paras = append(paras, para(run("", "重点项目绩效评价中，评价为“优”的项目涉及金额"+good+"万元。")))
	doc := docxOf(t, paras...)
	w := widen(t, dir, j, doc)
	got := w.bound()
	if a := got[itoa(counts[u27])+"条"]; a != "{{.绩效监控.单位"+u27+"}}" {
		t.Errorf("the count of %s bound to %q", u27, a)
	}
	if a := got[sums[u27]+"万元"]; a != "{{.绩效监控.金额"+u27+"万元2位}}" {
		t.Errorf("the sum of %s bound to %q", u27, a)
	}
	if a := got[good+"万元"]; a != "{{.重点评价.金额等级优万元2位}}" {
		t.Errorf("the sum of 优 bound to %q", a)
	}
	var left []string
	for _, m := range w.res.Marks {
		if m.State == Unbound {
			left = append(left, m.Text)
		}
	}
	// 27 comes first in the text; 1…19 are the rest of the first 20, so
	// 20…25 (but 27) are left.
	if len(left) != 6 {
		t.Errorf("left as written: %v, want the counts of 第20局 to 第25局", left)
	}
	report := strings.Join(w.first.Notes, "\n")
	if !strings.Contains(report, "“单位”列的 26 个取值，只为前 20 个（沁源县第二十七局……）试算") {
		t.Errorf("notes:\n%s", report)
	}
	out, _ := build(t, w.job)
	if got, want := strings.Fields(text(t, out)), strings.Fields(text(t, doc)); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rebuilt:\n%s\nwant:\n%s", got, want)
	}
}

// gradeSum is the sum of a sheet's 项目支出（万元） over the rows of grade
// g, with two decimals.
func gradeSum(t *testing.T, book, sheet, g string) string {
	t.Helper()
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	sum := decimal.Zero
	for _, r := range rows[1:] {
		if len(r) > 4 && r[4] == g {
			sum = sum.Add(decimal.RequireFromString(r[2]))
		}
	}
	return sum.StringFixed(2)
}
