//go:build jixiaotest

package runner

import (
	"os"
	"time"
)

// pauseForTest holds the build: with JIXIAO_TEST_PAUSE set to a path, it
// writes path.paused and waits until path exists. Only the binary the test
// builds with the tag jixiaotest has it.
func pauseForTest() {
	p := os.Getenv("JIXIAO_TEST_PAUSE")
	if p == "" {
		return
	}
	os.WriteFile(p+".paused", nil, 0o644)
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(p); err == nil {
			return
		}
	}
}
