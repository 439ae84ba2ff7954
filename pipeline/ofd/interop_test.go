package ofd

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// ofdJS is the independent reader: the open-source ofd.js 0.2.6 (its
// self-contained UMD bundle; later versions need a licensed core), as
// .ci/run unpacks it, or where JIXIAO_OFDJS points.
func ofdJS(t *testing.T) (script, browser string) {
	t.Helper()
	script = os.Getenv("JIXIAO_OFDJS")
	if script == "" {
		script = "/opt/jixiao-interop/ofd.js/package/lib/ofd.umd.min.js"
	}
	_, err := os.Stat(script)
	if err == nil {
		browser, err = exec.LookPath("chromium")
	}
	if err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("ofd.js and chromium are required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skipf("ofd.js or chromium not available: %v", err)
	}
	return script, browser
}

// page opens the OFD in ofd.js in headless Chromium and returns what it
// drew: its pages' text and the number of fonts it loaded.
const page = `<!doctype html><meta charset="utf-8"><pre id="out">pending</pre>
<script src="file://SCRIPT"></script><script>
const out = document.getElementById('out');
window.onerror = m => { out.textContent = 'ERROR ' + m; };
const bin = atob("DATA"), buf = new Uint8Array(bin.length);
for (let i = 0; i < bin.length; i++) buf[i] = bin.charCodeAt(i);
ofd.parseOfdDocument({ofd: new File([buf], "a.ofd"), success(res) {
  try {
    const divs = ofd.renderOfd(800, res[0]);
    out.textContent = 'OK' + JSON.stringify({fonts: Object.keys(res[0].fontResObj || {}).length, pages: divs.map(d => d.textContent)});
  } catch (e) { out.textContent = 'RENDER ' + e; }
}, fail(e) { out.textContent = 'FAIL ' + e; }});
</script>`

var outPre = regexp.MustCompile(`(?s)<pre id="out">(.*?)</pre>`)

// An independent reader, ofd.js, opens the OFD and draws every page with
// the PDF's text, in the embedded fonts; links and all.
func TestOFDJSReadsIt(t *testing.T) {
	script, browser := ofdJS(t)
	for _, seed := range []uint64{1, 2} {
		raw, _ := build(t, seed)
		openInOFDJS(t, script, browser, raw, fmt.Sprintf("seed %d", seed), 2)
	}
	openInOFDJS(t, script, browser, linked(t), "links", 1)
}

// openInOFDJS checks that ofd.js draws each of raw's pages with our
// reader's text, in at least fonts fonts.
func openInOFDJS(t *testing.T, script, browser string, raw []byte, name string, fonts int) {
	t.Helper()
	ours, err := Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "t.html")
	doc := strings.NewReplacer("SCRIPT", script, "DATA", base64.StdEncoding.EncodeToString(raw)).Replace(page)
	if err := os.WriteFile(p, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(browser, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--virtual-time-budget=30000", "--dump-dom", "file://"+p).Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	m := outPre.FindSubmatch(out)
	if m == nil || !strings.HasPrefix(html.UnescapeString(string(m[1])), "OK") {
		t.Fatalf("%s: ofd.js did not read it: %.300s", name, m)
	}
	var got struct {
		Fonts int
		Pages []string
	}
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))[2:]), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Pages) != len(ours.Pages) || got.Fonts < fonts {
		t.Fatalf("%s: ofd.js drew %d pages with %d fonts, want %d pages", name, len(got.Pages), got.Fonts, len(ours.Pages))
	}
	for i, want := range ours.Pages {
		if want = strings.ReplaceAll(want, "\n", ""); got.Pages[i] != want {
			t.Errorf("%s page %d: ofd.js reads\n%q\nwant\n%q", name, i+1, got.Pages[i], want)
		}
	}
}
