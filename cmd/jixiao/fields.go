package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/job"
	"jixiao/pipeline/money"
	"jixiao/pipeline/runner"
)

// fieldGroup is one part of the list of fields a template can use: the
// document's own, a section's figures, or a section's row fields.
type fieldGroup struct {
	Title  string
	Fields []fieldLine
}

// fieldLine is one field: as a template names it, this year's value, and
// what it is.
type fieldLine struct {
	Name, Value, Meaning string
}

// fieldList lists every field of d's view, grouped by section, in the
// definition's order, each with its value in d.
func fieldList(d *document.Data) []fieldGroup {
	out := []fieldGroup{{Title: "全文", Fields: []fieldLine{
		{"{{." + document.CountyField + "}}", d.County, "县名（任务文件的 county）"},
		{"{{." + document.YearField + "}}", fmt.Sprint(d.Year), "年度（任务文件的 year）"},
		{"{{." + document.PriorYearField + "}}", fmt.Sprint(d.PriorYear), "上一年度"},
	}}}
	for _, s := range d.Sections {
		g := fieldGroup{Title: "部分 " + s.Def.Key + "（" + s.Def.Label + "）"}
		for i := range s.Figures {
			f := &s.Figures[i]
			g.Fields = append(g.Fields, fieldLine{"{{." + s.Def.Key + "." + f.Def.Key + "}}", f.Printed(), meaning(f.Def)})
		}
		out = append(out, g)
		if s.Def.Rows == "" {
			continue
		}
		rows := fieldGroup{Title: fmt.Sprintf("部分 %s 的每一行：写在 {{range .%s.%s}} 与 {{end}} 之间", s.Def.Key, s.Def.Key, s.Def.Rows)}
		first := firstDataRow(s)
		for i, c := range s.Def.Table.Columns {
			if c.Optional {
				continue
			}
			value := ""
			if first != nil {
				value = first.Cells[i].String()
			}
			rows.Fields = append(rows.Fields, fieldLine{"{{." + c.Key + "}}", value, "第一行的“" + c.Label + "”（" + kindWords[c.Kind] + "）"})
			if c.MergeKey != "" {
				rows.Fields = append(rows.Fields, fieldLine{"{{纵向合并 ." + c.MergeKey + "}}", "", "“" + c.Label + "”与上一行相同时合并单元格"})
			}
		}
		rows.Fields = append(rows.Fields,
			fieldLine{"{{." + document.HeadingFlag + "}}", "", "这一行是分组标题（一、二…）时为 true"},
			fieldLine{"{{." + document.HeadingText + "}}", "", "分组标题的文字"})
		out = append(out, rows)
	}
	return out
}

func firstDataRow(s *document.Section) *document.Row {
	for i := range s.Rows {
		if s.Rows[i].Data() {
			return &s.Rows[i]
		}
	}
	return nil
}

var kindWords = map[definition.Kind]string{
	definition.Text: "文字", definition.Amount: "金额", definition.Score: "评分", definition.Grade: "等级",
	definition.Integer: "整数", definition.Date: "日期", definition.Sequence: "序号，按行重排",
}

