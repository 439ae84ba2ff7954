package tmpl

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

var (
	chineseDigits = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	chineseUnits  = []string{"", "十", "百", "千"}
)

// chineseNumber is 中文数字: a count in Chinese numerals, as a document
// writes it in words: 14 is 十四, 105 一百零五, 10005 一万零五. 编号
// writes heading numbers with it too.
func chineseNumber(n int) string {
	if n < 0 {
		if n == math.MinInt {
			return "负" + chineseNumber(-(n + 1)) // never a count; only not to overflow
		}
		return "负" + chineseNumber(-n)
	}
	if n == 0 {
		return "零"
	}
	var b strings.Builder
	zero := false
	groups := []struct {
		v    int
		unit string
	}{{n / 1e12, "万亿"}, {n / 1e8 % 1e4, "亿"}, {n / 1e4 % 1e4, "万"}, {n % 1e4, ""}}
	for _, g := range groups {
		if g.v == 0 {
			zero = zero || b.Len() > 0
			continue
		}
		// A gap before a group, or a group under a thousand after
		// another, reads 零: 一万零五, 一亿零一百万.
		if b.Len() > 0 && (zero || g.v < 1000) {
			b.WriteString("零")
		}
		zero = false
		b.WriteString(chineseSection(g.v) + g.unit)
	}
	s := b.String()
	if strings.HasPrefix(s, "一十") {
		s = strings.TrimPrefix(s, "一") // 十四, not 一十四
	}
	return s
}

// chineseSection writes 1 to 9999.
func chineseSection(n int) string {
	var b strings.Builder
	zero := false
	for i, p := 3, 1000; i >= 0; i, p = i-1, p/10 {
		d := n / p % 10
		if d == 0 {
			zero = zero || b.Len() > 0
			continue
		}
		if zero {
			b.WriteString("零")
			zero = false
		}
		b.WriteString(chineseDigits[d] + chineseUnits[i])
	}
	return b.String()
}

// ChineseStyles are the spellings 中文写法 knows besides 中文数字's: 两
// for a leading 二 (两个, 两百), 一十 for a leading 十 (一十四个). A
// document written by hand uses them, and a template made from it must
// print them back as written.
var ChineseStyles = []string{"两", "一十", "两一十"}

// chineseStyled is 中文写法: n in Chinese numerals, spelled as style says.
func chineseStyled(n int, style string) (string, error) {
	s := chineseNumber(n)
	if !slices.Contains(ChineseStyles, style) {
		return "", fmt.Errorf("中文写法的写法应为 %s 之一：%q", strings.Join(ChineseStyles, "、"), style)
	}
	if strings.Contains(style, "一十") && strings.HasPrefix(s, "十") {
		s = "一" + s
	}
	if strings.Contains(style, "两") && strings.HasPrefix(s, "二") && (s == "二" || !strings.HasPrefix(s, "二十")) {
		s = "两" + strings.TrimPrefix(s, "二")
	}
	return s, nil
}
