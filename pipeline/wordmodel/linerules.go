package wordmodel

import (
	"html"
	"strings"

	"jixiao/pipeline/wordxml"
)

// LineRules are a paragraph's 中文版式 settings that decide where its
// lines may break (段落 → 中文版式 → 换行). They ride on Spacing, resolved
// through the same layers. Each is off unless a layer turns it off, as
// Word reads a document that writes none.
type LineRules struct {
	// NoKinsoku: 按中文习惯控制首尾字符 unticked (w:kinsoku w:val="0"): a
	// line may start with a closing mark (，。) and end with an opening
	// one.
	NoKinsoku bool
	// NoHang: 允许标点溢出边界 unticked (w:overflowPunct w:val="0"): a
	// comma or stop that does not fit takes the character before it down
	// to the next line instead of hanging past the margin.
	NoHang bool
	// BreakWords: 允许西文在单词中间换行 ticked (w:wordWrap w:val="0"): a
	// Latin word or number that does not fit is cut at the line's end,
	// character by character, instead of going down whole.
	BreakWords bool
	// NoSpaceLatin, NoSpaceDigits: 自动调整中文与西文的间距 (w:autoSpaceDE)
	// and 自动调整中文与数字的间距 (w:autoSpaceDN) unticked: no room is
	// added where a Chinese character meets a Latin letter or a digit.
	NoSpaceLatin, NoSpaceDigits bool
}

// resolveLineRules is the line rules the layers set.
func resolveLineRules(layers props) LineRules {
	off := func(name string) bool {
		_, set := layers.val(name)
		return set && !layers.on(name)
	}
	return LineRules{NoKinsoku: off("w:kinsoku"), NoHang: off("w:overflowPunct"), BreakWords: off("w:wordWrap"),
		NoSpaceLatin: off("w:autoSpaceDE"), NoSpaceDigits: off("w:autoSpaceDN")}
}

// Kinsoku are the characters no line may start with (NoStart, Word's
// 行首字符) and none may end with (NoEnd, 行尾字符), as 选项 → 中文版式 →
// 首尾字符设置 → 自定义 writes them in settings.xml (w:noLineBreaksBefore
// and w:noLineBreaksAfter, one pair a language). A document that writes
// none, or none for its Chinese, is broken by the layout's own lists.
type Kinsoku struct {
	NoStart, NoEnd string
}

// readKinsoku is settings' lists for the language lang (the document's
// East Asian language, "" for unknown), else for 简体中文; nil for none.
func readKinsoku(settings, lang string) *Kinsoku {
	find := func(name, want string) (string, bool) {
		for i := wordxml.Next(settings, name, 0, len(settings)); i >= 0; i = wordxml.Next(settings, name, i+1, len(settings)) {
			tag := settings[i : i+strings.IndexByte(settings[i:], '>')]
			if strings.EqualFold(attr(tag, "w:lang"), want) {
				return html.UnescapeString(attr(tag, "w:val")), true
			}
		}
		return "", false
	}
	for _, l := range []string{lang, "zh-CN"} {
		if l == "" {
			continue
		}
		before, ok1 := find("w:noLineBreaksBefore", l)
		after, ok2 := find("w:noLineBreaksAfter", l)
		if ok1 || ok2 {
			return &Kinsoku{NoStart: before, NoEnd: after}
		}
	}
	return nil
}
