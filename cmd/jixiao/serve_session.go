package main

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"
)

// session is one login: who, and the token every form of theirs carries.
// Sessions begin at login only; a request without one gets no state on
// the server, so that anonymous requests cannot fill its memory.
type session struct {
	id, user, csrf string
	created, seen  time.Time
	// born and used order the sessions by login and by last request
	// where times are equal.
	born, used uint64
}

// sessions are kept in memory: a restart logs everyone out, which is what
// an intranet tool should do. A session ends after idle without a request
// or life after its login, whichever comes first; an account keeps its
// perUser newest sessions and the server its max most recently used.
type sessions struct {
	mu         sync.Mutex
	all        map[string]*session
	tick       uint64
	idle, life time.Duration
	perUser    int
	max        int
}

func newSessions() *sessions {
	return &sessions{all: map[string]*session{}, idle: 30 * time.Minute, life: 12 * time.Hour, perUser: 5, max: 1000}
}

const (
	sessionCookie = "jixiao_session"
	// formCookie holds the random value the forms of a browser without a
	// session (the login form; every form on a loopback server without
	// accounts) are signed against: the server keeps nothing for it.
	formCookie = "jixiao_form"
)

func token() string {
	b := make([]byte, 32)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (s *sessions) expired(ss *session, now time.Time) bool {
	return !now.Before(ss.seen.Add(s.idle)) || !now.Before(ss.created.Add(s.life))
}

// find returns the live session of id, or nil; touch counts the request as
// the clerk's activity (the page's own polling does not).
func (s *sessions) find(id string, now time.Time, touch bool) *session {
	s.mu.Lock()
	defer s.mu.Unlock()
	ss, ok := s.all[id]
	if !ok {
		return nil
	}
	if s.expired(ss, now) {
		delete(s.all, id)
		return nil
	}
	if touch {
		s.tick++
		ss.seen, ss.used = now, s.tick
	}
	return ss
}

// start begins a session for user, dropping expired ones, then the
// account's oldest beyond perUser, then the least recently used beyond max.
// Sessions are few (they need a password), so the scans are cheap.
func (s *sessions) start(user string, now time.Time) *session {
	s.mu.Lock()
	defer s.mu.Unlock()
	var mine []*session
	for id, ss := range s.all {
		if s.expired(ss, now) {
			delete(s.all, id)
		} else if ss.user == user {
			mine = append(mine, ss)
		}
	}
	for len(mine) >= s.perUser {
		oldest := 0
		for i, ss := range mine {
			if ss.born < mine[oldest].born {
				oldest = i
			}
		}
		delete(s.all, mine[oldest].id)
		mine = append(mine[:oldest], mine[oldest+1:]...)
	}
	for len(s.all) >= s.max {
		var lru *session
		for _, ss := range s.all {
			if lru == nil || ss.used < lru.used {
				lru = ss
			}
		}
		delete(s.all, lru.id)
	}
	s.tick++
	ss := &session{id: token(), user: user, csrf: token(), created: now, seen: now, born: s.tick, used: s.tick}
	s.all[ss.id] = ss
	return ss
}

// end forgets a session.
func (s *sessions) end(id string) {
	s.mu.Lock()
	delete(s.all, id)
	s.mu.Unlock()
}

// sessionFor returns the request's live session, or nil; a cookie naming
// none is cleared.
func (s *server) sessionFor(w http.ResponseWriter, r *http.Request) *session {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return nil
	}
	ss := s.sessions.find(c.Value, s.now(), r.URL.Path != "/status")
	if ss == nil {
		s.setCookie(w, r, sessionCookie, "", -1)
	}
	return ss
}

// formToken is the form token of a browser without a session: an HMAC of
// its form cookie's value, which is set here when missing. A token copied
// from another browser does not match this one's cookie, and a cookie
// planted by someone else is worthless without the server's key.
func (s *server) formToken(w http.ResponseWriter, r *http.Request) string {
	var nonce string
	if c, err := r.Cookie(formCookie); err == nil && len(c.Value) == 64 {
		nonce = c.Value
	} else {
		nonce = token()
		s.setCookie(w, r, formCookie, nonce, 0)
	}
	m := hmac.New(sha256.New, s.secret)
	m.Write([]byte("form:" + nonce))
	return hex.EncodeToString(m.Sum(nil))
}

// setCookie sets a cookie only this site's pages send, never to scripts,
// and over HTTPS only when the browser came by HTTPS. maxAge -1 clears it;
// 0 keeps it until the browser closes.
func (s *server) setCookie(w http.ResponseWriter, r *http.Request, name, value string, maxAge int) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: maxAge, HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: s.secure(r)})
}

// secure reports whether the browser reached us by HTTPS: directly, or
// through a trusted proxy that says so.
func (s *server) secure(r *http.Request) bool {
	return r.TLS != nil || s.viaProxy(r) && strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

// viaProxy reports whether the request comes from a trusted proxy, whose
// X-Forwarded-* headers are believed; anyone else's are ignored.
func (s *server) viaProxy(r *http.Request) bool {
	ip, ok := peer(r)
	if !ok {
		return false
	}
	for _, p := range s.trusted {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

func peer(r *http.Request) (netip.Addr, bool) {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	ip, err := netip.ParseAddr(host)
	return ip.Unmap(), err == nil
}

// clientAddr is the address logins are throttled by: the connection's
// peer, or, behind a trusted proxy, the last address the proxy added to
// X-Forwarded-For (earlier ones the browser may have forged).
func (s *server) clientAddr(r *http.Request) string {
	if s.viaProxy(r) {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			all := strings.Split(xff[len(xff)-1], ",")
			if ip, err := netip.ParseAddr(strings.TrimSpace(all[len(all)-1])); err == nil {
				return ip.Unmap().String()
			}
		}
	}
	if ip, ok := peer(r); ok {
		return ip.String()
	}
	return r.RemoteAddr
}

// parseProxies reads --trusted-proxy: addresses or prefixes, comma-separated.
func parseProxies(list string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		ip, err := netip.ParseAddr(f)
		if err != nil {
			return nil, err
		}
		out = append(out, netip.PrefixFrom(ip.Unmap(), ip.Unmap().BitLen()))
	}
	return out, nil
}

// validCSRF reports whether a form carries its session's token, in its
// body: a token in the URL would leak into logs and the Referer.
func validCSRF(ss *session, r *http.Request) bool {
	got := r.PostFormValue("csrf")
	return got != "" && ss.csrf != "" && subtle.ConstantTimeCompare([]byte(got), []byte(ss.csrf)) == 1
}

type sessionKey struct{}

func withSession(ctx context.Context, ss *session) context.Context {
	return context.WithValue(ctx, sessionKey{}, ss)
}

func sessionOf(r *http.Request) *session {
	ss, _ := r.Context().Value(sessionKey{}).(*session)
	if ss == nil {
		return &session{}
	}
	return ss
}
