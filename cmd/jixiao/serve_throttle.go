package main

import (
	"fmt"
	"sync"
	"time"
)

// throttle slows down and locks failed logins, so that a password cannot
// be ground down by guessing. Every attempt counts as a failure from the
// moment it is admitted until it succeeds, so that guesses sent all at
// once cannot all pass before the first is counted. Three counts are
// kept, each forgotten window after its last attempt:
//
//   - per account name and address: pairFree failures are free; after
//     that each attempt must wait 1, 2, 4, 8 … seconds after the one
//     before, and at pairLock failures the pair is locked for lockFor
//     (and again after each further failure).
//   - per address, whatever names it tries: at addrLock failures the
//     address is locked for lockFor.
//   - per existing account, from every address: past acctSlow failures
//     the account takes one attempt per acctEvery in all, except from the
//     addresses it has logged in from before (since the server started).
//
// The per-account count is a throttle, not a lock: an attacker guessing
// from many addresses could otherwise lock the real user out forever.
// What it costs the real user is a wait of up to acctEvery when logging
// in from a new address while the account is under attack.
type throttle struct {
	mu    sync.Mutex
	pairs map[string]*tries // name + "\x00" + address
	addrs map[string]*tries
	accts map[string]*tries
	known map[string]map[string]time.Time // account → address → last login

	pairFree, pairLock, addrLock, acctSlow int
	lockFor, acctEvery, window             time.Duration
	// max bounds each map, so that names and addresses made up by the
	// thousand cannot fill the memory.
	max int
	log func(format string, args ...any)
}

type tries struct {
	failures    int
	last, until time.Time
}

func newThrottle(log func(string, ...any)) *throttle {
	return &throttle{pairs: map[string]*tries{}, addrs: map[string]*tries{}, accts: map[string]*tries{}, known: map[string]map[string]time.Time{},
		pairFree: 5, pairLock: 10, addrLock: 30, acctSlow: 50,
		lockFor: 15 * time.Minute, acctEvery: 10 * time.Second, window: time.Hour, max: 10000, log: log}
}

// admit decides whether a login attempt may be checked now; when it may
// not, it returns how long to wait. account says whether the name exists.
func (t *throttle) admit(name, addr string, account bool, now time.Time) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	p := t.entry(t.pairs, name+"\x00"+addr, now)
	a := t.entry(t.addrs, addr, now)
	var c *tries
	if account {
		c = t.entry(t.accts, name, now)
	}
	wait := max(a.until.Sub(now), p.until.Sub(now))
	if p.failures >= t.pairFree {
		wait = max(wait, p.last.Add(time.Second<<min(p.failures-t.pairFree, 20)).Sub(now))
	}
	if c != nil && c.failures >= t.acctSlow && t.known[name][addr].IsZero() {
		wait = max(wait, c.last.Add(t.acctEvery).Sub(now))
	}
	if wait > 0 {
		return wait
	}
	p.failures, p.last = p.failures+1, now
	a.failures, a.last = a.failures+1, now
	if p.failures >= t.pairLock {
		p.until = now.Add(t.lockFor)
		t.log("登录锁定：账号 %q 从 %s 已连续失败 %d 次，此账号从此地址锁定到 %s", name, addr, p.failures, p.until.Local().Format("15:04:05"))
	}
	if a.failures >= t.addrLock {
		a.until = now.Add(t.lockFor)
		t.log("登录锁定：地址 %s 已失败 %d 次（各账号合计），此地址锁定到 %s", addr, a.failures, a.until.Local().Format("15:04:05"))
	}
	if c != nil {
		c.failures, c.last = c.failures+1, now
		if c.failures == t.acctSlow {
			t.log("登录限速：账号 %q 从多个地址已失败 %d 次，此后从新地址每 %s 只接受一次尝试", name, c.failures, t.acctEvery)
		}
	}
	return 0
}

// succeeded clears what the attempt admitted last counted, and remembers
// the address as one the account logs in from.
func (t *throttle) succeeded(name, addr string, now time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.pairs, name+"\x00"+addr)
	if a := t.addrs[addr]; a != nil && a.failures > 0 {
		a.failures--
	}
	if c := t.accts[name]; c != nil && c.failures > 0 {
		c.failures--
	}
	k := t.known[name]
	if k == nil {
		k = map[string]time.Time{}
		t.known[name] = k
	}
	if _, ok := k[addr]; !ok && len(k) >= 20 {
		delete(k, oldest(k))
	}
	k[addr] = now
}

// entry returns the count of key, new or forgotten window after its last
// attempt once no lock holds it, making room in a full map.
func (t *throttle) entry(m map[string]*tries, key string, now time.Time) *tries {
	if e, ok := m[key]; ok {
		if now.Sub(e.last) < t.window || now.Before(e.until) {
			return e
		}
		delete(m, key)
	}
	if len(m) >= t.max {
		for k, e := range m {
			if now.Sub(e.last) >= t.window && !now.Before(e.until) {
				delete(m, k)
			}
		}
	}
	if len(m) >= t.max {
		last := map[string]time.Time{}
		for k, e := range m {
			last[k] = e.last
		}
		delete(m, oldest(last))
	}
	e := &tries{}
	m[key] = e
	return e
}

// oldest is the key of the earliest time.
func oldest(m map[string]time.Time) string {
	var key string
	var at time.Time
	for k, t := range m {
		if key == "" || t.Before(at) || t.Equal(at) && k < key {
			key, at = k, t
		}
	}
	return key
}

// waitText says a wait in words, rounded up.
func waitText(d time.Duration) string {
	if d <= time.Minute {
		return fmt.Sprintf("%d 秒", int((d+time.Second-1)/time.Second))
	}
	return fmt.Sprintf("%d 分钟", int((d+time.Minute-1)/time.Minute))
}
