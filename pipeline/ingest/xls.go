package ingest

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/richardlehane/mscfb"
)

// biffBook is a legacy .xls (BIFF8) workbook, or a WPS .et, which is the
// same format under another name, read whole from its bytes: its sheets,
// their cells already decoded, and their merges.
type biffBook struct {
	sheets []*biffSheet
}

type biffSheet struct {
	name   string
	hidden bool
	offset int // of its BOF in the stream
	cells  []biffCell
	spans  []span
	// hiddenRows and hiddenCols are the rows (ROW) and columns (COLINFO)
	// the clerk hid, 1-based.
	hiddenRows map[int]bool
	hiddenCols []int
	// filtered says its autofilter hides rows (FILTERMODE).
	filtered bool
}

type biffCell struct {
	row, col  int // 1-based
	text, fmt string
}

// biffGlobals is what the workbook's first substream says about every
// sheet: number formats, cell styles, shared strings, the date system.
type biffGlobals struct {
	formats  map[int]string
	xfs      []int // number format index, by XF index
	sst      []string
	date1904 bool
}

// maxSSTStrings bounds the strings a shared string table may claim; the
// strings read are bounded by the stream anyway.
const maxSSTStrings = 1 << 24

var errEncryptedXLS = errors.New("文件设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿）后保存，再试")

// openBIFF reads a compound document holding a BIFF8 workbook.
func openBIFF(data []byte) (*biffBook, error) {
	stream, err := workbookStream(data)
	if err != nil {
		return nil, err
	}
	return parseBIFF(stream)
}

// parseBIFF reads a workbook stream: the globals up to their EOF, then
// each worksheet from where its BOUNDSHEET record says it starts.
func parseBIFF(stream []byte) (*biffBook, error) {
	g := &biffGlobals{formats: map[int]string{}}
	var sheets []*biffSheet
	off := 0
	for first := true; off < len(stream); first = false {
		rec, err := readRecord(stream, off)
		if err != nil {
			return nil, err
		}
		off = rec.end
		d := rec.data()
		if first {
			if rec.typ != biffBOF || len(d) < 4 {
				return nil, errors.New("不是有效的 .xls 文件（工作簿流不以 BOF 记录开始），文件可能已损坏")
			}
			if v := binary.LittleEndian.Uint16(d); v != 0x0600 {
				return nil, errors.New("这是 Excel 95 或更早版本的 .xls 文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再试")
			}
			continue
		}
		switch rec.typ {
		case biffFilePass:
			return nil, errEncryptedXLS
		case biffDateMode:
			g.date1904 = len(d) >= 2 && d[0] == 1
		case biffFormat:
			if len(d) >= 5 {
				s := segReader{segs: rec.segs, pos: 4}
				code := s.str(int(binary.LittleEndian.Uint16(d[2:])), false)
				g.formats[int(binary.LittleEndian.Uint16(d))] = code
			}
		case biffXF:
			if len(d) >= 4 {
				g.xfs = append(g.xfs, int(binary.LittleEndian.Uint16(d[2:])))
			}
		case biffBoundSheet:
			if len(d) >= 8 && d[5] == 0 { // a worksheet; chart and macro sheets hold no table
				s := segReader{segs: rec.segs, pos: 7}
				name := s.str(int(d[6]), false)
				if s.err {
					return nil, failf("工作表名称记录已损坏，文件可能已损坏")
				}
				// hsState, the low bits of the byte before the type: 1
				// hidden, 2 very hidden.
				sheets = append(sheets, &biffSheet{name: name, offset: int(binary.LittleEndian.Uint32(d)), hidden: d[4]&3 != 0})
			}
		case biffSST:
			sst, err := readSST(rec)
			if err != nil {
				return nil, err
			}
			g.sst = sst
		}
		if rec.typ == biffEOF {
			break
		}
	}
	// Sheets written by Excel lie apart; a crafted file whose sheets
	// overlap is read up to the length of its stream, not once per sheet.
	budget := len(stream)
	for _, sh := range sheets {
		if err := sh.read(stream, g, &budget); err != nil {
			return nil, failf("工作表“%s”：%s", sh.name, err.Error())
		}
	}
	return &biffBook{sheets: sheets}, nil
}

