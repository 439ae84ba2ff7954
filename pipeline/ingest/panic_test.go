package ingest

import (
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/fault"
)

type panickingSink struct{}

func (panickingSink) Add(*dataset.Table, *dataset.Row) { panic("tally broke") }

// The sheets are read side by side; a panic on a sheet's goroutine (here in
// the tally that receives its rows) is raised again on Read's caller, where
// the job's boundary recovers it, rather than ending the process.
func TestAPanicReadingASheetReachesTheCaller(t *testing.T) {
	v := func() (v any) {
		defer func() { v = recover() }()
		Read("../../data/qinyuan-2023.xlsx", definition.Default(), Options{Sink: panickingSink{}})
		return nil
	}()
	p, ok := v.(*fault.Panic)
	if !ok || p.Value != "tally broke" {
		t.Fatalf("Read raised %T %v, want the sink's panic as a *fault.Panic", v, v)
	}
	if !strings.Contains(string(p.Stack), "ingest.readTable") {
		t.Errorf("the stack is not the sheet's goroutine's:\n%s", p.Stack)
	}
}
