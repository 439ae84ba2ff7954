package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"jixiao/pipeline/job"
)

// ofdSample writes into dir the sample job at sample with ofd: true, its
// input made absolute so that it reads the same workbook from there, and
// returns its path. It is the sample in every other key, so the two rows'
// medians differ by the OFD copy alone.
func ofdSample(sample, dir string) (string, error) {
	j, err := job.Load(sample)
	if err != nil {
		return "", err
	}
	raw, err := os.ReadFile(sample)
	if err != nil {
		return "", err
	}
	if raw, err = job.SetKey(raw, "input", j.Input); err == nil {
		raw, err = job.SetKey(raw, "ofd", "true")
	}
	if err != nil {
		return "", fmt.Errorf("ofd sample: %w", err)
	}
	path := filepath.Join(dir, "sample-ofd.yaml")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		return "", err
	}
	// A path YAML would read otherwise than written is caught here, not
	// measured as a different job.
	if k, err := job.Load(path); err != nil || k.Input != j.Input || !k.OFD {
		return "", fmt.Errorf("ofd sample %s: does not read as the sample with ofd: true (%v)", path, err)
	}
	return path, nil
}

// versus is a median's difference from the sample's, as the note says it.
func versus(d, base time.Duration) string {
	return fmt.Sprintf("比不生成 OFD 的样例任务 %+.1f%%", 100*(float64(d)/float64(base)-1))
}
