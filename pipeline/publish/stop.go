//go:build !jixiaotest

package publish

// stop marks a step of Write at which the kill test stops the process.
// Ordinary builds carry no such stop: the test builds jixiao with the tag
// jixiaotest, which swaps in stop_jixiaotest.go.
func stop(string) {}
