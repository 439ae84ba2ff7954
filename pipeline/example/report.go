package example

import (
	"fmt"
	"io"
	"strings"
)

// WriteReport prints, paragraph by paragraph, last year's text with every
// number marked, and below it what each mark became: the clerk's list of
// what to check.
func (r *Result) WriteReport(w io.Writer) {
	fmt.Fprintln(w, r.Summary())
	for _, l := range r.Loops {
		fmt.Fprintf(w, "  表格逐行填写：%s\n", l)
	}
	for k, m := range r.Marks {
		fmt.Fprintf(w, "  [%d] %s第%d段 “%s”：%s\n", k+1, r.Parts[m.Para-1], m.Para, m.Text, m.Describe())
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "  %s\n", n)
	}
}

// Summary counts the marks by state, in one line.
func (r *Result) Summary() string {
	var counts [4]int
	for _, m := range r.Marks {
		counts[m.State]++
	}
	return fmt.Sprintf("去年文档中的数字：%d 个已对应数据，%d 个有歧义（已取第一个），%d 个与数据无关（保留原文），%d 个为日期、文号或其他年份（保留原文）",
		counts[Bound], counts[Ambiguous], counts[Unbound], counts[Skipped])
}

// Describe says what became of a mark, with its other candidates.
func (m Mark) Describe() string {
	switch m.State {
	case Skipped, Unbound:
		return m.Note
	}
	c := m.Candidates[m.Chosen]
	s := fmt.Sprintf("%s（%s）", c.Action, c.Label)
	if m.State == Ambiguous || len(m.Candidates) > 1 {
		var others []string
		for k, o := range m.Candidates {
			if k != m.Chosen {
				others = append(others, fmt.Sprintf("%s（%s）", o.ID, o.Label))
			}
		}
		s += "；其他可能：" + strings.Join(others, "、")
	}
	if m.Note != "" {
		s += "；" + m.Note
	}
	return s
}
