package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"

	"github.com/xuri/excelize/v2"
)

// attachmentWith writes the valid workbook with the attachment's cell D2
// (an amount, 项目支出（万元）) set by set, as Excel or WPS would store it.
func attachmentWith(t *testing.T, set func(f *excelize.File, sheet string)) string {
	t.Helper()
	sheets := validSheets()
	sheets["重点绩效评价结果"] = sheetSpec{rows: [][]any{
		{"序号", "二级项目名称", "单位", "项目支出（万元）", "评分结果", "评分等级", "评价机构"},
		{1, "一", "局一", 0, 91, "优", "甲"},
		{2, "二", "局一", 5, 85, "良", "乙"},
		{3, "三", "局一", 6, 70, "中", "丙"},
	}}
	path := writeBook(t, sheets)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	set(f, "重点绩效评价结果")
	out := filepath.Join(t.TempDir(), "data.xlsx")
	if err := f.SaveAs(out); err != nil {
		t.Fatal(err)
	}
	return out
}

func errorsAt(t *testing.T, path, cell string) []string {
	t.Helper()
	_, ps := Read(path, definition.Default(), Options{})
	var out []string
	for _, m := range messages(ps, dataset.Error) {
		if strings.HasPrefix(m, "data.xlsx!重点绩效评价结果!"+cell+"：") {
			out = append(out, m)
		}
	}
	return out
}

func TestTextThatIsNotOneNumberIsAnErrorAtItsCell(t *testing.T) {
	cases := map[string]string{
		"100 200":   "数字之间有空格",
		"1 000":     "数字之间有空格",
		"1.2.3":     "多个小数点",
		"100万":      "带有单位",
		"100 万元":    "带有单位",
		"¥100":      "货币符号",
		"￥1,000.00": "货币符号",
		"(100)":     "会计格式的负数",
		"（100）":     "会计格式的负数",
		"−1,234.00": "以减号开头",
		"– 100":     "以减号开头",
		"50%":       "百分比",
		"TRUE":      "逻辑值",
		"是":         "逻辑值",
		"1e5":       "科学计数法",
		"一百":        "不是有效金额",
	}
	for text, want := range cases {
		path := attachmentWith(t, func(f *excelize.File, s string) { f.SetCellStr(s, "D2", text) })
		got := errorsAt(t, path, "D2")
		if len(got) != 1 || !strings.Contains(got[0], want) || !strings.Contains(got[0], "请") {
			t.Errorf("%q in an amount cell: %v, want one error saying %s and how to fix it", text, got, want)
		}
	}
}

// Full-width digits, point and comma are what a Chinese input method
// types; they mean the same number and are read.
func TestFullWidthDigitsAreRead(t *testing.T) {
	path := attachmentWith(t, func(f *excelize.File, s string) { f.SetCellStr(s, "D2", "１，０００．５") })
	ds, ps, _ := read(path)
	if errs := messages(ps, dataset.Error); len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	att := ds.Tables[5]
	if got := value(att, att.Rows[0], "金额").Amount.Decimal().String(); got != "1000.5" {
		t.Errorf("１，０００．５ read as %s", got)
	}
}

func TestLogicalDateAndPercentCellsAreNotNumbers(t *testing.T) {
	style := func(f *excelize.File, numFmt int) int {
		id, err := f.NewStyle(&excelize.Style{NumFmt: numFmt})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	cases := []struct {
		name, cell, want string
		set              func(f *excelize.File, s string)
	}{
		{"TRUE", "D2", "逻辑值（TRUE）", func(f *excelize.File, s string) { f.SetCellBool(s, "D2", true) }},
		{"FALSE score", "E2", "逻辑值（FALSE）", func(f *excelize.File, s string) { f.SetCellBool(s, "E2", false) }},
		{"date", "D2", "日期格式", func(f *excelize.File, s string) {
			f.SetCellValue(s, "D2", time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC))
			f.SetCellStyle(s, "D2", "D2", style(f, 14))
		}},
		{"Chinese date", "E2", "日期格式", func(f *excelize.File, s string) {
			f.SetCellFloat(s, "E2", 45291, -1, 64)
			f.SetCellStyle(s, "E2", "E2", style(f, 31))
		}},
		{"percent", "D2", "百分比格式", func(f *excelize.File, s string) {
			f.SetCellFloat(s, "D2", 0.5, -1, 64)
			f.SetCellStyle(s, "D2", "D2", style(f, 10))
		}},
	}
	for _, c := range cases {
		got := errorsAt(t, attachmentWith(t, c.set), c.cell)
		if len(got) != 1 || !strings.Contains(got[0], c.want) || !strings.Contains(got[0], "请") {
			t.Errorf("%s: %v, want one error saying %s", c.name, got, c.want)
		}
	}
}

