package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// Error is a file-system failure, told in Chinese with what to do.
type Error struct {
	Op   string // 写入, 替换, 创建输出目录 …
	Path string
	Err  error
}

var (
	errIsFolder = errors.New("同名的文件夹已存在")
	errNotDir   = syscall.ENOTDIR
)

func (e *Error) Error() string { return fmt.Sprintf("%s %s 失败：%s", e.Op, e.Path, Explain(e.Err)) }

func (e *Error) Unwrap() error { return e.Err }

// Explain says what an operating-system error means for a clerk or the IT
// person, and what to do; an error it does not know is given as it is.
func Explain(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return "磁盘已满（或超出配额），请清理磁盘空间后重试"
	case errors.Is(err, syscall.EROFS):
		return "所在的磁盘是只读的，请换一个可写的输出目录"
	case errors.Is(err, syscall.ENOTDIR):
		return "路径中有一段不是文件夹，请检查输出目录"
	case isSharingViolation(err):
		return "文件正被 Word、WPS 或其他程序打开，请关闭后重试"
	case errors.Is(err, fs.ErrPermission):
		return "没有权限，请检查该文件或文件夹的权限（或以有权限的用户运行）"
	case errors.Is(err, fs.ErrNotExist):
		return "文件或文件夹不存在"
	case errors.Is(err, errIsFolder):
		return err.Error()
	}
	return err.Error()
}
