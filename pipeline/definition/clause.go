package definition

import (
	"regexp"
	"slices"
	"strings"
)

// YearSlot in a header stands for any four-digit year, so that one
// definition reads 截至2023年底已发债券规模 this year and 截至2024年底… the next.
const YearSlot = "{年}"

// citation is a figure named in a clause's text: {等级分布}.
var citation = regexp.MustCompile(`\{([^{}]+)\}`)

// clause checks a clause: its text must name at least one figure of its
// section declared before it, and omit says when it is dropped.
func (b *builder) clause(s *Section, f *Figure, r *rawFigure) {
	if f.Text == "" {
		b.errorf(r.line, "分句 %s（clause）缺少 text，例如 text: \"，{等级分布}\"", f.Key)
		return
	}
	var earlier []string
	for _, g := range s.Figures {
		earlier = append(earlier, g.Key)
	}
	for _, m := range citation.FindAllStringSubmatch(f.Text, -1) {
		g := s.Figure(m[1])
		switch {
		case g == nil:
			b.errorf(r.line, "分句 %s 的 text 中的 {%s} 不是本部分前面声明的数字%s", f.Key, m[1], b.near(m[1], earlier))
		case g.Kind == Present:
			b.errorf(r.line, "分句 %s 不能引用 {%s}（present 是真假值，不是要印的数字）", f.Key, m[1])
		case !slices.Contains(f.Cites, g):
			f.Cites = append(f.Cites, g)
		}
	}
	if len(f.Cites) == 0 && !strings.Contains(f.Text, "{") {
		b.errorf(r.line, "分句 %s 的 text 没有引用任何数字（写成 {数字名}），它不会因数字为空而省略，请改用 text 数字", f.Key)
	}
	switch r.Omit {
	case "", "empty":
	case "zero":
		f.OmitZero = true
	default:
		b.errorf(r.line, "分句 %s 的 omit 应为 empty（所引数字为空时省略，默认）或 zero（为空或为 0 时省略），而不是“%s”", f.Key, r.Omit)
	}
}
