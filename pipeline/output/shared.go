package output

import "sync"

// Shared is what the writers of one build compute once and share, by key:
// the layout of the filled document, which the PDF and the OFD copy both
// draw, is measured and its fonts cut once. A writer that shares asks with
// a key that says everything the value depends on besides the build's
// input, so that writers wanting different values never get each other's.
//
// A nil *Shared shares nothing: each asking computes afresh.
type Shared struct {
	mu     sync.Mutex
	values map[any]*sharedValue
}

type sharedValue struct {
	once  sync.Once
	value any
	err   error
}

// Once returns the value for key, computing it with compute the first
// time it is asked for; an error is kept and returned alike.
func (s *Shared) Once(key any, compute func() (any, error)) (any, error) {
	if s == nil {
		return compute()
	}
	s.mu.Lock()
	if s.values == nil {
		s.values = map[any]*sharedValue{}
	}
	v, ok := s.values[key]
	if !ok {
		v = &sharedValue{}
		s.values[key] = v
	}
	s.mu.Unlock()
	v.once.Do(func() { v.value, v.err = compute() })
	return v.value, v.err
}
