package ingest

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
)

// pkg is a workbook opened for reading, from its bytes: its sheets in
// order, its shared strings and its styles' number formats.
type pkg struct {
	parts  map[string]*zip.File // by lower-case name
	sheets []sheetPart
	sst    *sharedStrings
	// formats is the number format code of each cell style (cellXfs), by index.
	formats []string
	// date1904 says the workbook counts dates from 1904 (workbookPr
	// date1904, Excel for Mac's old default).
	date1904 bool
}

type sheetPart struct {
	name, part string
	hidden     bool
}

// The relationships' namespaces, transitional and strict.
const (
	relNS       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	strictRelNS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
)

// maxWorkbookPart bounds the small parts read whole: the workbook and
// the relationships.
const maxWorkbookPart = 16 << 20

func openPackage(data []byte, limit int64) (*pkg, error) {
	parts, err := openZip(data, limit)
	if err != nil {
		return nil, err
	}
	p := &pkg{parts: parts, sst: &sharedStrings{}}
	targets, err := p.readWorkbook()
	if err != nil {
		return nil, err
	}
	if err := p.verify(targets); err != nil {
		return nil, err
	}
	if f := p.part(targets.sharedStrings); f != nil {
		if p.sst, err = readSharedStrings(f); err != nil {
			return nil, partError(f.Name, err)
		}
	}
	if f := p.part(targets.styles); f != nil {
		raw, err := readPart(f, maxStylesPart)
		if err != nil {
			return nil, err
		}
		if p.formats, err = parseStyles(raw); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// verify unpacks every part but the worksheets, the shared strings and
// the styles, which are checked as they are read, so that a damaged
// package is refused even where the damage is in a part jixiao does not
// use: Excel would not open it as it is. The package's content types must
// say it is a workbook.
func (p *pkg) verify(t workbookTargets) error {
	read := map[*zip.File]bool{p.part(t.sharedStrings): true, p.part(t.styles): true}
	for _, s := range p.sheets {
		read[p.part(s.part)] = true
	}
	for _, f := range p.parts {
		if read[f] {
			continue
		}
		rc, err := f.Open()
		if err == nil {
			_, err = io.Copy(io.Discard, rc)
			rc.Close()
		}
		if err != nil {
			return partError(f.Name, err)
		}
	}
	raw, err := p.read("[Content_Types].xml")
	if err != nil {
		return errNotWorkbook
	}
	var types struct {
		Defaults []struct {
			Ext  string `xml:"Extension,attr"`
			Type string `xml:"ContentType,attr"`
		} `xml:"Default"`
		Overrides []struct {
			Part string `xml:"PartName,attr"`
			Type string `xml:"ContentType,attr"`
		} `xml:"Override"`
	}
	if err := xml.Unmarshal(raw, &types); err != nil {
		return partError("[Content_Types].xml", err)
	}
	for _, o := range types.Overrides {
		if strings.HasSuffix(o.Type, ".main+xml") && (strings.Contains(o.Type, "spreadsheetml") || strings.Contains(o.Type, "ms-excel")) {
			return nil
		}
	}
	return errNotWorkbook
}

func (p *pkg) part(name string) *zip.File {
	if name == "" {
		return nil
	}
	return p.parts[strings.ToLower(name)]
}

func (p *pkg) read(name string) ([]byte, error) {
	f := p.part(name)
	if f == nil {
		return nil, errNotWorkbook
	}
	return readPart(f, maxWorkbookPart)
}

type relationship struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

// rels reads the relationships of a part, with targets made package paths.
func (p *pkg) rels(part string) ([]relationship, error) {
	dir, base := path.Split(part)
	raw, err := p.read(path.Join(dir, "_rels", base+".rels"))
	if err != nil {
		return nil, err
	}
	var rels struct {
		Rels []relationship `xml:"Relationship"`
	}
	if err := xml.Unmarshal(raw, &rels); err != nil {
		return nil, errNotWorkbook
	}
	for i, r := range rels.Rels {
		if strings.HasPrefix(r.Target, "/") {
			rels.Rels[i].Target = strings.TrimPrefix(r.Target, "/")
		} else {
			rels.Rels[i].Target = path.Join(dir, r.Target)
		}
	}
	return rels.Rels, nil
}

type workbookTargets struct{ sharedStrings, styles string }

// readWorkbook finds the workbook part from the package's relationships
// (xl/workbook.xml when they do not say), its sheets, and the parts of its
// shared strings and styles.
func (p *pkg) readWorkbook() (workbookTargets, error) {
	var t workbookTargets
	book := "xl/workbook.xml"
	if root, err := p.rels(""); err == nil {
		for _, r := range root {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				book = r.Target
			}
		}
	}
	var wb struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
	}
	raw, err := p.read(book)
	if err != nil || xml.Unmarshal(raw, &wb) != nil {
		return t, errNotWorkbook
	}
	p.date1904 = wb.Pr.Date1904 == "1" || wb.Pr.Date1904 == "true"
	if len(wb.Sheets) == 0 {
		return t, nil // reported as a workbook with no sheets
	}
	rels, err := p.rels(book)
	if err != nil {
		return t, errNotWorkbook
	}
	targets := map[string]string{}
	for _, r := range rels {
		targets[r.ID] = r.Target
		switch {
		case strings.HasSuffix(r.Type, "/sharedStrings"):
			t.sharedStrings = r.Target
		case strings.HasSuffix(r.Type, "/styles"):
			t.styles = r.Target
		}
	}
	for _, s := range wb.Sheets {
		var id string
		hidden := false
		for _, a := range s.Attrs {
			if a.Name.Local == "id" && (a.Name.Space == relNS || a.Name.Space == strictRelNS) {
				id = a.Value
			}
			hidden = hidden || a.Name.Local == "state" && (a.Value == "hidden" || a.Value == "veryHidden")
		}
		p.sheets = append(p.sheets, sheetPart{s.Name, targets[id], hidden})
	}
	return t, nil
}

func (p *pkg) hiddenSheet(name string) bool {
	for _, s := range p.sheets {
		if s.name == name {
			return s.hidden
		}
	}
	return false
}

func (p *pkg) sheetNames() []string {
	out := make([]string, len(p.sheets))
	for i, s := range p.sheets {
		out[i] = s.name
	}
	return out
}

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
	p, err := openPackage(data, 1<<30)
	if err != nil {
		return nil, err
	}
	if len(p.sheets) == 0 {
		return nil, errNotWorkbook
	}
	var out []SheetCells
	for _, sh := range p.sheets {
		rows, err := p.sheetRows(sh.name)
		if err != nil {
			return nil, fmt.Errorf("工作表“%s”：%w", sh.name, err)
		}
		out = append(out, SheetCells{Name: sh.name, Rows: rows})
	}
	return out, nil
}

// SheetParts maps each sheet's name to its part in the package
// (xl/worksheets/sheet1.xml), as the workbook and its relationships say.
func SheetParts(data []byte) (map[string]string, error) {
	parts, err := openZip(data, 1<<30)
	if err != nil {
		return nil, err
	}
	p := &pkg{parts: parts}
	if _, err := p.readWorkbook(); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, s := range p.sheets {
		out[s.name] = s.part
	}
	return out, nil
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
