package docx

import (
	"fmt"
	"regexp"
	"strings"
)

// Debris is what punctuation looks like where a figure printed empty
// between its template's commas and stops: two marks in a row (，。 、、
// ，；) or brackets and quotes with nothing inside (（） () “”). Chinese
// prose never has them. The template check refuses them in a template's
// own text; verify refuses them in a build's outputs.
var Debris = regexp.MustCompile(`[，。、；：][，。、；：]|（\s*）|\(\s*\)|“\s*”|《\s*》|【\s*】|「\s*」`)

// literalDebris finds debris in a paragraph's own text: literal text
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
	for _, m := range Debris.FindAllString(b.String(), -1) {
		out = append(out, Problem{p.place, fmt.Sprintf("模板文字中有标点残留“%s”，印出来就是病句：请删去多余的标点或空括号", m)})
	}
	return out
}
