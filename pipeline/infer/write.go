package infer

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"jixiao/pipeline/definition"
)

// q quotes a YAML string the way JSON does, which YAML reads alike.
func q(s string) string { return strconv.Quote(s) }

// definitionYAML writes the inferred definition, commented for the clerk.
func definitionYAML(tables []*table) []byte {
	var b strings.Builder
	b.WriteString("# 文档定义：由 jixiao init --from 根据工作簿推断，请核对每列的类型（kind）后再使用。\n")
	b.WriteString("# 各项的含义见 README 的“文档定义”一节。\n")
	b.WriteString("# 这里的每一列都是必需的：工作表中找不到它的表头就报错，不会印成空白或 0。\n")
	b.WriteString("# 确实可以没有的列，请加上 optional: true（这样的列不能用来计算数字，也不能印在模板中）。\n")
	b.WriteString("name: 绩效目标情况说明\n\ntables:\n")
	for _, t := range tables {
		fmt.Fprintf(&b, "  - key: %s\n    sheet: %s\n", q(t.key), q(yearSlotted(t.sheet)))
		if t.unit != "" {
			fmt.Fprintf(&b, "    unit: %s                # 表格上方写有“单位：%s”\n", t.unit, t.unit)
		}
		if t.sectionRows {
			b.WriteString("    section_rows: true        # 序号为 一、二… 的行是分组标题\n")
		}
		if totals := t.totals(); len(totals) > 0 {
			var labels []string
			for _, tr := range totals {
				if !slices.Contains(labels, q(tr.label)) {
					labels = append(labels, q(tr.label))
				}
			}
			own := len(labels)
			for _, l := range t.closing {
				if !slices.Contains(labels, q(l)) {
					labels = append(labels, q(l))
				}
			}
			note := ""
			if len(labels) > own {
				note = "            # 分组后面的“合计”是该组的小计，表格最后（或表头下）的是合计"
			}
			fmt.Fprintf(&b, "    total_labels: [%s]%s\n", strings.Join(labels, ", "), note)
		}
		b.WriteString("    columns:\n")
		for _, c := range t.columns {
			fmt.Fprintf(&b, "      - {key: %s, kind: %s, headers: [%s]", q(c.key), c.kind, q(yearSlotted(c.header)))
			if c.required {
				b.WriteString(", required: true")
			}
			if c.merge {
				b.WriteString(", blank: merge")
			}
			switch c.kind {
			case definition.Amount:
				if c.unit != "" {
					fmt.Fprintf(&b, ", unit: %s", c.unit)
				}
				b.WriteString(", print: {decimals: as_displayed}")
			case definition.Score:
				b.WriteString(", print: {decimals: as_displayed}")
			case definition.Grade:
				b.WriteString(", print: {as_written: true}")
			}
			b.WriteString("}\n")
		}
	}
	b.WriteString("\nsections:\n")
	for _, t := range tables {
		fmt.Fprintf(&b, "  - key: %s\n    label: %s\n    table: %s\n    rows: 行\n    figures:\n", q(t.key), q(yearless(t.sheet)), q(t.key))
		fmt.Fprintf(&b, "      - {key: 标题, kind: text, text: %s}\n", q(t.years(t.cleanTitle(), "{年度}", "{上年度}")))
		writeFigures(&b, t, true)
		for n := range t.headings {
			fmt.Fprintf(&b, "  - key: %s\n    label: %s\n    table: %s\n    heading: %s\n    figures:\n",
				q(t.headingKey(n)), q(t.headings[n]), q(t.key), definition.Ordinal(n+1))
			writeFigures(&b, t, false)
		}
	}
	return []byte(b.String())
}

// writeFigures writes the figures every table has, over all its rows or
// those under one heading: the count, each amount's sum, the count per
// grade and the grades in words, and over the whole table also the number
// of distinct units and the mean, highest and lowest score.
func writeFigures(b *strings.Builder, t *table, whole bool) {
	b.WriteString("      - {key: 有数据, kind: present}\n      - {key: 项目数, kind: count}\n")
	for _, f := range t.figures() {
		if whole || !f.wholeOnly {
			b.WriteString("      - " + f.yaml + "\n")
		}
	}
}

