package definition

import (
	"strconv"
	"strings"
)

// ordinals are the Chinese numerals section headings are numbered with.
var ordinals = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
	"十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"}

// Ordinal is the Chinese numeral of heading n (1 → 一), for keys and messages.
func Ordinal(n int) string {
	if n >= 1 && n <= len(ordinals) {
		return ordinals[n-1]
	}
	return strconv.Itoa(n)
}

// headingNumber reads 一, 二、, （三） or 3 as a heading's number; 0 when
// it is none of these.
func headingNumber(s string) int {
	s = strings.Trim(strings.TrimSpace(s), "、.．()（）")
	for i, o := range ordinals {
		if s == o {
			return i + 1
		}
	}
	if n, err := strconv.Atoi(s); err == nil && n > 0 {
		return n
	}
	return 0
}

// heading checks a heading: filter of who (a section or a figure) over t,
// and returns the heading's number; 0 for none.
func (b *builder) heading(t *Table, raw string, line int, who string) int {
	if raw == "" {
		return 0
	}
	n := headingNumber(raw)
	switch {
	case n == 0:
		b.errorf(line, "%s 的 heading “%s”应为分组标题的序号，如 一、二（或 1、2）", who, raw)
	case !t.SectionRows:
		b.errorf(line, "%s 写了 heading: %s，但表格 %s 没有分组标题行：请在表格中写 section_rows: true", who, raw, t.Key)
	}
	return n
}
