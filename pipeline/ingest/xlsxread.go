package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// pkg is a workbook opened for reading: its sheets in order and its shared
// strings. Rows are read by scanning each sheet part's bytes as they are
// unpacked, which is some thirty times faster than excelize's Rows() (an
// XML decoder per row) and keeps only one chunk of the sheet in memory.
type pkg struct {
	zr     *zip.ReadCloser
	parts  map[string]*zip.File
	sheets []sheetPart
	sst    []string
	// formats is the number format code of each cell style (cellXfs), by index.
	formats []string
}

type sheetPart struct{ name, part string }

// errNotWorkbook is any package that is not a workbook we can read.
var errNotWorkbook = errors.New("不是有效的 .xlsx 文件（文件可能已损坏，或扩展名与内容不符）")

func openPackage(file string, limit int64) (*pkg, error) {
	zr, err := zip.OpenReader(file)
	if err != nil {
		return nil, errNotWorkbook
	}
	p := &pkg{zr: zr, parts: map[string]*zip.File{}}
	var total uint64
	for _, f := range zr.File {
		p.parts[f.Name] = f
		total += f.UncompressedSize64
	}
	if total > uint64(limit) {
		zr.Close()
		return nil, fmt.Errorf("工作簿解压后超过 %d MB，可能已损坏或不是正常的报表文件", limit>>20)
	}
	if err := p.readWorkbook(); err != nil {
		zr.Close()
		return nil, err
	}
	if err := p.readSharedStrings(); err != nil {
		zr.Close()
		return nil, err
	}
	p.readStyles()
	return p, nil
}

func (p *pkg) close() {
	if p.zr != nil {
		p.zr.Close()
	}
}

func (p *pkg) read(name string) ([]byte, error) {
	f, ok := p.parts[name]
	if !ok {
		return nil, errNotWorkbook
	}
	rc, err := f.Open()
	if err != nil {
		return nil, errNotWorkbook
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return nil, errNotWorkbook
	}
	return b, nil
}

func (p *pkg) readWorkbook() error {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	raw, err := p.read("xl/workbook.xml")
	if err != nil || xml.Unmarshal(raw, &wb) != nil {
		return errNotWorkbook
	}
	if len(wb.Sheets) == 0 {
		return nil // reported as a workbook with no sheets
	}
	if raw, err = p.read("xl/_rels/workbook.xml.rels"); err != nil || xml.Unmarshal(raw, &rels) != nil {
		return errNotWorkbook
	}
	targets := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		targets[r.ID] = t
	}
	for _, s := range wb.Sheets {
		p.sheets = append(p.sheets, sheetPart{s.Name, targets[s.ID]})
	}
	return nil
}

func (p *pkg) sheetNames() []string {
	out := make([]string, len(p.sheets))
	for i, s := range p.sheets {
		out[i] = s.name
	}
	return out
}

func (p *pkg) readSharedStrings() error {
	f, ok := p.parts["xl/sharedStrings.xml"]
	if !ok {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return errNotWorkbook
	}
	defer rc.Close()
	s := newScanner(rc)
	for {
		body, ok, err := s.element("si")
		if err != nil {
			return errNotWorkbook
		}
		if !ok {
			return nil
		}
		p.sst = append(p.sst, richText(body, s.prefix))
	}
}

// readStyles learns each cell style's number format, so that a number can
// be printed as the workbook shows it. A workbook without styles shows
// every number as General.
func (p *pkg) readStyles() {
	raw, err := p.read("xl/styles.xml")
	if err != nil {
		return
	}
	var st struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmt int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if xml.Unmarshal(raw, &st) != nil {
		return
	}
	custom := map[int]string{}
	for _, f := range st.NumFmts {
		custom[f.ID] = f.Code
	}
	for _, xf := range st.Xfs {
		code, ok := custom[xf.NumFmt]
		if !ok {
			code, ok = builtinFormats[xf.NumFmt]
		}
		if !ok {
			code = "General"
		}
		p.formats = append(p.formats, code)
	}
}

// fastSheet is a worksheet read by scanning; it is a rowSource.
type fastSheet struct {
	s        *scanner
	rc       io.ReadCloser
	part     *zip.File
	sst      []string
	styles   []string // number format code by style index
	spans    []span
	scanned  bool
	lastRow  int
	formulas map[[2]int]string // cells with a formula and no value
}

func (p *pkg) openSheet(name string) (*fastSheet, error) {
	for _, sp := range p.sheets {
		if sp.name != name {
			continue
		}
		f, ok := p.parts[sp.part]
		if !ok {
			return nil, errNotWorkbook
		}
		rc, err := f.Open()
		if err != nil {
			return nil, errNotWorkbook
		}
		sc := newScanner(rc)
		sc.stop = "sheetData"
		return &fastSheet{s: sc, rc: rc, part: f, sst: p.sst, styles: p.formats, formulas: map[[2]int]string{}}, nil
	}
	return nil, fmt.Errorf("没有工作表“%s”", name)
}

