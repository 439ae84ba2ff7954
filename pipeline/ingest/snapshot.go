package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// MaxInputBytes bounds the input a build reads into memory: a workbook,
// or all the CSV files of a folder together.
const MaxInputBytes = 256 << 20

// Snapshot is a build's input read once, as bytes: everything the build
// reads, checks, marks up and records in its manifest comes from these
// bytes, so that a file saved while the build runs gives either the
// version read or an error, never a mix.
type Snapshot struct {
	// Path is the workbook or the folder.
	Path string
	// Dir says the input is a folder of CSV files.
	Dir bool
	// Files are the workbook, or the folder's CSV files by name.
	Files []SnapshotFile
}

// SnapshotFile is one file as read: its bytes, and its size, time and
// hash as they were when read.
type SnapshotFile struct {
	Name    string
	Data    []byte
	Size    int64
	ModTime int64 // nanoseconds
	SHA256  string
}

// Load reads the input at path once: a workbook (.xlsx, .xls, .et) or a
// CSV file, or every CSV file of a folder.
func Load(path string) (*Snapshot, error) {
	fi, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, errors.New("文件不存在，请检查任务文件中的 input 路径")
		}
		return nil, fmt.Errorf("无法打开：%s", osReason(err))
	}
	s := &Snapshot{Path: path, Dir: fi.IsDir()}
	if !s.Dir {
		f, err := readStable(path, MaxInputBytes)
		if err != nil {
			return nil, err
		}
		s.Files = []SnapshotFile{f}
		return s, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取文件夹：%s", osReason(err))
	}
	budget := int64(MaxInputBytes)
	for _, e := range entries {
		if !strings.EqualFold(filepath.Ext(e.Name()), ".csv") || isLockFile(e.Name()) {
			continue
		}
		f, err := readStable(filepath.Join(path, e.Name()), budget)
		if err != nil {
			return nil, fmt.Errorf("%s：%w", e.Name(), err)
		}
		budget -= f.Size
		s.Files = append(s.Files, f)
	}
	return s, nil
}

// IsCSV says the input is CSV: a folder of files, or one file.
func (s *Snapshot) IsCSV() bool {
	return s.Dir || strings.EqualFold(filepath.Ext(s.Path), ".csv")
}

// Workbook is the workbook's file, nil for CSV.
func (s *Snapshot) Workbook() *SnapshotFile {
	if s.IsCSV() || len(s.Files) == 0 {
		return nil
	}
	return &s.Files[0]
}

// Name is the input's file or folder name, as problems name it.
func (s *Snapshot) Name() string { return filepath.Base(s.Path) }

// file returns a folder's file by name.
func (s *Snapshot) file(name string) (*SnapshotFile, bool) {
	i := slices.IndexFunc(s.Files, func(f SnapshotFile) bool { return f.Name == name })
	if i < 0 {
		return nil, false
	}
	return &s.Files[i], true
}

// readStable reads a file whole and makes sure it did not change while
// it was read: its size and time before and after, and the bytes read,
// must agree. A file being saved is refused, never read half old and half
// new.
func readStable(path string, max int64) (SnapshotFile, error) {
	name := filepath.Base(path)
	before, err := os.Stat(path)
	if err != nil {
		return SnapshotFile{}, fmt.Errorf("无法打开：%s", osReason(err))
	}
	if before.Size() > max {
		return SnapshotFile{}, fmt.Errorf("文件超过 %d MB，超出了可以读取的大小", MaxInputBytes>>20)
	}
	fh, err := os.Open(path)
	if err != nil {
		return SnapshotFile{}, fmt.Errorf("无法打开：%s", osReason(err))
	}
	data, err := io.ReadAll(io.LimitReader(fh, max+1))
	fh.Close()
	if err != nil {
		return SnapshotFile{}, fmt.Errorf("读取失败：%s", osReason(err))
	}
	after, err := os.Stat(path)
	if err != nil || !unchanged(before, after, len(data)) {
		return SnapshotFile{}, errors.New("文件在读取时被修改（可能正在保存），请保存完成后重试")
	}
	sum := sha256.Sum256(data)
	return SnapshotFile{Name: name, Data: data, Size: before.Size(), ModTime: before.ModTime().UnixNano(), SHA256: hex.EncodeToString(sum[:])}, nil
}

// unchanged says a file read as n bytes kept its size and time from
// before the reading to after it.
func unchanged(before, after os.FileInfo, n int) bool {
	return int64(n) == before.Size() && after.Size() == before.Size() && after.ModTime().Equal(before.ModTime())
}

// osReason says in Chinese what an error of the operating system means.
func osReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "文件不存在"
	case errors.Is(err, fs.ErrPermission):
		return "没有读取权限（文件可能正被其他程序独占打开）"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "is a directory") {
		return "这是一个文件夹"
	}
	return "系统错误，文件可能正被其他程序占用"
}

// sniffWorkbook refuses, for the marked-up copy, what excelize cannot
// write back: a compound document (.xls, .et, an encrypted .xlsx).
func sniffWorkbook(name string, data []byte) error {
	if isCompound(data) {
		return fmt.Errorf("%s 是旧版 .xls/.et 格式或已加密，无法生成标注副本；如需标注，请在 Excel 或 WPS 中“另存为” .xlsx", name)
	}
	return nil
}
