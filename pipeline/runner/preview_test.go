package runner

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"jixiao/pipeline/job"
)

// TestPreviewIsKeptUntilTheFileChanges: a second page view of the same
// published Word file does not read it again (here it could not: its bytes
// are spoilt behind an unchanged size and time); a file of another time is
// read afresh.
func TestPreviewIsKeptUntilTheFileChanges(t *testing.T) {
	j := sampleJob(t)
	if _, err := Run(j); err != nil {
		t.Fatal(err)
	}
	first, err := Preview(j, 2)
	if err != nil || len(first) != 2 {
		t.Fatalf("%d pages, %v", len(first), err)
	}
	path, info := spoil(t, j)
	again, err := Preview(j, 2)
	if err != nil || !slices.Equal(again, first) {
		t.Errorf("the same file previewed again: %d pages, %v", len(again), err)
	}
	later := info.ModTime().Add(time.Second)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if _, err := Preview(j, 2); err == nil {
		t.Error("a changed file was not read again")
	}
}

// TestABuildLaysOutAWatchedPreview: once the page has shown a job's
// preview, a build lays the new file's preview out from the document it
// holds, so the next view reads nothing (here it could not: the file's
// bytes are spoilt behind its size and time).
func TestABuildLaysOutAWatchedPreview(t *testing.T) {
	j := sampleJob(t)
	if _, err := Run(j); err != nil {
		t.Fatal(err)
	}
	first, err := Preview(j, 3)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Run(j); err != nil {
		t.Fatal(err)
	}
	spoil(t, j)
	after, err := Preview(j, 3)
	if err != nil || !slices.Equal(after, first) {
		t.Errorf("the view after the build: %d pages, %v", len(after), err)
	}
}

// spoil overwrites j's published Word file with bytes no reader takes,
// keeping its size and time, and returns its path and what it was.
func spoil(t *testing.T, j *job.Job) (string, os.FileInfo) {
	t.Helper()
	path := filepath.Join(j.Output, j.DocxName)
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, bytes.Repeat([]byte("x"), int(info.Size())), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	return path, info
}

// coldProcess forgets every preview kept in memory, as a server that has
// just started knows none, until the test ends.
func coldProcess(t *testing.T) {
	t.Helper()
	kept := previews
	previews = &previewCache{m: map[string]previewEntry{}}
	t.Cleanup(func() { previews = kept })
}

// storedOf reads the preview the build kept in j's output folder.
func storedOf(t *testing.T, j *job.Job) storedPreview {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(j.Output, PreviewName))
	if err != nil {
		t.Fatal(err)
	}
	var p storedPreview
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

func putStored(t *testing.T, j *job.Job, p storedPreview) {
	t.Helper()
	raw, _ := json.Marshal(p)
	if err := os.WriteFile(filepath.Join(j.Output, PreviewName), raw, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestABuildKeepsItsPreviewBesideItsState: the build draws the preview of
// the Word file it publishes, names that file's SHA-256, lists it nowhere
// among its outputs, and draws it alike every time; it is the pages the
// page lays out from the published file itself.
func TestABuildKeepsItsPreviewBesideItsState(t *testing.T) {
	j := sampleJob(t)
	res, err := Run(j)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Written {
		if filepath.Base(w) == PreviewName {
			t.Errorf("the preview is published: %v", res.Written)
		}
	}
	docx, err := os.ReadFile(filepath.Join(j.Output, j.DocxName))
	if err != nil {
		t.Fatal(err)
	}
	p := storedOf(t, j)
	if p.Docx != sha256Hex(docx) || !p.All || len(p.Pages) < 2 || len(p.Pages) > PreviewPages {
		t.Fatalf("stored preview: hash %s (file %s), all %v, %d pages", p.Docx, sha256Hex(docx), p.All, len(p.Pages))
	}
	again := sampleJob(t)
	if _, err := Run(again); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(filepath.Join(j.Output, PreviewName))
	b, _ := os.ReadFile(filepath.Join(again.Output, PreviewName))
	if !bytes.Equal(a, b) {
		t.Error("two builds of the same job keep different previews")
	}
	// Laid out afresh from the file (no stored preview): the same pages.
	if err := os.Remove(filepath.Join(j.Output, PreviewName)); err != nil {
		t.Fatal(err)
	}
	coldProcess(t)
	read, err := Preview(j, PreviewPages)
	if err != nil || !slices.Equal(read, p.Pages) {
		t.Errorf("the pages laid out from the file differ from the build's: %d pages, %v", len(read), err)
	}
}

// TestTheFirstViewDoesNotReadTheDocument: in a process that has shown no
// preview, the first view shows the build's preview of the very bytes of
// the published file without reading the document: here the file is bytes
// no reader takes, and the stored preview names their hash.
func TestTheFirstViewDoesNotReadTheDocument(t *testing.T) {
	j := sampleJob(t)
	if _, err := Run(j); err != nil {
		t.Fatal(err)
	}
	path, _ := spoil(t, j)
	spoilt, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p := storedOf(t, j)
	p.Docx = sha256Hex(spoilt)
	putStored(t, j, p)
	coldProcess(t)
	pages, err := Preview(j, 2)
	if err != nil || !slices.Equal(pages, p.Pages[:2]) {
		t.Errorf("the first view: %d pages, %v", len(pages), err)
	}
}

// TestAPreviewOfAnotherFileIsNeverShown: a stored preview drawn from other
// bytes than the published file's, or with fewer pages than asked of a
// longer document, is not shown; the file is read instead.
func TestAPreviewOfAnotherFileIsNeverShown(t *testing.T) {
	j := sampleJob(t)
	if _, err := Run(j); err != nil {
		t.Fatal(err)
	}
	good := storedOf(t, j)
	stale := []string{"<svg>旧版本</svg>", "<svg>旧版本</svg>", "<svg>旧版本</svg>"}
	for _, c := range []struct {
		name string
		p    storedPreview
	}{
		{"another file's", storedPreview{Docx: sha256Hex([]byte("另一个版本")), All: true, Pages: stale}},
		{"too short", storedPreview{Docx: good.Docx, Pages: stale[:1]}},
		{"unreadable", storedPreview{}},
	} {
		putStored(t, j, c.p)
		if c.name == "unreadable" {
			os.WriteFile(filepath.Join(j.Output, PreviewName), []byte(`{"docx_sha256":`), 0o644)
		}
		coldProcess(t)
		pages, err := Preview(j, 2)
		if err != nil || !slices.Equal(pages, good.Pages[:2]) {
			t.Errorf("%s stored preview: %d pages %q…, %v", c.name, len(pages), pages, err)
		}
	}
}
