package wordmodel

import (
	"strconv"
	"strings"
)

// FormatNumber writes n as a list label's number format shows it, as Word
// does. A format not known here is written in decimal, and the reader
// lists it among what the PDF does not show (knownFormat).
func FormatNumber(n int, format string) string {
	if tooLongToRepeat(format, n) {
		return strconv.Itoa(n)
	}
	switch format {
	case "none":
		return ""
	case "bullet":
		return ""
	case "decimalZero":
		if n < 10 && n >= 0 {
			return "0" + strconv.Itoa(n)
		}
	case "zeros:3", "zeros:4", "zeros:5":
		return zeroPadded(n, int(format[len(format)-1]-'0'))
	case "chineseCounting", "taiwaneseCounting":
		return chineseCounting(n)
	case "chineseCountingThousand":
		return chineseThousand.spell(n)
	case "taiwaneseCountingThousand":
		return taiwanThousand.spell(n)
	case "japaneseCounting":
		return japaneseCount.spell(n)
	case "chineseLegalSimplified":
		return legalSimplified.spell(n)
	case "ideographLegalTraditional":
		return legalTraditional.spell(n)
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
		if n >= 0 {
			return digitByDigit(n, '〇')
		}
	case "ideographTraditional":
		return upTo(n, "甲乙丙丁戊己庚辛壬癸")
	case "ideographZodiacTraditional":
		return sexagenary(n)
	case "japaneseLegal":
		return japaneseLegalCount.spell(n)
	case "japaneseDigitalTenThousand":
		if n >= 0 {
			return digitByDigit(n, '〇')
		}
	case "koreanDigital2":
		if n >= 0 {
			return digitByDigit(n, '零')
		}
	case "aiueoFullWidth":
		return cycled(n, aiueoKana)
	case "irohaFullWidth":
		return cycled(n, irohaKana)
	case "russianLower", "russianUpper":
		return russian(n, format == "russianUpper")
	case "dollarText":
		if s, ok := englishNumber(n, "cardinalText"); ok {
			return s + " and 00/100"
		}
	case "ideographZodiac":
		return upTo(n, "子丑寅卯辰巳午未申酉戌亥")
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
		"ideographLegalTraditional", "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "numberInDash",
		"ideographZodiacTraditional", "japaneseLegal", "japaneseDigitalTenThousand", "koreanDigital2", "aiueoFullWidth",
		"irohaFullWidth", "russianLower", "russianUpper", "dollarText", "zeros:3", "zeros:4", "zeros:5":
		return true
	}
	return false
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
