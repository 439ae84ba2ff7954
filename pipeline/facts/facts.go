package facts

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/document"
	"jixiao/pipeline/money"
	"jixiao/pipeline/stats"
)

// Fact is one printed figure.
type Fact struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Value   string   `json:"value"`   // exact
	Printed string   `json:"printed"` // as the default template prints it
	How     string   `json:"how"`
	From    []string `json:"from,omitempty"` // input cells, as ranges
}

// Project is one row of the attachment as printed.
type Project struct {
	Name   string `json:"name"`
	Unit   string `json:"unit"`
	Amount string `json:"amount"`
	Score  string `json:"score,omitempty"`
	Grade  string `json:"grade,omitempty"`
}

// Check is one piece of the document's own arithmetic.
type Check struct {
	What   string `json:"what"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// File is the content of facts.json.
type File struct {
	County string  `json:"county"`
	Year   int     `json:"year"`
	Input  string  `json:"input"`
	Facts  []Fact  `json:"facts"`
	Checks []Check `json:"checks"`
	// Projects are the attachment's rows, for the change report.
	Projects []Project `json:"projects"`
	byID     map[string]int
}

// Get returns the fact with the given ID.
func (f *File) Get(id string) (Fact, bool) {
	if f.byID == nil {
		f.byID = map[string]int{}
		for i, x := range f.Facts {
			f.byID[x.ID] = i
		}
	}
	i, ok := f.byID[id]
	if !ok {
		return Fact{}, false
	}
	return f.Facts[i], true
}

// JSON is facts.json: indented, facts in document order, so that it diffs.
func (f *File) JSON() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(f)
	return buf.Bytes()
}

// Parse reads a facts.json.
func Parse(raw []byte) (*File, error) {
	var f File
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("facts.json 无法读取：%w", err)
	}
	return &f, nil
}

var sections = []struct {
	kind  dataset.Kind
	id    string
	label string
}{
	{dataset.PreEvaluation, "事前评价", "事前绩效评价"},
	{dataset.SelfEvaluation, "绩效自评", "项目绩效自评"},
	{dataset.KeyEvaluation, "重点评价", "重点项目绩效评价"},
	{dataset.Integrated, "统筹整合", "统筹整合资金绩效评价"},
	{dataset.Monitoring, "绩效监控", "绩效定期监控"},
}

// Build collects the facts of a document from its statistics and model.
func Build(r *stats.Report, d *document.Data, input string, priorYearSet bool) *File {
	f := &File{County: d.County, Year: d.Year, Input: input}
	add := func(x Fact) { f.Facts = append(f.Facts, x) }
	add(Fact{ID: "年度", Label: "年度", Value: strconv.Itoa(d.Year), Printed: strconv.Itoa(d.Year), How: "任务文件 year"})
	how := "年度 − 1"
	if priorYearSet {
		how = "任务文件 prior_year"
	}
	add(Fact{ID: "上年度", Label: "上一年度", Value: strconv.Itoa(d.PriorYear), Printed: strconv.Itoa(d.PriorYear), How: how})
	models := map[dataset.Kind]document.Section{
		dataset.PreEvaluation: d.PreEvaluation, dataset.SelfEvaluation: d.SelfEvaluation,
		dataset.KeyEvaluation: d.KeyEvaluation, dataset.Integrated: d.Integrated, dataset.Monitoring: d.Monitoring,
	}
	for _, s := range sections {
		sum := r.Section(s.kind)
		m := models[s.kind]
		name := column(sum, sum.Cols.Name)
		add(Fact{ID: s.id + ".项目数", Label: s.label + "项目数", Value: strconv.Itoa(m.Count), Printed: strconv.Itoa(m.Count),
			How: "count(" + name.formula() + ")", From: name.from()})
		amount := column(sum, sum.Cols.Amount)
		amountHow := "sum(" + amount.formula() + ")"
		if sum.AmountUnit == money.Yuan {
			amountHow += " ÷ 10000（元→万元）"
		}
		add(Fact{ID: s.id + ".金额", Label: s.label + "金额（万元）", Value: m.Amount.Decimal().String(), Printed: m.Amount.Plain(),
			How: amountHow, From: amount.from()})
		if !s.kind.Graded() {
			continue
		}
		grade := column(sum, sum.Cols.Grade)
		for _, g := range dataset.Grades {
			n := sum.Grades.Of(g)
			how := fmt.Sprintf("count(%s = \"%s\")", grade.formula(), g)
			if sum.GradesComputed {
				how = fmt.Sprintf("count(%s 按评分定为“%s”)", column(sum, sum.Cols.Score).formula(), g)
			}
			add(Fact{ID: s.id + "." + g.String(), Label: fmt.Sprintf("%s等级为“%s”的项目数", s.label, g), Value: strconv.Itoa(n), Printed: strconv.Itoa(n), How: how, From: grade.from()})
		}
		total := m.Excellent + m.Good + m.Fair + m.Poor
		f.Checks = append(f.Checks, Check{
			What:   s.label + "：各等级项目数之和等于项目数",
			OK:     total == m.Count,
			Detail: fmt.Sprintf("%d + %d + %d + %d = %d，项目数 %d", m.Excellent, m.Good, m.Fair, m.Poor, total, m.Count),
		})
	}
	f.table(r.Table, d.Attachment)
	return f
}

func (f *File) table(t stats.Table, d document.Table) {
	add := func(x Fact) { f.Facts = append(f.Facts, x) }
	name := column(t.Summary, t.Cols.Name)
	add(Fact{ID: "附件.项目数", Label: "附件项目数", Value: strconv.Itoa(d.Count), Printed: strconv.Itoa(d.Count), How: "count(" + name.formula() + ")", From: name.from()})
	for i, row := range t.Rows {
		p := Project{Name: row.Name, Unit: row.Unit, Amount: row.Amount.Grouped(), Grade: row.Grade.String()}
		if row.HasScore {
			p.Score = row.Score.StringFixed(2)
		}
		f.Projects = append(f.Projects, p)
		at := row.Source
		id := fmt.Sprintf("附件.行[%d]", i+1)
		add(Fact{ID: id + ".序号", Label: fmt.Sprintf("附件第%d行序号", i+1), Value: strconv.Itoa(row.Seq), Printed: strconv.Itoa(row.Seq), How: "按行次重新编号"})
		amountHow := at.Cell(t.Cols.Amount).String()
		if t.AmountUnit == money.Yuan {
			amountHow += " ÷ 10000（元→万元）"
		}
		add(Fact{ID: id + ".金额", Label: fmt.Sprintf("附件第%d行（%s）项目支出（万元）", i+1, row.Name), Value: row.Amount.Decimal().String(), Printed: row.Amount.Grouped(),
			How: amountHow, From: []string{at.Cell(t.Cols.Amount).String()}})
		if row.HasScore {
			add(Fact{ID: id + ".评分", Label: fmt.Sprintf("附件第%d行（%s）评分结果", i+1, row.Name), Value: row.Score.String(), Printed: row.Score.StringFixed(2),
				How: at.Cell(t.Cols.Score).String(), From: []string{at.Cell(t.Cols.Score).String()}})
		}
	}
	amount := column(t.Summary, t.Cols.Amount)
	totalHow := "sum(" + amount.formula() + ")"
	if t.AmountUnit == money.Yuan {
		totalHow += " ÷ 10000（元→万元），按精确值相加后舍入一次"
	}
	add(Fact{ID: "附件.合计", Label: "附件合计（万元）", Value: d.Total.Decimal().String(), Printed: d.Total.Grouped(), How: totalHow, From: amount.from()})
	f.Checks = append(f.Checks, Check{
		What:   "附件：各行之和等于合计（尾差）",
		OK:     true,
		Detail: fmt.Sprintf("各行按显示值相加比合计多 %s 万元", d.Tail.Grouped()),
	})
}

// col is one column of a sheet's data rows.
type col struct {
	sheet     dataset.CellRef
	col       int
	first, to int
}

func column(s stats.Summary, c int) col {
	return col{sheet: s.Sheet, col: c, first: s.FirstRow, to: s.LastRow}
}

func (c col) empty() bool { return c.col == 0 || c.to < c.first || c.to == 0 }

// formula names the range as a formula would: 绩效自评!C2:C1167.
func (c col) formula() string {
	if c.empty() {
		return c.sheet.Sheet + "（无数据）"
	}
	return c.sheet.WithRow(c.first).Cell(c.col).Range(c.to)
}

// from names the range with its file: data.xlsx!绩效自评!C2:C1167.
func (c col) from() []string {
	if c.empty() {
		return nil
	}
	file := c.sheet.File
	if file != "" && c.sheet.Sheet != "" {
		file += "!"
	} else {
		file = ""
	}
	return []string{file + c.formula()}
}
