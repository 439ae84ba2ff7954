//go:build jixiaotest

package publish

import "os"

// stop kills the process at the step JIXIAO_TEST_STOP names (temps,
// journal, asideN or renameN), as kill -9 would. Only the binary the kill
// test builds with the tag jixiaotest has it.
func stop(step string) {
	if os.Getenv("JIXIAO_TEST_STOP") == step {
		killSelf()
	}
}
