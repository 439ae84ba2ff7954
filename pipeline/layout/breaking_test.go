package layout

import (
	"strings"
	"testing"
)

// cjk makes units one cell wide each, and runs as wide as their letters,
// half a cell each.
func testUnits(text string) []unit {
	var out []unit
	for _, s := range split(nil, text) {
		w := 1.0
		if !isWide(s) {
			w = 0.5 * float64(len([]rune(s)))
		}
		out = append(out, unit{text: s, width: w, space: s == " "})
	}
	return out
}

func texts(lines [][]unit) []string {
	var out []string
	for _, l := range lines {
		var b strings.Builder
		for _, u := range l {
			b.WriteString(u.text)
		}
		out = append(out, b.String())
	}
	return out
}

func TestSplitKeepsRunsWhole(t *testing.T) {
	got := strings.Join(split(nil, "涉及金额10790.69万元，2018-2021年G241和2,272.47"), "|")
	want := "涉|及|金|额|10790.69|万|元|，|2018-2021|年|G241|和|2,272.47"
	if got != want {
		t.Errorf("split = %s\nwant %s", got, want)
	}
}

func TestNoLineStartsWithClosingPunctuation(t *testing.T) {
	// Five cells a line: the comma would start line 2, so 四 moves down with it.
	lines := texts(lineBreak(nil, testUnits("一二三四五，六七八"), 5, 5))
	if strings.Join(lines, "/") != "一二三四/五，六七八" {
		t.Errorf("lines = %q", lines)
	}
	for _, l := range texts(lineBreak(nil, testUnits("评价等级为“优”的3个，评价等级为“良”的13个。"), 6, 6)) {
		if strings.ContainsAny(firstRune(l), noStart) {
			t.Errorf("line starts with closing punctuation: %q", l)
		}
		if strings.ContainsAny(lastRune(l), noEnd) {
			t.Errorf("line ends with opening punctuation: %q", l)
		}
	}
}

func TestNoLineEndsWithOpeningPunctuation(t *testing.T) {
	lines := texts(lineBreak(nil, testUnits("一二三四“优”"), 5, 5))
	if strings.Join(lines, "/") != "一二三四/“优”" {
		t.Errorf("lines = %q", lines)
	}
}

func TestRunsAreNeverSplit(t *testing.T) {
	lines := texts(lineBreak(nil, testUnits("金额为10790.69万元"), 6, 6))
	found := false
	for _, l := range lines {
		found = found || strings.Contains(l, "10790.69")
	}
	if !found {
		t.Errorf("the run was split: %q", lines)
	}
}

func TestFirstLineIndent(t *testing.T) {
	lines := texts(lineBreak(nil, testUnits("一二三四五六七八"), 3, 5))
	if strings.Join(lines, "/") != "一二三/四五六七八" {
		t.Errorf("lines = %q", lines)
	}
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}
