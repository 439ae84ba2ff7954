package tmpl

import (
	"fmt"
	"strconv"
	"strings"
	"text/template"
	"time"

	"jixiao/pipeline/document"
	"jixiao/pipeline/money"

	"github.com/shopspring/decimal"
)

// Helpers are the formatting helpers of the template language, the same in
// Word and Excel templates. The README lists them.
var Helpers = template.FuncMap{
	// 千分位 prints a number with thousands separators, with its decimals: 2,272.47.
	"千分位": grouped,
	// 万元 prints an amount in 万元 with two decimals, as the narrative does: 10790.69.
	"万元": func(m document.Money) string { return m.Amount.Plain() },
	// 大写 writes an amount in 中文大写 of 元: 壹亿零柒佰玖拾万陆仟玖佰元整.
	"大写": capital,
	// 中文数字 writes a count in Chinese numerals: 14 → 十四.
	"中文数字": chineseNumber,
	// 中文写法 writes it as a hand-written text does: {{中文写法 .x "两"}}
	// → 两 (两百), "一十" → 一十四, "两一十" both.
	"中文写法": chineseStyled,
	// 百分比 is a/b as a percentage: {{百分比 .重点评价.优 .重点评价.项目数}} → 16.67%.
	"百分比": percent,
	// 日期 writes 2023年12月31日 from year, month, day or from "2023-12-31".
	"日期": date,
	// 编号 writes heading numbers: {{编号 1 3}} → 三、, level 2 （三）, 3 → 3., 4 → （3）.
	"编号": numbering,
}

// WithHelpers returns more with the Helpers added.
func WithHelpers(more template.FuncMap) template.FuncMap {
	out := template.FuncMap{}
	for k, v := range Helpers {
		out[k] = v
	}
	for k, v := range more {
		out[k] = v
	}
	return out
}

// grouped is 千分位: an amount or a number with thousands separators.
func grouped(v any) (string, error) {
	switch v := v.(type) {
	case document.Money:
		if !v.Set {
			return "", nil
		}
		return v.Fixed(true), nil
	case document.Number:
		v.Grouped = true
		if v.Decimals < 0 {
			v.Decimals = int(max(0, -v.Value.Exponent()))
		}
		return v.String(), nil
	case int:
		return money.Group(fmt.Sprint(v)), nil
	}
	return "", fmt.Errorf("千分位 只能用于金额或数字")
}

// mergeMark brackets a cell's merge instruction in the executed XML. The
// private-use characters cannot come from data, which is escaped text.
const (
	mergeStart    = "\uE000vmerge:restart\uE001"
	mergeContinue = "\uE000vmerge:continue\uE001"
)

var digits = []string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}

// capital writes an amount of 万元 in 中文大写 of 元, as on a voucher:
// 10790.69 万元 is 壹亿零柒佰玖拾万陆仟玖佰元整.
func capital(m document.Money) string { return capitalOf(m.Amount) }

func capitalOf(a money.Amount) string {
	yuan := a.Decimal().Mul(decimal.NewFromInt(10000)).Round(2)
	if yuan.IsNegative() {
		return "负" + capitalOf(money.FromDecimal(yuan.Neg().Div(decimal.NewFromInt(10000))))
	}
	fen := yuan.Mul(decimal.NewFromInt(100)).IntPart()
	if fen == 0 {
		return "零元整"
	}
	whole, jiao, f := fen/100, fen/10%10, fen%10
	var groups []int64 // high to low, four digits each
	for n := whole; n > 0; n /= 10000 {
		groups = append([]int64{n % 10000}, groups...)
	}
	units := []string{"", "万", "亿", "万亿"}
	var b strings.Builder
	zero := false
	for i, g := range groups {
		if g == 0 {
			zero = b.Len() > 0
			continue
		}
		if b.Len() > 0 && (g < 1000 || zero) {
			b.WriteString("零")
		}
		zero = false
		b.WriteString(group(g))
		b.WriteString(units[len(groups)-1-i])
	}
	if whole > 0 {
		b.WriteString("元")
	}
	switch {
	case jiao == 0 && f == 0:
		b.WriteString("整")
	default:
		if jiao > 0 {
			b.WriteString(digits[jiao] + "角")
		} else if whole > 0 {
			b.WriteString("零")
		}
		if f > 0 {
			b.WriteString(digits[f] + "分")
		}
	}
	return b.String()
}

// group writes 1..9999 with 仟佰拾, one 零 for any run of inner zeros.
func group(g int64) string {
	var b strings.Builder
	pending := false
	for i, unit := range []string{"仟", "佰", "拾", ""} {
		d := g / []int64{1000, 100, 10, 1}[i] % 10
		if d == 0 {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteString("零")
			pending = false
		}
		b.WriteString(digits[d] + unit)
	}
	return b.String()
}

// percent is a/b as a percentage with two decimals: 16.67%.
func percent(a, b any) (string, error) {
	x, err := decimalOf(a)
	if err != nil {
		return "", err
	}
	y, err := decimalOf(b)
	if err != nil {
		return "", err
	}
	if y.IsZero() {
		return "—", nil
	}
	return x.Mul(decimal.NewFromInt(100)).DivRound(y, 10).StringFixed(2) + "%", nil
}

func decimalOf(v any) (decimal.Decimal, error) {
	switch v := v.(type) {
	case document.Money:
		return v.Value(), nil
	case document.Number:
		return v.Value, nil
	case money.Amount:
		return v.Decimal(), nil
	case int:
		return decimal.NewFromInt(int64(v)), nil
	}
	return decimal.NewFromString(fmt.Sprint(v))
}

// date writes a date the Chinese way, 2023年12月31日, from year, month and
// day, or from one "2023-12-31".
func date(parts ...any) (string, error) {
	if len(parts) == 1 {
		t, err := time.Parse("2006-01-02", fmt.Sprint(parts[0]))
		if err != nil {
			return "", fmt.Errorf("日期应写成 2023-12-31：%v", parts[0])
		}
		return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day()), nil
	}
	if len(parts) != 3 {
		return "", fmt.Errorf("日期 需要年、月、日三个数，或一个 2023-12-31")
	}
	return fmt.Sprintf("%v年%v月%v日", parts[0], parts[1], parts[2]), nil
}

// numbering writes the n-th heading number of a level, as official
// documents number them: 一、 （一） 1. （1）.
// n may be a number or a row's 序号, which prints as text.
func numbering(level int, of any) (string, error) {
	var n int
	switch v := of.(type) {
	case int:
		n = v
	case string:
		if v == "" {
			return "", nil // a heading row has no number of its own
		}
		var err error
		if n, err = strconv.Atoi(strings.TrimSpace(v)); err != nil {
			return v, nil // a heading's own numeral (一) prints as it is
		}
	default:
		return "", fmt.Errorf("编号 的第二个参数应为数字")
	}
	switch level {
	case 1:
		return chineseNumber(n) + "、", nil
	case 2:
		return "（" + chineseNumber(n) + "）", nil
	case 3:
		return fmt.Sprintf("%d.", n), nil
	case 4:
		return fmt.Sprintf("（%d）", n), nil
	}
	return "", fmt.Errorf("编号 的层级应为 1 到 4，而不是 %d", level)
}
