package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// limitedServer is a server of one job (not built) on a real connection of
// 127.0.0.1, with limits short enough to run into.
func limitedServer(t *testing.T, accounts users) string {
	t.Helper()
	s, _ := unbuiltServer(t, accounts, io.Discard, "")
	s.limits = limits{header: 300 * time.Millisecond, stall: 300 * time.Millisecond, body: time.Second, upload: time.Second,
		idle: 300 * time.Millisecond, maxHeader: 4 << 10}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := s.httpServer()
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// dial opens a connection to addr, closed at the test's end.
func dial(t *testing.T, addr string) net.Conn {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

// dropped reads what the server sends until it closes the connection, and
// fails if it has not within a minute: the bound is a guard against a
// hung test, not a measure of the limit.
func dropped(t *testing.T, conn net.Conn) string {
	t.Helper()
	conn.SetReadDeadline(time.Now().Add(time.Minute))
	var got bytes.Buffer
	_, err := io.Copy(&got, conn)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("the server kept the connection open; it sent %q", got.String())
	}
	return got.String()
}

func TestServeDropsSlowHeaders(t *testing.T) {
	conn := dial(t, limitedServer(t, nil))
	fmt.Fprint(conn, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
	if got := dropped(t, conn); strings.Contains(got, "200 OK") {
		t.Errorf("a request whose headers never ended was answered: %q", got)
	}
}

func TestServeDropsIdleConnections(t *testing.T) {
	conn := dial(t, limitedServer(t, nil))
	fmt.Fprint(conn, "GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
	if got := dropped(t, conn); !strings.HasPrefix(got, "HTTP/1.1 200") || strings.Contains(got, "Connection: close") {
		t.Errorf("a kept-alive request: %q", got)
	}
}

func TestServeRefusesHugeHeaders(t *testing.T) {
	conn := dial(t, limitedServer(t, nil))
	fmt.Fprintf(conn, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: %s\r\n\r\n", strings.Repeat("a", 64<<10))
	if got := dropped(t, conn); !strings.HasPrefix(got, "HTTP/1.1 431") {
		t.Errorf("64 KB of headers over a 4 KB limit: %.100q", got)
	}
}

// trickle sends a byte every 50 ms until the connection is closed: it
// never pauses for long, and would take hours over a body.
func trickle(conn net.Conn) {
	for {
		if _, err := conn.Write([]byte("x")); err != nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestServeDropsSlowBodies(t *testing.T) {
	const upload = "POST /jobs/1/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n" +
		"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"数据.xlsx\"\r\n\r\n"
	for _, tc := range []struct {
		what, request string
		accounts      users
		// trickle keeps the body coming; otherwise it stops.
		trickle bool
		want    string
	}{
		{"an upload that stopped sending", upload, nil, false, "HTTP/1.1 408"},
		{"an upload trickling past its time", upload, nil, true, "HTTP/1.1 408"},
		{"a login form that stopped sending", "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nname=", nil, false, "HTTP/1.1 408"},
		// Bodies the server will not read close the connection at once,
		// however the rest comes.
		{"a GET with a body", "GET /jobs/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\nabc", nil, true, "HTTP/1.1 400"},
		{"a PUT", "PUT /jobs/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\nabc", nil, true, "HTTP/1.1 400"},
		{"an upload before login", upload, users{"王会计": []byte("$2a$04$x")}, true, "HTTP/1.1 401"},
	} {
		conn := dial(t, limitedServer(t, tc.accounts))
		fmt.Fprint(conn, tc.request)
		if tc.trickle {
			go trickle(conn)
		}
		got := dropped(t, conn)
		if !strings.HasPrefix(got, tc.want) || tc.want == "HTTP/1.1 408" && !strings.Contains(got, "发送太慢") {
			t.Errorf("%s: %.200q", tc.what, got)
		}
	}
}

func TestServeAnswersWithinTheLimits(t *testing.T) {
	// The same server answers a request sent at once: the limits above
	// drop slowness, not requests.
	conn := dial(t, limitedServer(t, nil))
	fmt.Fprint(conn, "GET /jobs/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
	if got := dropped(t, conn); !strings.HasPrefix(got, "HTTP/1.1 200") {
		t.Errorf("a quick request: %.200q", got)
	}
}

func TestServeFormsOtherThanUploadsAreSmall(t *testing.T) {
	s, _ := unbuiltServer(t, nil, io.Discard, "")
	b := newBrowser(s, "127.0.0.1")
	b.do("GET", "/", nil) // the form cookie
	w := b.do("POST", "/jobs/1/build", url.Values{"filler": {strings.Repeat("a", 2<<20)}})
	if w.Code != http.StatusRequestEntityTooLarge || !strings.Contains(w.Body.String(), "表单太大") {
		t.Errorf("a 2 MB form to 重新生成: %d %q", w.Code, w.Body.String())
	}
}
