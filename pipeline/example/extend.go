package example

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"jixiao/pipeline/definition"

	"go.yaml.in/yaml/v3"
)

// Format is how an unbound number is written: what a figure added for it
// must print.
type Format struct {
	Unit     string // 亿元, 元, 万元, 个 …; "" when none follows
	Decimals int
	Grouped  bool
}

// Unbound lists the formats of the Arabic numbers of res that no figure
// printed, each once, in the order they first appear.
func (res *Result) Unbound() []Format {
	var out []Format
	seen := map[Format]bool{}
	for _, m := range res.Marks {
		if m.State != Unbound || m.tok.form != Arabic {
			continue
		}
		f := Format{m.tok.unit, m.tok.decimals, m.tok.grouped}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// addedComment marks the figures Extend adds, in the definition it writes.
const addedComment = "由 init 按去年的说明添加"

// Extend adds to the definition text raw (parsed as def) the figures that
// could print numbers of the given formats and that the definition lacks:
// each section's sums in another unit or with other decimals, the mean,
// least and greatest of its amount and score columns, the number of
// different values of its text columns, and the count of each grade. The statistics stage then computes
// them over last year's data like any other; Prune drops those no number
// was bound to. It returns the new text and the fact IDs of what it added.
func Extend(raw []byte, def *definition.Definition, formats []Format, values Values) ([]byte, []string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, nil, fmt.Errorf("extend: %w", err)
	}
	sections := sectionNodes(&doc)
	var added []string
	for _, s := range def.Sections {
		figs := sections[s.Key]
		if figs == nil {
			continue
		}
		keys := map[string]bool{}
		for _, f := range s.Figures {
			keys[f.Key] = true
		}
		for _, p := range slices.Concat(proposals(s, formats), acrossSections(def, s, formats), perValue(s, values[s.Table.Key], formats)) {
			if keys[p.key] {
				continue
			}
			keys[p.key] = true
			figs.Content = append(figs.Content, p.node())
			added = append(added, s.Key+"."+p.key)
		}
	}
	if len(added) == 0 {
		return raw, nil, nil
	}
	out, err := encode(&doc)
	return out, added, err
}

// Prune removes the figures Extend added whose IDs keep does not hold.
func Prune(raw []byte, keep map[string]bool) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("prune: %w", err)
	}
	changed := false
	keep = withParts(sectionNodes(&doc), keep)
	for key, figs := range sectionNodes(&doc) {
		var kept []*yaml.Node
		for _, f := range figs.Content {
			if f.LineComment == "# "+addedComment && !keep[key+"."+valueOf(f, "key")] {
				changed = true
				continue
			}
			kept = append(kept, f)
		}
		figs.Content = kept
	}
	if !changed {
		return raw, nil
	}
	return encode(&doc)
}

// WithoutDifferences drops from the extended text raw the differences
// Extend added: last year's count short of its requirement makes one an
// error (it would print a negative 比要求多), which must not cost the
// other figures added. It returns the text and the IDs still added.
func WithoutDifferences(raw []byte, added []string) ([]byte, []string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, nil, fmt.Errorf("extend: %w", err)
	}
	keep := map[string]bool{}
	for _, id := range added {
		keep[id] = true
	}
	for key, figs := range sectionNodes(&doc) {
		for _, f := range figs.Content {
			if f.LineComment == "# "+addedComment && valueOf(f, "kind") == string(definition.Difference) {
				delete(keep, key+"."+valueOf(f, "key"))
			}
		}
	}
	var left []string
	for _, id := range added {
		if keep[id] {
			left = append(left, id)
		}
	}
	text, err := Prune(raw, keep)
	return text, left, err
}

// withParts adds to keep the figures a kept rate sums: a grade count
// added for 优良率 stays with it though no number printed it alone.
func withParts(sections map[string]*yaml.Node, keep map[string]bool) map[string]bool {
	out := map[string]bool{}
	for id := range keep {
		out[id] = true
	}
	for key, figs := range sections {
		for _, f := range figs.Content {
			if !keep[key+"."+valueOf(f, "key")] {
				continue
			}
			for _, list := range []*yaml.Node{field(f, "parts"), field(f, "over")} {
				if list == nil {
					continue
				}
				for _, p := range append([]*yaml.Node{list}, list.Content...) {
					if p.Kind != yaml.ScalarNode {
						continue
					}
					if strings.Contains(p.Value, ".") {
						out[p.Value] = true // another section's
					} else {
						out[key+"."+p.Value] = true
					}
				}
			}
		}
	}
	return out
}

func encode(doc *yaml.Node) ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("extend: %w", err)
	}
	enc.Close()
	return b.Bytes(), nil
}

// sectionNodes returns each section's figures list by the section's key.
// A list that is an alias of another section's is copied first, so that
// what is added to one section is not added to the other.
func sectionNodes(doc *yaml.Node) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	if len(doc.Content) == 0 {
		return out
	}
	list := field(doc.Content[0], "sections")
	if list == nil {
		return out
	}
	for _, s := range list.Content {
		for i := 0; i+1 < len(s.Content); i += 2 {
			if s.Content[i].Value != "figures" {
				continue
			}
			v := s.Content[i+1]
			if v.Kind == yaml.AliasNode {
				c := *v.Alias
				c.Anchor, c.Content = "", append([]*yaml.Node(nil), v.Alias.Content...)
				s.Content[i+1] = &c
				v = &c
			}
			out[valueOf(s, "key")] = v
		}
	}
	return out
}

