package docx

import (
	"fmt"
	"strings"

	"jixiao/pipeline/output"
)

// literalDebris finds debris (output.Debris) in a paragraph's own text: literal text
// between tags, across the runs it is split into. Marks a tag separates
// ({{if …}}，{{end}}。) are not debris here; what the tag prints decides,
// and verify sees that.
func literalDebris(p *paragraph) []Problem {
	var b strings.Builder
	for _, segs := range p.segs {
		for _, sg := range segs {
			if sg.tag {
				b.WriteByte(0)
			} else {
				b.WriteString(sg.text)
			}
		}
	}
	var out []Problem
	for _, m := range output.Debris.FindAllString(b.String(), -1) {
		out = append(out, Problem{p.place, fmt.Sprintf("模板文字中有标点残留“%s”，印出来就是病句：请删去多余的标点或空括号", m)})
	}
	return out
}
