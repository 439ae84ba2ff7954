//go:build unix

package main

import (
	"bufio"
	"errors"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A service manager stops watch and serve with SIGTERM (systemctl stop,
// docker stop, Kubernetes): that is the service ending as asked, exit 0,
// which systemd records as a clean stop. Ctrl-C at a terminal is 130, as
// the exit code table says.
func TestStoppedByAServiceManagerOrCtrlC(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	jobPath, _, _ := copyJob(t, t.TempDir())
	cases := []struct {
		args    []string
		started string
		sig     syscall.Signal
		want    int
	}{
		{[]string{"watch", jobPath}, "开始监视", syscall.SIGTERM, exitOK},
		{[]string{"watch", jobPath}, "开始监视", syscall.SIGINT, exitInterrupt},
		{[]string{"serve", "--addr", "127.0.0.1:0", jobPath}, "网页已启动", syscall.SIGTERM, exitOK},
		{[]string{"serve", "--addr", "127.0.0.1:0", jobPath}, "网页已启动", syscall.SIGINT, exitInterrupt},
	}
	for _, c := range cases {
		cmd := child(c.args...)
		stderr, _ := cmd.StderrPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		started := make(chan bool, 1)
		go func() {
			lines := bufio.NewScanner(stderr)
			for lines.Scan() {
				if strings.Contains(lines.Text(), c.started) {
					started <- true
				}
			}
			close(started)
		}()
		select {
		case ok := <-started:
			if !ok {
				t.Fatalf("%s ended before it started", c.args[0])
			}
		case <-time.After(60 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%s never started", c.args[0])
		}
		cmd.Process.Signal(c.sig)
		err := cmd.Wait()
		code := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != c.want {
			t.Errorf("%s stopped by %v: exit %d, want %d", c.args[0], c.sig, code, c.want)
		}
	}
}
