package wordmodel

import (
	"strings"
)

// scripts reads what decides which of a run's four fonts Word sets each
// of its characters in (MS-OI29500 2.1.88, the layout's fontSlot): the
// High ANSI and complex-script fonts beside Font and LatinFont, w:rFonts'
// w:hint, the run's East Asian language (w:lang w:eastAsia) and w:cs.
// A run of w:cs takes its complex-script weight, slant and size (w:bCs,
// w:iCs, w:szCs), as Word shows it; Word's default size, 10 pt, where no
// layer sets w:szCs.
func (s *sheet) scripts(f *Run, all props) {
	f.OtherFont, f.ComplexFont = s.theme.font(all, "w:hAnsi"), s.theme.font(all, "w:cs")
	if attr(strongestWith(all, "w:rFonts", []string{"w:hint"}), "w:hint") == "eastAsia" {
		f.Hint = true
	}
	if lang := attr(strongestWith(all, "w:lang", []string{"w:eastAsia"}), "w:eastAsia"); strings.HasPrefix(strings.ToLower(lang), "zh") {
		f.Chinese = true
	}
	// w:rtl too sets the run in its complex-script font, but it also
	// turns its text right to left, which runs.go lists.
	if !all.on("w:cs") && !all.on("w:rtl") {
		return
	}
	f.Complex = true
	f.Bold, f.Italic = all.on("w:bCs"), all.on("w:iCs")
	f.Size = 10
	if v, ok := all.val("w:szCs"); ok {
		if n, err := parseFloat(v); err == nil && n > 0 {
			f.Size = n / 2
		}
	}
}

// The layout picks each character's font by its Unicode block (its
// fontSlot, MS-OI29500 2.1.88). A cell's stretches are cut where what
// picks it changes, but only where that changes the font of one of its
// characters: a long table of runs typed with and without a Chinese input
// method (w:hint) stays plain where its text is digits and 汉字.

// otherMatters reports whether text has a character the High ANSI font
// (w:hAnsi) may be picked for: beyond ASCII, and not of the blocks always
// East Asian.
func otherMatters(text string) bool {
	for _, r := range text {
		if r >= 0x80 && !alwaysEast(r) {
			return true
		}
	}
	return false
}

// hintMatters reports whether text has a character w:hint="eastAsia"
// moves to the East Asian font: Latin-1 signs, accented Latin, Greek and
// Cyrillic, general punctuation (“” — …) and symbols, private use, Latin
// ligatures.
func hintMatters(text string) bool {
	for _, r := range text {
		switch {
		case r >= 0xA0 && r <= 0x4FF, r >= 0x1E00 && r <= 0x1EFF, r >= 0x2000 && r <= 0x27BF,
			r >= 0xE000 && r <= 0xF8FF, r >= 0xFB00 && r <= 0xFB1C:
			return true
		}
	}
	return false
}

// pinyinMatters reports whether text has accented Latin, which a hint of
// eastAsia moves to the East Asian font only in a Chinese run.
func pinyinMatters(text string) bool {
	for _, r := range text {
		if r >= 0xC0 && r <= 0x2AF || r >= 0x1E00 && r <= 0x1EFF {
			return true
		}
	}
	return false
}

// alwaysEast reports whether r is of a block set in the East Asian font
// whatever the run's hint: CJK, kana, Hangul, full-width forms.
func alwaysEast(r rune) bool {
	return r >= 0x1100 && r <= 0x11FF || r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7FF ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE6F || r >= 0xFF00 && r <= 0xFFEF || r >= 0x20000 && r <= 0x2FFFF
}

// scriptsOf is what picks the font of each character of all the runs of
// paras, where they agree (a run whose text it does not touch agreeing
// with any): the High ANSI font, the hint and the language; "", false
// where they differ, each stretch then carrying its own.
func scriptsOf(paras []*Paragraph) (other string, hint, chinese bool) {
	var seen [3]bool
	var differ [3]bool
	for _, para := range paras {
		for _, r := range para.Runs {
			if strings.TrimSpace(r.Text) == "" {
				continue
			}
			if otherMatters(r.Text) {
				differ[0] = differ[0] || seen[0] && r.OtherFont != other
				other, seen[0] = r.OtherFont, true
			}
			if hintMatters(r.Text) {
				differ[1] = differ[1] || seen[1] && r.Hint != hint
				hint, seen[1] = r.Hint, true
			}
			differ[2] = differ[2] || seen[2] && r.Chinese != chinese
			chinese, seen[2] = r.Chinese, true
		}
	}
	if differ[0] {
		other = ""
	}
	if differ[1] {
		hint = false
	}
	if differ[2] {
		chinese = false
	}
	return other, hint, chinese
}
