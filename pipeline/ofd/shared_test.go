package ofd

import (
	"bytes"
	"testing"

	"jixiao/pipeline/job"
	"jixiao/pipeline/output"
	"jixiao/pipeline/pdf"
)

// TestThePDFAndTheOFDShareOneLayout: in one build the OFD copy draws the
// very layout the PDF drew (the same Laid, its fonts cut once), and is
// byte for byte the OFD written from a layout of its own: the PDF's
// drawing spoils nothing the copy embeds.
func TestThePDFAndTheOFDShareOneLayout(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		doc, opt := fixture(t, seed), testOptions(t)
		alone, err := template{opt: opt.Layout(), meta: testMeta}.Render(&output.Input{Filled: doc})
		if err != nil {
			t.Fatal(err)
		}
		in := &output.Input{Filled: doc, Shared: &output.Shared{}}
		j := &job.Job{PDFName: "沁源县2023年绩效目标.pdf", Author: testMeta.Author, Date: testMeta.Date}
		if _, err := pdf.ForJob(j, opt.Preset, opt.Fonts).Render(in); err != nil {
			t.Fatal(err)
		}
		first, err := pdf.LaidOut(in, opt.Layout())
		if err != nil {
			t.Fatal(err)
		}
		shared, err := template{opt: testOptions(t).Layout(), meta: testMeta}.Render(in)
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := pdf.LaidOut(in, testOptions(t).Layout()); again != first {
			t.Errorf("seed %d: options loaded again, alike, gave another layout", seed)
		}
		if !bytes.Equal(shared.Data, alone.Data) {
			t.Errorf("seed %d: the OFD drawn after the PDF from the shared layout differs from one drawn alone", seed)
		}
	}
}
