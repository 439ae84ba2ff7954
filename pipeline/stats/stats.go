package stats

import (
	"fmt"
	"strconv"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/money"

	"github.com/shopspring/decimal"
)

// Value is one computed figure. Which fields are set depends on its kind:
// Count for count and distinct; Amount (万元) for sums, minima, maxima,
// means and tails over amounts, Number over scores and integers; Present;
// Text for wordings; Grades for a distribution.
type Value struct {
	Def    *definition.Figure
	Count  int
	Amount money.Amount
	Number decimal.Decimal
	// Set is false for a minimum, maximum or mean over no rows.
	Set     bool
	Present bool
	Text    string
	// Grades counts the rows per grade of the column's scale, in its order.
	Grades []int
}

// Section is the figures of one section, in the definition's order.
type Section struct {
	Def    *definition.Section
	Table  *dataset.Table
	Values []*Value
}

// Get returns the value of figure key, or nil.
func (s *Section) Get(key string) *Value {
	for _, v := range s.Values {
		if v.Def.Key == key {
			return v
		}
	}
	return nil
}

// Report is every figure of a document.
type Report struct {
	Def      *definition.Definition
	Sections []*Section
}

// Section returns the figures of the section with key k, or nil.
func (r *Report) Section(k string) *Section {
	for _, s := range r.Sections {
		if s.Def.Key == k {
			return s
		}
	}
	return nil
}

// Tally accumulates a definition's figures row by row.
type Tally struct {
	def    *definition.Definition
	states map[*definition.Table][]*state
	all    []*state
	// values are the distinct texts of the columns filters compare, to
	// name them when a filter matches nothing.
	values map[*definition.Table][]*valueSet
}

type state struct {
	sec     *definition.Section
	fig     *definition.Figure
	col     int // index of fig.Of in its table; -1 for none
	where   []cond
	v       *Value
	n       int // rows summed, for means
	matched bool
	seen    map[string]bool
	printed decimal.Decimal // a tail's sum of rows as printed
}

type cond struct {
	col   int
	value string
	grade int // the grade the value spells, for a grade column; -1 otherwise
}

// NewTally prepares the figures of def.
func NewTally(def *definition.Definition) *Tally {
	t := &Tally{def: def, states: map[*definition.Table][]*state{}, values: map[*definition.Table][]*valueSet{}}
	for _, sec := range def.Sections {
		for _, f := range sec.Figures {
			st := &state{sec: sec, fig: f, col: -1, v: &Value{Def: f}}
			if f.Of != nil {
				st.col = sec.Table.Index(f.Of)
			}
			if f.Kind == definition.Distribution {
				st.v.Grades = make([]int, len(f.Of.Scale.Grades))
			}
			if f.Kind == definition.Distinct {
				st.seen = map[string]bool{}
			}
			for _, c := range f.Where {
				cd := cond{col: sec.Table.Index(c.Column), value: c.Value, grade: -1}
				if c.Column.Kind == definition.Grade {
					cd.grade = c.Column.Scale.Find(c.Value)
				}
				st.where = append(st.where, cd)
			}
			t.watch(sec.Table, st)
			t.states[sec.Table] = append(t.states[sec.Table], st)
			t.all = append(t.all, st)
		}
	}
	return t
}

// Add tallies one data row of table tb.
func (t *Tally) Add(tb *dataset.Table, r *dataset.Row) {
	for _, v := range t.values[tb.Def] {
		v.add(r)
	}
	for _, st := range t.states[tb.Def] {
		if st.passes(r) {
			st.matched = true
			st.add(tb, r)
		}
	}
}

func (st *state) passes(r *dataset.Row) bool {
	if st.fig.Heading > 0 && r.Group != st.fig.Heading {
		return false
	}
	for _, c := range st.where {
		v := r.Values[c.col]
		if c.grade >= 0 {
			if v.Grade != c.grade {
				return false
			}
			continue
		}
		if strings.TrimSpace(v.Text) != c.value {
			return false
		}
	}
	return true
}

