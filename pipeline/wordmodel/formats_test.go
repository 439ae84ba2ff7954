package wordmodel

import (
	"strconv"
	"testing"
)

// TestNumberFormatsAsWordShowsThem: each numFmt, against the labels Word
// (and WPS) show for it.
func TestNumberFormatsAsWordShowsThem(t *testing.T) {
	cases := []struct {
		format string
		n      int
		want   string
	}{
		{"decimal", 7, "7"}, {"decimal", 12, "12"}, {"decimalZero", 3, "03"}, {"decimalZero", 12, "12"},
		{"ideographDigital", 10, "一〇"}, {"ideographDigital", 23, "二三"}, {"ideographDigital", 0, "〇"},
		{"ideographTraditional", 1, "甲"}, {"ideographTraditional", 3, "丙"}, {"ideographTraditional", 10, "癸"},
		{"ideographZodiac", 2, "丑"}, {"ideographZodiac", 12, "亥"},
		{"decimalEnclosedCircle", 1, "①"}, {"decimalEnclosedCircleChinese", 10, "⑩"}, {"decimalEnclosedCircle", 20, "⑳"},
		{"decimalEnclosedCircle", 21, "21"}, {"decimalEnclosedParen", 2, "⑵"}, {"decimalEnclosedFullstop", 3, "⒊"},
		{"decimalFullWidth", 1, "１"}, {"decimalFullWidth", 12, "１２"},
		{"lowerLetter", 1, "a"}, {"lowerLetter", 26, "z"}, {"lowerLetter", 27, "aa"}, {"upperLetter", 28, "BB"},
		{"lowerRoman", 4, "iv"}, {"upperRoman", 1994, "MCMXCIV"}, {"upperRoman", 9, "IX"},
		{"none", 5, ""}, {"bullet", 5, ""},
		{"ordinal", 1, "1st"}, {"ordinal", 2, "2nd"}, {"ordinal", 3, "3rd"}, {"ordinal", 4, "4th"}, {"ordinal", 11, "11th"},
		{"ordinal", 12, "12th"}, {"ordinal", 13, "13th"}, {"ordinal", 21, "21st"}, {"ordinal", 102, "102nd"}, {"ordinal", 111, "111th"},
		{"cardinalText", 1, "One"}, {"cardinalText", 15, "Fifteen"}, {"cardinalText", 21, "Twenty-one"}, {"cardinalText", 40, "Forty"},
		{"cardinalText", 101, "One hundred one"}, {"cardinalText", 1200, "One thousand two hundred"},
		{"ordinalText", 1, "First"}, {"ordinalText", 2, "Second"}, {"ordinalText", 3, "Third"}, {"ordinalText", 5, "Fifth"},
		{"ordinalText", 8, "Eighth"}, {"ordinalText", 9, "Ninth"}, {"ordinalText", 12, "Twelfth"}, {"ordinalText", 20, "Twentieth"},
		{"ordinalText", 21, "Twenty-first"}, {"ordinalText", 100, "One hundredth"}, {"ordinalText", 14, "Fourteenth"},
		{"hex", 26, "1A"}, {"chicago", 1, "*"}, {"chicago", 4, "§"}, {"chicago", 6, "††"}, {"numberInDash", 3, "- 3 -"},
		{"aiueoFullWidth", 1, "ア"}, {"aiueoFullWidth", 11, "サ"}, {"aiueoFullWidth", 46, "ン"}, {"aiueoFullWidth", 47, "ア"},
		{"irohaFullWidth", 1, "イ"}, {"irohaFullWidth", 10, "ヌ"}, {"irohaFullWidth", 25, "ヰ"}, {"irohaFullWidth", 48, "ン"},
		{"irohaFullWidth", 61, "ワ"},
		{"japaneseLegal", 1, "壱"}, {"japaneseLegal", 10, "壱拾"}, {"japaneseLegal", 12, "壱拾弐"}, {"japaneseLegal", 101, "壱百壱"},
		{"japaneseLegal", 1234, "壱阡弐百参拾四"}, {"japaneseLegal", 10000, "壱萬"},
		{"japaneseDigitalTenThousand", 12, "一二"}, {"japaneseDigitalTenThousand", 105, "一〇五"},
		{"koreanDigital2", 12, "一二"}, {"koreanDigital2", 10, "一零"},
		{"ideographZodiacTraditional", 1, "甲子"}, {"ideographZodiacTraditional", 11, "甲戌"},
		{"ideographZodiacTraditional", 60, "癸亥"}, {"ideographZodiacTraditional", 61, "61"},
		{"russianLower", 1, "а"}, {"russianLower", 10, "к"}, {"russianLower", 26, "ы"}, {"russianLower", 29, "я"},
		{"russianLower", 30, "аа"}, {"russianUpper", 2, "Б"}, {"russianUpper", 31, "ББ"},
		{"dollarText", 1, "One and 00/100"}, {"dollarText", 12, "Twelve and 00/100"},
	}
	for _, c := range cases {
		if got := FormatNumber(c.n, c.format); got != c.want {
			t.Errorf("%s %d = %q, want %q", c.format, c.n, got, c.want)
		}
		if !knownFormat(c.format) {
			t.Errorf("%s not known", c.format)
		}
	}
	for format := range unwritten {
		if knownFormat(format) {
			t.Errorf("%s is named as unwritten but known", format)
		}
	}
	for _, unknown := range []string{"hebrew1", "hebrew2", "arabicAlpha", "arabicAbjad", "thaiLetters", "thaiNumbers",
		"thaiCounting", "bahtText", "koreanDigital", "koreanCounting", "koreanLegal", "ganada", "chosung", "aiueo", "iroha",
		"hindiVowels", "hindiConsonants", "hindiNumbers", "hindiCounting", "vietnameseCounting", "someFutureFormat"} {
		if knownFormat(unknown) {
			t.Errorf("%s, which is not written as Word does, is known", unknown)
		}
		if _, named := unwritten[unknown]; !named && unknown != "someFutureFormat" {
			t.Errorf("%s: its script not named for the clerk", unknown)
		}
	}
}

