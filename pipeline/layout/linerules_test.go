package layout

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// laidLines are the body's text lines of docx's first page, each the
// texts drawn on one baseline in order across.
func laidLines(t *testing.T, docx []byte) []string {
	t.Helper()
	_, r := laidShapes(t, docx)
	texts := kindOf(r, opText)
	slices.SortStableFunc(texts, func(a, b op) int {
		if d := a.y - b.y; d > 0.01 || d < -0.01 {
			return cmp.Compare(a.y, b.y)
		}
		return cmp.Compare(a.x, b.x)
	})
	var lines []string
	last := -1.0
	for _, o := range texts {
		if o.y > r.blockBottom() {
			continue
		}
		if len(lines) == 0 || o.y-last > 0.01 {
			lines = append(lines, "")
		}
		lines[len(lines)-1] += o.text
		last = o.y
	}
	return lines
}

// ruledPara is a paragraph with pPr's line rules holding text.
func ruledPara(pPr, text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/>` + pPr + `<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>` + st.Text(text) + `</w:p>`
}

// perLine is how many 甲 a body line of the template holds.
func perLine(t *testing.T) int {
	t.Helper()
	lines := laidLines(t, st.Docx(t, ruledPara("", strings.Repeat("甲", 80)), nil))
	if len(lines) < 2 {
		t.Fatalf("80 characters in %d lines", len(lines))
	}
	return len([]rune(lines[0]))
}

// TestChineseLayoutRulesOfAParagraph: 段落 → 中文版式's 换行 boxes, as Word
// writes them in the paragraph's pPr, decide where its lines break. A
// comma falling just past a full line hangs past the margin (允许标点溢出
// 边界, the default); with that box unticked the character before it
// goes down with it; with 按中文习惯控制首尾字符 unticked too, the comma
// starts the next line. A Latin word that does not fit goes down whole,
// unless 允许西文在单词中间换行 is ticked: then it is cut at the margin.
func TestChineseLayoutRulesOfAParagraph(t *testing.T) {
	n := perLine(t)
	full := strings.Repeat("甲", n)
	comma := full + "，乙乙乙"
	word := strings.Repeat("甲", n-3) + "abcdefghijklmn乙乙"
	for _, c := range []struct {
		name, pPr, text string
		first, second   string // the lines' beginnings
	}{
		{"comma hangs", "", comma, full + "，", "乙"},
		{"no hanging", `<w:overflowPunct w:val="0"/>`, comma, full[:len(full)-len("甲")], "甲，"},
		{"no hanging, no kinsoku", `<w:kinsoku w:val="0"/><w:overflowPunct w:val="0"/>`, comma, full, "，"},
		{"word goes down", "", word, strings.Repeat("甲", n-3), "abc"},
		{"word cut", `<w:wordWrap w:val="0"/>`, word, strings.Repeat("甲", n-3) + "a", ""},
	} {
		lines := laidLines(t, st.Docx(t, ruledPara(c.pPr, c.text), nil))
		if len(lines) < 2 {
			t.Errorf("%s: %d lines %q", c.name, len(lines), lines)
			continue
		}
		if c.name == "word cut" {
			if !strings.HasPrefix(lines[0], c.first) || len([]rune(lines[0])) <= n-2 {
				t.Errorf("%s: first line %q, want the word cut at the margin", c.name, lines[0])
			}
			continue
		}
		if lines[0] != c.first || !strings.HasPrefix(lines[1], c.second) {
			t.Errorf("%s: lines %q / %q, want %q / %q…", c.name, lines[0], lines[1], c.first, c.second)
		}
	}
}

// TestAStylesLineRulesReachItsParagraphs: the rules set in a paragraph
// style (the clerk changes 正文's 中文版式) hold for its paragraphs.
func TestAStylesLineRulesReachItsParagraphs(t *testing.T) {
	n := perLine(t)
	docx := opctest.Edit(t, st.Docx(t, ruledPara("", strings.Repeat("甲", n)+"，乙乙乙"), nil), map[string]func(string) string{
		"word/styles.xml": func(s string) string {
			i := strings.Index(s, `w:styleId="Normal"`)
			j := i + strings.Index(s[i:], "<w:pPr>") + len("<w:pPr>")
			if i < 0 || j < i {
				t.Fatal("no Normal style with a pPr")
			}
			return s[:j] + `<w:kinsoku w:val="0"/><w:overflowPunct w:val="0"/>` + s[j:]
		},
	})
	if lines := laidLines(t, docx); len(lines) < 2 || !strings.HasPrefix(lines[1], "，") {
		t.Errorf("lines %q, want the second to start with the comma", lines)
	}
}

// TestTheDocumentsOwnKinsokuLists: 选项 → 中文版式 → 首尾字符设置 → 自定义,
// saved in settings.xml, replaces the layout's lists: a list of marks
// that may not start a line that leaves out the comma lets it start one
// (where it may not hang), and Word's standard lists, as Chinese Word
// writes them, keep it off the line's start.
func TestTheDocumentsOwnKinsokuLists(t *testing.T) {
	n := perLine(t)
	text := strings.Repeat("甲", n) + "，乙乙乙"
	withLists := func(before string) []byte {
		return opctest.Edit(t, st.Docx(t, ruledPara(`<w:overflowPunct w:val="0"/>`, text), nil), map[string]func(string) string{
			"word/settings.xml": func(s string) string {
				lists := `<w:noLineBreaksAfter w:lang="zh-CN" w:val="$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥"/><w:noLineBreaksBefore w:lang="zh-CN" w:val="` + before + `"/>`
				if i := strings.Index(s, "<w:compat"); i >= 0 {
					return s[:i] + lists + s[i:]
				}
				return strings.Replace(s, "</w:settings>", lists+"</w:settings>", 1)
			},
		})
	}
	if lines := laidLines(t, withLists("。")); len(lines) < 2 || !strings.HasPrefix(lines[1], "，") {
		t.Errorf("a list without the comma: lines %q, want the second to start with it", lines)
	}
	word := `!%),.:;&gt;?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠`
	if lines := laidLines(t, withLists(word)); len(lines) < 2 || !strings.HasPrefix(lines[1], "甲，") {
		t.Errorf("Word's standard list: lines %q, want the comma to take a character down", lines)
	}
}

// cellTable is a one-cell table of the text width whose paragraph has
// pPr's line rules and holds text.
func cellTable(pPr, text string) string {
	return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="8800"/></w:tblGrid>` +
		`<w:tr><w:tc><w:tcPr><w:tcW w:w="5000" w:type="pct"/></w:tcPr><w:p><w:pPr>` + pPr + `<w:jc w:val="left"/></w:pPr>` + st.Text(text) + `</w:p></w:tc></w:tr></w:tbl>` + st.Para()
}

