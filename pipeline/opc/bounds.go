package opc

import (
	"archive/zip"
	"bytes"
	"fmt"
)

// What a template package may unpack to. A real template is a few hundred
// kilobytes; the sample's is 60 KB. The limits leave room for pictures
// while keeping a crafted package (a part that inflates a thousandfold, a
// hundred thousand empty entries) from taking the machine's memory before
// anything has been checked. archive/zip refuses a part that inflates past
// the size its directory declares, so the declared sizes bound the work.
const (
	MaxParts     = 10000
	MaxPartBytes = 64 << 20  // one part unpacked
	MaxBytes     = 256 << 20 // every part unpacked
)

// LimitError is a package over one of the limits; its message is for the
// clerk.
type LimitError struct{ Msg string }

func (e *LimitError) Error() string { return e.Msg }

// checkBounds refuses a package whose directory declares more than the
// limits allow.
func checkBounds(files []*zip.File) error {
	if len(files) > MaxParts {
		return &LimitError{fmt.Sprintf("文件中有 %d 个部件，超过 %d 个（Office 和 WPS 保存的文件不会这样多），文件可能已损坏或是恶意构造的；请用 Office 或 WPS 打开后另存为新文件", len(files), MaxParts)}
	}
	var total uint64
	for _, f := range files {
		if f.UncompressedSize64 > MaxPartBytes {
			return &LimitError{fmt.Sprintf("部件 %s 解压后有 %d MB，超过 %d MB，文件可能已损坏或是恶意构造的；请用 Office 或 WPS 打开后另存为新文件（图片请压缩后插入）", f.Name, f.UncompressedSize64>>20, MaxPartBytes>>20)}
		}
		total += f.UncompressedSize64
	}
	if total > MaxBytes {
		return &LimitError{fmt.Sprintf("文件解压后共有 %d MB，超过 %d MB，文件可能已损坏或是恶意构造的；请用 Office 或 WPS 打开后另存为新文件（图片请压缩后插入）", total>>20, MaxBytes>>20)}
	}
	return nil
}

// CheckBounds refuses the package pkg when its directory declares more
// than the limits allow; a package that is not a zip at all is left to
// the reader that knows what the file should be.
func CheckBounds(pkg []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return nil
	}
	return checkBounds(zr.File)
}
