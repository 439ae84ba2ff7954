package main

import "fmt"

// peakNote tells a run's peak resident memory (KB, from peakRSS), or that
// the system did not report it.
func peakNote(kb int64) string {
	if kb <= 0 {
		return "峰值内存未测（本系统不报告）"
	}
	return fmt.Sprintf("峰值内存 %d MB", kb>>10)
}
