package publish

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// LockName is the lock file in an output folder; it holds no data, and
// the operating system, not its existence, makes the lock.
const LockName = ".jixiao.lock"

// Lock is one run's hold on an output folder.
type Lock struct{ f *os.File }

// BusyError is an output folder another run holds longer than we waited.
type BusyError struct {
	Dir  string
	Wait time.Duration
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("输出目录 %s 正被另一次运行使用（等了 %s 仍未结束），本次没有生成。另一次运行结束后会自动放开，可稍后再试", e.Dir, e.Wait)
}

// Acquire takes the lock of dir, creating the folder if needed, waiting
// up to wait for another run to finish.
func Acquire(dir string, wait time.Duration) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, &Error{Op: "创建输出目录", Path: dir, Err: err}
	}
	f, err := os.OpenFile(filepath.Join(dir, LockName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, &Error{Op: "锁定输出目录", Path: dir, Err: err}
	}
	deadline := time.Now().Add(wait)
	for {
		ok, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, &Error{Op: "锁定输出目录", Path: dir, Err: err}
		}
		if ok {
			return &Lock{f: f}, nil
		}
		if !time.Now().Before(deadline) {
			f.Close()
			return nil, &BusyError{Dir: dir, Wait: wait}
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Release lets the next run have the folder.
func (l *Lock) Release() {
	if l == nil || l.f == nil {
		return
	}
	unlock(l.f)
	l.f.Close()
	l.f = nil
}

// IsBusy reports whether err is a folder held by another run.
func IsBusy(err error) bool {
	var b *BusyError
	return errors.As(err, &b)
}