// workbookStream finds the workbook stream of a compound document. An
// encrypted .xlsx is a compound document too, holding EncryptionInfo.
func workbookStream(data []byte) ([]byte, error) {
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, errors.New("不是有效的 .xls 文件（复合文档结构无法解析），文件可能已损坏或扩展名与内容不符")
	}
	var found, encrypted bool
	var stream []byte
	for f, err := r.Next(); err == nil; f, err = r.Next() {
		switch f.Name {
		case "Workbook", "Book":
			if found {
				continue
			}
			found = true
			if f.Name == "Book" {
				return nil, errors.New("这是 Excel 95 或更早版本的 .xls 文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再试")
			}
			// A stream is never longer than the file holding it; a sector
			// chain that loops would otherwise read on and on.
			if f.Size > int64(len(data)) {
				return nil, errors.New("不是有效的 .xls 文件（工作簿流的长度超出了文件），文件可能已损坏")
			}
			if stream, err = io.ReadAll(io.LimitReader(f, int64(len(data)))); err != nil {
				return nil, errors.New("不是有效的 .xls 文件（工作簿流读取失败），文件可能已损坏")
			}
		case "EncryptionInfo", "EncryptedPackage":
			encrypted = true
		}
	}
	switch {
	case encrypted && !found:
		return nil, errEncryptedXLS
	case !found:
		return nil, errors.New("这个复合文档中没有工作簿（可能是 Word 或其他 Office 文件），请检查任务文件中的 input")
	}
	return stream, nil
}

// readSST reads the shared string table: its strings may run on into
// CONTINUE records, each cut anywhere in a string's characters.
func readSST(rec record) ([]string, error) {
	s := segReader{segs: rec.segs}
	s.skip(4)
	n := s.u32()
	if s.err || n < 0 || n > maxSSTStrings {
		return nil, failf("共享字符串表已损坏，文件可能已损坏")
	}
	out := make([]string, 0, min(n, len(rec.segs[0])))
	for len(out) < n {
		cch := s.u16()
		str := s.str(cch, true)
		if s.err {
			return nil, failf("共享字符串表在第 %d 个字符串处被截断，文件可能已损坏", len(out)+1)
		}
		out = append(out, str)
	}
	return out, nil
}

// read decodes a sheet's substream, from its BOF to its EOF.
func (sh *biffSheet) read(stream []byte, g *biffGlobals, budget *int) error {
	rec, err := readRecord(stream, sh.offset)
	if err != nil || rec.typ != biffBOF {
		return errors.New("工作表的位置记录指向了无效的位置，文件可能已损坏")
	}
	var pending *biffCell // a formula whose string result follows in STRING
	for off := rec.end; ; {
		rec, err := readRecord(stream, off)
		if err != nil {
			return err
		}
		if *budget -= rec.end - off; *budget < 0 {
			return errors.New("工作表的记录相互重叠，文件可能已损坏")
		}
		off = rec.end
		d := rec.data()
		switch rec.typ {
		case biffEOF:
			sh.sort()
			return nil
		case biffBOF:
			// An embedded chart's substream, passed over to its own EOF,
			// counting any substream nested in it.
			for depth := 1; depth > 0; {
				if rec, err = readRecord(stream, off); err != nil {
					return err
				}
				if *budget -= rec.end - off; *budget < 0 {
					return errors.New("工作表的记录相互重叠，文件可能已损坏")
				}
				off = rec.end
				switch rec.typ {
				case biffBOF:
					depth++
				case biffEOF:
					depth--
				}
			}
		case biffNumber:
			if len(d) >= 14 {
				sh.number(g, d, math.Float64frombits(binary.LittleEndian.Uint64(d[6:])))
			}
		case biffRK:
			if len(d) >= 10 {
				sh.number(g, d, rkValue(binary.LittleEndian.Uint32(d[6:])))
			}
		case biffMulRK:
			sh.mulRK(g, d)
		case biffLabelSST:
			if len(d) >= 10 {
				i := int(binary.LittleEndian.Uint32(d[6:]))
				if i >= len(g.sst) {
					return failf("单元格 %s 引用的共享字符串 %d 不存在，文件可能已损坏", cellName(d), i)
				}
				sh.add(d, g.sst[i], textFormat)
			}
		case biffLabel:
			if len(d) >= 9 {
				s := segReader{segs: rec.segs, pos: 8}
				sh.add(d, s.str(int(binary.LittleEndian.Uint16(d[6:])), false), textFormat)
			}
		case biffBoolErr:
			if len(d) >= 8 {
				sh.boolErr(d, d[6], d[7] != 0)
			}
		case biffFormula:
			pending = sh.formula(g, d)
		case biffString:
			if pending != nil && len(d) >= 3 {
				s := segReader{segs: rec.segs, pos: 2}
				pending.text = s.str(int(binary.LittleEndian.Uint16(d)), false)
				pending.fmt = textFormat
				if pending.text != "" {
					sh.cells = append(sh.cells, *pending)
				}
			}
			pending = nil
		case biffMergedCells:
			sh.mergedCells(d)
		case biffRow, biffColInfo:
			sh.hide(rec.typ, d)
		case biffFilterMode:
			sh.filtered = true
		}
	}
}

func cellName(d []byte) string {
	return ref(int(binary.LittleEndian.Uint16(d[2:]))+1, int(binary.LittleEndian.Uint16(d))+1)
}

func (sh *biffSheet) at(d []byte) biffCell {
	return biffCell{row: int(binary.LittleEndian.Uint16(d)) + 1, col: int(binary.LittleEndian.Uint16(d[2:])) + 1}
}