// TestChineseLayoutRulesInACell: a table cell's paragraph breaks by its
// own 中文版式 boxes as the body's do (a cell's comma never hangs).
func TestChineseLayoutRulesInACell(t *testing.T) {
	lines := laidLines(t, st.Docx(t, cellTable("", strings.Repeat("甲", 80)), nil))
	if len(lines) < 2 {
		t.Fatalf("80 characters in a cell in %d lines", len(lines))
	}
	n := len([]rune(lines[0]))
	text := strings.Repeat("甲", n) + "，乙乙乙"
	if lines := laidLines(t, st.Docx(t, cellTable("", text), nil)); len(lines) < 2 || !strings.HasPrefix(lines[1], "甲，") {
		t.Errorf("kinsoku on: lines %q, want the comma to take a character down", lines)
	}
	if lines := laidLines(t, st.Docx(t, cellTable(`<w:kinsoku w:val="0"/>`, text), nil)); len(lines) < 2 || !strings.HasPrefix(lines[1], "，") {
		t.Errorf("kinsoku off: lines %q, want the second to start with the comma", lines)
	}
	word := strings.Repeat("甲", n-3) + "abcdefghijklmn"
	if lines := laidLines(t, st.Docx(t, cellTable(`<w:wordWrap w:val="0"/>`, word), nil)); len(lines) < 2 || !strings.Contains(lines[0], "a") {
		t.Errorf("words cut: lines %q, want the word begun on the first", lines)
	}
}
