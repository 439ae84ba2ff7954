package runner

import (
	"slices"
	"testing"

	"jixiao/pipeline/docx"
	"jixiao/pipeline/verify"
)

// wordOf is the Word document among a build's checked files.
func wordOf(t *testing.T, out *Outputs) *docx.Output {
	t.Helper()
	for _, f := range out.Checked {
		if w, ok := f.Output.(*docx.Output); ok {
			return w
		}
	}
	t.Fatal("no Word document among the checked files")
	return nil
}

// withWord is a build's checked files with the Word document's bytes
// replaced by data, read back from data.
func withWord(out *Outputs, data []byte) []verify.File {
	files := slices.Clone(out.Checked)
	for i, f := range files {
		if w, ok := f.Output.(*docx.Output); ok {
			c := *w
			c.Data, c.Read = data, nil
			files[i].Output = &c
		}
	}
	return files
}
