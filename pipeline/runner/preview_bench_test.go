package runner

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"jixiao/pipeline/job"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/preview"
	"jixiao/pipeline/wordmodel"
)

// BenchmarkFirstPreview100000Rows is the web page's first view (20 pages)
// of a 100,000-row attachment's job in a process that has shown none: the
// published Word file (2.7 MB, as that job's is) is hashed and the
// preview its build kept is read. The whole job's build is timed by
// cmd/benchtable -preview.
func BenchmarkFirstPreview100000Rows(b *testing.B) {
	j := benchJob(b)
	if err := os.MkdirAll(j.Output, 0o755); err != nil {
		b.Fatal(err)
	}
	docx := make([]byte, 2700<<10)
	r := rand.NewChaCha8([32]byte{})
	r.Read(docx)
	if err := os.WriteFile(filepath.Join(j.Output, j.DocxName), docx, 0o644); err != nil {
		b.Fatal(err)
	}
	rows := make([]wordmodel.Row, 100001)
	rows[0] = wordmodel.Row{Header: true, Cells: []wordmodel.Cell{{Text: "序号", Span: 1}, {Text: "项目名称", Span: 1}, {Text: "金额（万元）", Span: 1}}}
	for i := 1; i < len(rows); i++ {
		rows[i] = wordmodel.Row{Cells: []wordmodel.Cell{{Text: fmt.Sprint(i), Span: 1}, {Text: fmt.Sprintf("第%d个村道硬化项目", i), Span: 1}, {Text: "25.40", Span: 1, Align: "right"}}}
	}
	l, err := loadPDFLayout(j)
	if err != nil {
		b.Fatal(err)
	}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Table{Widths: []int{700, 3000, 1300}, Rows: rows}}}
	pages, err := preview.Preview(doc, layout.Options{Preset: l.preset, Fonts: l.fonts}, PreviewPages)
	if err != nil {
		b.Fatal(err)
	}
	raw, _ := json.Marshal(storedPreview{Docx: sha256Hex(docx), Pages: pages})
	if err := os.WriteFile(filepath.Join(j.Output, PreviewName), raw, 0o644); err != nil {
		b.Fatal(err)
	}
	firstViews(b, j)
}

// BenchmarkFirstPreviewFallback100000Rows is the first view (20 pages)
// of a 100,000-row attachment's job whose build kept no preview (an
// older version's output, a failed write, a file replaced by hand): the
// head of the Word file is read (wordmodel.ReadHead: its XML inflated to
// the end, its first rows parsed) and its first pages laid out. The file
// is the sample job's with a 1,000-row attachment, grown to 100,000 rows
// as the build writes them.
func BenchmarkFirstPreviewFallback100000Rows(b *testing.B) {
	j, filled := filledAttachment(b, 1000)
	if err := os.MkdirAll(j.Output, 0o755); err != nil {
		b.Fatal(err)
	}
	docx := grownTable(b, filled, 100000)
	if err := os.WriteFile(filepath.Join(j.Output, j.DocxName), docx, 0o644); err != nil {
		b.Fatal(err)
	}
	firstViews(b, j)
}

// firstViews times j's first page view (20 pages) in a process that has
// shown none.
func firstViews(b *testing.B, j *job.Job) {
	kept := previews
	defer func() { previews = kept }()
	for b.Loop() {
		previews = &previewCache{m: map[string]previewEntry{}}
		if got, err := Preview(j, PreviewPages); err != nil || len(got) != PreviewPages {
			b.Fatalf("%d pages, %v", len(got), err)
		}
	}
}

// BenchmarkSamplePreview is what drawing its preview adds to the sample
// job's build: the SVG of its pages from the layout its PDF was drawn
// from, and the hash of its Word file (the write is timed by benchtable's
// sample rows).
func BenchmarkSamplePreview(b *testing.B) {
	j := benchJob(b)
	s, err := render(j, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.release()
	for b.Loop() {
		s.drawPreview()
	}
}
