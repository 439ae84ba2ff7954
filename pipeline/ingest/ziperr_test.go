package ingest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/opc/opctest"
)

// english are words of archive/zip, compress/flate, io and os that must
// never reach the clerk.
var english = []string{"zip:", "flate", "EOF", "checksum", "corrupt", "invalid", "unexpected", "not a valid", "no such file"}

func chineseOnly(t *testing.T, label, msg string) {
	t.Helper()
	for _, w := range english {
		if strings.Contains(msg, w) {
			t.Errorf("%s: %q speaks English (%s)", label, msg, w)
		}
	}
}

func deflated(b []byte) []byte {
	var buf bytes.Buffer
	fw, _ := flate.NewWriter(&buf, flate.DefaultCompression)
	fw.Write(b)
	fw.Close()
	return buf.Bytes()
}

// TestDamagedPackagesAreErrorsInChinese: every way a package can be
// damaged is an error naming the part, in Chinese, never a shorter sheet.
func TestDamagedPackagesAreErrorsInChinese(t *testing.T) {
	good := corpusBook(t, writers[0])
	sheet := "xl/worksheets/sheet1.xml"
	var plain []byte
	zr, _ := zip.NewReader(bytes.NewReader(good), int64(len(good)))
	for _, f := range zr.File {
		if f.Name == sheet {
			rc, _ := f.Open()
			var b bytes.Buffer
			b.ReadFrom(rc)
			plain = b.Bytes()
		}
	}
	cases := map[string]struct {
		data []byte
		want string
	}{
		"checksum": {opctest.Rewrap(t, good, func(name string, h *zip.FileHeader, raw []byte) []byte {
			if name == sheet {
				h.CRC32 ^= 1
			}
			return raw
		}), "校验和不符"},
		"truncated stream": {opctest.Rewrap(t, good, func(name string, h *zip.FileHeader, raw []byte) []byte {
			if name == sheet {
				raw = deflated(plain)[:len(deflated(plain))/2]
				h.CompressedSize64 = uint64(len(raw))
			}
			return raw
		}), "数据不完整"},
		"short data": {opctest.Rewrap(t, good, func(name string, h *zip.FileHeader, raw []byte) []byte {
			if name == sheet {
				cut := plain[:len(plain)/2]
				raw = deflated(cut)
				h.CompressedSize64, h.CRC32 = uint64(len(raw)), crc32.ChecksumIEEE(cut)
			}
			return raw
		}), "数据不完整"},
		"corrupt deflate": {opctest.Rewrap(t, good, func(name string, h *zip.FileHeader, raw []byte) []byte {
			if name == sheet {
				raw = append([]byte{0xFF, 0xFF, 0xFF}, raw...) // a reserved block type
				h.CompressedSize64 = uint64(len(raw))
			}
			return raw
		}), "压缩数据已损坏"},
		"duplicate part": {opctest.Rewrap(t, good, func(name string, h *zip.FileHeader, raw []byte) []byte {
			if name == "xl/worksheets/sheet2.xml" {
				h.Name = strings.ToUpper(sheet[:3]) + sheet[3:]
			}
			return raw
		}), "出现了不止一次"},
		"cut file":  {good[:len(good)-40], "请保存完成后重试"},
		"not a zip": {[]byte("项目名称,金额\n甲,1\n"), "不是有效的 .xlsx 文件"},
	}
	for name, c := range cases {
		_, err := readAll(c.data)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", name, err, c.want)
			continue
		}
		chineseOnly(t, name, err.Error())
		// Through Read, the problem names the file (and the sheet).
		path := filepath.Join(t.TempDir(), "damaged.xlsx")
		os.WriteFile(path, c.data, 0o644)
		_, ps := Read(path, definition.Default(), Options{Sheets: map[string]string{"重点绩效评价结果": "Sheet1"}})
		if ps.Err() == nil {
			t.Errorf("%s: Read found nothing wrong", name)
		}
		for _, p := range ps.Sorted() {
			chineseOnly(t, name, p.Message)
		}
	}
}

// TestFlippedBytesNeverShortenASheet flips single bytes inside the
// sample's largest sheet's compressed data: each flip is an error, or the
// sheet reads exactly as before.
func TestFlippedBytesNeverShortenASheet(t *testing.T) {
	data, err := os.ReadFile("../../data/qinyuan-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	want, err := readAll(data)
	if err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	var target *zip.File
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/worksheets/") && (target == nil || f.CompressedSize64 > target.CompressedSize64) {
			target = f
		}
	}
	start, _ := target.DataOffset()
	size := int64(target.CompressedSize64)
	errs := 0
	for _, at := range []int64{0, 1, size / 7, size / 3, size / 2, 2 * size / 3, size - 9, size - 2, size - 1} {
		for _, mask := range []byte{0x01, 0x80, 0xFF} {
			flipped := bytes.Clone(data)
			flipped[start+at] ^= mask
			got, err := readAll(flipped)
			if err != nil {
				errs++
				chineseOnly(t, target.Name, err.Error())
				continue
			}
			for name, cells := range want.cells {
				if len(got.cells[name]) != len(cells) {
					t.Errorf("byte %d^%#x of %s: %s read %d cells without an error, %d before", at, mask, target.Name, name, len(got.cells[name]), len(cells))
				}
			}
		}
	}
	if errs == 0 {
		t.Error("no flipped byte was noticed")
	}
}
