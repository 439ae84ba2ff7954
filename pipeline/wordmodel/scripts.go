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
