package wordmodel

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
)

// Document is the body of a Word document, in order.
type Document struct {
	Blocks []Block
}

// Block is a *Paragraph or a *Table.
type Block interface{ isBlock() }

// Paragraph is one body paragraph.
type Paragraph struct {
	Style string // the style id, such as Normal or JxTitle
	// StyleName is the style's name (公文标题); LibreOffice renumbers ids
	// when it saves (Style14) but keeps names.
	StyleName string
	Text      string
	// Align is left, center, right or both ("" when neither the paragraph
	// nor its style says).
	Align           string
	PageBreakBefore bool
}

// Table is one table.
type Table struct {
	// Widths are the grid columns, in twentieths of a point.
	Widths []int
	Rows   []Row
}

// Row is one table row.
type Row struct {
	Header bool // repeats at the top of each page
	Cells  []Cell
}

// Merge says how a cell joins the cell above it.
type Merge int

const (
	Alone     Merge = iota
	Starts          // the first cell of a vertical merge
	Continues       // covered by the cell above
)

// Cell is one table cell.
type Cell struct {
	Text  string // paragraphs joined by \n
	Span  int    // grid columns spanned, at least 1
	Merge Merge
	Bold  bool
	Align string
}

func (*Paragraph) isBlock() {}
func (*Table) isBlock()     {}

type xVal struct {
	Val string `xml:"val,attr"`
}

type xStyle struct {
	ID        string    `xml:"styleId,attr"`
	Name      *xVal     `xml:"name"`
	BasedOn   *xVal     `xml:"basedOn"`
	Jc        *xVal     `xml:"pPr>jc"`
	PageBreak *struct{} `xml:"pPr>pageBreakBefore"`
}

// Read reads a .docx.
func Read(docx []byte) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		return nil, fmt.Errorf("read docx: %w", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" || f.Name == "word/styles.xml" {
			rc, err := f.Open()
			if err != nil {
				return nil, err
			}
			parts[f.Name], err = io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return nil, err
			}
		}
	}
	if parts["word/document.xml"] == nil {
		return nil, fmt.Errorf("read docx: no word/document.xml")
	}
	styles, err := readStyles(parts["word/styles.xml"])
	if err != nil {
		return nil, err
	}
	return readBody(parts["word/document.xml"], styles)
}

type styleInfo struct {
	name      string
	align     string
	pageBreak bool
}

func readStyles(raw []byte) (map[string]styleInfo, error) {
	out := map[string]styleInfo{}
	if raw == nil {
		return out, nil
	}
	var doc struct {
		Styles []xStyle `xml:"style"`
	}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("read docx styles: %w", err)
	}
	byID := map[string]xStyle{}
	for _, s := range doc.Styles {
		byID[s.ID] = s
	}
	var resolve func(id string, depth int) styleInfo
	resolve = func(id string, depth int) styleInfo {
		s, ok := byID[id]
		if !ok || depth > 10 {
			return styleInfo{}
		}
		var info styleInfo
		if s.BasedOn != nil {
			info = resolve(s.BasedOn.Val, depth+1)
		}
		if s.Jc != nil {
			info.align = s.Jc.Val
		}
		if s.PageBreak != nil {
			info.pageBreak = true
		}
		info.name = ""
		if s.Name != nil {
			info.name = s.Name.Val
		}
		return info
	}
	for id := range byID {
		out[id] = resolve(id, 0)
	}
	return out, nil
}
