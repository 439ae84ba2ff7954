package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// The peak memory of a run is told where the system reports it, and said
// to be unknown where it does not (Windows), not shown as 0 MB.
func TestPeakMemory(t *testing.T) {
	if got := peakNote(0); got != "峰值内存未测（本系统不报告）" {
		t.Errorf("unknown: %s", got)
	}
	if got := peakNote(3 << 10); got != "峰值内存 3 MB" {
		t.Errorf("3 MB: %s", got)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	if kb := peakRSS(cmd.ProcessState); (kb > 0) != (runtime.GOOS != "windows") {
		t.Errorf("peak of a finished run on %s: %d KB", runtime.GOOS, kb)
	}
}

// benchtable builds for Windows too (.ci/run vets the whole tree so): the
// peak memory is behind build tags, not a field Windows lacks.
func TestBuildsForWindows(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the compiler")
	}
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "vet", ".")
	cmd.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go vet for windows: %v\n%s", err, out)
	}
}
