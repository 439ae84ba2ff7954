package ingest

import (
	"regexp"
	"strings"
)

// joinHeader reads a two-level header: an upper row whose cells are
// merged across the columns they head (资金（万元） over 中央, 省级, 县级)
// and a lower row naming each column, with single columns merged down
// over both. Each column's header is its upper and lower texts joined
// (资金（万元）中央); a column merged down keeps its one text. ok is
// false when no cell of the upper row is merged across columns: then the
// two rows are two rows.
func joinHeader(merges *mergeIndex, upperRow int, upper, lower []string) ([]string, bool) {
	width := max(len(upper), len(lower))
	joined := make([]string, width)
	across := false
	for c := 1; c <= width; c++ {
		u, l := strings.TrimSpace(cellAt(upper, c)), strings.TrimSpace(cellAt(lower, c))
		if m, ok := merges.cover(upperRow, c); ok && m.top == upperRow {
			if m.bottom > upperRow {
				l = "" // merged down over both rows: one header
			}
			if m.right > m.left && m.bottom == upperRow {
				across = true
			}
			u = strings.TrimSpace(cellAt(upper, m.left))
		}
		joined[c-1] = u + l
	}
	return joined, across
}

func cellAt(cells []string, col int) string {
	if col < 1 || col > len(cells) {
		return ""
	}
	return cells[col-1]
}

// innerUnit finds a bracketed unit inside a normalised header, as a
// two-level header has it: 资金(万元)中央.
var innerUnit = regexp.MustCompile(`[(\[](元|万元|亿元)[)\]]`)
