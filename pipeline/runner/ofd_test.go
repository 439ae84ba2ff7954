package runner

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/job"
	"jixiao/pipeline/manifest"
	"jixiao/pipeline/ofd"
	"jixiao/pipeline/output"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/verify"
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

// spoiltOFD is the OFD writer whose pages say old where the laid-out
// pages say new, as a writer with a bug would.
type spoiltOFD struct {
	ofd.Writer
	old, new string
}

func (w spoiltOFD) Load(j *job.Job, def *definition.Definition, notes *dataset.Problems) (output.Template, error) {
	t, err := w.Writer.Load(j, def, notes)
	return spoiltTemplate{t, w}, err
}

type spoiltTemplate struct {
	output.Template
	w spoiltOFD
}

func (t spoiltTemplate) Render(in *output.Input) (*output.Rendered, error) {
	r, err := t.Template.Render(in)
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(r.Data), int64(len(r.Data)))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		if strings.HasSuffix(f.Name, "Content.xml") {
			data = bytes.ReplaceAll(data, []byte(t.w.old), []byte(t.w.new))
		}
		fw, _ := zw.Create(f.Name)
		fw.Write(data)
	}
	zw.Close()
	r.Data, r.Check = buf.Bytes(), ofd.Output(buf.Bytes())
	return r, nil
}

// The OFD is read back and its figures compared with the facts: a figure
// its pages get wrong stops the build, naming the OFD, and nothing is
// published.
func TestAWrongFigureInTheOFDStopsTheBuild(t *testing.T) {
	old := Writers
	Writers = slices.Clone(Writers)
	for i, w := range Writers {
		if o, ok := w.(ofd.Writer); ok {
			Writers[i] = spoiltOFD{o, ">145637.15<", ">145637.16<"}
		}
	}
	t.Cleanup(func() { Writers = old })
	j := sampleJobIn(t)
	j.OFD = true
	_, err := Update(j, true)
	var ve *verify.Error
	if !errors.As(err, &ve) || !strings.Contains(err.Error(), j.OFDName) || !strings.Contains(err.Error(), "145637.16") {
		t.Fatalf("a wrong figure in the OFD: %v", err)
	}
	for _, m := range ve.Mismatches {
		if m.Output != j.OFDName {
			t.Errorf("a mismatch outside the OFD: %s", m)
		}
	}
	if entries, _ := os.ReadDir(j.Output); len(entries) > 1 {
		t.Errorf("published after a failed check: %v", entries)
	}
}
