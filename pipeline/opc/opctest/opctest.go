// Package opctest makes Office packages for tests as Word, WPS, Excel or
// LibreOffice leave them after a clerk's edit: a real template with some
// parts changed and others added.
package opctest

import (
	"archive/zip"
	"bytes"
	"io"
	"sort"
	"testing"
)

// Edit returns pkg with each part that edits names passed through its
// function; a part pkg lacks is added, its function given "". A function
// that returns "-" drops the part.
func Edit(t testing.TB, pkg []byte, edits map[string]func(old string) string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	put := func(name, body string) {
		if body == "-" {
			return
		}
		w, err := zw.Create(name)
		if err == nil {
			_, err = w.Write([]byte(body))
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	done := map[string]bool{}
	for _, f := range zr.File {
		fn, ok := edits[f.Name]
		if !ok {
			if err := zw.Copy(f); err != nil {
				t.Fatal(err)
			}
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		old, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		put(f.Name, fn(string(old)))
		done[f.Name] = true
	}
	var added []string
	for name := range edits {
		if !done[name] {
			added = append(added, name)
		}
	}
	sort.Strings(added)
	for _, name := range added {
		put(name, edits[name](""))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Set is an edit that makes a part body, whatever it was.
func Set(body string) func(string) string { return func(string) string { return body } }