func (st *state) add(tb *dataset.Table, r *dataset.Row) {
	var v dataset.Value
	if st.col >= 0 {
		v = r.Values[st.col]
	}
	f := st.fig
	switch f.Kind {
	case definition.Count:
		if st.col < 0 || !v.Blank || f.Of.Kind == definition.Grade && v.Grade >= 0 {
			st.v.Count++
		}
	case definition.Distribution:
		if v.Grade >= 0 {
			st.v.Grades[v.Grade]++
		}
	case definition.Distinct:
		if !v.Blank && !st.seen[v.Text] {
			st.seen[v.Text] = true
			st.v.Count++
		}
	case definition.Sum, definition.Tail:
		if v.Blank {
			return
		}
		st.v.Amount = st.v.Amount.Add(v.Amount)
		st.v.Number = st.v.Number.Add(v.Number)
		st.v.Set = true
		if f.Kind == definition.Tail {
			st.printed = st.printed.Add(v.Amount.To(printUnit(f, tb)).Round(int32(max(f.Print.Decimals, 0))))
		}
	case definition.Min, definition.Max, definition.Mean:
		if v.Blank {
			return
		}
		x := v.Number
		if f.Of.Kind == definition.Amount {
			x = v.Amount.Decimal()
		}
		cur := st.v.Number
		switch {
		case !st.v.Set:
			st.v.Number = x
		case f.Kind == definition.Min && x.LessThan(cur), f.Kind == definition.Max && x.GreaterThan(cur):
			st.v.Number = x
		case f.Kind == definition.Mean:
			st.v.Number = cur.Add(x)
		}
		st.n++
		st.v.Set = true
	}
}

// printUnit is the unit a figure prints in: its own, or that its column
// was written in, or 万元; as the document prints it.
func printUnit(f *definition.Figure, tb *dataset.Table) money.Unit {
	if f.Print.Unit != money.NoUnit {
		return f.Print.Unit
	}
	if tb != nil && f.Of != nil {
		if i := tb.Def.Index(f.Of); i >= 0 && tb.Columns[i].Unit != money.NoUnit {
			return tb.Columns[i].Unit
		}
	}
	return money.Wan
}

// Params are the job's settings the figures depend on.
type Params struct {
	County          string
	Year, PriorYear int
	// Requirements are the job file's requirements, by key.
	Requirements map[string]int
}

