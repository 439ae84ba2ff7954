package build

import (
	"testing"

	"jixiao/pipeline/job"
)

func benchJob(b *testing.B) *job.Job {
	b.Helper()
	j, err := job.Load("../../config/qinyuan-2023.yaml")
	if err != nil {
		b.Fatal(err)
	}
	return j.WithOutput(b.TempDir())
}

// BenchmarkSampleJob is the sample job end to end, warm, in memory.
func BenchmarkSampleJob(b *testing.B) {
	j := benchJob(b)
	for b.Loop() {
		if _, err := Render(j); err != nil {
			b.Fatal(err)
		}
	}
}
