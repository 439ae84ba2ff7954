package ingest

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxText is the longest text a cell may hold: Excel's own limit, beyond
// which a workbook cannot keep what the Word file prints.
const maxText = 32767

// unwanted reports whether r may not reach an output: characters XML 1.0
// forbids (control characters other than tab and line breaks, U+FFFE,
// U+FFFF), which make a .docx that Word cannot open, and the bidirectional
// overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text
// read differently from what it says.
func unwanted(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\r'
	case r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError:
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// clean removes what may not reach an output from a cell's text, and says
// which characters it removed ("" when none).
func clean(s string) (string, string) {
	if !strings.ContainsFunc(s, unwanted) {
		return s, ""
	}
	var found []string
	seen := map[rune]bool{}
	out := strings.Map(func(r rune) rune {
		if !unwanted(r) {
			return r
		}
		if !seen[r] {
			seen[r] = true
			found = append(found, fmt.Sprintf("U+%04X", r))
		}
		return -1
	}, s)
	return out, strings.Join(found, "、")
}

// cleanCells removes unwanted characters from a row's cells, warning at
// each cell, and reports a text longer than a cell may hold.
func (r *tableReader) cleanCells(row int, cells []string) {
	for i, c := range cells {
		if c == "" {
			continue
		}
		at := r.at.Cell(i + 1).WithRow(row)
		if cleaned, removed := clean(c); removed != "" {
			cells[i] = cleaned
			r.ps.Warn(at, fmt.Sprintf("单元格中有不可见的控制字符或文字方向控制符（%s），已在所有输出中删除", removed))
		}
		if n := utf8.RuneCountInString(cells[i]); n > maxText {
			r.ps.Error(at, fmt.Sprintf("单元格有 %d 个字，超过 Excel 单元格的上限 %d 个字，请缩短", n, maxText))
			cells[i] = string([]rune(cells[i])[:maxText])
		}
	}
}