// Finish completes the figures once every row is tallied, and returns them
// with the notes and warnings they give rise to.
func (t *Tally) Finish(ds *dataset.Dataset, p Params) (*Report, dataset.Problems) {
	var ps dataset.Problems
	r := &Report{Def: t.def}
	bySection := map[*definition.Section]*Section{}
	for _, sec := range t.def.Sections {
		s := &Section{Def: sec, Table: ds.Table(sec.Table)}
		bySection[sec] = s
		r.Sections = append(r.Sections, s)
	}
	for _, st := range t.all {
		s := bySection[st.sec]
		s.Values = append(s.Values, st.v)
	}
	for _, st := range t.all {
		s := bySection[st.sec]
		f, v := st.fig, st.v
		switch f.Kind {
		case definition.Present:
			v.Present = s.Table != nil && s.Table.Count > 0 && (f.Heading == 0 || st.matched)
		case definition.Min, definition.Max, definition.Mean:
			if f.Kind == definition.Mean && st.n > 0 {
				v.Number = v.Number.DivRound(decimal.NewFromInt(int64(st.n)), 10)
			}
			if f.Of.Kind == definition.Amount {
				v.Amount = money.FromDecimal(v.Number)
			}
		case definition.Distribution:
			v.Text = Distribution(f, v.Grades)
		case definition.TextFigure:
			v.Text = strings.NewReplacer("{县}", p.County, "{年度}", strconv.Itoa(p.Year), "{上年度}", strconv.Itoa(p.PriorYear)).Replace(f.Text)
		case definition.Tail:
			d := max(f.Print.Decimals, 0)
			u := printUnit(f, s.Table)
			total := v.Amount.To(u).Round(int32(d))
			v.Amount = money.In(st.printed.Sub(total), u)
			if !st.printed.Equal(total) && s.Table != nil {
				ps.Add(dataset.Note, s.Table.Sheet, fmt.Sprintf("%s各行%s按%d位小数显示后相加为 %s %s，合计按精确值计算为 %s %s，相差 %s %s（尾差，属正常的四舍五入差异）",
					st.sec.Label, f.Of.Label, d, money.Group(st.printed.StringFixed(int32(d))), u, money.Group(total.StringFixed(int32(d))), u, money.Group(st.printed.Sub(total).StringFixed(int32(d))), u))
			}
		}
		if f.Kind == definition.Sum && f.Of.Kind != definition.Amount {
			v.Amount = money.Zero
		}
		v.Set = v.Set || f.Kind == definition.Sum || f.Kind == definition.Tail
	}
	derived(t.all, bySection, p, &ps)
	for _, st := range t.all {
		if st.fig.Kind == definition.Requirement {
			requirement(st, bySection[st.sec], p, &ps)
		}
		if len(st.where) > 0 {
			t.unmatched(st, bySection[st.sec], &ps)
		}
	}
	sentenceEnds(t.all, bySection)
	return r, ps
}

// requirement words the comparison of the compared count n with the
// required R: n ≥ 2R far above, n > R above, n = R equal, n < R below and a
// warning. Without a requirement in the job file, nothing is said.
func requirement(st *state, s *Section, p Params, ps *dataset.Problems) {
	req, ok := p.Requirements[st.fig.Requirement]
	present := s.Table != nil && s.Table.Count > 0
	if !ok || !present {
		return
	}
	n := s.Get(st.fig.Compare.Key).Count
	w := st.fig.Wording
	switch {
	case n >= 2*req && req > 0:
		st.v.Text = w.FarAbove
	case n > req:
		st.v.Text = w.Above
	case n == req:
		st.v.Text = w.Equal
	default:
		st.v.Text = w.Below
		if w.Warn != "" {
			ps.Warn(s.Table.Sheet, strings.NewReplacer("{实际}", strconv.Itoa(n), "{要求}", strconv.Itoa(req)).Replace(w.Warn))
		}
	}
}

// sentenceEnds gives each present clause of a group ；, and the last one 。.
func sentenceEnds(all []*state, bySection map[*definition.Section]*Section) {
	last := map[string]*Value{}
	for _, st := range all {
		if st.fig.Kind != definition.SentenceEnd {
			continue
		}
		s := bySection[st.sec]
		if s.Table == nil || s.Table.Count == 0 {
			continue
		}
		st.v.Text = "；"
		last[st.fig.Group] = st.v
	}
	for _, v := range last {
		v.Text = "。"
	}
}

// Distribution words grade counts as the figure says: 评价等级全部为“优” when
// every row has one grade, and otherwise 评价等级为“优”的3个，评价等级为“良”
// 的13个，… in the scale's order, leaving out grades nobody got.
func Distribution(f *definition.Figure, counts []int) string {
	var parts []string
	only := -1
	for i, n := range counts {
		if n == 0 {
			continue
		}
		name := f.Of.Scale.Grades[i].Name
		parts = append(parts, strings.NewReplacer("{等级}", name, "{个数}", strconv.Itoa(n)).Replace(f.Each))
		if only == -1 {
			only = i
		} else {
			only = -2
		}
	}
	if only >= 0 {
		return strings.ReplaceAll(f.All, "{等级}", f.Of.Scale.Grades[only].Name)
	}
	return strings.Join(parts, f.Sep)
}
