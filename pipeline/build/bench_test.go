package build

import (
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/document"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
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

func BenchmarkIngest(b *testing.B) {
	j := benchJob(b)
	for b.Loop() {
		if _, ps := ingest.Read(j.Input, ingest.Options{Sheets: j.Sheets, Bands: j.Bands}); ps.HasErrors() {
			b.Fatal(ps.Err())
		}
	}
}

func sampleData(b *testing.B, j *job.Job) *document.Data {
	b.Helper()
	ds, _ := ingest.Read(j.Input, ingest.Options{Sheets: j.Sheets, Bands: j.Bands})
	r, _ := stats.Compute(ds)
	data, _ := document.Build(r, document.Params{County: j.County, Year: j.Year, PriorYear: j.PriorYear, KeyEvaluations: j.KeyEvaluations})
	return data
}

func BenchmarkStats(b *testing.B) {
	j := benchJob(b)
	ds, _ := ingest.Read(j.Input, ingest.Options{Sheets: j.Sheets, Bands: j.Bands})
	for b.Loop() {
		r, _ := stats.Compute(ds)
		document.Build(r, document.Params{County: j.County, Year: j.Year, PriorYear: j.PriorYear})
	}
}

func BenchmarkDocx(b *testing.B) {
	j := benchJob(b)
	data := sampleData(b, j)
	word, _ := loadTemplate(j)
	for b.Loop() {
		if _, _, err := word.Render(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkXlsx(b *testing.B) {
	j := benchJob(b)
	data := sampleData(b, j)
	book, _ := loadXlsxTemplate(j)
	for b.Loop() {
		if _, err := book.Render(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDF(b *testing.B) {
	j := benchJob(b)
	data := sampleData(b, j)
	word, _ := loadTemplate(j)
	filled, _, _ := word.Render(data)
	layout, _ := loadPDFLayout(j)
	for b.Loop() {
		doc, err := wordmodel.Read(filled)
		if err != nil {
			b.Fatal(err)
		}
		var ps dataset.Problems
		if _, err := renderPDF(j, doc, layout, &ps); err != nil {
			b.Fatal(err)
		}
	}
}
