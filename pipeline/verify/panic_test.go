package verify_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/fault"
	"jixiao/pipeline/verify"
	"jixiao/pipeline/xlsx"
)

// The outputs are read back and checked on goroutines of their own; a panic on
// one (here the workbook's, handed a table with no section) reaches the
// caller of CheckFiles, where the job's boundary recovers it, and not the
// process.
func TestAPanicReadingAnOutputBackReachesTheCaller(t *testing.T) {
	out, o := sample(t)
	o = with(t, o, func(x *xlsx.Output) *xlsx.Output {
		return &xlsx.Output{Data: x.Data, Tables: []*xlsx.Table{{Sheet: x.Tables[0].Sheet}}}
	})
	v := func() (v any) {
		defer func() { v = recover() }()
		verify.CheckFiles(out.Facts, o)
		return nil
	}()
	p, ok := v.(*fault.Panic)
	if !ok {
		t.Fatalf("Check raised %T %v, want a *fault.Panic", v, v)
	}
	if !strings.Contains(string(p.Stack), "verify.checkCells") {
		t.Errorf("the stack is not the reading goroutine's:\n%s", p.Stack)
	}
}
