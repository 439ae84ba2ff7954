package example

import (
	"slices"
	"strings"

	"jixiao/pipeline/definition"
)

// acrossSections are the rates of a percentage whose parts and whole are
// figures of different sections, each put in the later of its sections
// (a rate names only figures declared before it), here s:
//
//   - one section's total (its count, or its sum of a column) over
//     another's of the same kind: 部门整体支出占全部评价金额的9.5%, where
//     the whole is the table's section and the part a heading group's;
//   - one section's total over the sum of its own and another's: 重点评价
//     金额占两类评价金额的60.3%;
//   - a run of grades (优良率) over two sections' counts, the grade
//     counts of both summed: 两类评价的优良率100%.
//
// Only pairs of sections are tried, so that n sections propose some n²
// rates per format, not 2ⁿ.
func acrossSections(def *definition.Definition, s *definition.Section, formats []Format) []proposal {
	var out []proposal
	at := slices.Index(def.Sections, s)
	for _, f := range formats {
		if f.Unit != "%" && f.Unit != "％" {
			continue
		}
		f := f
		f.Unit = "%"
		for _, o := range def.Sections[:at] {
			for _, pair := range [][2]*definition.Section{{o, s}, {s, o}} {
				out = append(out, shares(def, s, pair[0], pair[1], f)...)
			}
			out = append(out, gradeRuns(s, o, f)...)
		}
	}
	return out
}

// totals are a section's unfiltered counts and sums over all its rows.
func totals(s *definition.Section) []*definition.Figure {
	var out []*definition.Figure
	for _, g := range s.Figures {
		if len(g.Where) == 0 && g.Heading == s.Heading && (g.Kind == definition.Count || g.Kind == definition.Sum && g.Of != nil && g.Of.Kind == definition.Amount) {
			out = append(out, g)
		}
	}
	return out
}

// ref names figure g of section of as a rate in section in names it.
func ref(in, of *definition.Section, g *definition.Figure) string {
	if in == of {
		return g.Key
	}
	return of.Key + "." + g.Key
}

// shares are part's totals over whole's of the same kind, and over the
// sum of both; in is where they are declared. Two groups of one table
// are not summed where a section counts the whole table: that section is
// the whole the text means.
func shares(def *definition.Definition, in, part, whole *definition.Section, f Format) []proposal {
	summed := part.Table != whole.Table || part.Heading != 0 && whole.Heading != 0 && !slices.ContainsFunc(def.Sections, func(o *definition.Section) bool {
		return o.Table == part.Table && o.Heading == 0
	})
	var out []proposal
	suffix := formatSuffix(f)
	for _, p := range totals(part) {
		for _, w := range totals(whole) {
			if p.Kind != w.Kind {
				continue
			}
			out = append(out, proposal{key: part.Key + p.Key + "占" + whole.Key + w.Key + suffix, kind: "rate", format: &f,
				parts: []string{ref(in, part, p)}, over: []string{ref(in, whole, w)},
				label: part.Label + p.Key + "占" + whole.Label + w.Key + "的百分比"})
			if !summed {
				continue
			}
			out = append(out, proposal{key: part.Key + p.Key + "占" + part.Key + "与" + whole.Key + w.Key + suffix, kind: "rate", format: &f,
				parts: []string{ref(in, part, p)}, over: []string{ref(in, part, p), ref(in, whole, w)},
				label: part.Label + p.Key + "占" + part.Label + "与" + whole.Label + w.Key + "之和的百分比"})
		}
	}
	return out
}

// gradeRuns are the runs of grades in the scale's order (优, 优良, …)
// over the counts of sections a and b together, where both count each
// grade of the run and neither covers the other's rows.
func gradeRuns(in, a *definition.Section, f Format) []proposal {
	if a.Table == in.Table && (a.Heading == 0 || in.Heading == 0) {
		return nil
	}
	count := func(s *definition.Section) *definition.Figure {
		for _, g := range totals(s) {
			if g.Kind == definition.Count {
				return g
			}
		}
		return nil
	}
	ca, cb := count(a), count(in)
	if ca == nil || cb == nil {
		return nil
	}
	var out []proposal
	for _, c := range in.Table.Columns {
		if c.Kind != definition.Grade || c.Scale == nil || c.Optional {
			continue
		}
		names := c.Scale.Names()
		for i := range names {
			for j := i + 1; j <= len(names); j++ {
				var parts []string
				for _, g := range names[i:j] {
					ga, gb := gradeCount(a, g), gradeCount(in, g)
					if ga == nil || gb == nil {
						parts = nil
						break
					}
					parts = append(parts, ref(in, a, ga), ref(in, in, gb))
				}
				if parts == nil {
					continue
				}
				run := strings.Join(names[i:j], "")
				out = append(out, proposal{key: a.Key + "与" + in.Key + c.Key + run + "率" + formatSuffix(f), kind: "rate", format: &f,
					parts: parts, over: []string{ref(in, a, ca), ref(in, in, cb)},
					label: a.Label + "与" + in.Label + "中等级为“" + strings.Join(names[i:j], "”“") + "”的项目数占两者项目数的百分比"})
			}
		}
	}
	return out
}

// gradeCount is the section's count of grade g, if it has one.
func gradeCount(s *definition.Section, g string) *definition.Figure {
	for _, fig := range s.Figures {
		if fig.Kind == definition.Count && len(fig.Where) == 1 && fig.Where[0].Column.Kind == definition.Grade && fig.Where[0].Value == g && fig.Heading == s.Heading {
			return fig
		}
	}
	return nil
}
