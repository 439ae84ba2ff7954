package wordmodel

import "testing"

// TestNumberFormatsAsWordShowsThem: each numFmt, against the labels Word
// (and WPS) show for it.
func TestNumberFormatsAsWordShowsThem(t *testing.T) {
	cases := []struct {
		format string
		n      int
		want   string
	}{
		{"decimal", 7, "7"}, {"decimal", 12, "12"}, {"decimalZero", 3, "03"}, {"decimalZero", 12, "12"},
		{"chineseCounting", 1, "一"}, {"chineseCounting", 9, "九"}, {"chineseCounting", 10, "十"},
		{"chineseCounting", 11, "十一"}, {"chineseCounting", 19, "十九"}, {"chineseCounting", 20, "二十"},
		{"chineseCounting", 21, "二十一"}, {"chineseCounting", 99, "九十九"}, {"chineseCounting", 100, "一百"},
		{"chineseCounting", 101, "一百零一"}, {"chineseCounting", 110, "一百一十"}, {"chineseCounting", 111, "一百一十一"},
		{"chineseCounting", 1000, "一千"}, {"chineseCounting", 1001, "一千零一"}, {"chineseCounting", 1010, "一千零一十"},
		{"chineseCountingThousand", 10, "十"}, {"chineseCountingThousand", 35, "三十五"}, {"chineseCountingThousand", 205, "二百零五"},
		{"chineseLegalSimplified", 12, "拾贰"}, {"chineseLegalSimplified", 3, "叁"},
		{"ideographDigital", 10, "一〇"}, {"ideographDigital", 23, "二三"},
		{"ideographTraditional", 1, "甲"}, {"ideographTraditional", 3, "丙"}, {"ideographTraditional", 10, "癸"},
		{"ideographZodiac", 2, "丑"},
		{"decimalEnclosedCircle", 1, "①"}, {"decimalEnclosedCircleChinese", 10, "⑩"}, {"decimalEnclosedCircle", 20, "⑳"},
		{"decimalEnclosedCircle", 21, "21"}, {"decimalEnclosedParen", 2, "⑵"}, {"decimalEnclosedFullstop", 3, "⒊"},
		{"decimalFullWidth", 1, "１"}, {"decimalFullWidth", 12, "１２"},
		{"lowerLetter", 1, "a"}, {"lowerLetter", 26, "z"}, {"lowerLetter", 27, "aa"}, {"upperLetter", 28, "BB"},
		{"lowerRoman", 4, "iv"}, {"upperRoman", 1994, "MCMXCIV"}, {"upperRoman", 9, "IX"},
		{"none", 5, ""}, {"bullet", 5, ""},
		{"ideographLegalTraditional", 13, "拾參"}, {"ideographLegalTraditional", 205, "貳佰零伍"},
		{"ordinal", 1, "1st"}, {"ordinal", 2, "2nd"}, {"ordinal", 3, "3rd"}, {"ordinal", 4, "4th"}, {"ordinal", 11, "11th"},
		{"ordinal", 12, "12th"}, {"ordinal", 13, "13th"}, {"ordinal", 21, "21st"}, {"ordinal", 102, "102nd"}, {"ordinal", 111, "111th"},
		{"cardinalText", 1, "One"}, {"cardinalText", 15, "Fifteen"}, {"cardinalText", 21, "Twenty-one"}, {"cardinalText", 40, "Forty"},
		{"cardinalText", 101, "One hundred one"}, {"cardinalText", 1200, "One thousand two hundred"},
		{"ordinalText", 1, "First"}, {"ordinalText", 2, "Second"}, {"ordinalText", 3, "Third"}, {"ordinalText", 5, "Fifth"},
		{"ordinalText", 8, "Eighth"}, {"ordinalText", 9, "Ninth"}, {"ordinalText", 12, "Twelfth"}, {"ordinalText", 20, "Twentieth"},
		{"ordinalText", 21, "Twenty-first"}, {"ordinalText", 100, "One hundredth"}, {"ordinalText", 14, "Fourteenth"},
		{"hex", 26, "1A"}, {"chicago", 1, "*"}, {"chicago", 4, "§"}, {"chicago", 6, "††"}, {"numberInDash", 3, "- 3 -"},
	}
	for _, c := range cases {
		if got := FormatNumber(c.n, c.format); got != c.want {
			t.Errorf("%s %d = %q, want %q", c.format, c.n, got, c.want)
		}
		if !knownFormat(c.format) {
			t.Errorf("%s not known", c.format)
		}
	}
	for _, unknown := range []string{"hebrew1", "arabicAlpha", "thaiLetters", "koreanDigital"} {
		if knownFormat(unknown) {
			t.Errorf("%s, which is not written as Word does, is known", unknown)
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