// TestSymbolFontsMapToUnicode: Wingdings' and Symbol's characters, as
// Word writes them (F0FE, or FE), are the Unicode characters they show.
func TestSymbolFontsMapToUnicode(t *testing.T) {
	cases := []struct{ font, in, want string }{
		{"Wingdings", "\uF0FE", "☑"}, {"Wingdings", "\uF0A8", "☐"}, {"Wingdings", "\u00FC", "✓"}, {"Wingdings", "\uF0FB", "✗"},
		{"Wingdings", "\uF06E", "■"}, {"Wingdings", "\uF06F", "□"}, {"Wingdings", "\uF06C", "●"}, {"Wingdings", "\uF0D8", "➢"},
		{"Wingdings", "\uF0A7", "▪"}, {"Symbol", "\uF0B7", "•"}, {"symbol", "\uF0D6", "√"}, {"Wingdings 2", "\uF052", "☑"},
		{"Wingdings 2", "\uF0A3", "□"}, {"宋体", "口", "口"}, {"Courier New", "o", "o"}, {"Wingdings", "þ合格 ¨", "☑合格 ☐"},
	}
	for _, c := range cases {
		if got, ok := symbolText(c.font, c.in); !ok || got != c.want {
			t.Errorf("%s %U = %q (%v), want %q", c.font, []rune(c.in)[0], got, ok, c.want)
		}
	}
	if _, ok := symbolText("Wingdings", "\uF021"); ok {
		t.Error("an unmapped Wingdings character is taken as mapped")
	}
}

// TestCJKCountingAsWordWritesIt: the counting formats at the numbers where
// they part ways (10, 11, 20, 100, 101, 110, 1000 and past 万), as Word
// writes each (formats_cjk.go names the sources).
func TestCJKCountingAsWordWritesIt(t *testing.T) {
	ns := []int{1, 10, 11, 20, 21, 99, 100, 101, 110, 111, 1000, 1001, 1010, 10000, 10011, 10101}
	want := map[string][]string{
		"chineseCounting": {"一", "十", "十一", "二十", "二十一", "九十九", "一○○", "一○一", "一一○", "一一一",
			"一○○○", "一○○一", "一○一○", "一○○○○", "一○○一一", "一○一○一"},
		"chineseCountingThousand": {"一", "十", "十一", "二十", "二十一", "九十九", "一百", "一百〇一", "一百一十", "一百一十一",
			"一千", "一千〇一", "一千〇一十", "一万", "一万〇一十一", "一万〇一百〇一"},
		"taiwaneseCountingThousand": {"一", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十", "一百一十一",
			"一千", "一千零一", "一千零一十", "一萬", "一萬零一十一", "一萬零一百零一"},
		"japaneseCounting": {"一", "十", "十一", "二十", "二十一", "九十九", "百", "百一", "百十", "百十一",
			"千", "千一", "千十", "一万", "一万十一", "一万百一"},
		"chineseLegalSimplified": {"壹", "壹拾", "壹拾壹", "贰拾", "贰拾壹", "玖拾玖", "壹佰", "壹佰零壹", "壹佰壹拾", "壹佰壹拾壹",
			"壹仟", "壹仟零壹", "壹仟零壹拾", "壹万", "壹万零壹拾壹", "壹万零壹佰零壹"},
		"ideographLegalTraditional": {"壹", "壹拾", "壹拾壹", "貳拾", "貳拾壹", "玖拾玖", "壹佰", "壹佰零壹", "壹佰壹拾", "壹佰壹拾壹",
			"壹仟", "壹仟零壹", "壹仟零壹拾", "壹萬", "壹萬零壹拾壹", "壹萬零壹佰零壹"},
	}
	// Taiwan's counting is China's; 甲乙 and 子丑 end at their tenth and
	// twelfth, decimal after.
	want["taiwaneseCounting"] = want["chineseCounting"]
	for format, signs := range map[string][]string{"ideographTraditional": {"甲", "癸"}, "ideographZodiac": {"子", "酉", "戌"}} {
		for _, n := range ns[len(signs):] {
			signs = append(signs, strconv.Itoa(n))
		}
		want[format] = signs
	}
	for format, labels := range want {
		for i, n := range ns {
			if got := FormatNumber(n, format); got != labels[i] {
				t.Errorf("%s %d = %q, want %q", format, n, got, labels[i])
			}
		}
	}
	more := []struct {
		format string
		n      int
		want   string
	}{
		{"chineseCountingThousand", 13456, "一万三千四百五十六"}, {"chineseLegalSimplified", 1000200, "壹佰万零贰佰"},
		{"chineseLegalSimplified", 500000, "伍拾万"}, {"japaneseCounting", 1234, "千二百三十四"},
		{"japaneseCounting", 2025, "二千二十五"}, {"chineseCountingThousand", 100000000, "100000000"},
		{"chineseCounting", 0, "0"}, {"chineseCountingThousand", 0, "0"},
	}
	for _, c := range more {
		if got := FormatNumber(c.n, c.format); got != c.want {
			t.Errorf("%s %d = %q, want %q", c.format, c.n, got, c.want)
		}
	}
}
