package ingest

import (
	"os"
	"testing"
)

// biffSeeds are workbook streams: a small one as LibreOffice writes it,
// and streams made by hand. The large fixtures slow the fuzzing engine
// down to a few inputs a minute, so they are not seeds.
func biffSeeds(f *testing.F) [][]byte {
	var out [][]byte
	for _, name := range []string{"small.xls"} {
		data, err := os.ReadFile("testdata/xls/" + name)
		if err != nil {
			f.Fatal(err)
		}
		stream, err := workbookStream(data)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, stream)
	}
	out = append(out, handBook(func(g *biffStream) {
		g.rec(biffSST, u32(2), u32(2), u16(4), []byte{0}, narrow("ab"))
		g.rec(biffContinue, []byte{1}, wide("中文"), u16(1), []byte{0x0C}, u16(1), u32(2), narrow("x"), u32(0), []byte{9, 9})
	}, func(s *biffStream) {
		s.rec(biffLabelSST, u16(0), u16(0), u16(0), u32(1))
		s.rec(biffMulRK, u16(1), u16(2), u16(0), u32(7<<2|2), u16(0), u32(9<<2|3), u16(3))
		s.rec(biffFormula, u16(2), u16(0), u16(0), []byte{0, 0, 0, 0, 0, 0, 0xFF, 0xFF}, u16(0), u32(0), u16(0))
		s.rec(biffString, u16(2), []byte{1}, wide("文本"))
		s.rec(biffMergedCells, u16(1), u16(0), u16(1), u16(0), u16(3))
	}))
	return out
}

// FuzzBIFF reads crafted workbook streams: never a panic, and never more
// cells or merges than the stream has bytes to hold them.
func FuzzBIFF(f *testing.F) {
	for _, s := range biffSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, stream []byte) {
		b, err := parseBIFF(stream)
		if err != nil {
			return
		}
		total := 0
		for _, name := range b.sheetNames() {
			src, err := b.sheet(name)
			if err != nil {
				t.Fatal(err)
			}
			for {
				_, cells, _, ok, err := src.next()
				if err != nil || !ok {
					break
				}
				for _, c := range cells {
					if c != "" {
						total++
					}
				}
			}
			total += len(src.merges())
		}
		if total > len(stream) {
			t.Fatalf("%d cells and merges from %d bytes", total, len(stream))
		}
	})
}

// FuzzXLSFile reads crafted compound documents whole, container and all.
func FuzzXLSFile(f *testing.F) {
	data, err := os.ReadFile("testdata/xls/small.xls")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		if b, err := openBIFF(data); err == nil {
			for _, name := range b.sheetNames() {
				src, _ := b.sheet(name)
				rawSheet(name, src, 1<<20)
			}
		}
	})
}
