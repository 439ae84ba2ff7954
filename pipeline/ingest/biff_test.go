package ingest

import (
	"bytes"
	"encoding/binary"
	"math"
	"strings"
	"testing"
	"unicode/utf16"
)

// biffStream builds a workbook stream by hand, record by record, for what
// LibreOffice does not write: strings switching width at a CONTINUE,
// rich and phonetic strings, a formula's text result, a password.
type biffStream struct{ bytes.Buffer }

func (b *biffStream) rec(typ uint16, parts ...[]byte) *biffStream {
	data := bytes.Join(parts, nil)
	binary.Write(&b.Buffer, binary.LittleEndian, [2]uint16{typ, uint16(len(data))})
	b.Write(data)
	return b
}

func u16(v int) []byte { return binary.LittleEndian.AppendUint16(nil, uint16(v)) }
func u32(v int) []byte { return binary.LittleEndian.AppendUint32(nil, uint32(v)) }
func f64(v float64) []byte {
	return binary.LittleEndian.AppendUint64(nil, math.Float64bits(v))
}

// narrow is text as one byte a character; wide as UTF-16.
func narrow(s string) []byte { return []byte(s) }
func wide(s string) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		out = binary.LittleEndian.AppendUint16(out, u)
	}
	return out
}

var bof = append(u16(0x0600), u16(0x0005)...)

// handBook builds globals naming one sheet, whose records follow; sst goes
// into the globals as they are (SST and its CONTINUEs).
func handBook(globals func(*biffStream), sheet func(*biffStream)) []byte {
	var g biffStream
	g.rec(biffBOF, bof)
	globals(&g)
	name := "表1"
	at := g.Len() + 4 + 8 + len(wide(name)) + 4 // after BOUNDSHEET and EOF
	g.rec(biffBoundSheet, u32(at), []byte{0, 0, byte(len([]rune(name))), 1}, wide(name))
	g.rec(biffEOF)
	g.rec(biffBOF, append(u16(0x0600), u16(0x0010)...))
	sheet(&g)
	g.rec(biffEOF)
	return g.Bytes()
}

func cellsOf(t *testing.T, stream []byte) [][]string {
	t.Helper()
	b, err := parseBIFF(stream)
	if err != nil {
		t.Fatal(err)
	}
	src, err := b.sheet("表1")
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	for {
		_, cells, _, ok, err := src.next()
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return rows
		}
		rows = append(rows, cells)
	}
}

