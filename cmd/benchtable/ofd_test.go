package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"jixiao/pipeline/job"
)

func TestOFDSampleIsTheSampleWithOFD(t *testing.T) {
	sample := "../../config/qinyuan-2023.yaml"
	path, err := ofdSample(sample, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	a, err := job.Load(sample)
	if err != nil {
		t.Fatal(err)
	}
	b, err := job.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !b.OFD || a.OFD {
		t.Errorf("ofd: sample %t, copy %t", a.OFD, b.OFD)
	}
	if b.Input != a.Input || b.County != a.County || b.Year != a.Year || b.Requirements["key_evaluations"] != a.Requirements["key_evaluations"] {
		t.Errorf("the copy is another job: %+v", b)
	}
	raw, _ := os.ReadFile(path)
	if !strings.Contains(string(raw), "# 市财政局要求的重点评价项目数") {
		t.Errorf("the copy lost the sample's comments:\n%s", raw)
	}
}

func TestVersus(t *testing.T) {
	if got := versus(105*time.Millisecond, 100*time.Millisecond); got != "比不生成 OFD 的样例任务 +5.0%" {
		t.Error(got)
	}
	if got := versus(90*time.Millisecond, 100*time.Millisecond); got != "比不生成 OFD 的样例任务 -10.0%" {
		t.Error(got)
	}
}
