package ingest

import "strings"

// A header of two rows saved where merges are not kept (a CSV file; an
// .xlsx whose clerk centred the upper texts across their columns instead
// of merging them) has each upper text once, in the first column it heads,
// and empty cells after it: 预算数（万元）,,, over 其中：中央,省级,县级. The
// upper text spans the empty cells after it that the lower row names, up
// to the next upper text, as the merge it was. Where that is not sure it
// is refused, never guessed: a lower text with no upper text to its left,
// or after an upper text whose own column is empty below (执行数 over
// nothing, then 中央 under an empty cell: is 中央 under 执行数, or is 执行数
// a column of its own and 中央's upper text lost?).

// impliedSpans returns the merges across the upper row that an unmerged
// two-row header implies, and the lower row's columns (1-based) whose
// upper text is unsure; no spans when nothing spans.
func impliedSpans(upperRow int, upper, lower []string) (spans []span, unsure []int) {
	width := max(len(upper), len(lower))
	at := func(cells []string, c int) string { return strings.TrimSpace(cellAt(cells, c)) }
	for c := 1; c <= width; {
		if at(upper, c) == "" {
			if at(lower, c) != "" {
				unsure = append(unsure, c)
			}
			c++
			continue
		}
		e := c
		for e < width && at(upper, e+1) == "" && at(lower, e+1) != "" {
			e++
		}
		switch {
		case e == c:
		case at(lower, c) == "":
			for u := c + 1; u <= e; u++ {
				unsure = append(unsure, u)
			}
		default:
			spans = append(spans, span{top: upperRow, left: c, bottom: upperRow, right: e})
		}
		c = e + 1
	}
	return spans, unsure
}

// ImpliedSpans is impliedSpans for init --from: the merges (top, left,
// bottom, right) an unmerged two-row header implies, and the lower row's
// unsure columns.
func ImpliedSpans(upperRow int, upper, lower []string) (merges [][4]int, unsure []int) {
	spans, unsure := impliedSpans(upperRow, upper, lower)
	for _, s := range spans {
		merges = append(merges, [4]int{s.top, s.left, s.bottom, s.right})
	}
	return merges, unsure
}

// joinUnmerged reads two header rows as a two-level header from the
// sheet's merges, or, where no merge starts in the upper row, from the
// merges its layout implies when they are sure.
func joinUnmerged(merges *mergeIndex, upperRow int, upper, lower []string) ([]string, bool) {
	if joined, ok := joinHeader(merges, upperRow, upper, lower); ok || len(merges.startingAt(upperRow)) > 0 {
		return joined, ok
	}
	spans, unsure := impliedSpans(upperRow, upper, lower)
	if len(spans) == 0 || len(unsure) > 0 {
		return nil, false
	}
	return joinHeader(newMergeIndex(spans), upperRow, upper, lower)
}
