package infer

import (
	"fmt"
	"regexp"
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
		fmt.Fprintf(&b, "  - key: %s\n    sheet: %s\n", q(t.key), q(t.sheet))
		if t.unit != "" {
			fmt.Fprintf(&b, "    unit: %s                # 表格上方写有“单位：%s”\n", t.unit, t.unit)
		}
		if t.sectionRows {
			b.WriteString("    section_rows: true        # 序号为 一、二… 的行是分组标题\n")
		}
		if t.total != "" {
			fmt.Fprintf(&b, "    total_labels: [%s]\n", q(t.total))
		}
		b.WriteString("    columns:\n")
		for _, c := range t.columns {
			fmt.Fprintf(&b, "      - {key: %s, kind: %s, headers: [%s]", q(c.key), c.kind, q(yearSlotted(c.header)))
			if yearSlotted(c.header) != c.header {
				fmt.Fprintf(&b, ", label: %s", q(c.header))
			}
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
		fmt.Fprintf(&b, "  - key: %s\n    table: %s\n    rows: 行\n    figures:\n", q(t.key), q(t.key))
		fmt.Fprintf(&b, "      - {key: 标题, kind: text, text: %s}\n", q(t.years(t.title, "{年度}", "{上年度}")))
		b.WriteString("      - {key: 有数据, kind: present}\n      - {key: 项目数, kind: count}\n")
		for _, c := range t.columns {
			switch c.kind {
			case definition.Amount:
				fmt.Fprintf(&b, "      - {key: %s, kind: sum, of: %s, print: {decimals: %d, grouped: %t}}\n", q(c.key+"合计"), q(c.key), c.decimals, c.grouped)
			case definition.Grade:
				fmt.Fprintf(&b, "      - {key: %s, kind: distribution, of: %s}\n", q(c.key+"分布"), q(c.key))
				fmt.Fprintf(&b, "      - {key: %s, kind: clause, text: %s}\n", q(c.key+"分布句"), q("，{"+c.key+"分布}"))
			}
		}
	}
	return []byte(b.String())
}

// narrative is a section's sentence: count, sums and grade distributions.
func narrative(t *table) string {
	s := fmt.Sprintf("{{if .%[1]s.有数据}}%[2]s共{{.%[1]s.项目数}}个项目", t.key, t.years(escape(t.title), "{{.年度}}", "{{.上年度}}"))
	for _, c := range t.columns {
		switch c.kind {
		case definition.Amount:
			s += fmt.Sprintf("，%s合计{{.%s.%s合计}}%s", escape(c.name), t.key, c.key, c.unit)
		case definition.Grade:
			s += fmt.Sprintf("{{.%s.%s分布句}}", t.key, c.key)
		}
	}
	return s + "。{{end}}"
}

// yearOf finds a year in a header: 截至2023年底已发债券规模.
var yearOf = regexp.MustCompile(`(?:19|20)\d\d年`)

// yearSlotted writes a header's year as definition.YearSlot, so that the
// definition reads next year's workbook, whose header names next year.
func yearSlotted(header string) string {
	return yearOf.ReplaceAllLiteralString(header, definition.YearSlot+"年")
}

// years writes the job's year and the year before, where s names them
// (2023年), as this and prior do: {年度} in a text figure, {{.年度}} in a
// template.
func (t *table) years(s, this, prior string) string {
	if t.year == 0 {
		return s
	}
	return strings.NewReplacer(strconv.Itoa(t.year)+"年", this+"年", strconv.Itoa(t.year-1)+"年", prior+"年").Replace(s)
}
