package runner

import (
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/document"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/output"
	"jixiao/pipeline/stats"
	"jixiao/pipeline/wordmodel"
)

// The sample job and each of its stages, warm, in-process. The cold runs in
// a new process, the scale and the batch figures come from
// `go run ./cmd/benchtable` (see the README).

func benchJob(b *testing.B) *job.Job {
	b.Helper()
	j, err := job.Load("../../config/qinyuan-2023.yaml")
	if err != nil {
		b.Fatal(err)
	}
	return j.WithOutput(b.TempDir())
}

func BenchmarkSampleJob(b *testing.B) {
	j := benchJob(b)
	for b.Loop() {
		if _, err := Render(j); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSampleJobOFD is BenchmarkSampleJob with the OFD copy asked
// for: the difference is the OFD's cost in a build.
func BenchmarkSampleJobOFD(b *testing.B) {
	j := benchJob(b)
	j.OFD = true
	for b.Loop() {
		if _, err := Render(j); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIngest(b *testing.B) {
	j := benchJob(b)
	def, sheets, _ := Definition(j)
	for b.Loop() {
		if _, ps := ingest.Read(j.Input, def, ingest.Options{Sheets: sheets, Sink: stats.NewTally(def)}); ps.HasErrors() {
			b.Fatal(ps.Err())
		}
	}
}

// checked runs the stages before rendering.
func checked(b *testing.B, j *job.Job) *state {
	b.Helper()
	s := &state{j: j}
	if err := run(s, checkStages); err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkStats(b *testing.B) {
	j := benchJob(b)
	// Up to the document stage, which lets the dataset go.
	s := &state{j: j}
	if err := run(s, checkStages[:4]); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		// Tallying happens as rows are read; this is what follows it.
		r, _ := stats.NewTally(s.def).Finish(s.ds, stats.Params{County: j.County, Year: j.Year, PriorYear: j.PriorYear, Requirements: j.Requirements})
		document.Build(s.ds, r, document.Params{County: j.County, Year: j.Year, PriorYear: j.PriorYear})
	}
}

// form is the template of the writer of format key.
func form(b *testing.B, s *state, key string) output.Template {
	b.Helper()
	for i, w := range s.writers {
		if w.Format().Key == key {
			return s.forms[i]
		}
	}
	b.Fatalf("no writer of %s", key)
	return nil
}

func BenchmarkDocx(b *testing.B) {
	s := checked(b, benchJob(b))
	word := form(b, s, "docx")
	for b.Loop() {
		if _, err := word.Render(&output.Input{Data: s.data}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkXlsx(b *testing.B) {
	s := checked(b, benchJob(b))
	book := form(b, s, "xlsx")
	for b.Loop() {
		if _, err := book.Render(&output.Input{Data: s.data}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDF(b *testing.B) {
	j := benchJob(b)
	s := checked(b, j)
	filled, err := form(b, s, "docx").Render(&output.Input{Data: s.data})
	if err != nil {
		b.Fatal(err)
	}
	layout, err := loadPDFLayout(j)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		doc, err := wordmodel.Read(filled.Data)
		if err != nil {
			b.Fatal(err)
		}
		var ps dataset.Problems
		if _, err := renderPDF(j, doc, layout, &ps); err != nil {
			b.Fatal(err)
		}
	}
}

// sampleOFD is the sample job's OFD template and the input it renders
// from: the filled Word document, read back, with its layout shared.
func sampleOFD(b *testing.B) (output.Template, *output.Input) {
	b.Helper()
	j := benchJob(b)
	j.OFD = true
	s := checked(b, j)
	filled, err := form(b, s, "docx").Render(&output.Input{Data: s.data})
	if err != nil {
		b.Fatal(err)
	}
	return form(b, s, "ofd"), &output.Input{Data: s.data, Filled: filled.Filled, Shared: &output.Shared{}}
}

// BenchmarkOFDWrite is the OFD copy's own share of a build: drawing the
// sample's pages, once laid out (as the PDF leaves them), into the package.
func BenchmarkOFDWrite(b *testing.B) {
	t, in := sampleOFD(b)
	if _, err := t.Render(in); err != nil { // lays out once, as the PDF would
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := t.Render(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOFDRead is the check's reading of the sample's OFD back.
func BenchmarkOFDRead(b *testing.B) {
	t, in := sampleOFD(b)
	r, err := t.Render(in)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := r.Check.ReadBack(); err != nil {
			b.Fatal(err)
		}
	}
}
