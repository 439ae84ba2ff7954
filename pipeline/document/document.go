package document

import (
	"fmt"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/money"
	"jixiao/pipeline/stats"

	"github.com/shopspring/decimal"
)

// Data is everything a template can print. Field names in templates are the
// tpl tags.
type Data struct {
	County         string  `tpl:"县"`
	Year           int     `tpl:"年度"`
	PriorYear      int     `tpl:"上年度"`
	PreEvaluation  Section `tpl:"事前评价"`
	SelfEvaluation Section `tpl:"绩效自评"`
	KeyEvaluation  Section `tpl:"重点评价"`
	Integrated     Section `tpl:"统筹整合"`
	Monitoring     Section `tpl:"绩效监控"`
	Attachment     Table   `tpl:"附件"`
}

// Section is what the narrative says about one sheet.
type Section struct {
	Present      bool         `tpl:"有数据"`
	Count        int          `tpl:"项目数"`
	Amount       money.Amount `tpl:"金额"`
	Distribution Distribution `tpl:"等级分布"`
	Excellent    int          `tpl:"优"`
	Good         int          `tpl:"良"`
	Fair         int          `tpl:"中"`
	Poor         int          `tpl:"差"`
	// Requirement is the comparison with the city's required number (重点评价 only).
	Requirement string `tpl:"要求"`
	// End is the clause's closing punctuation inside its sentence: ； or 。.
	End string `tpl:"句末"`
}

// Table is the attachment.
type Table struct {
	Title string       `tpl:"标题"`
	Count int          `tpl:"项目数"`
	Rows  []Row        `tpl:"行"`
	Total money.Amount `tpl:"合计"`
	// Tail is the printed rows' sum minus the printed total (尾差).
	Tail money.Amount `tpl:"尾差"`
}

// Row is one row of the attachment table.
type Row struct {
	Seq         int          `tpl:"序号"`
	Name        string       `tpl:"项目名称"`
	Unit        string       `tpl:"单位"`
	Amount      money.Amount `tpl:"金额"`
	Score       Score        `tpl:"评分"`
	Grade       string       `tpl:"等级"`
	Agency      string       `tpl:"评价机构"`
	AgencyMerge Merge        `tpl:"机构合并"`
}

// Merge says how a table cell joins the cells above and below it; the
// statistics stage decides it from the input's merged cells.
type Merge = stats.Merge

const (
	Alone     = stats.Alone     // a cell of its own
	Starts    = stats.Starts    // the first cell of a vertical merge
	Continues = stats.Continues // covered by the cell above
)

// Score is an evaluation score; it prints with two decimals, or as nothing
// where the row gave none.
type Score struct {
	Value decimal.Decimal
	Set   bool
}

func (s Score) String() string {
	if !s.Set {
		return ""
	}
	return s.Value.StringFixed(2)
}

// Distribution is a section's grade counts; it prints as the narrative's wording.
type Distribution struct {
	counts [4]int
}

// NewDistribution is the wording of these counts of 优, 良, 中 and 差.
func NewDistribution(excellent, good, fair, poor int) Distribution {
	return Distribution{counts: [4]int{excellent, good, fair, poor}}
}

func (d Distribution) String() string {
	var parts []string
	nonzero := 0
	for i, g := range dataset.Grades {
		if d.counts[i] > 0 {
			nonzero++
			parts = append(parts, fmt.Sprintf("评价等级为“%s”的%d个", g, d.counts[i]))
		}
	}
	if nonzero == 1 {
		for i, g := range dataset.Grades {
			if d.counts[i] > 0 {
				return fmt.Sprintf("评价等级全部为“%s”", g)
			}
		}
	}
	return strings.Join(parts, "，")
}

// Params are the job's settings the wording depends on.
type Params struct {
	County    string
	Year      int
	PriorYear int
	// KeyEvaluations is the city's required number of 重点评价 projects; nil when not set.
	KeyEvaluations *int
}

// Build turns the statistics into the document model. Its problems are
// warnings only.
func Build(r *stats.Report, p Params) (*Data, dataset.Problems) {
	var ps dataset.Problems
	d := &Data{
		County:         p.County,
		Year:           p.Year,
		PriorYear:      p.PriorYear,
		PreEvaluation:  section(r.Section(dataset.PreEvaluation)),
		SelfEvaluation: section(r.Section(dataset.SelfEvaluation)),
		KeyEvaluation:  section(r.Section(dataset.KeyEvaluation)),
		Integrated:     section(r.Section(dataset.Integrated)),
		Monitoring:     section(r.Section(dataset.Monitoring)),
	}
	d.PreEvaluation.End = "。"
	d.Monitoring.End = "。"
	endSentence(&d.SelfEvaluation, &d.KeyEvaluation, &d.Integrated)
	if p.KeyEvaluations != nil && d.KeyEvaluation.Present {
		var short bool
		d.KeyEvaluation.Requirement, short = Requirement(d.KeyEvaluation.Count, *p.KeyEvaluations)
		if short {
			ps.Warn(r.Section(dataset.KeyEvaluation).Sheet, fmt.Sprintf("重点项目绩效评价 %d 个，少于市财政局要求的 %d 个", d.KeyEvaluation.Count, *p.KeyEvaluations))
		}
	}
	d.Attachment = table(r.Table, p)
	return d, ps
}

// Requirement words the comparison of n projects with the required r; short
// reports n < r.
func Requirement(n, r int) (wording string, short bool) {
	switch {
	case n >= 2*r && r > 0:
		return "，远超市财政局要求", false
	case n > r:
		return "，超过市财政局要求", false
	case n == r:
		return "，达到市财政局要求", false
	}
	return "", true
}

// endSentence gives each present clause ；, and the last one 。.
func endSentence(clauses ...*Section) {
	last := -1
	for i, c := range clauses {
		if c.Present {
			c.End = "；"
			last = i
		}
	}
	if last >= 0 {
		clauses[last].End = "。"
	}
}

func section(s stats.Summary) Section {
	out := Section{
		Present:   s.Count > 0,
		Count:     s.Count,
		Amount:    s.Total,
		Excellent: s.Grades.Of(dataset.Excellent),
		Good:      s.Grades.Of(dataset.Good),
		Fair:      s.Grades.Of(dataset.Fair),
		Poor:      s.Grades.Of(dataset.Poor),
	}
	out.Distribution = Distribution{counts: [4]int{out.Excellent, out.Good, out.Fair, out.Poor}}
	return out
}

func table(t stats.Table, p Params) Table {
	out := Table{
		Title: fmt.Sprintf("%s%d年重点绩效评价项目结果汇总表", p.County, p.Year),
		Count: len(t.Rows),
		Total: t.Total,
		Tail:  t.Tail,
		Rows:  make([]Row, len(t.Rows)),
	}
	for i, r := range t.Rows {
		out.Rows[i] = Row{
			Seq:         r.Seq,
			Name:        r.Name,
			Unit:        r.Unit,
			Amount:      r.Amount,
			Score:       Score{r.Score, r.HasScore},
			Grade:       r.Grade.String(),
			Agency:      r.Agency,
			AgencyMerge: r.AgencyMerge,
		}
	}
	return out
}
