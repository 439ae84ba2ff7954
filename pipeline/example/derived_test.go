package example

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"
	"jixiao/templates"

	"github.com/shopspring/decimal"
)

// widened is what init does with a document's unbound numbers: the
// definition with Extend's figures, the template made with them, and the
// definition Prune keeps.
type widened struct {
	first, res *Result
	added      []string
	pruned     []byte
	job        *job.Job // last year's job with the pruned definition and the template
}

func widen(t *testing.T, dir string, j *job.Job, doc []byte) widened {
	t.Helper()
	w := widened{}
	var err error
	if w.first, err = Make(doc, lastYear(t, j), Options{}); err != nil {
		t.Fatal(err)
	}
	def, _, err := runner.Definition(j)
	if err != nil {
		t.Fatal(err)
	}
	raw := templates.Definition
	if j.Definition != "" {
		if raw, err = os.ReadFile(j.Definition); err != nil {
			t.Fatal(err)
		}
	}
	text, added, err := Extend(raw, def, w.first.Unbound(), values(t, j, w.first))
	if err != nil {
		t.Fatalf("extend: %v", err)
	}
	w.added = added
	path := filepath.Join(dir, "wider.yaml")
	if err := os.WriteFile(path, text, 0o644); err != nil {
		t.Fatal(err)
	}
	wider := *j
	wider.Definition = path
	isAdded := map[string]bool{}
	for _, id := range added {
		isAdded[id] = true
	}
	if w.res, err = Make(doc, lastYear(t, &wider), Options{Added: isAdded}); err != nil {
		t.Fatal(err)
	}
	keep := map[string]bool{}
	for _, m := range w.res.Marks {
		if m.State == Bound || m.State == Ambiguous {
			for _, id := range strings.Split(m.Candidates[m.Chosen].ID, "/") {
				keep[id] = true
			}
		}
	}
	if w.pruned, err = Prune(text, keep); err != nil {
		t.Fatal(err)
	}
	if _, err := definition.Parse("pruned.yaml", w.pruned); err != nil {
		t.Fatalf("%v\n%s", err, w.pruned)
	}
	rd := filepath.Join(dir, "rebuilt")
	if err := os.MkdirAll(rd, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(rd, "pruned.yaml"), w.pruned, 0o644); err != nil {
		t.Fatal(err)
	}
	w.job = jobFor(t, rd, j.County, j.Input, filepath.Join(rd, "pruned.yaml"), j.Requirements, w.res.Docx, j.XlsxTemplate)
	return w
}

// bound maps each bound number as written to its chosen action.
func (w widened) bound() map[string]string {
	got := map[string]string{}
	for _, m := range w.res.Marks {
		if m.State == Bound || m.State == Ambiguous {
			got[m.Text] = m.Candidates[m.Chosen].Action
		}
	}
	return got
}

func percentOf(parts []int, whole, decimals int) string {
	sum := 0
	for _, p := range parts {
		sum += p
	}
	return decimal.NewFromInt(int64(sum*100)).DivRound(decimal.NewFromInt(int64(whole)), 10).StringFixed(int32(decimals)) + "%"
}

// Rates over a sum of counts (优良率), shares with the document's
// decimals, and the difference from a requirement are added to the
// definition, bound, and rebuild the text; a rate the words name other
// grades of (优秀率 where the value is 优良率's) is not bound to it.
func TestRatesSharesAndDifferences(t *testing.T) {
	dir := t.TempDir()
	j := sampleJob(t, dir, "../../data/qinyuan-2023.xlsx", nil)
	last := lastYear(t, j)
	s := last.Section("重点评价")
	n, a, b := s.Figure("项目数").Count, s.Figure("优").Count, s.Figure("良").Count
	good1, good0, a1 := percentOf([]int{a, b}, n, 1), percentOf([]int{a, b}, n, 0), percentOf([]int{a}, n, 1)
	doc := docxOf(t,
		para(run("", "二、重点项目绩效评价")),
		para(run("", "重点项目绩效评价"+itoa(n)+"个，比要求多"+itoa(n-8)+"个，优良率"+good1+"，其中评价等级为“优”的占"+a1+"。")),
		para(run("", "重点项目绩效评价的优良率约为"+good0+"。")),
	)
	w := widen(t, dir, j, doc)
	got := w.bound()
	want := map[string]string{
		good1:           "{{.重点评价.等级优良率1位}}",
		good0:           "{{.重点评价.等级优良率0位}}",
		a1:              "{{.重点评价.优占比1位}}",
		itoa(n-8) + "个": "{{.重点评价.项目数比要求多}}",
	}
	for text, action := range want {
		if got[text] != action {
			t.Errorf("%s bound to %q, want %q (all: %v)", text, got[text], action, got)
		}
	}
	for _, key := range []string{"等级优良率1位", "等级优良率0位", "优占比1位", "项目数比要求多"} {
		if !strings.Contains(string(w.pruned), "key: "+key+",") {
			t.Errorf("the pruned definition lacks %s:\n%s", key, w.pruned)
		}
	}
	out, _ := build(t, w.job)
	if got, want := strings.ReplaceAll(text(t, out), "\n\n", "\n"), text(t, doc); strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Errorf("rebuilt:\n%s\nwant:\n%s", got, want)
	}
}

