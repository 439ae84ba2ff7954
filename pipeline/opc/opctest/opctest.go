// Package opctest makes Office packages for tests as Word, WPS, Excel or
// LibreOffice leave them after a clerk's edit: a real template with some
// parts changed and others added.
//
// Every helper that takes a package apart and packs it again is here, one
// loop (repack) under them: Edit changes parts' text, Rewrap how parts are
// stored (headers, raw compressed bytes: a damaged package), Stream writes
// one part too large to hold (a zip bomb). An OFD is a zip package too.
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
	out, err := Rewrite(pkg, edits)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Rewrite is Edit for code that has no test to fail: a writer's Render
// standing in for a real one returns the error.
func Rewrite(pkg []byte, edits map[string]func(old string) string) ([]byte, error) {
	put := func(zw *zip.Writer, name, body string) error {
		if body == "-" {
			return nil
		}
		w, err := zw.Create(name)
		if err == nil {
			_, err = w.Write([]byte(body))
		}
		return err
	}
	done := map[string]bool{}
	each := func(zw *zip.Writer, f *zip.File) error {
		fn, ok := edits[f.Name]
		if !ok {
			return zw.Copy(f)
		}
		old, err := read(f)
		if err != nil {
			return err
		}
		done[f.Name] = true
		return put(zw, f.Name, fn(string(old)))
	}
	added := func(zw *zip.Writer) error {
		var names []string
		for name := range edits {
			if !done[name] {
				names = append(names, name)
			}
		}
		sort.Strings(names)
		for _, name := range names {
			if err := put(zw, name, edits[name]("")); err != nil {
				return err
			}
		}
		return nil
	}
	return repack(pkg, each, added)
}

// EachPart returns pkg with every part's body passed through edit, for
// an edit that chooses its part by looking (the first sheet with values).
func EachPart(t testing.TB, pkg []byte, edit func(name string, body []byte) []byte) []byte {
	t.Helper()
	out, err := repack(pkg, func(zw *zip.Writer, f *zip.File) error {
		old, err := read(f)
		if err != nil {
			return err
		}
		w, err := zw.Create(f.Name)
		if err == nil {
			_, err = w.Write(edit(f.Name, old))
		}
		return err
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Set is an edit that makes a part body, whatever it was.
func Set(body string) func(string) string { return func(string) string { return body } }

// Rewrap packs pkg's parts again, letting edit change how each is stored:
// its header and raw (compressed) bytes, as a damaged disk or a careless
// zip tool leaves them.
func Rewrap(t testing.TB, pkg []byte, edit func(name string, h *zip.FileHeader, raw []byte) []byte) []byte {
	t.Helper()
	out, err := repack(pkg, func(zw *zip.Writer, f *zip.File) error {
		rc, err := f.OpenRaw()
		if err != nil {
			return err
		}
		raw, err := io.ReadAll(rc)
		if err != nil {
			return err
		}
		h := f.FileHeader
		body := edit(f.Name, &h, raw)
		w, err := zw.CreateRaw(&h)
		if err == nil {
			_, err = w.Write(body)
		}
		return err
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Stream returns pkg with part name written by fill, given the part's old
// body, straight into the compressor: a part of a gigabyte unpacked is a
// few megabytes in memory.
func Stream(t testing.TB, pkg []byte, name string, fill func(w io.Writer, old []byte)) []byte {
	t.Helper()
	found := false
	out, err := repack(pkg, func(zw *zip.Writer, f *zip.File) error {
		if f.Name != name {
			return zw.Copy(f)
		}
		found = true
		old, err := read(f)
		if err != nil {
			return err
		}
		w, err := zw.Create(f.Name)
		if err == nil {
			fill(w, old)
		}
		return err
	}, nil)
	if err == nil && !found {
		t.Fatalf("no part %s in the package", name)
	}
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// repack reads pkg and writes a new package, each of its parts in order
// handed to each, then more (when not nil) adds what it will.
func repack(pkg []byte, each func(zw *zip.Writer, f *zip.File) error, more func(zw *zip.Writer) error) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if err := each(zw, f); err != nil {
			return nil, err
		}
	}
	if more != nil {
		if err := more(zw); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func read(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}
