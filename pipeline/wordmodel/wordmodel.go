package wordmodel

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"jixiao/pipeline/wordxml"
)

// Document is the body of a Word document, in order, and the text of its
// default header and footer, a line a paragraph (PageField where the page
// number stands).
type Document struct {
	Blocks         []Block
	Header, Footer []string
	// Sections are the page setups, in order; a block's Section indexes it.
	Sections []Section
}

// Section is one section's page: its size and margins, in millimetres.
type Section struct {
	Width, Height            float64
	Top, Bottom, Left, Right float64
}

// Landscape reports whether the section's pages are wider than tall.
func (s Section) Landscape() bool { return s.Width > s.Height }

// SectionOf is the index of the section a block is in.
func SectionOf(b Block) int {
	switch b := b.(type) {
	case *Paragraph:
		return b.Section
	case *Table:
		return b.Section
	}
	return 0
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
	Section         int
	// StyleSize is the type size the paragraph's style sets in the
	// template, in pt; 0 where it sets none.
	StyleSize float64
	// Runs are Text as Word formats it, run by run; a run with no direct
	// formatting takes the paragraph style's.
	Runs []Run
}

// Run is a stretch of a paragraph with one direct formatting.
type Run struct {
	Text                    string
	Bold, Italic, Underline bool
	Size                    float64 // pt; 0 for the style's
	Color                   string  // RRGGBB; "" for the style's
	Font                    string  // the East Asian font named (仿宋_GB2312); "" for the style's
}

// Plain reports whether the run has no direct formatting.
func (r Run) Plain() bool {
	return !r.Bold && !r.Italic && !r.Underline && r.Size == 0 && r.Color == "" && r.Font == ""
}

// Table is one table.
type Table struct {
	// Widths are the grid columns, in twentieths of a point.
	Widths  []int
	Rows    []Row
	Section int
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
	// Size is the type size its runs set, in pt; 0 for the style's.
	Size float64
	// Shading is the cell's fill, RRGGBB; "" for none.
	Shading string
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
	Size      *xVal     `xml:"rPr>sz"`
}

// Read reads a .docx.
func Read(docx []byte) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		return nil, fmt.Errorf("read docx: %w", err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" || f.Name == "word/styles.xml" || f.Name == "word/_rels/document.xml.rels" ||
			strings.HasPrefix(f.Name, "word/header") || strings.HasPrefix(f.Name, "word/footer") {
			if parts[f.Name], err = readPart(f); err != nil {
				return nil, err
			}
		}
	}
	body, ok := parts["word/document.xml"]
	if !ok {
		return nil, fmt.Errorf("read docx: no word/document.xml")
	}
	styles, err := readStyles([]byte(parts["word/styles.xml"]))
	if err != nil {
		return nil, err
	}
	doc, err := readBody(body, styles)
	if err != nil {
		return nil, err
	}
	doc.Header = lines(body, parts, "w:headerReference", styles)
	doc.Footer = lines(body, parts, "w:footerReference", styles)
	return doc, nil
}

// readPart reads one part as a string, in one allocation of the size the
// archive states: a 100,000-row attachment's document.xml is some 160 MB,
// which reading into a growing buffer and converting would hold three
// times over.
func readPart(f *zip.File) (string, error) {
	rc, err := f.Open()
	if err != nil {
		return "", err
	}
	defer rc.Close()
	var b strings.Builder
	b.Grow(int(min(f.UncompressedSize64, 1<<30)))
	// zip checks the stated size and the checksum as it reads.
	if _, err := io.Copy(&b, rc); err != nil {
		return "", fmt.Errorf("read docx %s: %w", f.Name, err)
	}
	return b.String(), nil
}

// lines reads the default header or footer (ref names which) of the
// document's last section, a line a paragraph, empty ones left out.
func lines(body string, parts map[string]string, ref string, styles map[string]styleInfo) []string {
	sect := strings.LastIndex(body, "<w:sectPr")
	if sect < 0 {
		return nil
	}
	id := ""
	for i := sect; ; {
		j := wordxml.Next(body, ref, i, len(body))
		if j < 0 {
			break
		}
		tag := body[j : j+strings.IndexByte(body[j:], '>')]
		if strings.Contains(tag, `w:type="default"`) || !strings.Contains(tag, "w:type=") {
			if _, rest, ok := strings.Cut(tag, `r:id="`); ok {
				id, _, _ = strings.Cut(rest, `"`)
			}
		}
		i = j + 1
	}
	if id == "" {
		return nil
	}
	rels := parts["word/_rels/document.xml.rels"]
	target := ""
	for _, r := range wordxml.Elements(rels, "Relationship", 0, len(rels)) {
		el := rels[r.Start:r.End]
		if strings.Contains(el, `Id="`+id+`"`) {
			if _, rest, ok := strings.Cut(el, `Target="`); ok {
				target, _, _ = strings.Cut(rest, `"`)
			}
		}
	}
	part := parts["word/"+strings.TrimPrefix(target, "/word/")]
	var out []string
	for _, p := range wordxml.Elements(part, "w:p", 0, len(part)) {
		para, _ := paragraph(part[p.Start:p.End], styles)
		if strings.TrimSpace(para.Text) != "" {
			out = append(out, para.Text)
		}
	}
	return out
}

type styleInfo struct {
	name      string
	align     string
	pageBreak bool
	size      float64 // pt, 0 where the style sets none
}

func readStyles(raw []byte) (map[string]styleInfo, error) {
	out := map[string]styleInfo{}
	if len(raw) == 0 {
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
		if s.Size != nil {
			if n, err := strconv.ParseFloat(s.Size.Val, 64); err == nil {
				info.size = n / 2
			}
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
