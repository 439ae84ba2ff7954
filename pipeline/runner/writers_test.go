package runner

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/job"
	"jixiao/pipeline/manifest"
	"jixiao/pipeline/output"
	"jixiao/pipeline/verify"
	"jixiao/pipeline/wordmodel/wordmodeltest"
)

// plainText is a format no package of jixiao has: the filled Word
// document's text, laid out from it as the PDF is (an OFD copy would be
// one package like this). spoil, when set, changes what it writes.
type plainText struct{ spoil func(string) string }

func (plainText) Format() output.Format { return output.Format{Key: "txt", Label: "纯文本"} }

func (plainText) Source() output.Source { return output.Filled }

func (plainText) Name(j *job.Job) string { return strings.TrimSuffix(j.DocxName, ".docx") + ".txt" }

func (w plainText) Load(j *job.Job, _ *definition.Definition, notes *dataset.Problems) (output.Template, error) {
	notes.Add(dataset.Note, dataset.CellRef{File: w.Name(j)}, "纯文本副本不带格式")
	return w, nil
}

func (w plainText) Render(in *output.Input) (*output.Rendered, error) {
	text := wordmodeltest.Text(in.Filled.Blocks, "\t")
	if w.spoil != nil {
		text = w.spoil(text)
	}
	return &output.Rendered{Data: []byte(text), Check: textFile(text)}, nil
}

type textFile string

func (f textFile) ReadBack() (output.Reading, error) { return f, nil }

func (f textFile) Text() string { return string(f) }

func (f textFile) Running() string { return string(f) }

// withWriter adds w to the list for the test.
func withWriter(t *testing.T, w output.Writer) {
	old := Writers
	Writers = append(slices.Clone(Writers), w)
	t.Cleanup(func() { Writers = old })
}

// A format added to the list is loaded (its template's notes are lint's),
// rendered, published, recorded in the manifest and kept out of the
// inputs' way, with no other code touched.
func TestAWriterAddedToTheListIsRenderedPublishedAndListed(t *testing.T) {
	withWriter(t, plainText{})
	j := sampleJobIn(t)
	name := plainText{}.Name(j)
	notes, err := CheckTemplates(j)
	if err != nil || !slices.ContainsFunc(notes, func(p dataset.Problem) bool { return p.At.File == name }) {
		t.Fatalf("lint does not load the added writer's template: %v %v", notes, err)
	}
	res, err := Update(j, true)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(res.Written, filepath.Join(j.Output, name)) {
		t.Errorf("written %v, want %s among them", res.Written, name)
	}
	text, err := os.ReadFile(filepath.Join(j.Output, name))
	if err != nil || !strings.Contains(string(text), "145637.15") {
		t.Errorf("the text file holds no 绩效自评 total (%v):\n%.300s", err, text)
	}
	m, err := manifest.Load(j.Output)
	if err != nil || m == nil {
		t.Fatalf("manifest: %v", err)
	}
	if e, ok := m.Outputs[name]; !ok || e.Size != int64(len(text)) {
		t.Errorf("the manifest does not record %s: %+v", name, m.Outputs)
	}
	if fresh, reason, err := Fresh(j); err != nil || !fresh {
		t.Errorf("after publishing, the job is not up to date: %s %v", reason, err)
	}
	// Its file name is an output's: a job whose input it would overwrite
	// is refused.
	clash := *j
	clash.Input = filepath.Join(j.Output, name)
	if err := CheckPaths(&clash); err == nil {
		t.Error("an output folder whose text file would overwrite the input is accepted")
	}
}

// The added format is read back and checked as the others are: a figure
// it gets wrong stops the build, naming the file, and publishes nothing.
func TestAWriterAddedToTheListIsChecked(t *testing.T) {
	withWriter(t, plainText{spoil: func(s string) string { return strings.Replace(s, "145637.15", "145637.16", 1) }})
	j := sampleJobIn(t)
	name := plainText{}.Name(j)
	_, err := Update(j, true)
	var ve *verify.Error
	if !errors.As(err, &ve) || !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), "145637.16") {
		t.Fatalf("a wrong figure in the text file: %v", err)
	}
	for _, m := range ve.Mismatches {
		if m.Output != name {
			t.Errorf("a mismatch outside the spoilt file: %s", m)
		}
	}
	if entries, _ := os.ReadDir(j.Output); len(entries) > 1 { // the lock's folder at most
		t.Errorf("published after a failed check: %v", entries)
	}
	// A text the writer cannot make whole leaves a template mark, which
	// the check finds in it too.
	withWriter(t, plainText{spoil: func(s string) string { return s + "{{.缺失}}" }})
	if _, err := Render(j); !errors.As(err, &ve) || !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), "{{") {
		t.Errorf("a template mark in the text file: %v", err)
	}
}

// A list with a writer that lays out the filled document but none that
// fills one is the program's bug: an internal error, the build contained.
func TestAListWithNothingToLayOutIsABug(t *testing.T) {
	old := Writers
	Writers = []output.Writer{plainText{}}
	t.Cleanup(func() { Writers = old })
	if _, err := Render(sampleJobIn(t)); !errors.As(err, new(*InternalError)) {
		t.Errorf("err = %v", err)
	}
}
