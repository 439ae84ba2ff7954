package wordmodel

import (
	"maps"
	"slices"
	"strings"
)

// A STYLEREF field in a header or footer (a running header showing each
// page's chapter, 标题 1) shows the text of the first paragraph of its
// style on the page, or with \l the last; on a page without one, the
// last before it, and before the first, the first in the document. The
// layout knows the pages (package layout's styleref.go); the reader
// writes a placeholder whose run's Ref is the style's name as styles.xml
// names it. Its other switches (a paragraph's number \n \r \w, its
// position \p, \t) show what the PDF does not, and are listed.

// styleRef makes a margin's STYLEREF field f a placeholder; why not,
// otherwise.
func (s *sheet) styleRef(f *field) string {
	if s.inCell {
		return "页眉页脚表格中的 STYLEREF 域无法显示"
	}
	if len(f.words) < 2 || strings.HasPrefix(f.words[1], `\`) {
		return "没有样式名"
	}
	placed := StyleRefField
	for i := 2; i < len(f.words); i++ {
		switch w := f.words[i]; {
		case w == `\l` || w == `\L`:
			placed = StyleRefLastField
		case w == `\*` && i+1 < len(f.words) && textSwitchKnown(f.words[i+1]):
			i++
		default:
			return "开关 " + w + " 无法显示"
		}
	}
	name, ok := s.paragraphStyleNamed(f.words[1])
	if !ok {
		return "样式“" + f.words[1] + "”不是文档中的段落样式"
	}
	f.placed, f.ref = placed, name
	return ""
}

// builtinNames are Word's built-in styles as Chinese Word names them in a
// field (STYLEREF "标题 1"), by the names styles.xml gives them.
var builtinNames = map[string]string{"标题": "title", "副标题": "subtitle", "正文": "normal"}

// paragraphStyleNamed is the name in styles.xml of the paragraph style a
// field names: by that name, by Chinese Word's name of a built-in style
// (标题 1 is heading 1), or by its id.
func (s *sheet) paragraphStyleNamed(arg string) (string, bool) {
	want := strings.ToLower(strings.TrimSpace(arg))
	if n, ok := strings.CutPrefix(want, "标题 "); ok && len(n) == 1 && n >= "1" && n <= "9" {
		want = "heading " + n
	} else if b, ok := builtinNames[want]; ok {
		want = b
	}
	ids := slices.Sorted(maps.Keys(s.styles))
	for _, byName := range []bool{true, false} {
		for _, id := range ids {
			info := s.styles[id]
			if id != "" && info.table == nil && (byName && strings.ToLower(info.name) == want || !byName && strings.EqualFold(id, arg)) {
				return info.name, true
			}
		}
	}
	return "", false
}
