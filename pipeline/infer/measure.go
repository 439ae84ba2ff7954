package infer

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"jixiao/pipeline/ingest"
)

// ems is how wide text prints, in ems: a CJK character or a full-width
// sign is one, a digit, a Latin letter or a half-width sign half, as the
// fonts of the table style set them.
func ems(text string) float64 {
	w := 0.0
	for _, r := range text {
		if r < 0x2E80 && utf8.RuneLen(r) < 3 {
			w += 0.5
		} else {
			w++
		}
	}
	return w
}

// span is how many columns the merge starting at (row, col), 1-based,
// covers; 1 where none does.
func span(merges [][4]int, row, col int) int {
	for _, m := range merges {
		if m[0] == row && m[1] == col {
			return m[3] - m[1] + 1
		}
	}
	return 1
}

// headingText is a section heading row's title: the first filled cell
// after its number.
func headingText(cells []string, seqCol int) string {
	for _, c := range cells[seqCol+1:] {
		if c = strings.TrimSpace(c); c != "" {
			return c
		}
	}
	return ""
}

// commonest is the key counted most often, the first in order among equals.
func commonest(n map[string]int) string {
	best := ""
	for _, k := range slices.Sorted(maps.Keys(n)) {
		if best == "" || n[k] > n[best] {
			best = k
		}
	}
	return best
}

// yearWords finds a year in a name: 2023年, 2022, 2023年底 (whose 年底 stays).
var yearWords = regexp.MustCompile(`(?:19|20)\d\d(?:(年)(底|末|初)|年度|年)?`)

// yearless is a header without its year, for a key that still names the
// column next year: 截至2023年底已发债券规模 → 截至年底已发债券规模.
func yearless(s string) string {
	return strings.TrimSpace(yearWords.ReplaceAllString(s, "${1}${2}"))
}

// mergedHeadings takes out of data the section headings written as one
// cell merged across the table (一、项目绩效评价 over A:F), as a build
// reads them, keeping their titles: they are no column's values, so they
// count in no column's kind or width.
func (t *table) mergedHeadings(merges [][4]int, head []string, data []ingest.RawRow) []ingest.RawRow {
	first, last := 0, 0
	for i, h := range head {
		if strings.TrimSpace(h) != "" {
			if first == 0 {
				first = i + 1
			}
			last = i + 1
		}
	}
	var out []ingest.RawRow
	for _, r := range data {
		if _, title, ok := ingest.MergedHeading(merges, r.Row, first, last, r.Cells); ok {
			t.sectionRows, t.mergedHeads = true, true
			t.headings = append(t.headings, title)
			t.headingRows = append(t.headingRows, r.Row)
			continue
		}
		out = append(out, r)
	}
	return out
}
