package verify

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"jixiao/pipeline/facts"
	"jixiao/pipeline/output"
)

// Mismatch is one figure an output gets wrong.
type Mismatch struct {
	Fact   string // the fact's ID
	Label  string
	Output string // the file, or "计算" for the document's own arithmetic
	Want   string
	Got    string
}

func (m Mismatch) String() string {
	if m.Fact == "" {
		return fmt.Sprintf("%s：%s", m.Output, m.Want)
	}
	return fmt.Sprintf("%s（%s）：facts.json 中为 %s，%s 中为 %s", m.Label, m.Fact, m.Want, m.Output, m.Got)
}

// Error lists every mismatch of a build.
type Error struct{ Mismatches []Mismatch }

func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "输出文件与数据核对不一致（%d 处），未发布任何文件：", len(e.Mismatches))
	for _, m := range e.Mismatches {
		b.WriteString("\n  ")
		b.WriteString(m.String())
	}
	return b.String()
}

// expected is one placed figure: its fact, what was printed, and the
// template's text just before it, which pins it to its place.
type expected struct {
	id, label string
	before    string
	printed   string
	number    bool // a figure, not a wording
}

// placements turns the template's placed values into expected figures:
// each placement names its fact by its path from the root (a row's with
// the row's index), however the template reached it. A number is checked
// at its printed precision, a wording (a grade distribution) word for
// word. A placed value that disagrees with its fact is a mismatch of the
// template's formatting.
func placements(f *facts.File, placed []output.Placement, docxName string) ([]expected, []Mismatch) {
	var out []expected
	var ms []Mismatch
	for _, p := range placed {
		if p.Field == "" || p.Printed == "" {
			continue
		}
		id := strings.Replace(p.Field, "[]", fmt.Sprintf("[%d]", p.Index+1), 1)
		fact, ok := f.Get(id)
		if !ok {
			continue // a value that is not a published figure
		}
		if !fact.Number {
			if fact.Printed != p.Printed {
				ms = append(ms, Mismatch{Fact: id, Label: fact.Label, Output: docxName + "（模板填写）", Want: fact.Printed, Got: p.Printed})
			}
			out = append(out, expected{id: id, label: fact.Label, before: squash(p.Before), printed: squash(fact.Printed)})
			continue
		}
		if !number.MatchString(p.Printed) && !dashedZero(p.Printed) {
			continue
		}
		if !sameNumber(p.Printed, fact.Value) {
			ms = append(ms, Mismatch{Fact: id, Label: fact.Label, Output: docxName + "（模板填写）", Want: fact.Printed, Got: p.Printed})
		}
		out = append(out, expected{id: id, label: fact.Label, before: squash(p.Before), printed: squash(p.Printed), number: true})
	}
	return out, ms
}

// squash removes regexp's \s (tab, newline, form feed, return, space) from
// s. A byte loop, not a regexp: verify squashes every output's whole text.
func squash(s string) string {
	const spaces = " \t\n\f\r"
	if !strings.ContainsAny(s, spaces) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(spaces, s[i]) < 0 {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// align finds each expected figure, in order, in an output's text (white
// space removed), each with the template's text just before it. A figure
// not found is a mismatch, reported with what stands where it should.
func align(want []expected, text, file string) []Mismatch {
	var ms []Mismatch
	pos := 0
	for _, w := range want {
		if i := strings.Index(text[pos:], w.before+w.printed); i >= 0 {
			pos += i + len(w.before) + len(w.printed)
			continue
		}
		ms = append(ms, Mismatch{Fact: w.id, Label: w.label, Output: file, Want: w.printed, Got: standing(text[pos:], w)})
	}
	return ms
}

// standing is what an output has where a figure should be: the number (or
// text of the figure's length) after the template's text before it.
func standing(text string, w expected) string {
	at := 0
	if w.before != "" {
		i := strings.Index(text, w.before)
		if i < 0 {
			return "（缺失）"
		}
		at = i + len(w.before)
	}
	rest := text[at:]
	if w.number {
		if loc := number.FindStringIndex(rest); loc != nil && loc[0] == 0 {
			return rest[:loc[1]]
		}
	}
	r := []rune(rest)
	if n := len([]rune(w.printed)); len(r) > n {
		r = r[:n]
	}
	if len(r) == 0 {
		return "（缺失）"
	}
	return string(r)
}

// leftoverMarks are what the template language leaves in an output when
// something was not filled: a tag, a formatting verb's complaint, a
// missing value, a broken character.
var leftoverMarks = []string{"{{", "}}", "｛｛", "｝｝", "%!", "<no value>", "\uFFFD"}

// leftovers finds template marks in an output's text that no filled-in
// value accounts for (a project may be named 含{{…}}的名称; the template's
// own text may not hold a tag).
func leftovers(text string, placed []output.Placement, file string) []Mismatch {
	var ms []Mismatch
	for _, mark := range leftoverMarks {
		n := strings.Count(text, mark)
		if n == 0 {
			continue
		}
		data := 0
		for _, p := range placed {
			data += strings.Count(p.Printed, mark)
		}
		if n <= data {
			continue
		}
		i := strings.Index(text, mark)
		start, end := max(0, i-30), min(len(text), i+len(mark)+30)
		for start > 0 && !utf8.RuneStart(text[start]) {
			start--
		}
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		context := strings.Join(strings.Fields(text[start:end]), " ")
		ms = append(ms, Mismatch{Output: file, Want: fmt.Sprintf("有未填写的模板内容“%s”：…%s…（请检查模板中这一处的标签）", mark, context)})
	}
	return append(ms, debris(text, placed, file)...)
}

func isTotal(text string, labels []string) bool {
	t := squash(text)
	for _, l := range labels {
		if strings.Contains(t, squash(l)) {
			return true
		}
	}
	return false
}

// checkCells compares each figure of the printed tables with the cell
// the workbook writer put it in, read back from the workbook's bytes.
func checkCells(f *facts.File, w Workbook, name string) []Mismatch {
	var ms []Mismatch
	for _, c := range w.Cells() {
		fact, ok := f.Get(c.Fact)
		if !ok {
			continue
		}
		rows := w.Sheet(c.Sheet)
		got := ""
		if c.Row >= 1 && c.Row <= len(rows) && c.Col >= 1 && c.Col <= len(rows[c.Row-1]) {
			got = rows[c.Row-1][c.Col-1]
		}
		if !fact.Number && strings.Contains(got, fact.Printed) {
			continue // a heading's text, in its cell with its number (一、)
		}
		if got == "" || !fact.Number || !sameNumber(got, fact.Value) {
			ms = append(ms, Mismatch{Fact: fact.ID, Label: fact.Label, Output: name, Want: fact.Printed, Got: orMissing(got)})
		}
	}
	return ms
}

func orMissing(s string) string {
	if s == "" {
		return "（空）"
	}
	return s
}
