//go:build unix

package main

import (
	"os"
	"syscall"
)

// peakRSS is the finished process's peak resident memory in KB (Linux's
// ru_maxrss).
func peakRSS(ps *os.ProcessState) int64 {
	if u, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return int64(u.Maxrss)
	}
	return 0
}
