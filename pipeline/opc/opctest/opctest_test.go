package opctest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
)

func pkgOf(t *testing.T, parts ...string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i < len(parts); i += 2 {
		w, _ := zw.Create(parts[i])
		io.WriteString(w, parts[i+1])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// partsOf lists pkg's parts in order, as name=body.
func partsOf(t *testing.T, pkg []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range zr.File {
		b, err := read(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, f.Name+"="+string(b))
	}
	return strings.Join(out, " ")
}

func TestEditChangesAddsAndDropsParts(t *testing.T) {
	pkg := pkgOf(t, "a", "one", "b", "two", "c", "three")
	got := partsOf(t, Edit(t, pkg, map[string]func(string) string{
		"b": strings.ToUpper,
		"c": Set("-"),
		"e": Set("new"),
		"d": func(old string) string { return "was " + old + "empty" },
	}))
	if want := "a=one b=TWO d=was empty e=new"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if _, err := Rewrite([]byte("not a zip"), nil); err == nil {
		t.Error("a file that is no package was rewritten")
	}
}

func TestRewrapHandsEachPartsStorage(t *testing.T) {
	pkg := pkgOf(t, "a", "one", "b", "two")
	var seen []string
	out := Rewrap(t, pkg, func(name string, h *zip.FileHeader, raw []byte) []byte {
		seen = append(seen, name)
		if name == "b" {
			h.Name = "renamed"
		}
		return raw
	})
	if strings.Join(seen, ",") != "a,b" || partsOf(t, out) != "a=one renamed=two" {
		t.Errorf("saw %v, packed %s", seen, partsOf(t, out))
	}
}

func TestStreamWritesOnePart(t *testing.T) {
	pkg := pkgOf(t, "a", "one", "b", "two")
	out := Stream(t, pkg, "b", func(w io.Writer, old []byte) {
		w.Write(old)
		for i := 0; i < 3; i++ {
			io.WriteString(w, "!")
		}
	})
	if got := partsOf(t, out); got != "a=one b=two!!!" {
		t.Errorf("got %s", got)
	}
}

// recorder stands in for a test, noting whether it was skipped or failed.
type recorder struct {
	testing.TB
	skipped, failed string
}

func (r *recorder) Helper()                      {}
func (r *recorder) Skipf(f string, args ...any)  { r.skipped = fmt.Sprintf(f, args...) }
func (r *recorder) Fatalf(f string, args ...any) { r.failed = fmt.Sprintf(f, args...) }

// A missing reader skips an interop test, and fails it under
// JIXIAO_INTEROP=1; a reader that is there does neither.
func TestRequire(t *testing.T) {
	for _, interop := range []string{"", "1"} {
		t.Setenv("JIXIAO_INTEROP", interop)
		r := &recorder{TB: t}
		Require(r, "jixiao-no-such-reader", "--version")
		if (interop == "1") != (r.failed != "") || (interop == "") != (r.skipped != "") || !strings.Contains(r.failed+r.skipped, "jixiao-no-such-reader") {
			t.Errorf("JIXIAO_INTEROP=%q: skipped %q, failed %q", interop, r.skipped, r.failed)
		}
		r = &recorder{TB: t}
		Require(r, os.Args[0], "-test.run=^$")
		if r.failed != "" || r.skipped != "" {
			t.Errorf("a reader that is there: skipped %q, failed %q", r.skipped, r.failed)
		}
	}
}
