package stats

import (
	"fmt"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"

	"github.com/shopspring/decimal"
)

// derived computes the figures made of other figures of their section
// (rates and differences), once those are final.
func derived(all []*state, bySection map[*definition.Section]*Section, p Params, ps *dataset.Problems) {
	for _, st := range all {
		s := bySection[st.sec]
		switch st.fig.Kind {
		case definition.Rate:
			rate(st, s)
		case definition.Difference:
			difference(st, s, p, ps)
		}
	}
}

// rate is the sum of the parts over the whole, times 100. It stays unset
// (printed empty, and refused where a template prints it) when a part or
// the whole is unset or the whole is 0: no rate of nothing.
func rate(st *state, s *Section) {
	whole, ok := numberOf(s.Get(st.fig.Over.Key))
	if !ok || whole.IsZero() {
		return
	}
	sum := decimal.Zero
	for _, f := range st.fig.Parts {
		v, ok := numberOf(s.Get(f.Key))
		if !ok {
			return
		}
		sum = sum.Add(v)
	}
	st.v.Number = sum.Mul(decimal.NewFromInt(100)).DivRound(whole, 10)
	st.v.Set = true
}

// numberOf is a figure's value as one number.
func numberOf(v *Value) (decimal.Decimal, bool) {
	switch v.Def.Kind {
	case definition.Count, definition.Distinct, definition.Difference:
		return decimal.NewFromInt(int64(v.Count)), true
	}
	if !v.Set {
		return decimal.Zero, false
	}
	if v.Def.Of != nil && v.Def.Of.Kind == definition.Amount {
		return v.Amount.Decimal(), true
	}
	return v.Number, true
}

// difference is the compared count minus the required number. A count
// short of it is an error: the text it was bound in says 比要求多, and
// would print a negative number; the clerk must reword it or the data.
func difference(st *state, s *Section, p Params, ps *dataset.Problems) {
	req, ok := p.Requirements[st.fig.Requirement]
	if !ok {
		return
	}
	n := s.Get(st.fig.Compare.Key).Count
	st.v.Count = n - req
	if n < req && s.Table != nil {
		ps.Error(s.Table.Sheet, fmt.Sprintf("%s为 %d，少于要求的 %d（任务文件 requirements.%s），“%s”会印成 %d：请改写说明中的这句（如用 requirement 数字的措辞），或核对数据",
			st.fig.Compare.Label, n, req, st.fig.Requirement, st.fig.Label, n-req))
	}
}
