package runner

import (
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

// BenchmarkAttachmentLayout is the layout's share of a long attachment's
// PDF: the sample job with an attachment of 2,000 rows, its filled Word
// document read back once, then measured (layout.Layout) and laid out page
// by page (Laid.Pages) as the PDF writer does, without drawing. Run it
// with -benchmem: allocations are stable on a loaded machine, time is not.
func BenchmarkAttachmentLayout(b *testing.B) {
	j, filled := filledAttachment(b, 2000)
	doc, err := wordmodel.Read(filled)
	if err != nil {
		b.Fatal(err)
	}
	l, err := loadPDFLayout(j)
	if err != nil {
		b.Fatal(err)
	}
	opt := layout.Options{Preset: l.preset, Fonts: l.fonts}
	pages := 0
	for b.Loop() {
		laid, err := layout.Layout(doc, opt)
		if err != nil {
			b.Fatal(err)
		}
		pages = 0
		if err := laid.Pages(func(layout.Page) error { pages++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	if pages < 60 {
		b.Fatalf("%d pages: the attachment is missing", pages)
	}
	b.ReportMetric(float64(pages), "pages")
}
