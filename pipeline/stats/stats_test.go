package stats

import (
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/money"
)

func TestRowsNumberAndMerge(t *testing.T) {
	items := []dataset.Item{
		{Name: "a", AgencyBlock: 2}, {Name: "b", AgencyBlock: 2}, {Name: "c", AgencyBlock: 2},
		{Name: "d", AgencyBlock: 5},
		{Name: "e", AgencyBlock: 6}, {Name: "f", AgencyBlock: 6},
	}
	got := rows(items)
	want := []Merge{Starts, Continues, Continues, Alone, Starts, Continues}
	for i, r := range got {
		if r.Seq != i+1 || r.AgencyMerge != want[i] {
			t.Errorf("row %d: seq %d merge %v, want %d %v", i, r.Seq, r.AgencyMerge, i+1, want[i])
		}
	}
}

func TestComputeCountsAndTail(t *testing.T) {
	ds := &dataset.Dataset{}
	for _, k := range dataset.Kinds {
		ds.Sections[k] = &dataset.Section{Kind: k}
	}
	key := ds.Sections[dataset.KeyEvaluation]
	for _, it := range []dataset.Item{{Amount: money.MustParse("1"), Grade: dataset.Excellent}, {Amount: money.MustParse("2"), Grade: dataset.Good}, {Amount: money.MustParse("3"), Grade: dataset.Good}} {
		key.Add(it)
	}
	att := ds.Sections[dataset.Attachment]
	att.Add(dataset.Item{Amount: money.MustParse("1.005")})
	att.Add(dataset.Item{Amount: money.MustParse("1.005")})
	r, ps := Compute(ds)
	s := r.Section(dataset.KeyEvaluation)
	if s.Count != 3 || s.Total.Plain() != "6.00" || s.Grades.Of(dataset.Excellent) != 1 || s.Grades.Of(dataset.Good) != 2 || s.Grades.Of(dataset.Poor) != 0 {
		t.Errorf("summary = %+v", s)
	}
	if r.Table.Tail.Plain() != "0.01" || len(ps.Sorted()) != 1 || ps.Sorted()[0].Severity != dataset.Note {
		t.Errorf("tail %s, problems %v", r.Table.Tail.Plain(), ps.Sorted())
	}
}
