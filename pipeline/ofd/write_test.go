package ofd

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"strings"
	"testing"
)

// The font subsets, most of a package's bytes, are deflated by Huffman
// coding alone (their outlines barely repeat), the XML parts at flate's
// fastest level; every part unpacks to what was written, its CRC right.
func TestFontsArePackedByHuffmanCodingAlone(t *testing.T) {
	for seed := range uint64(3) {
		raw, _ := build(t, seed)
		_, files := parts(t, raw) // reads every part to its end, checking its CRC
		zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
		if err != nil {
			t.Fatal(err)
		}
		fonts := 0
		for _, f := range zr.File {
			if f.Method != zip.Deflate {
				t.Errorf("%s is stored with method %d, not deflated", f.Name, f.Method)
			}
			level := flate.BestSpeed
			if strings.HasSuffix(f.Name, ".ttf") {
				level = flate.HuffmanOnly
				fonts++
			}
			if want := deflated(t, files[f.Name], level); f.CompressedSize64 != uint64(want) {
				t.Errorf("seed %d: %s is %d bytes packed, %d at flate level %d", seed, f.Name, f.CompressedSize64, want, level)
			}
		}
		if fonts == 0 {
			t.Fatalf("seed %d: no font in the package", seed)
		}
	}
}

func deflated(t *testing.T, data []byte, level int) int {
	var buf bytes.Buffer
	fw, err := flate.NewWriter(&buf, level)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(data)
	fw.Close()
	return buf.Len()
}
