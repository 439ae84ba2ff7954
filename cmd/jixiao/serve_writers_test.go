package main

import (
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/job"
	"jixiao/pipeline/output"
	"jixiao/pipeline/runner"
)

// countyCopy is a format jixiao does not have: the county's name, in a
// file of its own.
type countyCopy string

func (countyCopy) Format() output.Format { return output.Format{Key: "county", Label: "县名副本"} }

func (countyCopy) Source() output.Source { return output.Data }

func (countyCopy) Name(*job.Job) string { return "县名.txt" }

func (countyCopy) Load(j *job.Job, _ *definition.Definition, _ *dataset.Problems) (output.Template, error) {
	return countyCopy(j.County), nil
}

func (c countyCopy) Render(*output.Input) (*output.Rendered, error) {
	return &output.Rendered{Data: []byte(c), Check: c}, nil
}

func (c countyCopy) ReadBack() (output.Reading, error) { return c, nil }

func (c countyCopy) Text() string { return string(c) }

// withWriter adds w to runner.Writers for the test, as a later version
// would add a format.
func withWriter(t *testing.T, w output.Writer) {
	old := runner.Writers
	runner.Writers = append(slices.Clone(old), w)
	t.Cleanup(func() { runner.Writers = old })
}

// A format added to runner.Writers is linked from the index and the
// job's page and served, with no change here.
func TestServeOffersEveryWritersFile(t *testing.T) {
	withWriter(t, countyCopy(""))
	sj := serveJob(t, nil)
	code, index := sj.get(t, "/")
	if code != 200 || !strings.Contains(index, `href="/jobs/1/files/county">县名副本</a>`) {
		t.Fatalf("the index %d does not link the added file:\n%s", code, index)
	}
	code, page := sj.get(t, "/jobs/1")
	if code != 200 || !strings.Contains(page, `href="/jobs/1/files/county">县名副本</a>`) || !strings.Contains(page, `href="/jobs/1/files/pdf">PDF</a>`) {
		t.Fatalf("job page %d does not offer the added file:\n%s", code, page)
	}
	if code, body := sj.get(t, "/jobs/1/files/county"); code != 200 || body != "沁源县" {
		t.Errorf("the added file: %d %q", code, body)
	}
}

// The OFD copy is offered only for a job that makes it (ofd: true).
func TestServeOffersTheOFDOnlyWhenTheJobMakesIt(t *testing.T) {
	j := &job.Job{DocxName: "说明.docx", PDFName: "说明.pdf", OFDName: "说明.ofd"}
	has := func() bool {
		return slices.ContainsFunc(downloads(j), func(l link) bool { return l.Key == "ofd" && l.Name == "说明.ofd" })
	}
	if has() {
		t.Error("a job without ofd: true offers an OFD")
	}
	j.OFD = true
	if !has() {
		t.Errorf("a job with ofd: true does not offer its OFD: %+v", downloads(j))
	}
}
