package document

import (
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/money"
	"jixiao/pipeline/stats"
)

func dist(e, g, f, p int) Distribution { return Distribution{counts: [4]int{e, g, f, p}} }

func TestDistributionWording(t *testing.T) {
	cases := []struct {
		d    Distribution
		want string
	}{
		{dist(14, 0, 0, 0), "评价等级全部为“优”"},
		{dist(0, 5, 0, 0), "评价等级全部为“良”"},
		{dist(3, 13, 2, 0), "评价等级为“优”的3个，评价等级为“良”的13个，评价等级为“中”的2个"},
		{dist(4, 0, 1, 2), "评价等级为“优”的4个，评价等级为“中”的1个，评价等级为“差”的2个"},
		{dist(0, 0, 0, 0), ""},
	}
	for _, c := range cases {
		if got := c.d.String(); got != c.want {
			t.Errorf("%v = %q, want %q", c.d.counts, got, c.want)
		}
	}
}

func TestRequirementBranches(t *testing.T) {
	cases := []struct {
		n, r  int
		want  string
		short bool
	}{
		{18, 8, "，远超市财政局要求", false},
		{16, 8, "，远超市财政局要求", false},
		{15, 8, "，超过市财政局要求", false},
		{9, 8, "，超过市财政局要求", false},
		{8, 8, "，达到市财政局要求", false},
		{7, 8, "", true},
	}
	for _, c := range cases {
		got, short := Requirement(c.n, c.r)
		if got != c.want || short != c.short {
			t.Errorf("Requirement(%d, %d) = %q, %v; want %q, %v", c.n, c.r, got, short, c.want, c.short)
		}
	}
}

func report(counts map[dataset.Kind]int) *stats.Report {
	r := &stats.Report{}
	for _, k := range dataset.Kinds {
		r.Sections[k] = stats.Summary{Kind: k, Count: counts[k], Total: money.MustParse("1.5")}
	}
	return r
}

func TestSentenceEndsFollowPresentClauses(t *testing.T) {
	all := map[dataset.Kind]int{dataset.PreEvaluation: 1, dataset.SelfEvaluation: 1, dataset.KeyEvaluation: 1, dataset.Integrated: 1, dataset.Monitoring: 1}
	d, _ := Build(report(all), Params{County: "沁源县", Year: 2023, PriorYear: 2022})
	if d.SelfEvaluation.End != "；" || d.KeyEvaluation.End != "；" || d.Integrated.End != "。" {
		t.Errorf("all present: ends %q %q %q", d.SelfEvaluation.End, d.KeyEvaluation.End, d.Integrated.End)
	}
	noIntegrated := map[dataset.Kind]int{dataset.SelfEvaluation: 3, dataset.KeyEvaluation: 2}
	d, _ = Build(report(noIntegrated), Params{Year: 2023, PriorYear: 2022})
	if d.Integrated.Present || d.KeyEvaluation.End != "。" || d.SelfEvaluation.End != "；" {
		t.Errorf("no 统筹整合: present %v, ends %q %q", d.Integrated.Present, d.SelfEvaluation.End, d.KeyEvaluation.End)
	}
	if d.PreEvaluation.Present || d.Monitoring.Present {
		t.Errorf("sections with zero rows are present")
	}
	onlySelf := map[dataset.Kind]int{dataset.SelfEvaluation: 3}
	d, _ = Build(report(onlySelf), Params{Year: 2023})
	if d.SelfEvaluation.End != "。" {
		t.Errorf("lone 自评 ends %q", d.SelfEvaluation.End)
	}
}

func TestRequirementWarnsWhenShort(t *testing.T) {
	r := 20
	d, ps := Build(report(map[dataset.Kind]int{dataset.KeyEvaluation: 18}), Params{Year: 2023, KeyEvaluations: &r})
	if d.KeyEvaluation.Requirement != "" {
		t.Errorf("short of the requirement but worded %q", d.KeyEvaluation.Requirement)
	}
	if len(ps.Sorted()) != 1 || ps.Sorted()[0].Severity != dataset.Warning {
		t.Errorf("problems = %v, want one warning", ps.Sorted())
	}
	d, ps = Build(report(map[dataset.Kind]int{dataset.KeyEvaluation: 18}), Params{Year: 2023})
	if d.KeyEvaluation.Requirement != "" || len(ps.Sorted()) != 0 {
		t.Errorf("no requirement set, but worded %q with %v", d.KeyEvaluation.Requirement, ps.Sorted())
	}
}
