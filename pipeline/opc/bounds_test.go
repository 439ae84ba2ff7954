package opc

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// bomb is a package with one part of n zero bytes, declared as declared
// bytes long (n when declared is 0).
func bomb(t *testing.T, n, declared int) []byte {
	t.Helper()
	var packed bytes.Buffer
	fw, _ := flate.NewWriter(&packed, flate.BestCompression)
	zeros := make([]byte, 1<<20)
	for left := n; left > 0; left -= len(zeros) {
		fw.Write(zeros[:min(left, len(zeros))])
	}
	fw.Close()
	if declared == 0 {
		declared = n
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CompressedSize64: uint64(packed.Len()), UncompressedSize64: uint64(declared)})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(packed.Bytes())
	zw.Close()
	return buf.Bytes()
}

func TestBoundsRefuseWhatNoTemplateHolds(t *testing.T) {
	var many bytes.Buffer
	zw := zip.NewWriter(&many)
	for i := 0; i <= MaxParts; i++ {
		zw.Create(fmt.Sprintf("p/%d.xml", i))
	}
	zw.Close()
	for name, pkg := range map[string][]byte{
		"part of 65 MB":    bomb(t, 65<<20, 0),
		"10,001 parts":     many.Bytes(),
		"300 MB in a part": bomb(t, 1<<20, 300<<20),
	} {
		err := CheckBounds(pkg)
		var limit *LimitError
		if !errors.As(err, &limit) || !strings.Contains(limit.Msg, "超过") {
			t.Errorf("%s (%d KB): %v", name, len(pkg)>>10, err)
		}
		if _, err := Inspect(pkg); !errors.As(err, &limit) {
			t.Errorf("%s: Inspect did not refuse it: %v", name, err)
		}
	}
	if err := CheckBounds(bomb(t, 1<<20, 0)); err != nil {
		t.Errorf("a part of 1 MB: %v", err)
	}
	if err := CheckBounds([]byte("not a zip")); err != nil {
		t.Errorf("not a zip is left to its reader: %v", err)
	}
}

// TestAPartLyingAboutItsSizeIsNotRead: a part whose directory says 1 KB
// but which inflates to 50 MB is read no further than its declared size.
func TestAPartLyingAboutItsSizeIsNotRead(t *testing.T) {
	pkg := bomb(t, 50<<20, 1024)
	if err := CheckBounds(pkg); err != nil {
		t.Fatalf("the declared size is within bounds: %v", err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	rc, _ := zr.File[0].Open()
	defer rc.Close()
	var got bytes.Buffer
	_, err := got.ReadFrom(rc)
	if err == nil || got.Len() > 64<<10 {
		t.Errorf("read %d bytes of a part declared as 1 KB, error %v", got.Len(), err)
	}
}
