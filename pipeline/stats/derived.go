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
	// A rate's parts and whole may be figures of other sections.
	byFigure := map[*definition.Figure]*Value{}
	for _, st := range all {
		byFigure[st.fig] = st.v
	}
	for _, st := range all {
		s := bySection[st.sec]
		switch st.fig.Kind {
		case definition.Rate:
			rate(st, byFigure)
		case definition.Difference:
			difference(st, s, p, ps)
		}
	}
}

// rate is the sum of the parts over the sum of the whole, times 100. It
// stays unset (printed empty, and refused where a template prints it)
// when a part or the whole is unset or the whole is 0: no rate of
// nothing.
func rate(st *state, byFigure map[*definition.Figure]*Value) {
	whole, ok := sumOf(st.fig.Over, byFigure)
	if !ok || whole.IsZero() {
		return
	}
	sum, ok := sumOf(st.fig.Parts, byFigure)
	if !ok {
		return
	}
	st.v.Number = sum.Mul(decimal.NewFromInt(100)).DivRound(whole, 10)
	st.v.Set = true
}

func sumOf(figs []*definition.Figure, byFigure map[*definition.Figure]*Value) (decimal.Decimal, bool) {
	sum := decimal.Zero
	for _, f := range figs {
		v, ok := numberOf(byFigure[f])
		if !ok {
			return decimal.Zero, false
		}
		sum = sum.Add(v)
	}
	return sum, true
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
