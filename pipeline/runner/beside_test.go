package runner

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/job"
	"jixiao/pipeline/output"
)

// meeting is a format laid out from the filled document (as the PDF and
// the OFD copy are) that can wait, while it renders, for another to start
// (wait), say that it has started (arrive), fail (fail), and counts the
// times its file is read back (reads).
type meeting struct {
	plainText
	key          string
	wait, arrive chan struct{}
	fail         error
	reads        *atomic.Int32
}

func (m meeting) Format() output.Format { return output.Format{Key: m.key, Label: m.key} }

func (m meeting) Name(j *job.Job) string { return m.key + ".txt" }

func (m meeting) Load(*job.Job, *definition.Definition, *dataset.Problems) (output.Template, error) {
	return m, nil
}

func (m meeting) Render(in *output.Input) (*output.Rendered, error) {
	if m.arrive != nil {
		close(m.arrive)
	}
	if m.wait != nil {
		select {
		case <-m.wait:
		case <-time.After(time.Minute): // a deadlock's guard, not a timing
			return nil, errors.New(m.key + " ran alone: the writer after it never started beside it")
		}
	}
	if m.fail != nil {
		return nil, m.fail
	}
	r, err := m.plainText.Render(in)
	if err == nil && m.reads != nil {
		r.Check = counted{r.Check, m.reads}
	}
	return r, err
}

type counted struct {
	output.ReadBacker
	n *atomic.Int32
}

func (c counted) ReadBack() (output.Reading, error) {
	c.n.Add(1)
	return c.ReadBacker.ReadBack()
}

// withFilled makes the list the Word and Excel writers and then ws.
func withFilled(t *testing.T, ws ...output.Writer) {
	old := Writers
	Writers = append([]output.Writer{old[0], old[1]}, ws...)
	t.Cleanup(func() { Writers = old })
}

// The writers laid out after the first (the OFD copy after the PDF) run
// beside it, not after it, and read their file back for the check as
// soon as it is written: the check does not read it again.
func TestLaterLaidOutWritersRunBesideTheFirst(t *testing.T) {
	met := make(chan struct{})
	var reads atomic.Int32
	withFilled(t, meeting{key: "first", wait: met}, meeting{key: "later", arrive: met, reads: &reads})
	s := &state{j: sampleJobIn(t), release: func() {}}
	if err := run(s, checkStages); err != nil {
		t.Fatal(err)
	}
	if err := run(s, renderStages[:1]); err != nil {
		t.Fatal(err)
	}
	if n := reads.Load(); n != 1 {
		t.Errorf("the later writer's file was read back %d times while rendering, want once", n)
	}
	if err := run(s, renderStages[1:]); err != nil {
		t.Fatal(err)
	}
	if n := reads.Load(); n != 1 {
		t.Errorf("the check read the later writer's file again (%d readings in all)", n)
	}
}

// A writer beside the chain that fails fails the build, which publishes
// nothing; its error is the one reported even when the first writer
// finishes after it.
func TestAFailingWriterBesideTheChainPublishesNothing(t *testing.T) {
	met := make(chan struct{})
	withFilled(t, meeting{key: "first", wait: met}, meeting{key: "later", arrive: met, fail: errors.New("画不出第3页")})
	j := sampleJobIn(t)
	_, err := Update(j, true)
	if err == nil || !strings.Contains(err.Error(), "画不出第3页") {
		t.Fatalf("built with a failing writer beside the chain: %v", err)
	}
	if _, err := os.Stat(filepath.Join(j.Output, "first.txt")); !os.IsNotExist(err) {
		t.Errorf("the first writer's file was published (%v)", err)
	}
}
