package ingest

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
)

// The texts Excel (Chinese edition) shows for each value in each format,
// written by hand from Excel's rules.
func TestNumbersShowAsExcelShowsThem(t *testing.T) {
	acct := builtinFormats[43]
	cases := []struct{ value, code, want string }{
		{"1234.5", "General", "1234.5"},
		{"1234.5", "0.00", "1234.50"},
		{"1234.5", "#,##0.00", "1,234.50"},
		{"1234567.891", "#,##0.00_ ", "1,234,567.89"},
		{"0", acct, "-"},
		{"1234.5", acct, "1,234.50"},
		{"-1234.5", acct, "-1,234.50"},
		{"0", builtinFormats[41], "-"},
		{"0", builtinFormats[44], "¥-"},
		{"1234.5", builtinFormats[44], "¥1,234.50"},
		{"1234.5", builtinFormats[42], "¥1,235"},
		{"0", `_ ￥* #,##0.00_ ;_ ￥* -#,##0.00_ ;_ ￥* "-"??_ ;_ @_ `, "￥-"},
		{"-1234.5", "#,##0.00;(#,##0.00)", "(1,234.50)"},
		{"-1234.5", "#,##0.00;[Red](#,##0.00)", "(1,234.50)"},
		{"-1234.5", "#,##0.00;[Red]-#,##0.00", "-1,234.50"},
		{"-5", "0.00", "-5.00"},
		{"-5", `"约"0`, "-约5"},
		{"12.5", `0.00"万元"`, "12.50万元"},
		{"92", `0"分"`, "92分"},
		{"85.5", `G/通用格式"分"`, "85.5分"},
		{"3", `"约"0`, "约3"},
		{"1234567", "#,##0,", "1,235"},
		{"1234567", `#,##0.0,,"百万"`, "1.2百万"},
		{"0.9137", "0.00%", "91.37%"},
		{"0.5", "0%", "50%"},
		{"123", "[DBNum1]General", "一百二十三"},
		{"123", "[DBNum1][$-804]G/通用格式", "一百二十三"},
		{"1234", "[DBNum2][$-804]General", "壹仟贰佰叁拾肆"},
		{"105", "[DBNum1]0", "一百〇五"},
		{"100005", "[DBNum1]0", "一十万〇五"},
		{"10", "[DBNum2]0", "壹拾"},
		{"123.45", "[DBNum2]0.00", "壹佰贰拾叁.肆伍"},
		{"12.5", "[DBNum1]General", "一十二.五"},
		{"123", "[DBNum3]0", "１百２十３"},
		{"0", "[DBNum1]0", "〇"},
		{"200000000", "[DBNum1]0", "二亿"},
		{"1.5", "# ?/?", "1 1/2"},
		{"0.75", "# ?/?", "3/4"},
		{"2", "# ?/?", "2"},
		{"0.3333", "# ??/??", "1/3"},
		{"3.14159", "# ??/??", "3 14/99"},
		{"3.14159", "# ?/?", "3 1/7"},
		{"0.5", "?/8", "4/8"},
		{"1.25", "# ?/4", "1 1/4"},
		{"12345", "0.00E+00", "1.23E+04"},
		{"0.00012", "0.00E+00", "1.20E-04"},
		{"12345", "##0.0E+0", "12.3E+3"},
		{"0", "0.00E+00", "0.00E+00"},
		{"0.5", "#.00", ".50"},
		{"12", "0.##", "12."},
		{"12.3", "0.0#", "12.3"},
		{"7", "000", "007"},
		{"95", `[>=90]"优"0;[>=80]"良"0;0`, "优95"},
		{"85", `[>=90]"优"0;[>=80]"良"0;0`, "良85"},
		{"60", `[>=90]"优"0;[>=80]"良"0;0`, "60"},
		{"1234.5", `[$¥-804]#,##0.00`, "¥1,234.50"},
		{"1234.5", `#,##0.00_);\(#,##0.00\)`, "1,234.50"},
		{"1234.5", `¥#,##0.00;¥-#,##0.00`, "¥1,234.50"},
		{"1234.5", `**#,##0.00`, "1,234.50"},
		{"2.5", "0.00_);[红色](0.00)", "2.50"},
	}
	for _, c := range cases {
		got := display(c.value, decimal.RequireFromString(c.value), c.code)
		if got != c.want {
			t.Errorf("%s in %q shows %q, Excel shows %q", c.value, c.code, got, c.want)
		}
	}
}

func TestWhatWordCannotShowIsMarked(t *testing.T) {
	if s := render(decimal.RequireFromString("-2"), "0.00;[Red]-0.00"); s.colour != "Red" || s.text != "-2.00" {
		t.Errorf("red negative: %+v", s)
	}
	if s := render(decimal.RequireFromString("2"), "0.00;[Red]-0.00"); s.colour != "" {
		t.Errorf("a positive shown black is marked %+v", s)
	}
	if s := render(decimal.RequireFromString("1234567"), "#,##0,"); !s.scaled {
		t.Errorf("thousands not marked: %+v", s)
	}
	if s := render(decimal.RequireFromString("3"), `g/"通用格式分"`); !s.wordsOnly || s.text != "g/通用格式分" {
		t.Errorf("a format of words alone: %+v", s)
	}
	if s := render(decimal.RequireFromString("0"), builtinFormats[43]); s.wordsOnly {
		t.Errorf("会计专用's zero is marked: %+v", s)
	}
	if s := render(decimal.RequireFromString("0"), "0.00;-0.00;"); !s.hidden || s.text != "0" {
		t.Errorf("a hidden zero: %+v", s)
	}
}

// A cell in a format that scales by a thousand is refused at its cell;
// a red negative and a hidden zero are warned about once a column.
func TestFormatsWordCannotShowAreSaid(t *testing.T) {
	withFormat := func(code string, value float64) func(f *excelize.File, s string) {
		return func(f *excelize.File, s string) {
			id, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
			if err != nil {
				t.Fatal(err)
			}
			f.SetCellValue(s, "D2", value)
			f.SetCellStyle(s, "D2", "D4", id)
		}
	}
	path := attachmentWith(t, withFormat("#,##0,", 1234567))
	if got := errorsAt(t, path, "D2"); len(got) != 1 || !strings.Contains(got[0], "按千位缩小显示") || !strings.Contains(got[0], "1,235") {
		t.Errorf("a scaled amount: %v", got)
	}
	path = attachmentWith(t, withFormat("0.00;-0.00;", 0))
	_, ps := Read(path, definition.Default(), Options{})
	warns := strings.Join(messages(ps, dataset.Warning), "\n")
	if strings.Count(warns, "不显示") != 1 || !strings.Contains(warns, "D2：") || !strings.Contains(warns, "印为 0") {
		t.Errorf("a hidden zero, once for its column: %s", warns)
	}
	if errs := messages(ps, dataset.Error); len(errs) > 0 {
		t.Errorf("errors: %v", errs)
	}
	// Text beside an amount prints in each row; a table without a total
	// row prints no computed figure beside them (sumformat_test.go).
	path = attachmentWith(t, withFormat(`#,##0.00"万元"`, 12.5))
	_, ps = Read(path, definition.Default(), Options{})
	if warns = strings.Join(messages(ps, dataset.Warning), "\n"); strings.Contains(warns, "只印数字") {
		t.Errorf("text beside an amount, no total row: %s", warns)
	}
}