// figure is one common figure init writes: its key, what it means, and its YAML.
type figure struct {
	key, yaml string
	wholeOnly bool
}

// figures are a table's common figures beyond its count. Keys say what a
// figure is (金额, 优, 单位数, 平均分); a column's key is prefixed only where
// two columns would give the same name.
func (t *table) figures() []figure {
	var out []figure
	add := func(whole bool, key, format string, args ...any) {
		out = append(out, figure{key: key, wholeOnly: whole, yaml: fmt.Sprintf("{key: %s, "+format+"}", append([]any{q(key)}, args...)...)})
	}
	named := t.named
	for _, c := range t.columnsOf(definition.Amount) {
		add(false, t.sumKey(c), "kind: sum, of: %s, print: {decimals: %d, grouped: %t}", q(c.key), c.decimals, c.grouped)
	}
	if len(t.totals()) > 0 {
		// The total row prints its sums as the workbook shows them (¥1,254.50,
		// 20.50万元); the narrative's sums stay bare, its sentence saying the unit.
		for _, c := range t.columnsOf(definition.Amount) {
			add(true, t.totalKey(c), "kind: sum, of: %s, print: {decimals: as_displayed}", q(c.key))
		}
	}
	for _, c := range t.columnsOf(definition.Grade) {
		for _, g := range definition.StandardScale().Grades {
			add(false, named(definition.Grade, c, g.Name), "kind: count, of: %s, where: {%s: %s}", q(c.key), q(c.key), q(g.Name))
		}
		add(false, named(definition.Grade, c, "等级分布"), "kind: distribution, of: %s", q(c.key))
		add(false, named(definition.Grade, c, "等级分布句"), "kind: clause, text: %s", q("，{"+named(definition.Grade, c, "等级分布")+"}"))
	}
	if c := t.unitColumn(); c != nil {
		add(true, "单位数", "kind: distinct, of: %s", q(c.key))
	}
	for _, c := range t.columnsOf(definition.Score) {
		add(true, named(definition.Score, c, "平均分"), "kind: mean, of: %s, print: {decimals: 2}", q(c.key))
		add(true, named(definition.Score, c, "最高分"), "kind: max, of: %s, print: {decimals: %d}", q(c.key), c.decimals)
		add(true, named(definition.Score, c, "最低分"), "kind: min, of: %s, print: {decimals: %d}", q(c.key), c.decimals)
	}
	return out
}

func (t *table) columnsOf(k definition.Kind) []*column {
	var out []*column
	for _, c := range t.columns {
		if c.kind == k {
			out = append(out, c)
		}
	}
	return out
}

// unitColumn is the column naming each row's unit (实施单位, 主管部门), the
// first of them; nil for none.
func (t *table) unitColumn() *column {
	for _, c := range t.columnsOf(definition.Text) {
		if strings.Contains(c.name, "单位") || strings.Contains(c.name, "部门") || strings.Contains(c.name, "机构") {
			return c
		}
	}
	return nil
}

// headingKey is the section of the rows under heading n (0-based): 表一.
func (t *table) headingKey(n int) string { return t.key + definition.Ordinal(n+1) }

// titleLabel is a label before a title: 表1：, 附件2:.
var titleLabel = regexp.MustCompile(`^(?:附?表|附件)\s*[\d一二三四五六七八九十\-－—.]*\s*[：:、]\s*`)

// cleanTitle is the table's title without its label.
func (t *table) cleanTitle() string { return titleLabel.ReplaceAllString(t.title, "") }

