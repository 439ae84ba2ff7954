package example

import (
	"slices"
	"strings"

	"jixiao/pipeline/definition"
)

// derived are the figures of section s made of its other figures that
// could print a number of format f: for a percentage, each filtered
// count over the section's count and each filtered sum over its column's
// sum (占比), and each run of grades in the scale's order over the count
// (优良率 is 优 and 良 over 项目数), with the grade counts it needs; for
// a whole number, each requirement's count minus the number required
// (比要求多4个).
func derived(s *definition.Section, f Format) []proposal {
	if f.Unit == "%" {
		return rateProposals(s, f)
	}
	if f.Decimals != 0 || isMoneyUnit(f.Unit) {
		return nil
	}
	var out []proposal
	for _, g := range s.Figures {
		if g.Kind == definition.Requirement && g.Compare != nil {
			out = append(out, proposal{key: g.Compare.Key + "比要求多", kind: "difference", compare: g.Compare.Key, requirement: g.Requirement,
				label: g.Compare.Key + "比要求（" + g.Requirement + "）多的个数"})
		}
	}
	return out
}

func rateProposals(s *definition.Section, f Format) []proposal {
	var out []proposal
	suffix := formatSuffix(f)
	share := func(part, whole *definition.Figure) {
		out = append(out, proposal{key: part.Key + "占比" + suffix, kind: "rate", parts: []string{part.Key}, over: []string{whole.Key}, format: &f,
			label: part.Key + "占" + whole.Key + "的百分比"})
	}
	for _, whole := range s.Figures {
		if len(whole.Where) > 0 || whole.Heading != s.Heading {
			continue
		}
		for _, part := range s.Figures {
			if len(part.Where) > 0 && part.Kind == whole.Kind && (part.Kind == definition.Count || part.Kind == definition.Sum && part.Of == whole.Of) {
				share(part, whole)
			}
		}
		if whole.Kind == definition.Count {
			out = append(out, gradeRates(s, whole, f)...)
		}
	}
	return out
}

// gradeRates are the runs of grades over the count whole, each with the
// counts of its grades the section lacks proposed first, so that the
// definition declares them before the rate that sums them.
func gradeRates(s *definition.Section, whole *definition.Figure, f Format) []proposal {
	var out []proposal
	for _, c := range s.Table.Columns {
		if c.Kind != definition.Grade || c.Scale == nil || c.Optional {
			continue
		}
		names := c.Scale.Names()
		var lone []int
		keys := make([]string, len(names))
		for i, g := range names {
			keys[i] = c.Key + g
			for _, fig := range s.Figures {
				if fig.Kind == definition.Count && len(fig.Where) == 1 && fig.Where[0].Column == c && fig.Where[0].Value == g {
					keys[i] = fig.Key
				}
			}
			if s.Figure(keys[i]) == nil {
				lone = append(lone, i)
				out = append(out, proposal{key: keys[i], kind: "count", of: c.Key, where: []definition.Condition{{Column: c, Value: g}},
					label: c.Key + "为“" + g + "”的项目数"})
			}
		}
		for i := range names {
			// A grade alone over the whole is a share where its count
			// exists already.
			from := i + 2
			if slices.Contains(lone, i) {
				from = i + 1
			}
			for j := from; j <= len(names); j++ {
				run := strings.Join(names[i:j], "")
				out = append(out, proposal{key: c.Key + run + "率" + formatSuffix(f), kind: "rate", parts: keys[i:j], over: []string{whole.Key}, format: &f,
					label: c.Key + "为“" + strings.Join(names[i:j], "”“") + "”的项目数占" + whole.Key + "的百分比"})
			}
		}
	}
	return out
}

// perValue are the counts of section s's rows whose text column holds
// one of the values the text names (a count per 主管部门, per 区域, per
// 评价机构), and the sums of each of s's amount sums over those rows in
// each money format of the text (教育局项目金额1,234.56万元). A grade
// column's values are counted and summed by proposals.
func perValue(s *definition.Section, values map[string][]string, formats []Format) []proposal {
	var out []proposal
	for _, c := range s.Table.Columns {
		for _, p := range values[c.Key] {
			where := []definition.Condition{{Column: c, Value: p}}
			out = append(out, proposal{key: c.Key + p, kind: "count", of: c.Key, where: where,
				label: c.Key + "为“" + p + "”的项目数"})
			for _, f := range formats {
				out = append(out, filteredSums(s, f, where, p, c.Key+"为“"+p+"”的")...)
				out = append(out, valueShares(s, f, where, c.Key+p, c.Key+"为“"+p+"”的")...)
			}
		}
	}
	return out
}

// valueShares are, for a percentage f, the shares of the rows where
// holds (预警项目占比25%, 优秀项目金额占全部金额的60.5%): the count
// named count over each of s's unfiltered counts, where count is given,
// and each unfiltered amount sum over those rows over the sum itself,
// with the filtered sum the rate needs. name tells them apart, label
// says what they are.
func valueShares(s *definition.Section, f Format, where []definition.Condition, count, label string) []proposal {
	if f.Unit != "%" {
		return nil
	}
	var out []proposal
	suffix := formatSuffix(f)
	name := where[0].Column.Key + where[0].Value
	for _, whole := range s.Figures {
		if len(whole.Where) > 0 || whole.Heading != s.Heading {
			continue
		}
		switch {
		case whole.Kind == definition.Count && count != "":
			out = append(out, proposal{key: count + "占比" + suffix, kind: "rate", parts: []string{count}, over: []string{whole.Key}, format: &f,
				label: label + "项目数占" + whole.Key + "的百分比"})
		case whole.Kind == definition.Sum && whole.Of != nil && whole.Of.Kind == definition.Amount && !whole.Of.Optional:
			part := whole.Key + name
			out = append(out, proposal{key: part, kind: "sum", of: whole.Of.Key, where: where, label: label + whole.Key},
				proposal{key: part + "占比" + suffix, kind: "rate", parts: []string{part}, over: []string{whole.Key}, format: &f,
					label: label + whole.Key + "占" + whole.Key + "的百分比"})
		}
	}
	return out
}

// filteredSums are s's unfiltered amount sums over the rows where holds,
// in money format f; name tells them apart, label says what they are.
func filteredSums(s *definition.Section, f Format, where []definition.Condition, name, label string) []proposal {
	if !isMoneyUnit(f.Unit) {
		return nil
	}
	var out []proposal
	for _, sum := range s.Figures {
		if sum.Kind == definition.Sum && len(sum.Where) == 0 && sum.Heading == s.Heading && sum.Of != nil && sum.Of.Kind == definition.Amount && !sum.Of.Optional {
			out = append(out, proposal{key: sum.Key + name + formatSuffix(f), kind: "sum", of: sum.Of.Key, where: where, format: &f,
				label: label + sum.Key + "（" + f.Unit + "）"})
		}
	}
	return out
}
