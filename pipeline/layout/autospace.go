package layout

import (
	"unicode"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// Word's 自动调整中文与西文的间距 and 自动调整中文与数字的间距 (w:autoSpaceDE,
// w:autoSpaceDN, both on unless a paragraph or its style turns them off)
// put a little room where a Chinese character meets a Latin letter or a
// digit: “2023年”, “共15个”, “中文abc中文”. LibreOffice sets it a fifth of
// the type's size (a kerning portion, dropped where the line ends there);
// a full-width mark (（，“) and a space take none, nor does a character
// set in a grid cell (文档网格 指定行和字符网格), whose cell already spaces it.

// autoSpace gives each unit before such a meeting its room, after its
// glyphs (unit.after): the room is part of its width, so that the line
// breaks, tabs and justification count it, but not where the line ends on
// it (lineWidth, takeLine). sizePt is the paragraph's or cell's size.
func autoSpace(units []unit, sizePt float64, rules wordmodel.LineRules) {
	if rules.NoSpaceLatin && rules.NoSpaceDigits {
		return
	}
	for i := 1; i < len(units); i++ {
		a, b := &units[i-1], &units[i]
		if a.grid || b.grid || a.space || b.space || a.img != nil || b.img != nil || a.east != nil || b.east != nil || a.text == "" || b.text == "" {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(a.text)
		first, _ := utf8.DecodeRuneInString(b.text)
		west := first
		if !ideograph(last) {
			if !ideograph(first) {
				continue
			}
			west = last
		}
		var off bool
		switch {
		case west >= '0' && west <= '9':
			off = rules.NoSpaceDigits
		case west < 0x80 && unicode.IsLetter(west):
			off = rules.NoSpaceLatin
		default:
			continue
		}
		if off {
			continue
		}
		gap := max(unitSize(*a, sizePt), unitSize(*b, sizePt)) * ptToMM / 5
		a.width += gap
		a.after = float32(gap)
	}
}

// ideograph reports whether r is a Chinese character, kana or hangul:
// East Asian text that is not a mark.
func ideograph(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF { // the common 汉字, without the tables' search: a long table's cells ask for each
		return true
	}
	return r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}