func TestMergeOverANumberColumnIsAnErrorNamingTheRange(t *testing.T) {
	for _, c := range []struct{ from, to, column string }{
		{"D2", "D3", "项目支出（万元）"},
		{"E2", "E4", "评分结果"},
		{"C3", "D4", "项目支出（万元）"}, // a block that reaches into the amounts
		{"D2", "E2", "评分结果"},     // an amount spread into the score
	} {
		path := attachmentWith(t, func(f *excelize.File, s string) {
			if err := f.MergeCell(s, c.from, c.to); err != nil {
				t.Fatal(err)
			}
		})
		_, ps := Read(path, definition.Default(), Options{})
		var hits []string
		for _, m := range messages(ps, dataset.Error) {
			if strings.Contains(m, c.from+":"+c.to) {
				hits = append(hits, m)
			}
		}
		if len(hits) != 1 || !strings.Contains(hits[0], "是合并单元格") || !strings.Contains(hits[0], c.column) {
			t.Errorf("merge %s:%s: %v, want one error naming the range and %s", c.from, c.to, messages(ps, dataset.Error), c.column)
		}
	}
	// A merge into a row that holds nothing else counts once: no error.
	path := attachmentWith(t, func(f *excelize.File, s string) { f.MergeCell(s, "D4", "D6") })
	ds, ps, _ := read(path)
	if errs := messages(ps, dataset.Error); len(errs) > 0 || ds.Tables[5].Count != 3 {
		t.Errorf("a merge over empty rows: %d rows, %v", ds.Tables[5].Count, errs)
	}
	// A merge in a text column (the agency) stays what it is.
	path = attachmentWith(t, func(f *excelize.File, s string) { f.MergeCell(s, "G2", "G4") })
	if errs := messages(func() dataset.Problems { _, ps := Read(path, definition.Default(), Options{}); return ps }(), dataset.Error); len(errs) > 0 {
		t.Errorf("a merged agency: %v", errs)
	}
}

func TestCSVNumbersFollowTheSameRules(t *testing.T) {
	dir := t.TempDir()
	csv := "序号,二级项目名称,单位,项目支出（万元）,评分结果,评分等级,评价机构\n1,一,局一,100 200,91,优,甲\n"
	if err := os.WriteFile(filepath.Join(dir, "重点绩效评价结果.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	_, ps := Read(dir, definition.Default(), Options{})
	found := false
	for _, m := range messages(ps, dataset.Error) {
		found = found || strings.Contains(m, "重点绩效评价结果.csv!D2") && strings.Contains(m, "数字之间有空格")
	}
	if !found {
		t.Errorf("100 200 in a CSV: %v", messages(ps, dataset.Error))
	}
}

// A formula's error value is an error in any column, a name included; a
// logical cell in a text column reads as the TRUE Excel shows, not as 1.
func TestErrorValuesAndLogicalText(t *testing.T) {
	for cell, value := range map[string]string{"B2": "#N/A", "F3": "#VALUE!", "G4": "#REF!"} {
		path := attachmentWith(t, func(f *excelize.File, s string) { f.SetCellStr(s, cell, value) })
		got := errorsAt(t, path, cell)
		if len(got) != 1 || !strings.Contains(got[0], "公式的错误值 "+value) {
			t.Errorf("%s in %s: %v", value, cell, got)
		}
	}
	path := attachmentWith(t, func(f *excelize.File, s string) { f.SetCellBool(s, "G2", true) })
	ds, ps, _ := read(path)
	if errs := messages(ps, dataset.Error); len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	att := ds.Tables[5]
	if got := value(att, att.Rows[0], "评价机构").Text; got != "TRUE" {
		t.Errorf("a logical agency reads %q", got)
	}
}
