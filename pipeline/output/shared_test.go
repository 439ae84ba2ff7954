package output

import (
	"errors"
	"sync"
	"testing"
)

// TestSharedComputesOncePerKey: writers asking with one key get the first
// one's value, computed once even when they ask together; another key is
// computed apart; an error is kept; nil shares nothing.
func TestSharedComputesOncePerKey(t *testing.T) {
	s := &Shared{}
	var mu sync.Mutex
	calls := map[string]int{}
	compute := func(key string) func() (any, error) {
		return func() (any, error) {
			mu.Lock()
			defer mu.Unlock()
			calls[key]++
			return key + "!", nil
		}
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v, err := s.Once("a", compute("a")); v != "a!" || err != nil {
				t.Errorf("a: %v %v", v, err)
			}
		}()
	}
	wg.Wait()
	if v, _ := s.Once("b", compute("b")); v != "b!" || calls["a"] != 1 || calls["b"] != 1 {
		t.Errorf("b: %v; calls %v", v, calls)
	}
	boom := errors.New("boom")
	for range 2 {
		if _, err := s.Once("c", func() (any, error) { calls["c"]++; return nil, boom }); err != boom {
			t.Errorf("c: %v", err)
		}
	}
	var none *Shared
	none.Once("a", compute("a"))
	none.Once("a", compute("a"))
	if calls["c"] != 1 || calls["a"] != 3 {
		t.Errorf("calls %v", calls)
	}
}
