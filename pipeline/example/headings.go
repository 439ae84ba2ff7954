package example

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"jixiao/pipeline/tmpl"
)

// maxOmissible is how many headings before a typed heading number may be
// left out for its number to be rewritten: each doubles the nested
// {{if}}s that print it.
const maxOmissible = 4

// headingGuards puts a heading whose section may be left out under the
// guard of the paragraphs below it: a short paragraph of the body (no
// stop at its end, no figure of a section in it) followed, up to the next
// such heading or the end, only by paragraphs that one section's
// {{if .部分.有数据}} covers whole. When that section has no rows the
// heading prints nothing and the renderer drops its paragraph, its Word
// list label with it, so that Word (and the PDF) number the headings
// after it on without a gap. A heading number typed as text (（二）, 三、,
// 2.) goes with its heading, and the typed numbers of the same level
// after it are rewritten (renumber) to count only the headings printed.
// It returns the notes for the report: each heading guarded, and the
// typed numbers left as written.
func headingGuards(paras []*paragraph) (notes []string) {
	var guarded []*paragraph
	conds := map[*paragraph]string{}
	for i, h := range paras {
		if !isHeading(h) {
			continue
		}
		whole, n := "", 0
		ok := true
		for _, p := range paras[i+1:] {
			if !p.cell && strings.TrimSpace(string(p.text)) == "" {
				continue
			}
			if p.whole == "" {
				// The next heading ends the section's paragraphs; a
				// table or a sentence that stays keeps the heading.
				ok = isHeading(p)
				break
			}
			if whole != "" && p.whole != whole {
				ok = false
				break
			}
			whole, n = p.whole, n+1
		}
		if !ok || n == 0 {
			continue
		}
		h.reps = append(h.reps, replacement{0, 0, whole}, replacement{len(h.text), len(h.text), "{{end}}"})
		guarded = append(guarded, h)
		conds[h] = whole
		sec, _, _ := strings.Cut(strings.TrimPrefix(whole, "{{if ."), ".")
		notes = append(notes, fmt.Sprintf("第%d段的标题“%s”：下面各段只写“%s”部分，该部分没有数据时标题一并省略", i+1, strings.TrimSpace(string(h.text)), sec))
	}
	if len(guarded) == 0 {
		return nil
	}
	return append(notes, renumber(paras, conds)...)
}

// isHeading reports whether p may be a heading: a short paragraph of the
// body that does not end a sentence and prints no figure of a section.
func isHeading(p *paragraph) bool {
	t := strings.TrimSpace(string(p.text))
	if p.cell || t == "" || len([]rune(t)) > 60 || p.whole != "" || strings.Contains(t, "{{") ||
		strings.HasSuffix(t, "。") || strings.HasSuffix(t, "；") || strings.HasSuffix(t, ";") {
		return false
	}
	for _, m := range p.marks {
		if (m.State == Bound || m.State == Ambiguous) && strings.Contains(m.Candidates[m.Chosen].ID, ".") {
			return false
		}
	}
	return true
}

// typedNumber matches a heading number typed at a paragraph's start, in
// the four levels official documents use and their common variants.
var typedNumber = regexp.MustCompile(`^(\s*)(（|\()?([一二三四五六七八九十]+|[0-9]+)(）|\)|、|\.|．)`)

// numbered is a heading's typed number: where it is, its style (what is
// around the numeral, and whether the numeral is Chinese) and value.
type numbered struct {
	start, end  int // runes of the paragraph
	open, close string
	chinese     bool
	n           int
}

func numberOf(p *paragraph) (numbered, bool) {
	m := typedNumber.FindStringSubmatch(string(p.text))
	if m == nil || (m[2] == "") != (m[4] != "）" && m[4] != ")") {
		return numbered{}, false // （二、 or 二） is no number
	}
	out := numbered{start: len([]rune(m[1])), open: m[2], close: m[4]}
	out.end = len([]rune(m[0]))
	if v, err := strconv.Atoi(m[3]); err == nil {
		out.n = v
	} else {
		v, ok := chineseValue([]rune(m[3]))
		if !ok || tmpl.Helpers["中文数字"].(func(int) string)(int(v)) != m[3] {
			return numbered{}, false
		}
		out.n, out.chinese = int(v), true
	}
	return out, out.n > 0
}

func (nb numbered) style() string { return fmt.Sprint(nb.open, nb.close, nb.chinese) }

func (nb numbered) write(n int) string {
	if nb.chinese {
		return nb.open + tmpl.Helpers["中文数字"].(func(int) string)(n) + nb.close
	}
	return nb.open + strconv.Itoa(n) + nb.close
}

// renumber rewrites the typed numbers of the headings that follow a
// guarded one at its level: （三） after a （二） that may be left out
// prints {{if .部分.有数据}}（三）{{else}}（二）{{end}}. Headings of one
// level are those of one style numbered on from 1; a 1 starts the level
// again.
func renumber(paras []*paragraph, conds map[*paragraph]string) []string {
	var notes []string
	last := map[string]int{}        // style → the number of its last heading
	before := map[string][]string{} // style → the guards of its headings so far
	for k, p := range paras {
		if !isHeading(p) && conds[p] == "" {
			continue
		}
		nb, ok := numberOf(p)
		if !ok {
			continue
		}
		st := nb.style()
		if nb.n == 1 || nb.n != last[st]+1 {
			before[st] = nil
		}
		last[st] = nb.n
		switch gs := before[st]; {
		case len(gs) > maxOmissible:
			notes = append(notes, fmt.Sprintf("第%d段的序号“%s”：前面可省略的小节多于%d个，保留原文，请人工核对", k+1, nb.write(nb.n), maxOmissible))
		case len(gs) > 0:
			p.reps = append(p.reps, replacement{nb.start, nb.end, branches(gs, nb, nb.n)})
		}
		if c := conds[p]; c != "" {
			before[st] = append(before[st], c)
		}
	}
	return notes
}

// branches prints heading number n less one for each guard of gs that
// does not hold.
func branches(gs []string, nb numbered, n int) string {
	if len(gs) == 0 {
		return nb.write(n)
	}
	return gs[0] + branches(gs[1:], nb, n) + "{{else}}" + branches(gs[1:], nb, n-1) + "{{end}}"
}
