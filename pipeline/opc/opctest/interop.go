package opctest

import (
	"os"
	"os/exec"
	"testing"
)

// Require runs name with args, a probe that an independent reader an
// interop test needs works here (soffice --version, python3 -c "import
// docx"); without it the test is skipped, unless JIXIAO_INTEROP=1 makes it
// required (CI installs every one).
func Require(t testing.TB, name string, args ...string) {
	t.Helper()
	if err := exec.Command(name, args...).Run(); err != nil {
		Unavailable(t, name, err)
	}
}

// Unavailable skips the test for want of what, unless JIXIAO_INTEROP=1
// makes it required, when the test fails.
func Unavailable(t testing.TB, what string, err error) {
	t.Helper()
	if os.Getenv("JIXIAO_INTEROP") == "1" {
		t.Fatalf("%s is required when JIXIAO_INTEROP=1: %v", what, err)
		return
	}
	t.Skipf("%s not available: %v", what, err)
}
