package wordmodel

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
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
	Text  string
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

type xText struct {
	XMLName xml.Name
	Value   string `xml:",chardata"`
	Type    string `xml:"type,attr"`
}

type xRun struct {
	Bold  *struct{} `xml:"rPr>b"`
	Items []xText   `xml:",any"`
}

type xVal struct {
	Val string `xml:"val,attr"`
}

type xPara struct {
	Style     *xVal     `xml:"pPr>pStyle"`
	Jc        *xVal     `xml:"pPr>jc"`
	PageBreak *struct{} `xml:"pPr>pageBreakBefore"`
	Runs      []xRun    `xml:"r"`
}

type xCell struct {
	Span   *xVal   `xml:"tcPr>gridSpan"`
	VMerge *xVal   `xml:"tcPr>vMerge"`
	Paras  []xPara `xml:"p"`
}

type xTable struct {
	Grid []struct {
		W int `xml:"w,attr"`
	} `xml:"tblGrid>gridCol"`
	Rows []struct {
		Header *struct{} `xml:"trPr>tblHeader"`
		Cells  []xCell   `xml:"tc"`
	} `xml:"tr"`
}

type xStyle struct {
	ID        string    `xml:"styleId,attr"`
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
		return info
	}
	for id := range byID {
		out[id] = resolve(id, 0)
	}
	return out, nil
}

func readBody(raw []byte, styles map[string]styleInfo) (*Document, error) {
	dec := xml.NewDecoder(bytes.NewReader(raw))
	doc := &Document{}
	depth := 0
	pendingBreak := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return doc, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read docx body: %w", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			depth++
			if depth != 3 {
				continue
			}
			switch el.Name.Local {
			case "p":
				var p xPara
				if err := dec.DecodeElement(&p, &el); err != nil {
					return nil, err
				}
				para, breakAfter := paragraph(p, styles)
				para.PageBreakBefore = para.PageBreakBefore || pendingBreak
				pendingBreak = breakAfter
				doc.Blocks = append(doc.Blocks, para)
			case "tbl":
				var t xTable
				if err := dec.DecodeElement(&t, &el); err != nil {
					return nil, err
				}
				doc.Blocks = append(doc.Blocks, table(t, styles))
			default:
				continue
			}
			depth--
		case xml.EndElement:
			depth--
		}
	}
}

// paragraph converts p; breakAfter reports a page break inside it.
func paragraph(p xPara, styles map[string]styleInfo) (para *Paragraph, breakAfter bool) {
	para = &Paragraph{Style: "Normal"}
	if p.Style != nil {
		para.Style = p.Style.Val
	}
	info := styles[para.Style]
	para.Align, para.PageBreakBefore = info.align, info.pageBreak
	if p.Jc != nil {
		para.Align = p.Jc.Val
	}
	if p.PageBreak != nil {
		para.PageBreakBefore = true
	}
	var b strings.Builder
	for _, r := range p.Runs {
		for _, it := range r.Items {
			switch it.XMLName.Local {
			case "t":
				b.WriteString(it.Value)
			case "tab":
				b.WriteString("\t")
			case "br", "cr":
				if it.Type == "page" {
					breakAfter = true
				} else {
					b.WriteString("\n")
				}
			}
		}
	}
	para.Text = b.String()
	return para, breakAfter
}

func table(t xTable, styles map[string]styleInfo) *Table {
	out := &Table{}
	for _, g := range t.Grid {
		out.Widths = append(out.Widths, g.W)
	}
	for _, r := range t.Rows {
		row := Row{Header: r.Header != nil}
		for _, c := range r.Cells {
			cell := Cell{Span: 1}
			if c.Span != nil {
				fmt.Sscan(c.Span.Val, &cell.Span)
			}
			if c.VMerge != nil {
				cell.Merge = Continues
				if c.VMerge.Val == "restart" {
					cell.Merge = Starts
				}
			}
			var lines []string
			for _, p := range c.Paras {
				para, _ := paragraph(p, styles)
				lines = append(lines, para.Text)
				if cell.Align == "" {
					cell.Align = para.Align
				}
				for _, run := range p.Runs {
					if run.Bold != nil {
						cell.Bold = true
					}
				}
			}
			cell.Text = strings.Join(lines, "\n")
			row.Cells = append(row.Cells, cell)
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}
