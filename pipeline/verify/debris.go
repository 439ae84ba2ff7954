package verify

import (
	"fmt"
	"strings"
	"unicode"

	"jixiao/pipeline/output"
)

// An output holding more punctuation debris (output.Debris) than its
// filled-in values account for (a project may be named 某项目（）) is not
// published, as a leftover {{ is not.

// debris finds punctuation debris in an output's text, white space
// (a PDF's line breaks) not counted.
func debris(text string, placed []output.Placement, name string) []Mismatch {
	flat := strings.Join(strings.FieldsFunc(text, unicode.IsSpace), "")
	hits := output.Debris.FindAllStringIndex(flat, -1)
	if len(hits) == 0 {
		return nil
	}
	counts := map[string]int{}
	for _, p := range placed {
		for _, m := range output.Debris.FindAllString(strings.Join(strings.Fields(p.Printed), ""), -1) {
			counts[m]++
		}
	}
	var ms []Mismatch
	for _, h := range hits {
		mark := flat[h[0]:h[1]]
		if counts[mark] > 0 {
			counts[mark]-- // a filled-in value holds it
			continue
		}
		ms = append(ms, Mismatch{Output: name, Want: fmt.Sprintf("有标点残留“%s”：…%s…（多半是某个数字印出来为空；请把带标点的部分写成分句 clause，见 README“句子始终是完整的句子”）", mark, around(flat, h[0], h[1]))})
	}
	return ms
}

// around is up to fifteen characters either side of flat[start:end].
func around(flat string, start, end int) string {
	before, after := []rune(flat[:start]), []rune(flat[end:])
	return string(before[max(0, len(before)-15):]) + flat[start:end] + string(after[:min(len(after), 15)])
}
