package example

import (
	"os"
	"path/filepath"
	"testing"

	"jixiao/pipeline/opc/opctest"
)

// The sample's document saved again by LibreOffice, which rewrites its
// runs and styles in its own way, still becomes a template that rebuilds
// the sample's text. Skipped without LibreOffice unless JIXIAO_INTEROP=1.
func TestLibreOfficesDocumentRoundTrips(t *testing.T) {
	const workbook = "../../data/qinyuan-2023.xlsx"
	seedJob := sampleJob(t, t.TempDir(), workbook, nil)
	seed, _ := build(t, seedJob)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "seed.docx"), seed, 0o644); err != nil {
		t.Fatal(err)
	}
	out := opctest.SaveWithLibreOffice(t, "docx:MS Word 2007 XML", filepath.Join(dir, "seed.docx"))
	saved, err := os.ReadFile(filepath.Join(out, "seed.docx"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Make(saved, lastYear(t, seedJob), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range res.Marks {
		if m.State != Bound {
			t.Errorf("第%d段 %q: %s", m.Para, m.Text, m.Note)
		}
	}
	again, _ := build(t, sampleJob(t, t.TempDir(), workbook, res.Docx))
	if got, want := text(t, again), text(t, seed); got != want {
		t.Errorf("rebuilt from LibreOffice's copy:\n%s\nwant:\n%s", got, want)
	}
}