func (sh *biffSheet) add(d []byte, text, format string) {
	if text == "" {
		return
	}
	c := sh.at(d)
	c.text, c.fmt = text, format
	sh.cells = append(sh.cells, c)
}

// number adds a number as the xlsx reader gives one: its shortest text,
// with its XF's format. In the 1904 date system a date's serial is moved
// to the 1900 system, the one the checks downstream count in.
func (sh *biffSheet) number(g *biffGlobals, d []byte, v float64) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return
	}
	format := g.format(int(binary.LittleEndian.Uint16(d[4:])))
	if g.date1904 && isDateFormat(format) {
		v += days1904
	}
	sh.add(d, numberText(v), format)
}

// numberText writes a number as Excel writes it into an .xlsx: the
// shortest text that reads back as the same double.
func numberText(v float64) string {
	if a := math.Abs(v); a != 0 && (a < 1e-9 || a >= 1e21) {
		return strings.Replace(strconv.FormatFloat(v, 'E', -1, 64), "E+", "E", 1)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func (g *biffGlobals) format(xf int) string {
	if xf >= len(g.xfs) {
		return "General"
	}
	i := g.xfs[xf]
	if code, ok := g.formats[i]; ok {
		return code
	}
	if code, ok := builtinFormats[i]; ok {
		return code
	}
	return "General"
}

// rkValue decodes an RK number: 30 bits of an integer or of a double's
// high bits, maybe divided by 100.
func rkValue(rk uint32) float64 {
	var v float64
	if rk&0x02 != 0 {
		v = float64(int32(rk) >> 2)
	} else {
		v = math.Float64frombits(uint64(rk&0xFFFFFFFC) << 32)
	}
	if rk&0x01 != 0 {
		v /= 100
	}
	return v
}

// mulRK holds several RK numbers of one row: first column, (XF, RK) pairs,
// last column; the count comes from the record's length.
func (sh *biffSheet) mulRK(g *biffGlobals, d []byte) {
	if len(d) < 6 {
		return
	}
	n := (len(d) - 6) / 6
	cell := make([]byte, 10)
	copy(cell, d[:4])
	first := int(binary.LittleEndian.Uint16(d[2:]))
	for i := 0; i < n; i++ {
		p := d[4+6*i:]
		binary.LittleEndian.PutUint16(cell[2:], uint16(first+i))
		copy(cell[4:6], p[:2])
		sh.number(g, cell, rkValue(binary.LittleEndian.Uint32(p[2:])))
	}
}

var biffErrors = map[byte]string{0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!", 0x2A: "#N/A"}

// boolErr adds a logical value as 1 or 0, as the xlsx reader does, or an
// error as its text.
func (sh *biffSheet) boolErr(d []byte, v byte, isErr bool) {
	if !isErr {
		sh.add(d, strconv.Itoa(int(v&1)), booleanFormat)
		return
	}
	if text, ok := biffErrors[v]; ok {
		sh.add(d, text, "General")
		return
	}
	sh.add(d, "#VALUE!", "General")
}

// formula adds a formula's cached result; a string result is in the
// STRING record that follows, so the cell is returned to wait for it.
func (sh *biffSheet) formula(g *biffGlobals, d []byte) *biffCell {
	if len(d) < 16 {
		return nil
	}
	res := d[6:14]
	if res[6] != 0xFF || res[7] != 0xFF {
		sh.number(g, d, math.Float64frombits(binary.LittleEndian.Uint64(res)))
		return nil
	}
	switch res[0] {
	case 0:
		c := sh.at(d)
		return &c
	case 1:
		sh.boolErr(d, res[2], false)
	case 2:
		sh.boolErr(d, res[2], true)
	}
	return nil
}

func (sh *biffSheet) mergedCells(d []byte) {
	if len(d) < 2 {
		return
	}
	n := min(int(binary.LittleEndian.Uint16(d)), (len(d)-2)/8)
	for i := 0; i < n; i++ {
		p := d[2+8*i:]
		u := func(k int) int { return int(binary.LittleEndian.Uint16(p[2*k:])) + 1 }
		s := span{top: u(0), bottom: u(1), left: u(2), right: u(3)}
		if s.bottom >= s.top && s.right >= s.left && (s.bottom > s.top || s.right > s.left) {
			sh.spans = append(sh.spans, s)
		}
	}
}

// sort puts the cells in reading order; a cell written twice keeps its
// last value, as Excel does.
func (sh *biffSheet) sort() {
	slices.SortStableFunc(sh.cells, func(a, b biffCell) int {
		if a.row != b.row {
			return a.row - b.row
		}
		return a.col - b.col
	})
	out := sh.cells[:0]
	for _, c := range sh.cells {
		if n := len(out); n > 0 && out[n-1].row == c.row && out[n-1].col == c.col {
			out[n-1] = c
			continue
		}
		out = append(out, c)
	}
	sh.cells = out
}
