package wordmodel

import (
	"strconv"
	"strings"
)

// The Japanese kana, the sexagenary cycle and the Russian letters, as
// Word writes them (ECMA-376 17.18.59) where the repository's fonts have
// their glyphs. The half-width kana of aiueo and iroha (ｱ ｲ ｳ), Korean
// Hangul, Devanagari, Hebrew, Arabic, Thai and Vietnamese's letters are
// in none of them: those formats stay listed (knownFormat).

var (
	// aiueoKana are the 46 katakana in the order of the 五十音 table;
	// irohaKana the 48 of the iroha poem, ン last. Past the end both start
	// again (LibreOffice's AIU and IROHA numberings, which import them).
	aiueoKana = []rune("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン")
	irohaKana = []rune("イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン")
	// russianLetters are the 29 letters Word's Russian formats count
	// with: the alphabet without ё, й, ъ and ь.
	russianLetters = []rune("абвгдежзиклмнопрстуфхцчшщыэюя")
	stems          = []rune("甲乙丙丁戊己庚辛壬癸")
	branches       = []rune("子丑寅卯辰巳午未申酉戌亥")
	// japaneseLegalCount is 大字 as Word's japaneseLegal writes it: 壱拾弐,
	// 壱百, 壱阡, 壱萬, a 1 before each unit kept, no mark for a gap of
	// zeros (壱百壱).
	japaneseLegalCount = cjkCounting{[]rune("零壱弐参四伍六七八九"), []rune("拾百阡"), '萬', 0, keepOne}
)

// cycled writes the n-th sign of set, starting again past its end.
func cycled(n int, set []rune) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	return string(set[(n-1)%len(set)])
}

// sexagenary writes the n-th year name of the sixty-year cycle (甲子, 乙丑
// … 癸亥); past sixty, as ideographTraditional past ten, in decimal.
func sexagenary(n int) string {
	if n < 1 || n > 60 {
		return strconv.Itoa(n)
	}
	return string(stems[(n-1)%10]) + string(branches[(n-1)%12])
}

// russian writes n as Word's letter formats do, the letter repeated past
// the alphabet's end: а … я, аа, бб (LibreOffice counts on: аа, аб).
func russian(n int, upper bool) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	s := strings.Repeat(string(russianLetters[(n-1)%len(russianLetters)]), (n-1)/len(russianLetters)+1)
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

// customFormat is the format a Word 2010 custom number pattern (w:format)
// writes: its zero-padded decimals "001, 002, 003, ..." (the only
// patterns Word's 编号样式 list offers) as zeros:3; "custom", which
// FormatNumber does not know, for any other.
func customFormat(pattern string) string {
	first, _, _ := strings.Cut(pattern, ",")
	first = strings.TrimSpace(first)
	if len(first) < 2 || strings.Trim(first, "0") != "1" || !strings.HasSuffix(first, "1") ||
		strings.ReplaceAll(pattern, " ", "") != strings.Join([]string{first, first[:len(first)-1] + "2", first[:len(first)-1] + "3", "..."}, ",") {
		return "custom"
	}
	return "zeros:" + strconv.Itoa(len(first))
}

// zeroPadded writes n in decimal, zeros before it to width digits.
func zeroPadded(n, width int) string {
	s := strconv.Itoa(n)
	if n < 0 || len(s) >= width {
		return s
	}
	return strings.Repeat("0", width-len(s)) + s
}

// unwritten names, for the clerk, the script of a format the PDF cannot
// write, each the glyphs none of the repository's fonts has or the
// right-to-left shaping the layout does not do.
var unwritten = map[string]string{
	"aiueo": "半角片假名 ｱ、ｲ、ｳ", "iroha": "半角片假名 ｲ、ﾛ、ﾊ",
	"koreanCounting": "韩文数字", "koreanDigital": "韩文数字", "koreanLegal": "韩文数字", "ganada": "韩文字母", "chosung": "韩文字母",
	"hebrew1": "希伯来字母", "hebrew2": "希伯来字母", "arabicAlpha": "阿拉伯字母", "arabicAbjad": "阿拉伯字母",
	"thaiLetters": "泰文字母", "thaiNumbers": "泰文数字", "thaiCounting": "泰文数字", "bahtText": "泰文数字",
	"hindiVowels": "印地文字母", "hindiConsonants": "印地文字母", "hindiNumbers": "印地文数字", "hindiCounting": "印地文数字",
	"vietnameseCounting": "越南文数字", "custom": "Word 2010 的自定义编号格式",
}

// formatNamed is how a message names a format the PDF cannot write:
// “hebrew1”（希伯来字母）.
func formatNamed(format string) string {
	if what, ok := unwritten[format]; ok {
		return "“" + format + "”（" + what + "）"
	}
	return "“" + format + "”"
}
