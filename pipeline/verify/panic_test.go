package verify_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/fault"
	"jixiao/pipeline/verify"
	"jixiao/pipeline/xlsx"
)

// The three outputs are read back on goroutines of their own; a panic on
// one (here the workbook's, handed a table with no section) reaches the
// caller of Check, where the job's boundary recovers it, and not the
// process.
func TestAPanicReadingAnOutputBackReachesTheCaller(t *testing.T) {
	out, o := sample(t)
	o.XlsxTables = []*xlsx.Table{{Sheet: o.XlsxTables[0].Sheet}}
	v := func() (v any) {
		defer func() { v = recover() }()
		verify.Check(out.Facts, o)
		return nil
	}()
	p, ok := v.(*fault.Panic)
	if !ok {
		t.Fatalf("Check raised %T %v, want a *fault.Panic", v, v)
	}
	if !strings.Contains(string(p.Stack), "verify.checkSheet") {
		t.Errorf("the stack is not the reading goroutine's:\n%s", p.Stack)
	}
}
