package publish

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

// Error is a file-system failure, told in Chinese with what to do.
type Error struct {
	Op   string // 写入, 替换, 创建输出目录 …
	Path string // a file or folder the clerk knows, never a temporary name
	Err  error
}

var (
	errIsFolder  = errors.New("同名的文件夹已存在")
	errNotDir    = syscall.ENOTDIR
	errImmutable = errors.New("文件被设为不可修改（如 chattr +i 或只能追加），请解除后重试")
)

func (e *Error) Error() string { return fmt.Sprintf("%s %s 失败：%s", e.Op, e.Path, Explain(e.Err)) }

func (e *Error) Unwrap() error { return e.Err }

// ReplaceError is a set that was not published because some of its files
// could not be replaced. Kept says the folder holds the previous set
// whole; when putting it back failed too, the journal stays and the next
// run completes one set or the other.
type ReplaceError struct {
	Files []*Error // Op 替换, one for each file that could not be replaced
	Kept  bool
}

func (e *ReplaceError) Error() string {
	var b strings.Builder
	held := true
	for _, f := range e.Files {
		held = held && isHeld(f.Err)
	}
	if held {
		paths := make([]string, len(e.Files))
		for i, f := range e.Files {
			paths[i] = f.Path
		}
		fmt.Fprintf(&b, "文件正被其他程序打开，无法替换：%s。请关闭后重新生成。", strings.Join(paths, "、"))
	} else {
		for i, f := range e.Files {
			if i > 0 {
				b.WriteString("；")
			}
			fmt.Fprintf(&b, "无法替换 %s：%s", f.Path, Explain(f.Err))
		}
		b.WriteString("。")
	}
	if e.Kept {
		b.WriteString("原有文件保持不变，本次没有生成。")
	} else {
		b.WriteString("原有文件未能全部放回，下次运行 jixiao 时会自动整理成完整的一组。")
	}
	return b.String()
}

func (e *ReplaceError) Unwrap() []error {
	errs := make([]error, len(e.Files))
	for i, f := range e.Files {
		errs[i] = f
	}
	return errs
}

// isHeld tells a file another program has open.
func isHeld(err error) bool {
	return isSharingViolation(err) || errors.Is(err, syscall.EBUSY) || errors.Is(err, syscall.ETXTBSY)
}

// Explain says what an operating-system error means for a clerk or the IT
// person, and what to do. It never gives the error's own text when that
// would carry an English message or a temporary file's name.
func Explain(err error) string {
	switch {
	case isDiskFull(err):
		return "磁盘已满（或超出配额），请清理磁盘空间后重试"
	case errors.Is(err, syscall.EROFS), isWriteProtected(err):
		return "所在的磁盘是只读的，请换一个可写的输出目录"
	case errors.Is(err, syscall.ENOTDIR):
		return "路径中有一段不是文件夹，请检查输出目录"
	case isHeld(err):
		return "文件正被 Word、WPS 或其他程序打开，请关闭后重试"
	case errors.Is(err, errImmutable), errors.Is(err, errIsFolder):
		return unwrapped(err).Error()
	case errors.Is(err, fs.ErrPermission):
		return "没有权限，请检查该文件或文件夹的权限（或以有权限的用户运行）"
	case errors.Is(err, fs.ErrNotExist):
		return "文件或文件夹不存在"
	case errors.Is(err, fs.ErrExist), errors.Is(err, syscall.ENOTEMPTY), errors.Is(err, syscall.EISDIR):
		return "同名的文件或文件夹已存在"
	case errors.Is(err, syscall.EIO):
		return "磁盘读写出错，请检查磁盘（或网络盘的连接）后重试"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "文件名或路径太长，请换一个较短的输出目录"
	case errors.Is(err, syscall.EMFILE), errors.Is(err, syscall.ENFILE):
		return "同时打开的文件太多，请稍后重试"
	case errors.Is(err, syscall.ESTALE), errors.Is(err, syscall.ENOLCK):
		return "网络盘上的文件已失效或无法加锁，请检查网络盘后重试"
	case errors.Is(err, io.ErrShortWrite):
		return "文件没有写完整，请检查磁盘空间后重试"
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return fmt.Sprintf("操作系统报告错误（代码 %d），请把这条信息告诉信息技术人员", uint(errno))
	}
	return unwrapped(err).Error()
}

// unwrapped is the error under the operation and path the os package adds
// (which names temporary files, in English).
func unwrapped(err error) error {
	for {
		switch e := err.(type) {
		case *fs.PathError:
			err = e.Err
		case *os.LinkError:
			err = e.Err
		case *os.SyscallError:
			err = e.Err
		case *Error:
			err = e.Err
		default:
			return err
		}
	}
}
