package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// File is one output: its name in the output folder and its bytes.
type File struct {
	Name string
	Data []byte
}

// Write puts files into dir, all or none as far as the file system allows:
// any failure before the renames removes the temporary files and leaves dir
// as it was. The renames themselves are in one folder of one file system, and
// only fail if the folder itself goes away.
func Write(dir string, files []File) error {
	for _, f := range files {
		if f.Name == "" || f.Name != filepath.Base(f.Name) || f.Name == "." || f.Name == ".." {
			return fmt.Errorf("输出文件名 %q 无效：只能是文件名，不能含目录", f.Name)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("创建输出目录 %s 失败：%w", dir, err)
	}
	for _, f := range files {
		if fi, err := os.Lstat(filepath.Join(dir, f.Name)); err == nil && fi.IsDir() {
			return fmt.Errorf("无法写入 %s：同名的文件夹已存在", filepath.Join(dir, f.Name))
		}
	}
	removeStale(dir)
	temps := make([]string, 0, len(files))
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	for _, f := range files {
		tmp, err := writeTemp(dir, f)
		if err != nil {
			cleanup()
			return err
		}
		temps = append(temps, tmp)
	}
	holdForTest(dir)
	for i, f := range files {
		if err := os.Rename(temps[i], filepath.Join(dir, f.Name)); err != nil {
			cleanup()
			return fmt.Errorf("写入 %s 失败：%w", filepath.Join(dir, f.Name), err)
		}
	}
	return nil
}

func writeTemp(dir string, f File) (string, error) {
	t, err := os.CreateTemp(dir, fmt.Sprintf("%s%d-*%s", tempPrefix, os.Getpid(), tempSuffix))
	if err != nil {
		return "", fmt.Errorf("在 %s 中创建临时文件失败：%w", dir, err)
	}
	name := t.Name()
	_, err = t.Write(f.Data)
	if err == nil {
		err = t.Sync()
	}
	if cerr := t.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, 0o644)
	}
	if err != nil {
		os.Remove(name)
		return "", fmt.Errorf("写入 %s 失败：%w", filepath.Join(dir, f.Name), err)
	}
	return name, nil
}

const (
	tempPrefix = ".jixiao-"
	tempSuffix = ".tmp"
)

// removeStale deletes the temporary files of runs that were killed before
// they could clean up: those whose process is gone.
func removeStale(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, tempPrefix) || !strings.HasSuffix(name, tempSuffix) {
			continue
		}
		pidText, _, _ := strings.Cut(strings.TrimPrefix(name, tempPrefix), "-")
		pid, err := strconv.Atoi(pidText)
		if err != nil || pid == os.Getpid() || !processAlive(pid) {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// holdForTest lets a test kill the process between writing the temporary
// files and renaming them: with JIXIAO_TEST_HOLD set to a path, Write
// creates that file and waits.
func holdForTest(dir string) {
	signal := os.Getenv("JIXIAO_TEST_HOLD")
	if signal == "" {
		return
	}
	os.WriteFile(signal, []byte(dir), 0o644)
	time.Sleep(time.Minute)
}
