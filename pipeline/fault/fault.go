package fault

import (
	"fmt"
	"runtime/debug"
	"sync"
)

// Panic is a recovered panic and the stack of the goroutine it happened on.
type Panic struct {
	Value any
	Stack []byte
}

func (p *Panic) Error() string { return fmt.Sprint(p.Value) }

// Recovered makes v, a value recover returned, a *Panic. It must run in the
// deferred function that recovered v, so that the stack is the panicking
// goroutine's; a *Panic raised again by Group.Wait keeps its first stack.
func Recovered(v any) *Panic {
	if p, ok := v.(*Panic); ok {
		return p
	}
	return &Panic{Value: v, Stack: debug.Stack()}
}

// Group runs functions on goroutines of their own and waits for them, as a
// sync.WaitGroup does, and hands a panic on any of them to the waiter.
// The zero Group is ready to use.
type Group struct {
	wg    sync.WaitGroup
	mu    sync.Mutex
	first *Panic
}

// Go runs f on a new goroutine.
func (g *Group) Go(f func()) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		defer func() {
			if v := recover(); v != nil {
				p := Recovered(v)
				g.mu.Lock()
				if g.first == nil {
					g.first = p
				}
				g.mu.Unlock()
			}
		}()
		f()
	}()
}

// Wait waits for every function Go started; if any panicked, it panics
// with the first one's *Panic once all have ended, so that none is still
// writing what the caller's recovery would release.
func (g *Group) Wait() {
	g.wg.Wait()
	g.mu.Lock()
	p := g.first
	g.mu.Unlock()
	if p != nil {
		panic(p)
	}
}
