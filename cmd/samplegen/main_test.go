package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestSampleIsReproducible: the committed sample workbook is exactly what
// the generator writes, so the README's claim holds and a change to either
// shows.
func TestSampleIsReproducible(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sample.xlsx")
	if err := writeSample(path); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	want, err := os.ReadFile("../../data/qinyuan-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("data/qinyuan-2023.xlsx differs from what go run ./cmd/samplegen writes")
	}
}
