package main

import (
	"errors"
	"io"
	"log"
	"net/http"
	"os"
	"time"
)

// limits bound what one connection may hold of the server: a browser that
// sends its request too slowly, or keeps a connection open without using
// it, is dropped, so that a few such connections cannot use up the server.
type limits struct {
	// header is the time to send a request's headers.
	header time.Duration
	// stall is the longest pause within a request's body.
	stall time.Duration
	// body is the time to send a form's whole body; upload, that of an
	// upload, which may be large.
	body, upload time.Duration
	// idle is how long a kept-alive connection may wait for its next request.
	idle time.Duration
	// maxHeader is the size of a request's headers.
	maxHeader int
}

var defaultLimits = limits{header: 10 * time.Second, stall: 30 * time.Second, body: time.Minute, upload: 10 * time.Minute,
	idle: 2 * time.Minute, maxHeader: 64 << 10}

// httpServer is the server of the page, with its limits.
func (s *server) httpServer() *http.Server {
	return &http.Server{Handler: s, ReadHeaderTimeout: s.limits.header, IdleTimeout: s.limits.idle, MaxHeaderBytes: s.limits.maxHeader,
		ErrorLog: log.New(s.log, "", log.LstdFlags)}
}

// errSlowBody is a body that paused longer than stall, or took longer than
// its whole time.
var errSlowBody = errors.New("slow request body")

// paced reads a request's body under the limits: before each read the
// connection's deadline is set to the pause allowed, but no later than
// the body's end. Net deadlines are the machine's clock, not the server's.
type paced struct {
	io.ReadCloser
	rc    *http.ResponseController
	stall time.Duration
	end   time.Time
	// slow is set once the body was cut off; the form parser may not
	// keep the error's identity.
	slow bool
}

func (s *server) pace(w http.ResponseWriter, r *http.Request, whole time.Duration) *paced {
	p := &paced{ReadCloser: r.Body, rc: http.NewResponseController(w), stall: s.limits.stall, end: time.Now().Add(whole)}
	r.Body = p
	return p
}

func (p *paced) Read(b []byte) (int, error) {
	deadline := time.Now().Add(p.stall)
	if deadline.After(p.end) {
		deadline = p.end
	}
	p.rc.SetReadDeadline(deadline)
	n, err := p.ReadCloser.Read(b)
	if errors.Is(err, os.ErrDeadlineExceeded) {
		p.slow = true
		return n, errSlowBody
	}
	return n, err
}

// done lifts the deadline once the body is read, so that it does not cut
// off the reply of a long check.
func (p *paced) done() { p.rc.SetReadDeadline(time.Time{}) }