func (f *fastSheet) next() (int, []string, []string, bool, error) {
	el, ok, err := f.s.element("row")
	if err != nil || !ok {
		return 0, nil, nil, false, err
	}
	row, err := strconv.Atoi(attr(el, "r"))
	if err != nil || row <= f.lastRow {
		row = f.lastRow + 1 // the r attribute is optional, and some writers leave it out
	}
	f.lastRow = row
	var cells, formats []string
	body := inner(el)
	prefix := f.s.prefix
	col := 0
	for {
		i := indexTag(body, "<"+prefix+"c")
		if i < 0 {
			break
		}
		body = body[i:]
		gt := bytes.IndexByte(body, '>')
		if gt < 0 {
			break
		}
		var cell []byte
		if body[gt-1] == '/' {
			cell = body[:gt+1]
			body = body[gt+1:]
		} else {
			end := bytes.Index(body, []byte("</"+prefix+"c>"))
			if end < 0 {
				break
			}
			cell = body[:end]
			body = body[end+len("</"+prefix+"c>"):]
		}
		if ref := attr(cell, "r"); ref != "" {
			col = columnOf(ref)
		} else {
			col++
		}
		value := f.value(cell, prefix)
		if fm, ok := child(cell, prefix, "f"); ok && value == "" && len(fm) > 0 {
			f.formulas[[2]int{row, col}] = text(fm)
		}
		if value == "" {
			continue
		}
		for len(cells) < col {
			cells = append(cells, "")
			formats = append(formats, "General")
		}
		cells[col-1] = value
		if s := attr(cell, "s"); s != "" {
			if i, err := strconv.Atoi(s); err == nil && i >= 0 && i < len(f.styles) {
				formats[col-1] = f.styles[i]
			}
		}
		switch attr(cell, "t") {
		case "s", "inlineStr", "str":
			formats[col-1] = textFormat // typed as text, whatever its format says
		case "b":
			formats[col-1] = booleanFormat
		}
	}
	return row, cells, formats, true, nil
}

// value is a cell's raw value: a shared or inline string resolved, a number
// as written, an error such as #DIV/0! as its text.
func (f *fastSheet) value(cell []byte, prefix string) string {
	switch attr(cell, "t") {
	case "s":
		v, _ := child(cell, prefix, "v")
		i, err := strconv.Atoi(strings.TrimSpace(string(v)))
		if err != nil || i < 0 || i >= len(f.sst) {
			return ""
		}
		return f.sst[i]
	case "inlineStr":
		is, _ := child(cell, prefix, "is")
		return richText(is, prefix)
	}
	v, _ := child(cell, prefix, "v")
	return text(v)
}

// columnOf turns "AB12" into 28.
func columnOf(ref string) int {
	col := 0
	for _, r := range ref {
		if r < 'A' || r > 'Z' {
			break
		}
		col = col*26 + int(r-'A'+1)
	}
	return col
}

// merges are read from the bytes after the rows once the rows have been
// read, at no cost; asked for earlier (a blank cell that a merge may
// cover), they are scanned from a second pass over the part.
func (f *fastSheet) merges() []span {
	if f.scanned {
		return f.spans
	}
	switch {
	case f.s.tail != nil:
		f.spans, f.scanned = parseMerges(f.s.tail), true
	case f.part != nil:
		f.spans, _ = scanMerges(f.part)
		f.scanned = true
	}
	return f.spans
}

func (f *fastSheet) formula(col, row int) string { return f.formulas[[2]int{row, col}] }

func (f *fastSheet) close() { f.rc.Close() }

// FirstSheet returns the raw cell values of a workbook's first sheet, row
// by row (numbers as stored, formulas as their cached values), for reading
// the build's own workbook back in its consistency check.
func FirstSheet(data []byte) ([][]string, error) {
	sheets, err := Sheets(data)
	if err != nil {
		return nil, err
	}
	return sheets[0].Rows, nil
}

// SheetCells is one sheet's raw cell values, row by row.
type SheetCells struct {
	Name string
	Rows [][]string
}

// Sheets returns the raw cell values of every sheet of a workbook, in the
// workbook's order.
func Sheets(data []byte) ([]SheetCells, error) {
	p, err := packageInMemory(data)
	if err != nil {
		return nil, err
	}
	if err := p.readSharedStrings(); err != nil {
		return nil, err
	}
	if len(p.sheets) == 0 {
		return nil, errNotWorkbook
	}
	var out []SheetCells
	for _, sh := range p.sheets {
		rows, err := p.sheetRows(sh.name)
		if err != nil {
			return nil, err
		}
		out = append(out, SheetCells{Name: sh.name, Rows: rows})
	}
	return out, nil
}

// SheetParts maps each sheet's name to its part in the package
// (xl/worksheets/sheet1.xml), as the workbook and its relationships say.
func SheetParts(data []byte) (map[string]string, error) {
	p, err := packageInMemory(data)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, s := range p.sheets {
		out[s.name] = s.part
	}
	return out, nil
}

// packageInMemory opens a workbook in memory (one the build wrote) and
// reads its list of sheets.
func packageInMemory(data []byte) (*pkg, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errNotWorkbook
	}
	p := &pkg{parts: map[string]*zip.File{}}
	for _, f := range zr.File {
		p.parts[f.Name] = f
	}
	if err := p.readWorkbook(); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *pkg) sheetRows(name string) ([][]string, error) {
	src, err := p.openSheet(name)
	if err != nil {
		return nil, err
	}
	defer src.close()
	var rows [][]string
	for {
		row, cells, _, ok, err := src.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return rows, nil
		}
		for len(rows) < row-1 {
			rows = append(rows, nil)
		}
		rows = append(rows, cells)
	}
}
