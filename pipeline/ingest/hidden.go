package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
)

// A clerk hides a row or a column to leave it out of what the sheet
// shows and prints: a helper column (项目编码), a project withdrawn. The
// table is what the clerk sees: a build leaves a hidden row out, with a
// warning naming it, and init --from drafts no hidden column. Excel marks
// a hidden row hidden="1" on its <row> and a hidden column on the <col>
// range before the rows; a .xls marks them in its ROW and COLINFO records.
//
// An autofilter showing some rows only (评价等级 = 优) hides the others
// just so: they are hidden rows, left out as any is, and the warning and
// init's note say the filter left them out, for the clerk to clear it
// where the table is to print whole. Excel, WPS and LibreOffice write a
// filter's criteria as <filterColumn> in the sheet's <autoFilter>, after
// the rows; a .xls has a FILTERMODE record.

// maxColumns is the width of an .xlsx sheet, A to XFD.
const maxColumns = 16384

// isTrue reads an XML boolean attribute.
func isTrue(v []byte) bool { return string(v) == "1" || string(v) == "true" }

// hiddenColumns reads the hidden columns of a worksheet part from its
// <cols>, which comes before the rows: reading stops at <sheetData>.
func hiddenColumns(part *zip.File) ([]int, error) {
	rc, err := part.Open()
	if err != nil {
		return nil, partError(part.Name, err)
	}
	defer rc.Close()
	d := xml.NewDecoder(io.LimitReader(rc, 64<<20))
	var out []int
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, partError(part.Name, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "sheetData":
			return out, nil
		case "col":
			var lo, hi int
			hidden := false
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "min":
					lo, _ = strconv.Atoi(a.Value)
				case "max":
					hi, _ = strconv.Atoi(a.Value)
				case "hidden":
					hidden = isTrue([]byte(a.Value))
				}
			}
			// Clerks hide the unused columns to the sheet's edge (max
			// 16384): no more than the sheet's width is listed.
			for c := max(lo, 1); hidden && c <= min(hi, maxColumns); c++ {
				out = append(out, c)
			}
		}
	}
}

// hiddenRowWarning says why a hidden row is not in the table.
func hiddenRowWarning(filtered bool) string {
	if filtered {
		return "这一行被筛选隐藏（工作表启用了筛选），与 Excel 中看到的一样，未列入表格；如要公开这一行，请在 Excel 中清除筛选"
	}
	return "这一行是隐藏行，与 Excel 中看到的一样，未列入表格；如要公开这一行，请在 Excel 中取消隐藏"
}

// filterIn reports whether a worksheet part has an autofilter with a
// criterion (<filterColumn>), by the bytes: the part may be large, and
// the element comes after its rows.
func filterIn(part *zip.File) bool {
	rc, err := part.Open()
	if err != nil {
		return false // the rows were read from it: an error here is the reader's to report
	}
	defer rc.Close()
	mark := []byte("filterColumn")
	buf := make([]byte, 64<<10)
	kept := 0
	for {
		n, err := io.ReadFull(rc, buf[kept:])
		if bytes.Contains(buf[:kept+n], mark) {
			return true
		}
		if err != nil {
			return false
		}
		kept = copy(buf, buf[max(0, kept+n-len(mark)):kept+n])
	}
}

// hide takes a ROW record's hidden flag (fDyZero) or a COLINFO record's
// hidden columns.
func (sh *biffSheet) hide(typ uint16, d []byte) {
	switch {
	case typ == biffRow && len(d) >= 16 && binary.LittleEndian.Uint16(d[12:])&0x20 != 0:
		if sh.hiddenRows == nil {
			sh.hiddenRows = map[int]bool{}
		}
		sh.hiddenRows[int(binary.LittleEndian.Uint16(d))+1] = true
	case typ == biffColInfo && len(d) >= 10 && binary.LittleEndian.Uint16(d[8:])&1 != 0:
		lo, hi := int(binary.LittleEndian.Uint16(d)), int(binary.LittleEndian.Uint16(d[2:]))
		for c := lo; c <= min(hi, biffMaxCols-1); c++ {
			sh.hiddenCols = append(sh.hiddenCols, c+1)
		}
	}
}
