package fault

import (
	"strings"
	"sync/atomic"
	"testing"
)

// caught runs f and returns what it panicked with, nil if it did not.
func caught(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

func explode() {
	var m map[string]int
	m["boom"]++ // a nil-map write, as a bug would raise
}

func TestAPanicOnAGoroutineIsRaisedAtWaitWithItsOwnStack(t *testing.T) {
	var g Group
	var others atomic.Int32
	for range 3 {
		g.Go(func() { others.Add(1) })
	}
	g.Go(explode)
	v := caught(g.Wait)
	p, ok := v.(*Panic)
	if !ok {
		t.Fatalf("Wait raised %T %v, want a *Panic", v, v)
	}
	if !strings.Contains(p.Error(), "nil map") {
		t.Errorf("value %q", p.Error())
	}
	// The stack is the goroutine's that panicked, naming the function.
	if !strings.Contains(string(p.Stack), "fault.explode") {
		t.Errorf("stack does not name the panicking function:\n%s", p.Stack)
	}
	if others.Load() != 3 {
		t.Errorf("Wait returned before the other goroutines ended: %d of 3", others.Load())
	}
}

func TestWaitWithoutAPanicReturns(t *testing.T) {
	var g Group
	n := 0
	g.Go(func() { n++ })
	if v := caught(g.Wait); v != nil || n != 1 {
		t.Fatalf("panic %v, n %d", v, n)
	}
}

// A panic raised again at Wait, recovered further up, keeps the stack of
// where it began rather than gaining the waiter's.
func TestRecoveredKeepsTheFirstStack(t *testing.T) {
	var inner Group
	inner.Go(explode)
	var outer Group
	outer.Go(inner.Wait)
	v := caught(outer.Wait)
	p := Recovered(v)
	if !strings.Contains(string(p.Stack), "fault.explode") {
		t.Errorf("stack lost its origin:\n%s", p.Stack)
	}
	plain := func() (p *Panic) {
		defer func() { p = Recovered(recover()) }()
		explode()
		return nil
	}()
	if plain.Value == nil || !strings.Contains(string(plain.Stack), "fault.explode") {
		t.Errorf("a plain panic: %v\n%s", plain.Value, plain.Stack)
	}
}
