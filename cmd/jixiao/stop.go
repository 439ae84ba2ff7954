package main

import (
	"context"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// onStop is a context that ends when the command is asked to stop: Ctrl-C
// at a terminal, or a service manager's stop (systemctl stop, Kubernetes,
// docker stop: SIGTERM). code is the exit code for how it was asked: 130
// for Ctrl-C, the shell's convention; 0 for a service manager's stop, the
// service ending as asked, which systemd would otherwise record as a
// failure of the unit. release stops listening.
func onStop() (ctx context.Context, code func() int, release func()) {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	var got os.Signal
	go func() {
		select {
		case s := <-signals:
			mu.Lock()
			got = s
			mu.Unlock()
			cancel()
		case <-ctx.Done():
		}
	}()
	code = func() int {
		mu.Lock()
		defer mu.Unlock()
		if got == syscall.SIGTERM {
			return exitOK
		}
		return exitInterrupt
	}
	return ctx, code, func() { signal.Stop(signals); cancel() }
}
