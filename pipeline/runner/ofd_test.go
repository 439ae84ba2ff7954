package runner

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/manifest"
	"jixiao/pipeline/ofd"
	"jixiao/pipeline/pdf"
)

// A job with ofd: true publishes an OFD copy whose text is the PDF's,
// page by page and line by line, listed in the manifest, the same bytes
// on every build; a job without it publishes none.
func TestTheOFDCopyIsThePDFsPagesAndRepeats(t *testing.T) {
	j := sampleJobIn(t)
	if _, err := Update(j, true); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(j.Output, j.OFDName)); !os.IsNotExist(err) {
		t.Fatalf("a job without ofd: true wrote %s (%v)", j.OFDName, err)
	}
	j.OFD = true
	res, err := Update(j, true)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(j.Output, j.OFDName)
	if !slices.Contains(res.Written, path) {
		t.Errorf("written %v, want %s", res.Written, path)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ofd.Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	pdfRaw, err := os.ReadFile(filepath.Join(j.Output, j.PDFName))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := pdf.Text(pdfRaw)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != len(doc.Pages) {
		t.Fatalf("the OFD has %d pages, the PDF %d", len(doc.Pages), len(pages))
	}
	for i := range pages {
		if pages[i] != doc.Pages[i] {
			t.Errorf("page %d differs:\nPDF %.400q\nOFD %.400q", i+1, pages[i], doc.Pages[i])
		}
	}
	if doc.Author != j.Author || doc.CreationDate != j.Date.Format("2006-01-02") || len(doc.DocID) != 32 {
		t.Errorf("DocInfo %+v", doc)
	}
	m, err := manifest.Load(j.Output)
	if err != nil || m == nil {
		t.Fatalf("manifest: %v", err)
	}
	if e, ok := m.Outputs[j.OFDName]; !ok || e.Size != int64(len(raw)) {
		t.Errorf("the manifest does not record %s: %+v", j.OFDName, m.Outputs)
	}
	again := *j
	again.Output = filepath.Join(t.TempDir(), "again")
	if _, err := Update(&again, true); err != nil {
		t.Fatal(err)
	}
	second, err := os.ReadFile(filepath.Join(again.Output, j.OFDName))
	if err != nil || !bytes.Equal(raw, second) {
		t.Errorf("two builds give different OFD files (%v)", err)
	}
	// Turned off again: the old copy is not replaced, and the clerk is told.
	j.OFD = false
	res, err = Update(j, true)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Problems, func(p dataset.Problem) bool {
		return p.Severity == dataset.Warning && p.At.File == j.OFDName && strings.Contains(p.Message, "可能已过时")
	}) {
		t.Errorf("no warning of the stale OFD copy: %+v", res.Problems)
	}
}