// meaning says in one line what a figure is.
func meaning(f *definition.Figure) string {
	of := ""
	if f.Of != nil {
		of = "“" + f.Of.Label + "”"
	}
	var m string
	switch f.Kind {
	case definition.Count:
		m = "行数"
	case definition.Sum:
		m = of + "的合计"
		if u := f.Print.Unit; u != money.NoUnit {
			m += "（" + u.String() + "）"
		} else if f.Of.Kind == definition.Amount && f.Of.Unit != money.NoUnit {
			m += "（" + f.Of.Unit.String() + "）"
		}
	case definition.Distribution:
		m = of + "各等级的个数，写成一句"
	case definition.Distinct:
		m = "不同" + of + "的个数"
	case definition.Min:
		m = of + "的最小值"
	case definition.Max:
		m = of + "的最大值"
	case definition.Mean:
		m = of + "的平均值"
	case definition.Present:
		m = "有数据时为 true，用于 {{if}} … {{end}}"
		if f.Heading > 0 {
			m = "第" + definition.Ordinal(f.Heading) + "组" + m
		}
		return m
	case definition.TextFigure:
		m = "文字：" + f.Text
	case definition.SentenceEnd:
		m = "句末标点：同组最后一个为“。”，其余为“；”"
	case definition.Requirement:
		m = "与市财政局要求的数（任务文件 requirements." + f.Requirement + "）的比较"
	case definition.Rate:
		keys := func(figs []*definition.Figure) string {
			var out []string
			for _, g := range figs {
				out = append(out, g.Key)
			}
			return strings.Join(out, "与")
		}
		m = keys(f.Parts) + "之和占" + keys(f.Over) + "的百分比（不含 %）"
	case definition.Difference:
		m = f.Compare.Key + "减去市财政局要求的数（任务文件 requirements." + f.Requirement + "）"
	case definition.Tail:
		m = of + "各行按显示值相加与合计之差（尾差）"
	case definition.Clause:
		m = "分句“" + f.Text + "”，所引数字为空时整句省略"
	default:
		m = string(f.Kind)
	}
	var conds []string
	for _, c := range f.Where {
		conds = append(conds, "“"+c.Column.Label+"”为“"+c.Value+"”")
	}
	if f.Heading > 0 {
		conds = append(conds, "第"+definition.Ordinal(f.Heading)+"组")
	}
	if len(conds) > 0 && f.Kind != definition.TextFigure && f.Kind != definition.Clause {
		m = strings.Join(conds, "、") + "的" + m
	}
	return m
}

// fieldsCmd prints the fields a job's templates can use, with this year's
// values, ready to copy into the Word or Excel template.
func fieldsCmd(args []string, stdout, stderr io.Writer) int {
	fs := flags("fields", stderr)
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprint(stderr, "用法：jixiao fields 任务文件.yaml\n")
		return exitUsage
	}
	j, err := job.Load(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitCode(err)
	}
	d, _, err := runner.Data(j)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitCode(err)
	}
	for _, g := range fieldList(d) {
		fmt.Fprintf(stdout, "%s\n", g.Title)
		for _, f := range g.Fields {
			fmt.Fprintf(stdout, "  %s\t%s\t%s\n", f.Name, f.Value, f.Meaning)
		}
	}
	return exitOK
}

// fieldsCache keeps each job's field list while its sources are unchanged,
// so that the job page does not read a long workbook again on every view.
type fieldsCache struct {
	mu    sync.Mutex
	byJob map[string]cachedFields
}

type cachedFields struct {
	stamp  string
	groups []fieldGroup
}

// pageFields is the job pages' cache.
var pageFields = fieldsCache{byJob: map[string]cachedFields{}}

// list is the job's field list, from the cache while every source has the
// size and time it had; nil when the data cannot be read.
func (c *fieldsCache) list(j *job.Job) []fieldGroup {
	var stamp strings.Builder
	for _, s := range runner.Sources(j) {
		fmt.Fprintf(&stamp, "%s|%s|", s.Key, s.SHA256)
		if s.Path != "" {
			if fi, err := os.Stat(s.Path); err == nil {
				fmt.Fprintf(&stamp, "%d|%d", fi.Size(), fi.ModTime().UnixNano())
			}
		}
		stamp.WriteByte('\n')
	}
	c.mu.Lock()
	got, ok := c.byJob[j.Path]
	c.mu.Unlock()
	if ok && got.stamp == stamp.String() {
		return got.groups
	}
	d, _, err := runner.Data(j)
	if err != nil {
		return nil
	}
	groups := fieldList(d)
	c.mu.Lock()
	c.byJob[j.Path] = cachedFields{stamp.String(), groups}
	c.mu.Unlock()
	return groups
}
