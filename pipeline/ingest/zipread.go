package ingest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// errNotWorkbook is any package that is not a workbook we can read.
var errNotWorkbook = errors.New("不是有效的 .xlsx 文件（文件可能已损坏，或扩展名与内容不符）")

// errIncomplete is a zip whose directory, at its end, does not parse
// although it begins as one: most often a file read while Excel or WPS
// was still writing it.
var errIncomplete = errors.New("不是有效的 .xlsx 文件（文件可能已损坏，也可能正在保存，请保存完成后重试）")

// openZip opens a workbook's bytes as a zip and indexes its parts. Part
// names are compared without case, as OPC says; a part that appears twice
// makes the package ambiguous (which one Excel would read is unknown), so
// it is refused.
func openZip(data []byte, limit int64) (map[string]*zip.File, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
			return nil, errIncomplete
		}
		return nil, errNotWorkbook
	}
	parts := make(map[string]*zip.File, len(zr.File))
	var total uint64
	for _, f := range zr.File {
		key := strings.ToLower(f.Name)
		if _, dup := parts[key]; dup {
			return nil, fmt.Errorf("压缩包中部件 %s 出现了不止一次，文件已损坏，请在 Excel 或 WPS 中重新保存后再试", f.Name)
		}
		parts[key] = f
		total += f.UncompressedSize64
	}
	if total > uint64(limit) {
		return nil, fmt.Errorf("工作簿解压后超过 %d MB，可能已损坏或不是正常的报表文件", limit>>20)
	}
	return parts, nil
}

// readPart unpacks a whole part of at most max bytes.
func readPart(f *zip.File, max int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(max) {
		return nil, fmt.Errorf("部件 %s 解压后超过 %d MB，超出了可以读取的大小", f.Name, max>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, partError(f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return nil, partError(f.Name, err)
	}
	return b, nil
}

// partError says in Chinese why a part could not be read: archive/zip,
// compress/flate and encoding/xml speak English.
func partError(part string, err error) error {
	var corrupt flate.CorruptInputError
	var syntax *xml.SyntaxError
	var reason string
	switch {
	case errors.Is(err, zip.ErrChecksum):
		reason = "校验和不符，数据已损坏"
	case errors.Is(err, io.ErrUnexpectedEOF):
		reason = "数据不完整，文件可能未保存完整或正在保存"
	case errors.As(err, &corrupt):
		reason = "压缩数据已损坏"
	case errors.Is(err, zip.ErrAlgorithm):
		reason = "使用了不支持的压缩方式"
	case errors.Is(err, zip.ErrFormat):
		reason = "压缩格式错误"
	case errors.As(err, &syntax):
		reason = fmt.Sprintf("不是有效的 XML（第 %d 行附近格式错误）", syntax.Line)
	default:
		var chinese chineseError
		var located cellError
		if errors.As(err, &chinese) || errors.As(err, &located) {
			return err
		}
		reason = "读取失败"
	}
	return chineseError{fmt.Sprintf("部件 %s %s。请在 Excel 或 WPS 中重新保存后再试", part, reason)}
}

// chineseError is an error whose text is already for the clerk.
type chineseError struct{ msg string }

func (e chineseError) Error() string { return e.msg }

func failf(format string, args ...any) error { return chineseError{fmt.Sprintf(format, args...)} }
