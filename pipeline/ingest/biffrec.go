package ingest

import (
	"encoding/binary"
	"unicode/utf16"
)

// A BIFF8 stream is a run of records: a type, a length of at most 8224
// bytes, the data. A record too long for that goes on in CONTINUE records
// (biffContinue) that follow it directly.
const (
	biffBOF         = 0x0809
	biffEOF         = 0x000A
	biffContinue    = 0x003C
	biffFilePass    = 0x002F
	biffDateMode    = 0x0022
	biffFormat      = 0x041E
	biffXF          = 0x00E0
	biffBoundSheet  = 0x0085
	biffSST         = 0x00FC
	biffNumber      = 0x0203
	biffRK          = 0x027E
	biffMulRK       = 0x00BD
	biffLabelSST    = 0x00FD
	biffLabel       = 0x0204
	biffBoolErr     = 0x0205
	biffFormula     = 0x0006
	biffString      = 0x0207
	biffMergedCells = 0x00E5
	biffRow         = 0x0208
	biffColInfo     = 0x007D
	biffFilterMode  = 0x009B
	maxRecordLen    = 8224
)

// record is one record with the data of its CONTINUE records, each kept
// apart: a string cut at a CONTINUE boundary says again there whether its
// characters are one byte or two.
type record struct {
	typ  uint16
	segs [][]byte
	end  int // offset in the stream after the record and its CONTINUEs
}

func (r *record) data() []byte { return r.segs[0] }

// readRecord reads the record at off; a length past the stream or above
// the format's bound is an error, never a read past the end.
func readRecord(stream []byte, off int) (record, error) {
	typ, data, next, err := rawRecord(stream, off)
	if err != nil {
		return record{}, err
	}
	rec := record{typ: typ, segs: [][]byte{data}, end: next}
	for rec.end+4 <= len(stream) && binary.LittleEndian.Uint16(stream[rec.end:]) == biffContinue {
		_, more, next, err := rawRecord(stream, rec.end)
		if err != nil {
			return record{}, err
		}
		rec.segs = append(rec.segs, more)
		rec.end = next
	}
	return rec, nil
}

func rawRecord(stream []byte, off int) (uint16, []byte, int, error) {
	if off < 0 || off+4 > len(stream) {
		return 0, nil, 0, failf("记录在位置 %d 处被截断，文件可能已损坏", off)
	}
	typ := binary.LittleEndian.Uint16(stream[off:])
	n := int(binary.LittleEndian.Uint16(stream[off+2:]))
	if n > maxRecordLen || off+4+n > len(stream) {
		return 0, nil, 0, failf("记录（类型 0x%04X）在位置 %d 处的长度 %d 超出了文件，文件可能已损坏", typ, off, n)
	}
	return typ, stream[off+4 : off+4+n], off + 4 + n, nil
}

// segReader reads across a record's CONTINUE segments.
type segReader struct {
	segs [][]byte
	i    int // current segment
	pos  int // in it
	err  bool
}

func (s *segReader) avail() int {
	if s.i >= len(s.segs) {
		return 0
	}
	return len(s.segs[s.i]) - s.pos
}

// advance moves to the next segment when the current one is used up.
func (s *segReader) advance() bool {
	for s.avail() == 0 {
		if s.i+1 >= len(s.segs) {
			return false
		}
		s.i, s.pos = s.i+1, 0
	}
	return true
}

// bytes reads n bytes, crossing segment boundaries as the parts of a
// string other than its characters (runs, phonetic data) do.
func (s *segReader) bytes(n int) []byte {
	if s.err || n < 0 {
		s.err = true
		return nil
	}
	out := make([]byte, 0, min(n, 1<<16))
	for len(out) < n {
		if !s.advance() {
			s.err = true
			return nil
		}
		k := min(n-len(out), s.avail())
		out = append(out, s.segs[s.i][s.pos:s.pos+k]...)
		s.pos += k
	}
	return out
}

func (s *segReader) skip(n int) {
	for n > 0 && !s.err {
		if !s.advance() {
			s.err = true
			return
		}
		k := min(n, s.avail())
		s.pos += k
		n -= k
	}
}

func (s *segReader) u8() int {
	b := s.bytes(1)
	if b == nil {
		return 0
	}
	return int(b[0])
}

func (s *segReader) u16() int {
	b := s.bytes(2)
	if b == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint16(b))
}

func (s *segReader) u32() int {
	b := s.bytes(4)
	if b == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint32(b))
}

// str reads an XLUnicodeRichExtendedString (or, with rich false, an
// XLUnicodeString) whose character count was read already: a flags byte,
// the run and phonetic counts, the characters, then the runs and the
// phonetic extension, which are skipped. Where the characters cross into
// the next segment, that segment starts with a flags byte of its own that
// says whether the rest are one byte or two.
func (s *segReader) str(cch int, rich bool) string {
	flags := s.u8()
	runs, ext := 0, 0
	if rich && flags&0x08 != 0 {
		runs = s.u16()
	}
	if rich && flags&0x04 != 0 {
		ext = s.u32()
	}
	wide := flags&0x01 != 0
	units := make([]uint16, 0, min(cch, 1<<12))
	for len(units) < cch && !s.err {
		if s.avail() == 0 {
			if !s.advance() {
				s.err = true
				break
			}
			wide = s.u8()&0x01 != 0
			continue
		}
		seg := s.segs[s.i]
		if wide {
			k := min(cch-len(units), s.avail()/2)
			if k == 0 {
				s.err = true // half a character before the boundary
				break
			}
			for j := 0; j < k; j++ {
				units = append(units, binary.LittleEndian.Uint16(seg[s.pos+2*j:]))
			}
			s.pos += 2 * k
		} else {
			k := min(cch-len(units), s.avail())
			for j := 0; j < k; j++ {
				units = append(units, uint16(seg[s.pos+j]))
			}
			s.pos += k
		}
	}
	s.skip(4 * runs)
	s.skip(ext)
	return string(utf16.Decode(units))
}