func itoa(n int) string { return decimal.NewFromInt(int64(n)).String() }

// A count per value of a text column (per 评价机构) the definition lacks
// is added where the words before the number name the value, and rebuilds
// the text; the phrases that name no value the data holds are not kept.
func TestCountsPerValue(t *testing.T) {
	dir := t.TempDir()
	j := sampleJob(t, dir, "../../data/qinyuan-2023.xlsx", nil)
	counts := map[string]int{}
	best := ""
	for _, r := range lastYear(t, j).Section("附件").Rows {
		for _, c := range r.Cells {
			if c.Column.Key == "评价机构" && c.Text != "" {
				counts[c.Text]++
				if counts[c.Text] > counts[best] || counts[c.Text] == counts[best] && c.Text < best {
					best = c.Text
				}
			}
		}
	}
	if counts[best] < 2 {
		t.Fatalf("the sample's 评价机构: %v", counts)
	}
	doc := docxOf(t,
		para(run("", "附件所列项目中，由"+best+"评价"+itoa(counts[best])+"个。")),
	)
	w := widen(t, dir, j, doc)
	if got, want := w.bound()[itoa(counts[best])+"个"], "{{.附件.评价机构"+best+"}}"; got != want {
		t.Errorf("the count of %s bound to %q, want %q", best, got, want)
	}
	if n := strings.Count(string(w.pruned), addedComment); n != 1 {
		t.Errorf("the pruned definition keeps %d added figures:\n%s", n, w.pruned)
	}
	out, _ := build(t, w.job)
	if got, want := strings.ReplaceAll(text(t, out), "\n\n", "\n"), text(t, doc); strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Errorf("rebuilt:\n%s\nwant:\n%s", got, want)
	}
}

// values reads j's workbook for the values of its text columns res's
// text names, as init does.
func values(t *testing.T, j *job.Job, res *Result) Values {
	t.Helper()
	def, sheets, err := runner.Definition(j)
	if err != nil {
		t.Fatal(err)
	}
	v, notes, err := res.ReadValues(j.Input, def, sheets)
	if err != nil {
		t.Fatal(err)
	}
	res.Notes = append(res.Notes, notes...)
	return v
}

// Where last year's count fell short of its requirement, the difference
// Extend proposes is an error to compute; dropping the differences keeps
// the other figures added.
func TestShortRequirementDropsOnlyDifferences(t *testing.T) {
	dir := t.TempDir()
	j := sampleJob(t, dir, "../../data/qinyuan-2023.xlsx", nil)
	j.Requirements = map[string]int{"key_evaluations": 30}
	doc := docxOf(t, para(run("", "重点项目绩效评价18个，涉及金额4.02亿元；另有3个乡镇。")))
	first, err := Make(doc, lastYear(t, j), Options{})
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := runner.Definition(j)
	if err != nil {
		t.Fatal(err)
	}
	text, added, err := Extend(templates.Definition, def, first.Unbound(), nil)
	if err != nil {
		t.Fatal(err)
	}
	check := func(text []byte) error {
		path := filepath.Join(dir, "wider.yaml")
		if err := os.WriteFile(path, text, 0o644); err != nil {
			t.Fatal(err)
		}
		wider := *j
		wider.Definition = path
		_, _, err := runner.Check(&wider)
		return err
	}
	if err := check(text); err == nil || !strings.Contains(err.Error(), "少于要求的 30") {
		t.Fatalf("a short count's difference: %v", err)
	}
	text, left, err := WithoutDifferences(text, added)
	if err != nil {
		t.Fatal(err)
	}
	if err := check(text); err != nil {
		t.Fatalf("without differences: %v", err)
	}
	if !slices.Contains(left, "重点评价.金额亿元2位") || slices.Contains(left, "重点评价.项目数比要求多") || len(left) != len(added)-1 {
		t.Errorf("left %v of %v", left, added)
	}
}
