package pdf

import (
	"bytes"
	"compress/zlib"
	"runtime"
	"testing"
)

// TestCIDSetsShareOneCompressor: every font's CIDSet is compressed by one
// zlib writer, reset between fonts, into what a writer of its own gives;
// after the first, a font's costs kilobytes, not the megabyte of a new
// writer.
func TestCIDSetsShareOneCompressor(t *testing.T) {
	var zw *zlib.Writer
	for k, set := range [][]byte{bytes.Repeat([]byte{0xF0, 0x01}, 3000), {0x80}, bytes.Repeat([]byte{0xFF, 0x00, 0x7E}, 9000)} {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		got := compressed(&zw, set)
		runtime.ReadMemStats(&m1)
		var want bytes.Buffer
		fresh, _ := zlib.NewWriterLevel(&want, zlib.BestCompression)
		fresh.Write(set)
		fresh.Close()
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("set %d: compressed differently from a writer of its own", k)
		}
		if n := m1.TotalAlloc - m0.TotalAlloc; k > 0 && n > 256<<10 {
			t.Errorf("set %d: %d bytes allocated to compress it", k, n)
		}
	}
}
