package main

import (
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// clock is a server's clock that a test moves.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// count is how many sessions are held, live or not yet swept.
func (s *sessions) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.all)
}

// accountServer is a server of one job (not built) with the accounts
// 王会计 and 李出纳, whose password is their name twice, on a test clock.
func accountServer(t *testing.T) (*server, *clock, *syncBuffer) {
	t.Helper()
	accounts := users{}
	for _, name := range []string{"王会计", "李出纳"} {
		// The cheapest bcrypt: these tests try passwords by the dozen.
		hash, err := bcrypt.GenerateFromPassword([]byte(name+name), bcrypt.MinCost)
		if err != nil {
			t.Fatal(err)
		}
		accounts[name] = hash
	}
	log := &syncBuffer{}
	s, _ := unbuiltServer(t, accounts, log, "")
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	s.now = c.now
	return s, c, log
}

// browser is one browser at one address, calling the server's handler.
type browser struct {
	s       *server
	addr    string
	header  http.Header
	cookies map[string]*http.Cookie
}

func newBrowser(s *server, addr string) *browser {
	return &browser{s: s, addr: addr, header: http.Header{}, cookies: map[string]*http.Cookie{}}
}

// do sends a request; a form goes in the body, urlencoded.
func (b *browser) do(method, target string, form url.Values) *httptest.ResponseRecorder {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	r := httptest.NewRequest(method, target, body)
	if form != nil {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	r.RemoteAddr = net.JoinHostPort(b.addr, "40000")
	for k, v := range b.header {
		r.Header[k] = v
	}
	for _, c := range b.cookies {
		r.AddCookie(&http.Cookie{Name: c.Name, Value: c.Value})
	}
	w := httptest.NewRecorder()
	b.s.ServeHTTP(w, r)
	for _, c := range w.Result().Cookies() {
		if c.MaxAge < 0 {
			delete(b.cookies, c.Name)
		} else {
			b.cookies[c.Name] = c
		}
	}
	return w
}

// token is the form token of the browser's login page.
func (b *browser) token(t *testing.T) string {
	t.Helper()
	m := csrfField.FindStringSubmatch(b.do("GET", "/login", nil).Body.String())
	if m == nil {
		t.Fatal("no form token on the login page")
	}
	return m[1]
}

func (b *browser) login(t *testing.T, name, password string) *httptest.ResponseRecorder {
	t.Helper()
	return b.do("POST", "/login", url.Values{"csrf": {b.token(t)}, "name": {name}, "password": {password}})
}

// loggedIn reports whether the browser's session opens a job's page.
func (b *browser) loggedIn() bool { return b.do("GET", "/jobs/1", nil).Code == http.StatusOK }

func wantLogin(t *testing.T, w *httptest.ResponseRecorder, ok bool, what string) {
	t.Helper()
	if got := w.Code == http.StatusSeeOther && w.Header().Get("Location") == "/"; got != ok {
		t.Fatalf("%s: login %v, want %v (%d)\n%.300s", what, got, ok, w.Code, w.Body.String())
	}
}

func TestServeLoginSlowsThenLocksAnAccountAtAnAddress(t *testing.T) {
	s, c, log := accountServer(t)
	b := newBrowser(s, "10.0.0.7")
	for i := range s.logins.pairFree {
		if w := b.login(t, "王会计", "猜的"); w.Code != 200 || !strings.Contains(w.Body.String(), "用户名或密码不对") {
			t.Fatalf("failure %d: %d", i+1, w.Code)
		}
	}
	// From here each guess waits 1, 2, 4, 8 seconds after the one before.
	for wait := time.Second; b.s.logins.pairs["王会计\x0010.0.0.7"].failures < s.logins.pairLock; wait *= 2 {
		if w := b.login(t, "王会计", "猜的"); w.Code != http.StatusTooManyRequests || !strings.Contains(w.Body.String(), "登录失败次数过多") {
			t.Fatalf("a guess before its wait of %s: %d", wait, w.Code)
		}
		c.add(wait)
		if w := b.login(t, "王会计", "猜的"); w.Code != 200 {
			t.Fatalf("a guess after its wait of %s: %d", wait, w.Code)
		}
	}
	if !strings.Contains(log.String(), "登录锁定：账号 \"王会计\" 从 10.0.0.7") {
		t.Errorf("the lock is not logged:\n%s", log)
	}
	// Locked: the right password does not open it either, for 15 minutes.
	c.add(time.Hour / 4 / 2)
	w := b.login(t, "王会计", "王会计王会计")
	wantLogin(t, w, false, "the right password while locked")
	if !strings.Contains(w.Body.String(), "分钟后再试") {
		t.Errorf("the lock's message: %.300s", w.Body.String())
	}
	// The lock is of this address: the clerk at her own desk logs in.
	wantLogin(t, newBrowser(s, "10.0.0.8").login(t, "王会计", "王会计王会计"), true, "the same account from another address")
	c.add(time.Hour/4/2 + time.Second)
	wantLogin(t, b.login(t, "王会计", "王会计王会计"), true, "the right password after the lock")
	// A success forgets the failures.
	wantLogin(t, b.login(t, "王会计", "猜的"), false, "a wrong password")
	if w := b.login(t, "王会计", "猜的"); w.Code != 200 {
		t.Errorf("the second failure after a success is not free: %d", w.Code)
	}
}

func TestServeLoginLocksAnAddressTryingManyNames(t *testing.T) {
	s, c, log := accountServer(t)
	b := newBrowser(s, "10.0.0.9")
	for i := range s.logins.addrLock {
		if w := b.login(t, fmt.Sprintf("用户%d", i), "猜的"); w.Code != 200 {
			t.Fatalf("guess %d: %d", i, w.Code)
		}
	}
	wantLogin(t, b.login(t, "李出纳", "李出纳李出纳"), false, "a real account from an address that guessed 30 names")
	if !strings.Contains(log.String(), "地址 10.0.0.9") {
		t.Errorf("the address lock is not logged:\n%s", log)
	}
	wantLogin(t, newBrowser(s, "10.0.0.10").login(t, "李出纳", "李出纳李出纳"), true, "another address")
	c.add(s.logins.lockFor)
	wantLogin(t, b.login(t, "李出纳", "李出纳李出纳"), true, "after the address's lock")
}

func TestServeLoginThrottlesAnAccountGuessedFromManyAddresses(t *testing.T) {
	s, c, log := accountServer(t)
	home := newBrowser(s, "10.1.0.1")
	wantLogin(t, home.login(t, "王会计", "王会计王会计"), true, "before the attack")
	for i := range s.logins.acctSlow {
		if w := newBrowser(s, fmt.Sprintf("10.2.%d.%d", i/200, i%200+1)).login(t, "王会计", "猜的"); w.Code != 200 {
			t.Fatalf("guess %d: %d", i, w.Code)
		}
	}
	if !strings.Contains(log.String(), "登录限速：账号 \"王会计\"") {
		t.Errorf("the throttle is not logged:\n%s", log)
	}
	// A new address waits its turn, one attempt per 10 s for the account ...
	wantLogin(t, newBrowser(s, "10.3.0.1").login(t, "王会计", "王会计王会计"), false, "a new address within the throttle")
	// ... while the clerk's own address is not held up at all.
	wantLogin(t, newBrowser(s, "10.1.0.1").login(t, "王会计", "王会计王会计"), true, "the account's known address")
	c.add(s.logins.acctEvery)
	wantLogin(t, newBrowser(s, "10.3.0.1").login(t, "王会计", "王会计王会计"), true, "a new address after the throttle's interval")
}

func TestServeLoginCountsGuessesSentAtOnce(t *testing.T) {
	s, _, _ := accountServer(t)
	b := newBrowser(s, "10.0.0.11")
	token := b.token(t)
	form := url.Values{"csrf": {token}, "name": {"王会计"}, "password": {"猜的"}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	codes := map[int]int{}
	for range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := httptest.NewRequest("POST", "/login", strings.NewReader(form.Encode()))
			r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			r.RemoteAddr = "10.0.0.11:40000"
			r.AddCookie(&http.Cookie{Name: formCookie, Value: b.cookies[formCookie].Value})
			w := httptest.NewRecorder()
			s.ServeHTTP(w, r)
			mu.Lock()
			codes[w.Code]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	if codes[200] != s.logins.pairFree || codes[http.StatusTooManyRequests] != 40-s.logins.pairFree {
		t.Errorf("40 guesses at once: %v, want %d checked", codes, s.logins.pairFree)
	}
}

func TestServeSessionsBeginAtLoginOnly(t *testing.T) {
	s, _, _ := accountServer(t)
	for i := range 500 {
		b := newBrowser(s, fmt.Sprintf("10.4.%d.%d", i/200, i%200+1))
		b.do("GET", "/", nil)
		b.do("GET", "/login", nil)
		b.do("GET", "/status", nil)
	}
	if n := s.sessions.count(); n != 0 {
		t.Fatalf("500 browsers that did not log in hold %d sessions", n)
	}
	local := serveJob(t, nil)
	for range 200 {
		local.get(t, "/")
	}
	if n := local.s.sessions.count(); n != 0 {
		t.Fatalf("a loopback server holds %d sessions", n)
	}
	b := newBrowser(s, "10.5.0.1")
	wantLogin(t, b.login(t, "王会计", "王会计王会计"), true, "login")
	if n := s.sessions.count(); n != 1 {
		t.Errorf("one login made %d sessions", n)
	}
}

func TestServeSessionsEndWhenIdleAndAfterTheirLife(t *testing.T) {
	s, c, _ := accountServer(t)
	b := newBrowser(s, "10.6.0.1")
	wantLogin(t, b.login(t, "王会计", "王会计王会计"), true, "login")
	// Each request keeps the session alive, for 12 hours at most.
	for elapsed := time.Duration(0); elapsed+25*time.Minute < s.sessions.life; elapsed += 25 * time.Minute {
		c.add(25 * time.Minute)
		if !b.loggedIn() {
			t.Fatalf("the session ended %s after login, 25 minutes after its last request", elapsed+25*time.Minute)
		}
	}
	c.add(25 * time.Minute)
	if b.loggedIn() {
		t.Error("a session outlived its 12 hours")
	}
	// The page's own polling is not the clerk's activity.
	wantLogin(t, b.login(t, "王会计", "王会计王会计"), true, "login again")
	for i := range 4 {
		c.add(10 * time.Minute)
		if w := b.do("GET", "/status", nil); i == 0 && w.Code != 200 {
			t.Fatalf("/status within the session: %d", w.Code)
		}
	}
	if b.loggedIn() {
		t.Error("a session idle for 40 minutes, but for the page's polling, is still alive")
	}
	if w := b.do("GET", "/status", nil); w.Code != http.StatusUnauthorized {
		t.Errorf("/status after the session ended: %d", w.Code)
	}
}

func TestServeSessionsAreCapped(t *testing.T) {
	s, _, _ := accountServer(t)
	var bs []*browser
	for i := range s.sessions.perUser + 2 {
		b := newBrowser(s, fmt.Sprintf("10.7.0.%d", i+1))
		wantLogin(t, b.login(t, "王会计", "王会计王会计"), true, "login")
		bs = append(bs, b)
	}
	for i, b := range bs {
		if want := i >= 2; b.loggedIn() != want {
			t.Errorf("login %d of 7 of one account: logged in %v, want %v", i+1, !want, want)
		}
	}
	s.sessions.max = s.sessions.count() + 1
	other := newBrowser(s, "10.7.1.1")
	wantLogin(t, other.login(t, "李出纳", "李出纳李出纳"), true, "another account")
	bs[3].do("GET", "/", nil) // the least recently used is then bs[2]
	wantLogin(t, newBrowser(s, "10.7.1.2").login(t, "李出纳", "李出纳李出纳"), true, "one more")
	if s.sessions.count() != s.sessions.max || bs[2].loggedIn() || !bs[3].loggedIn() || !other.loggedIn() {
		t.Errorf("over the global cap: %d sessions (max %d); least recently used alive %v", s.sessions.count(), s.sessions.max, bs[2].loggedIn())
	}
}

func TestServeCookiesAreSecureBehindTLS(t *testing.T) {
	s, _, _ := accountServer(t)
	cookie := func(b *browser, target string) *http.Cookie {
		t.Helper()
		w := b.do("GET", target, nil)
		for _, c := range w.Result().Cookies() {
			if c.Name == formCookie {
				if !c.HttpOnly || c.SameSite != http.SameSiteStrictMode {
					t.Errorf("cookie %v is not HttpOnly and SameSite=Strict", c)
				}
				return c
			}
		}
		t.Fatalf("no form cookie from %s", target)
		return nil
	}
	proxy := newBrowser(s, "127.0.0.1")
	proxy.header.Set("X-Forwarded-Proto", "https")
	forged := newBrowser(s, "10.8.0.1")
	forged.header.Set("X-Forwarded-Proto", "https")
	for _, tc := range []struct {
		what   string
		b      *browser
		target string
		secure bool
	}{
		{"plain HTTP", newBrowser(s, "10.8.0.2"), "/login", false},
		{"direct TLS", newBrowser(s, "10.8.0.3"), "https://jixiao.czj.local/login", true},
		{"the trusted proxy's HTTPS", proxy, "/login", true},
		{"X-Forwarded-Proto from anyone else", forged, "/login", false},
	} {
		if c := cookie(tc.b, tc.target); c.Secure != tc.secure {
			t.Errorf("%s: Secure %v", tc.what, c.Secure)
		}
	}
	b := newBrowser(s, "127.0.0.1")
	b.header.Set("X-Forwarded-Proto", "https")
	w := b.login(t, "王会计", "王会计王会计")
	for _, c := range w.Result().Cookies() {
		if c.Name == sessionCookie && (!c.Secure || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode) {
			t.Errorf("session cookie behind the proxy: %v", c)
		}
	}
}

func TestServeThrottlesTheAddressTheProxyNames(t *testing.T) {
	s, _, _ := accountServer(t)
	viaProxy := func(client string) *browser {
		b := newBrowser(s, "127.0.0.1")
		b.header.Set("X-Forwarded-For", "203.0.113.9, "+client) // the first is the browser's own claim
		return b
	}
	for range s.logins.pairLock {
		viaProxy("10.9.0.1").login(t, "王会计", "猜的")
	}
	wantLogin(t, viaProxy("10.9.0.1").login(t, "王会计", "王会计王会计"), false, "the locked client behind the proxy")
	wantLogin(t, viaProxy("10.9.0.2").login(t, "王会计", "王会计王会计"), true, "another client behind the same proxy")
	// A forged X-Forwarded-For from elsewhere changes nothing.
	for i := range s.logins.pairLock {
		b := newBrowser(s, "10.9.1.1")
		b.header.Set("X-Forwarded-For", fmt.Sprintf("10.9.2.%d", i+1))
		b.login(t, "李出纳", "猜的")
	}
	wantLogin(t, newBrowser(s, "10.9.1.1").login(t, "李出纳", "李出纳李出纳"), false, "an address forging X-Forwarded-For")
}

func TestServeFormTokensAreNotTakenFromTheURL(t *testing.T) {
	s, _, _ := accountServer(t)
	b := newBrowser(s, "10.10.0.1")
	token := b.token(t)
	w := b.do("POST", "/login?csrf="+token, url.Values{"name": {"王会计"}, "password": {"王会计王会计"}})
	if w.Code != http.StatusForbidden {
		t.Errorf("a login with the token in the URL: %d", w.Code)
	}
	// Without the form cookie the token is worth nothing.
	stranger := newBrowser(s, "10.10.0.2")
	if w := stranger.do("POST", "/login", url.Values{"csrf": {token}, "name": {"王会计"}, "password": {"王会计王会计"}}); w.Code != http.StatusForbidden {
		t.Errorf("another browser's login token: %d", w.Code)
	}
	wantLogin(t, b.login(t, "王会计", "王会计王会计"), true, "login")
	page := b.do("GET", "/jobs/1", nil).Body.String()
	m := csrfField.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no token on the job page")
	}
	if w := b.do("POST", "/jobs/1/build?csrf="+m[1], url.Values{}); w.Code != http.StatusForbidden {
		t.Errorf("a build with the token in the URL: %d", w.Code)
	}
}

func TestServeTrustedProxies(t *testing.T) {
	proxies, err := parseProxies(" 10.0.0.0/8, ::1 ,192.168.1.5")
	if err != nil {
		t.Fatal(err)
	}
	s := &server{trusted: proxies}
	for addr, want := range map[string]bool{"10.2.3.4": true, "[::1]": true, "192.168.1.5": true, "192.168.1.6": false, "127.0.0.1": false, "[::ffff:10.0.0.1]": true} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = addr + ":5000"
		r.Header.Set("X-Forwarded-For", "10.99.0.1")
		if got := s.viaProxy(r); got != want {
			t.Errorf("%s trusted %v", addr, got)
		}
		if want && s.clientAddr(r) != "10.99.0.1" || !want && s.clientAddr(r) == "10.99.0.1" {
			t.Errorf("%s: client %s", addr, s.clientAddr(r))
		}
	}
	if code, _, stderr := runCmd("serve", "--trusted-proxy", "nginx.local", "../../config/qinyuan-2023.yaml"); code != exitUsage || !strings.Contains(stderr, "--trusted-proxy") {
		t.Errorf("a proxy that is not an address: exit %d %s", code, stderr)
	}
}

// On a fresh server the users file's folder is not there yet: adding the
// first account makes it. A file the server's user may not read is told
// in Chinese with who must own it.
func TestUsersFileOnAFreshServer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "etc", "jixiao", "users")
	if err := addUser(path, "王会计", strings.NewReader("正确的密码123\n"), io.Discard); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("users file: %v %v", fi, err)
	}
	if _, err := loadUsers(path); err != nil {
		t.Error(err)
	}
	denied := &fs.PathError{Op: "open", Path: path, Err: fs.ErrPermission}
	if hint := usersHint(denied); !strings.Contains(hint, "sudo -u jixiao") || usersHint(fs.ErrNotExist) != "" {
		t.Errorf("hint: %q", hint)
	}
	_, err := loadUsers(filepath.Join(t.TempDir(), "无此文件"))
	if err == nil || !strings.Contains(err.Error(), "文件或文件夹不存在") || strings.Contains(err.Error(), "no such file") {
		t.Errorf("a missing users file: %v", err)
	}
}
