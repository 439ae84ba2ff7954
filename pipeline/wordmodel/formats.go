package wordmodel

import (
	"strconv"
	"strings"
)

// FormatNumber writes n as a list label's number format shows it, as Word
// does. A format not known here is written in decimal, and the reader
// lists it among what the PDF does not show (knownFormat).
func FormatNumber(n int, format string) string {
	switch format {
	case "none":
		return ""
	case "bullet":
		return ""
	case "decimalZero":
		if n < 10 && n >= 0 {
			return "0" + strconv.Itoa(n)
		}
	case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting":
		return chineseCount(n, []rune("零一二三四五六七八九"), []rune("十百千"))
	case "chineseLegalSimplified":
		return chineseCount(n, []rune("零壹贰叁肆伍陆柒捌玖"), []rune("拾佰仟"))
	case "ideographLegalTraditional":
		return chineseCount(n, []rune("零壹貳參肆伍陸柒捌玖"), []rune("拾佰仟"))
	case "ordinal", "cardinalText", "ordinalText":
		if s, ok := englishNumber(n, format); ok {
			return s
		}
	case "hex":
		if n >= 0 {
			return strings.ToUpper(strconv.FormatInt(int64(n), 16))
		}
	case "chicago":
		// Word's footnote marks: *, †, ‡, §, then doubled, tripled.
		if n >= 1 {
			return strings.Repeat(string([]rune("*†‡§")[(n-1)%4]), (n-1)/4+1)
		}
	case "numberInDash":
		return "- " + strconv.Itoa(n) + " -"
	case "ideographDigital", "taiwaneseDigital":
		var b strings.Builder
		for _, d := range strconv.Itoa(n) {
			b.WriteRune([]rune("〇一二三四五六七八九")[d-'0'])
		}
		return b.String()
	case "ideographTraditional":
		return cycle(n, "甲乙丙丁戊己庚辛壬癸")
	case "ideographZodiac":
		return cycle(n, "子丑寅卯辰巳午未申酉戌亥")
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "decimalEnclosedParen":
		if n >= 1 && n <= 20 {
			return string(rune('⑴' + n - 1))
		}
	case "decimalEnclosedFullstop":
		if n >= 1 && n <= 20 {
			return string(rune('⒈' + n - 1))
		}
	case "decimalFullWidth", "decimalFullWidth2":
		return strings.Map(func(r rune) rune { return r - '0' + '０' }, strconv.Itoa(n))
	case "lowerLetter", "upperLetter":
		if n >= 1 {
			// Word repeats the letter: 27 is aa, 53 aaa.
			s := strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
			if format == "upperLetter" {
				s = strings.ToUpper(s)
			}
			return s
		}
	case "lowerRoman", "upperRoman":
		if n >= 1 && n < 4000 {
			s := roman(n)
			if format == "lowerRoman" {
				s = strings.ToLower(s)
			}
			return s
		}
	}
	return strconv.Itoa(n)
}

// knownFormat reports whether FormatNumber writes format as Word does.
func knownFormat(format string) bool {
	switch format {
	case "decimal", "decimalHalfWidth", "none", "bullet", "decimalZero", "chineseCounting", "chineseCountingThousand",
		"taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting", "chineseLegalSimplified",
		"ideographDigital", "taiwaneseDigital", "ideographTraditional", "ideographZodiac", "decimalEnclosedCircle",
		"decimalEnclosedCircleChinese", "ideographEnclosedCircle", "decimalEnclosedParen", "decimalEnclosedFullstop",
		"decimalFullWidth", "decimalFullWidth2", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman",
		"ideographLegalTraditional", "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "numberInDash":
		return true
	}
	return false
}

// chineseCount writes n in Chinese counting: 十, 十一, 二十一, 一百零一,
// 一百一十, 一千零一十. A leading 一十 is said 十 only below twenty.
func chineseCount(n int, digits, units []rune) string {
	if n <= 0 || n >= 10000 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	ds := strconv.Itoa(n)
	zero := false
	for i, c := range ds {
		d := int(c - '0')
		place := len(ds) - 1 - i
		if d == 0 {
			zero = true
			continue
		}
		if zero && b.Len() > 0 {
			b.WriteRune(digits[0])
		}
		zero = false
		if !(d == 1 && place == 1 && len(ds) == 2) {
			b.WriteRune(digits[d])
		}
		if place > 0 {
			b.WriteRune(units[place-1])
		}
	}
	return b.String()
}

func cycle(n int, set string) string {
	rs := []rune(set)
	if n < 1 {
		return strconv.Itoa(n)
	}
	return string(rs[(n-1)%len(rs)])
}

func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