// TestSSTAcrossContinue: a string begun one byte a character and
// continued two bytes a character after the boundary, a rich string whose
// runs cross it, a phonetic one, then a plain one.
func TestSSTAcrossContinue(t *testing.T) {
	stream := handBook(func(g *biffStream) {
		g.rec(biffSST, u32(4), u32(4),
			u16(6), []byte{0x00}, narrow("abc")) // "abc" | "中文字"
		g.rec(biffContinue, []byte{0x01}, wide("中文字"),
			u16(2), []byte{0x09}, u16(2), wide("金额"), u32(0x00010000)) // rich: 2 runs, one here
		g.rec(biffContinue, u32(0x00020001), // the second run, no flags byte
			u16(3), []byte{0x04}, u32(5), narrow("xyz"), []byte{1, 2, 3, 4, 5}, // phonetic
			u16(4), []byte{0x00}, narrow("ab"))
		g.rec(biffContinue, []byte{0x00}, narrow("cd"))
	}, func(s *biffStream) {
		for i := 0; i < 4; i++ {
			s.rec(biffLabelSST, u16(0), u16(i), u16(0), u32(i))
		}
	})
	got := cellsOf(t, stream)
	want := []string{"abc中文字", "金额", "xyz", "abcd"}
	if len(got) != 1 || strings.Join(got[0], "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// TestFormulaResults: a text result in its STRING record (itself
// continued), a logical and an error result, and a number.
func TestFormulaResults(t *testing.T) {
	res := func(kind, v byte) []byte { return []byte{kind, 0, v, 0, 0, 0, 0xFF, 0xFF} }
	formula := func(s *biffStream, col int, result []byte) {
		s.rec(biffFormula, u16(0), u16(col), u16(0), result, u16(0), u32(0), u16(0))
	}
	stream := handBook(func(*biffStream) {}, func(s *biffStream) {
		formula(s, 0, res(0, 0))
		s.rec(biffString, u16(4), []byte{0x01}, wide("完成"))
		s.rec(biffContinue, []byte{0x00}, narrow("ok"))
		formula(s, 1, res(1, 1))
		formula(s, 2, res(2, 0x07))
		formula(s, 3, f64(1424.74))
		s.rec(biffRK, u16(0), u16(4), u16(0), u32(12345<<2|0x03)) // 123.45, integer /100
		s.rec(biffMulRK, u16(0), u16(5), u16(0), u32(7<<2|0x02), u16(0), u32(int(math.Float64bits(0.5)>>32)), u16(6))
		s.rec(biffLabel, u16(0), u16(7), u16(0), u16(2), []byte{0x01}, wide("说明"))
		s.rec(biffBoolErr, u16(0), u16(8), u16(0), []byte{0x2A, 1})
	})
	got := cellsOf(t, stream)
	want := "完成ok|1|#DIV/0!|1424.74|123.45|7|0.5|说明|#N/A"
	if len(got) != 1 || strings.Join(got[0], "|") != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// TestBIFFRefusals: a password, Excel 95, a sheet pointing nowhere,
// sheets that overlap, a record past the stream, a string past its record.
func TestBIFFRefusals(t *testing.T) {
	sheetAt := func(at int) []byte {
		var g biffStream
		g.rec(biffBOF, bof)
		for i := 0; i < 3; i++ {
			g.rec(biffBoundSheet, u32(at), []byte{0, 0, 1, 0}, narrow("s"))
		}
		g.rec(biffEOF)
		return g.Bytes()
	}
	// Three sheets at one place, which holds most of the stream.
	overlap := sheetAt(len(sheetAt(0)))
	o := biffStream{}
	o.Write(overlap)
	o.rec(biffBOF, bof)
	for i := 0; i < 100; i++ {
		o.rec(biffNumber, u16(i), u16(0), u16(0), f64(1))
	}
	o.rec(biffEOF)
	overlap = o.Bytes()
	for name, c := range map[string]struct {
		stream []byte
		want   string
	}{
		"password": {handBook(func(g *biffStream) { g.rec(biffFilePass, u16(1)) }, func(*biffStream) {}), "密码"},
		"excel95":  {new(biffStream).rec(biffBOF, u16(0x0500), u16(5)).Bytes(), "Excel 95"},
		"nowhere":  {sheetAt(1 << 20), "无效的位置"},
		"overlap":  {overlap, "重叠"},
		"past":     {handBook(func(*biffStream) {}, func(s *biffStream) { s.Write([]byte{0x03, 0x02, 0xFF, 0x00}) }), "超出了文件"},
		"string": {handBook(func(g *biffStream) { g.rec(biffSST, u32(1), u32(1), u16(50), []byte{0}, narrow("short")) }, func(*biffStream) {}),
			"被截断"},
		"sst index": {handBook(func(*biffStream) {}, func(s *biffStream) { s.rec(biffLabelSST, u16(0), u16(0), u16(0), u32(9)) }), "A1"},
	} {
		_, err := parseBIFF(c.stream)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error saying %s", name, err, c.want)
		}
	}
}

// TestBIFFNumberFormats: a cell's format comes from its XF, through a
// FORMAT record or, without one, the built-in formats, the Chinese
// editions' dates among them; an XF out of range is General.
func TestBIFFNumberFormats(t *testing.T) {
	xf := func(g *biffStream, ifmt int) { g.rec(biffXF, u16(0), u16(ifmt), make([]byte, 16)) }
	stream := handBook(func(g *biffStream) {
		g.rec(biffFormat, u16(200), u16(10), []byte{1}, wide(`0.0"万元"_);`))
		xf(g, 0)
		xf(g, 4)
		xf(g, 31)
		xf(g, 200)
		xf(g, 14)
	}, func(s *biffStream) {
		for i, x := range []int{0, 1, 2, 3, 4, 9} {
			s.rec(biffNumber, u16(0), u16(i), u16(x), f64(45291.5))
		}
	})
	b, err := parseBIFF(stream)
	if err != nil {
		t.Fatal(err)
	}
	src, _ := b.sheet("表1")
	_, cells, formats, _, _ := src.next()
	want := []string{"General", "#,##0.00", "yyyy年m月d日", `0.0"万元"_);`, "yyyy-mm-dd", "General"}
	if strings.Join(formats, "|") != strings.Join(want, "|") || cells[1] != "45291.5" {
		t.Fatalf("formats %q, cells %q; want %q", formats, cells, want)
	}
	if Display(cells[1], formats[1]) != "45,291.50" || !isDateFormat(formats[2]) {
		t.Errorf("shown %q; date %v", Display(cells[1], formats[1]), isDateFormat(formats[2]))
	}
}

// TestChartInsideASheet: an embedded chart's substream, with one nested
// in it, is passed over whole, and the cells after it are read.
func TestChartInsideASheet(t *testing.T) {
	stream := handBook(func(*biffStream) {}, func(s *biffStream) {
		s.rec(biffNumber, u16(0), u16(0), u16(0), f64(1))
		s.rec(biffBOF, u16(0x0600), u16(0x0020))
		s.rec(biffBOF, u16(0x0600), u16(0x0020))
		s.rec(biffNumber, u16(5), u16(0), u16(0), f64(99)) // the chart's, not the sheet's
		s.rec(biffEOF)
		s.rec(biffEOF)
		s.rec(biffNumber, u16(1), u16(0), u16(0), f64(2))
	})
	got := cellsOf(t, stream)
	if len(got) != 2 || got[0][0] != "1" || got[1][0] != "2" {
		t.Fatalf("got %q, want rows 1 and 2", got)
	}
}