// narrative is a table's paragraph: what it lists and how many, the units,
// each sum, the scores and the grades, then the same per heading.
func narrative(t *table) string {
	k := func(sec, key string) string { return "{{." + sec + "." + key + "}}" }
	s := fmt.Sprintf("{{if .%s.有数据}}%s共列%s个项目", t.key, t.subject(), k(t.key, "项目数"))
	if t.unitColumn() != nil {
		s += "，涉及" + k(t.key, "单位数") + "个" + escape(t.unitColumn().name)
	}
	s += sums(t, t.key)
	for _, c := range t.columnsOf(definition.Score) {
		name := escape(c.name)
		s += fmt.Sprintf("；%s平均%s，最高%s，最低%s", name, k(t.key, t.named(definition.Score, c, "平均分")), k(t.key, t.named(definition.Score, c, "最高分")), k(t.key, t.named(definition.Score, c, "最低分")))
	}
	s += grades(t, t.key) + "。"
	for n, h := range t.headings {
		sec := t.headingKey(n)
		// The first section with rows opens the list, whichever it is:
		// an empty first section must not leave “。；” behind.
		lead := "其中，"
		var before []string
		for m := range n {
			before = append(before, "."+t.headingKey(m)+".有数据")
		}
		switch len(before) {
		case 0:
		case 1:
			lead = "{{if " + before[0] + "}}；{{else}}其中，{{end}}"
		default:
			lead = "{{if or " + strings.Join(before, " ") + "}}；{{else}}其中，{{end}}"
		}
		s += fmt.Sprintf("{{if .%s.有数据}}%s%s%s个%s%s{{end}}", sec, lead, escape(h), k(sec, "项目数"), sums(t, sec), grades(t, sec))
	}
	if len(t.headings) > 0 {
		s += "。"
	}
	return s + "{{end}}"
}

// subject is what the narrative says lists the rows: the table's title,
// its year the job's; a sheet without a title row is named as the
// document labels it (附件, 附件2), never by its sheet's name (湘湖共列…),
// which is a clerk's shorthand, not a sentence's subject.
func (t *table) subject() string {
	if t.title == t.sheet {
		return t.attachment
	}
	return t.years(escape(t.cleanTitle()), "{{.年度}}", "{{.上年度}}")
}

// sumKey is the figure of an amount column's sum: 金额 where the table
// has one amount, the column's key where it has several.
func (t *table) sumKey(c *column) string {
	if len(t.columnsOf(definition.Amount)) == 1 {
		return "金额"
	}
	return c.key
}

// totalKey is the figure the total row prints for an amount column:
// 合计行金额, 合计行中央资金.
func (t *table) totalKey(c *column) string { return "合计行" + t.sumKey(c) }

func (t *table) named(kind definition.Kind, c *column, plain string) string {
	if len(t.columnsOf(kind)) == 1 {
		return plain
	}
	return c.key + plain
}

// sums is the clause of each amount's sum in section sec.
func sums(t *table, sec string) string {
	s := ""
	for _, c := range t.columnsOf(definition.Amount) {
		s += fmt.Sprintf("，%s合计{{.%s.%s}}%s", t.years(escape(c.name), "{{.年度}}", "{{.上年度}}"), sec, t.sumKey(c), c.unit)
	}
	return s
}

// grades is each grade column's clause in section sec.
func grades(t *table, sec string) string {
	s := ""
	for _, c := range t.columnsOf(definition.Grade) {
		s += fmt.Sprintf("{{.%s.%s}}", sec, t.named(definition.Grade, c, "等级分布句"))
	}
	return s
}

// digitRuns finds runs of digits, of which a year is one of four standing
// alone: 2023年, 专项债2022, （2023）, not 120230.
var digitRuns = regexp.MustCompile(`\d+`)

// replaceYears replaces each year in s for which with returns a text.
func replaceYears(s string, with func(year int) (string, bool)) string {
	return digitRuns.ReplaceAllStringFunc(s, func(run string) string {
		y, err := strconv.Atoi(run)
		if err != nil || len(run) != 4 || y < 1900 || y > 2199 {
			return run
		}
		if out, ok := with(y); ok {
			return out
		}
		return run
	})
}

// yearSlotted writes any year in a header or a sheet's name as
// definition.YearSlot, so that the definition reads next year's workbook,
// whose header names next year.
func yearSlotted(s string) string {
	return replaceYears(s, func(int) (string, bool) { return definition.YearSlot, true })
}

// years writes the job's year and the year before, where s names them
// (2023年, （2023）), as this and prior do: {年度} in a text figure,
// {{.年度}} in a template.
func (t *table) years(s, this, prior string) string {
	if t.year == 0 {
		return s
	}
	return replaceYears(s, func(y int) (string, bool) {
		switch y {
		case t.year:
			return this, true
		case t.year - 1:
			return prior, true
		}
		return "", false
	})
}
