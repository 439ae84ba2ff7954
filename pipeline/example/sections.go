package example

import (
	"slices"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/wordxml"
)

// guards wraps each sentence of a paragraph whose bound figures are all of
// one section in {{if .部分.有数据}}…{{end}}, so that a section the
// workbook lacks this year leaves its sentence out rather than printing
// 0个 and 0.00万元; a paragraph that is all such sentences is then empty
// and the renderer drops it. A sentence ends at 。！？, or at a ；or 。
// that the section's sentence-end figure (句末) printed last year: that
// mark becomes the figure, inside the guard, as in the built-in template,
// so that the clauses left still end in ；and the last in 。. A sentence
// of figures of two sections, or of none, is left alone. marks are the
// paragraph's. whole is the guard's {{if}} when it covers every word of
// the paragraph (one section's paragraph: a heading above it may go with
// it), else "".
func guards(text []rune, marks []Mark, figs []figure) (out []replacement, whole string) {
	present := map[string]string{} // section key → its present figure's key
	ends := map[string]figure{}    // section key → its sentence-end figure
	for _, f := range figs {
		switch k := f.sec.Def.Key; {
		case f.fig.Def.Kind == definition.Present && f.fig.Def.Heading == 0 && present[k] == "":
			present[k] = f.fig.Def.Key
		case f.fig.Def.Kind == definition.SentenceEnd:
			ends[k] = f
		}
	}
	start := 0
	secs := map[string]bool{}
	bare := false // a word outside every guard
	ifs := map[string]bool{}
	// only is the one section the sentence so far names, or "".
	only := func() string {
		if len(secs) != 1 {
			return ""
		}
		for sec := range secs {
			return sec
		}
		return ""
	}
	flush := func(end int) {
		if key := present[only()]; key != "" {
			action := "{{if ." + only() + "." + key + "}}"
			out = append(out, replacement{start, start, action}, replacement{end, end, "{{end}}"})
			ifs[action] = true
		} else if strings.TrimSpace(string(text[start:end])) != "" {
			bare = true
		}
		start, secs = end, map[string]bool{}
	}
	for i := 0; i < len(text); i++ {
		for _, m := range marks {
			if m.At != i || (m.State != Bound && m.State != Ambiguous) {
				continue
			}
			if sec, _, ok := strings.Cut(m.Candidates[m.Chosen].ID, "."); ok {
				secs[sec] = true
			}
		}
		r := text[i]
		if e, ok := ends[only()]; ok && (r == '；' || r == '。') && e.fig.Text == string(r) {
			out = append(out, replacement{i, i + 1, "{{." + e.id + "}}"})
			flush(i + 1)
		} else if strings.ContainsRune("。！？!?", r) {
			flush(i + 1)
		}
	}
	if start < len(text) {
		flush(len(text))
	}
	if !bare && len(ifs) == 1 {
		for action := range ifs {
			whole = action
		}
	}
	return out, whole
}

// sortReplacements orders a paragraph's replacements by place; at one
// place a guard's {{end}} comes first, then its {{if}}, then the number.
func sortReplacements(reps []replacement) {
	rank := func(r replacement) int {
		switch {
		case r.start != r.end:
			return 2
		case r.action == "{{end}}":
			return 0
		}
		return 1
	}
	slices.SortStableFunc(reps, func(a, b replacement) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return rank(a) - rank(b)
	})
}

// fieldResults are the spans of paragraph [from, to) of s that hold a
// field's result: a w:fldSimple, or the runs between a complex field's
// separate and end marks (PAGE's 1 in a footer).
func fieldResults(s string, from, to int) []wordxml.Span {
	out := wordxml.Elements(s, "w:fldSimple", from, to)
	sep := -1
	for i := from; i < to; {
		k := strings.Index(s[i:to], `w:fldCharType="`)
		if k < 0 {
			break
		}
		i += k + len(`w:fldCharType="`)
		switch {
		case strings.HasPrefix(s[i:], `separate"`):
			sep = i
		case strings.HasPrefix(s[i:], `end"`) && sep >= 0:
			out = append(out, wordxml.Span{Start: sep, End: i})
			sep = -1
		}
	}
	return out
}

func containing(spans []wordxml.Span, pos int) bool {
	for _, sp := range spans {
		if pos >= sp.Start && pos < sp.End {
			return true
		}
	}
	return false
}