func field(m *yaml.Node, key string) *yaml.Node {
	if m.Kind == yaml.AliasNode {
		m = m.Alias
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func valueOf(m *yaml.Node, key string) string {
	if v := field(m, key); v != nil {
		return v.Value
	}
	return ""
}

// proposal is one figure Extend may add.
type proposal struct {
	key, kind, of, label string
	where                []definition.Condition
	format               *Format
	// A rate's parts and whole; a difference's count and requirement.
	parts                []string
	over                 []string
	compare, requirement string
}

func (p proposal) node() *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle, LineComment: addedComment}
	add := func(k string, v *yaml.Node) {
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: k}, v)
	}
	scalar := func(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} }
	add("key", scalar(p.key))
	add("kind", scalar(p.kind))
	for _, kv := range [][2]string{{"of", p.of}, {"compare", p.compare}, {"requirement", p.requirement}} {
		if kv[1] != "" {
			add(kv[0], scalar(kv[1]))
		}
	}
	list := func(keys []string) *yaml.Node {
		ps := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, k := range keys {
			ps.Content = append(ps.Content, scalar(k))
		}
		return ps
	}
	switch len(p.over) {
	case 0:
	case 1:
		add("over", scalar(p.over[0]))
	default:
		add("over", list(p.over))
	}
	if len(p.parts) > 0 {
		add("parts", list(p.parts))
	}
	add("label", scalar(p.label))
	if len(p.where) > 0 {
		w := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
		for _, c := range p.where {
			w.Content = append(w.Content, scalar(c.Column.Key), scalar(c.Value))
		}
		add("where", w)
	}
	if p.format != nil {
		pr := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
		if isMoneyUnit(p.format.Unit) {
			pr.Content = append(pr.Content, scalar("unit"), scalar(p.format.Unit))
		}
		pr.Content = append(pr.Content, scalar("decimals"), scalar(strconv.Itoa(p.format.Decimals)))
		if p.format.Grouped {
			pr.Content = append(pr.Content, scalar("grouped"), scalar("true"))
		}
		add("print", pr)
	}
	return n
}

// proposals are the figures of section s that could print numbers of the
// given formats.
func proposals(s *definition.Section, formats []Format) []proposal {
	var out []proposal
	for _, f := range formats {
		f := f
		suffix := formatSuffix(f)
		out = append(out, derived(s, f)...)
		for _, c := range s.Table.Columns {
			if c.Optional {
				continue
			}
			switch {
			case c.Kind == definition.Amount && (f.Unit == "" || isMoneyUnit(f.Unit)):
				for _, sum := range s.Figures {
					if sum.Kind == definition.Sum && sum.Of == c {
						out = append(out, proposal{key: sum.Key + suffix, kind: "sum", of: c.Key, where: sum.Where, format: &f,
							label: sum.Key + "（" + unitOr(f.Unit, "万元") + "）"})
					}
				}
				out = append(out, stats(c, f, suffix)...)
			case (c.Kind == definition.Score || c.Kind == definition.Integer) && !isMoneyUnit(f.Unit) && f.Unit != "%":
				out = append(out, stats(c, f, suffix)...)
			case c.Kind == definition.Text && f.Decimals == 0 && !isMoneyUnit(f.Unit) && f.Unit != "%":
				out = append(out, proposal{key: c.Key + "数", kind: "distinct", of: c.Key, label: "不同的" + c.Key + "数"})
			case c.Kind == definition.Grade && c.Scale != nil && f.Decimals == 0 && !isMoneyUnit(f.Unit) && f.Unit != "%":
				// 优秀2个 where the definition words the grades only as a
				// distribution: a count per grade.
				for _, g := range c.Scale.Names() {
					if gradeCount(s, g) == nil {
						out = append(out, proposal{key: c.Key + g, kind: "count", of: c.Key, where: []definition.Condition{{Column: c, Value: g}},
							label: c.Key + "为“" + g + "”的项目数"})
					}
				}
			case c.Kind == definition.Grade && c.Scale != nil && !c.Optional:
				// 评价为“优”的项目涉及金额5,000.00万元: a sum per grade.
				for _, g := range c.Scale.Names() {
					where := []definition.Condition{{Column: c, Value: g}}
					out = append(out, filteredSums(s, f, where, c.Key+g, c.Key+"为“"+g+"”的")...)
					// The grade's count share is rateProposals' and gradeRates'.
					out = append(out, valueShares(s, f, where, "", c.Key+"为“"+g+"”的")...)
				}
			}
		}
	}
	return out
}

func stats(c *definition.Column, f Format, suffix string) []proposal {
	var out []proposal
	for _, k := range []struct{ kind, word string }{{"mean", "平均"}, {"min", "最低"}, {"max", "最高"}} {
		out = append(out, proposal{key: c.Key + k.word + suffix, kind: k.kind, of: c.Key, format: &f, label: c.Key + k.word})
	}
	return out
}

func unitOr(u, or string) string {
	if isMoneyUnit(u) {
		return u
	}
	return or
}

// formatSuffix tells figures of one column in different formats apart:
// 金额亿元2位.
func formatSuffix(f Format) string {
	s := ""
	if isMoneyUnit(f.Unit) {
		s += f.Unit
	}
	s += strconv.Itoa(f.Decimals) + "位"
	if f.Grouped {
		s += "千分位"
	}
	return s
}
