package wordmodel

import (
	"fmt"
	"strconv"
	"strings"

	"jixiao/pipeline/wordxml"
)

// PageBorders are the lines Word draws round a section's pages (页面边框,
// w:pgBorders): each side's line, nil where it has none; their Space is
// measured from the page's edge (FromPage) or from the text block's;
// Display is allPages, firstPage or notFirstPage, the pages of the
// section they are drawn on; Back puts them behind the text (Word draws
// them in front of it unless told). Measured from the text, they
// surround the page's header and footer too, unless the document's
// settings leave them out (OmitHeader, OmitFooter).
type PageBorders struct {
	Top, Left, Bottom, Right *Border
	FromPage                 bool
	Display                  string
	Back                     bool
	OmitHeader, OmitFooter   bool
}

// Shows reports whether the borders are drawn on a section's page, first
// being whether it is the section's first page.
func (b *PageBorders) Shows(first bool) bool {
	switch b.Display {
	case "firstPage":
		return first
	case "notFirstPage":
		return !first
	}
	return true
}

// section reads a sectPr, the n-th section's: its page and, where it has
// drawable ones, its page borders; an art border (apples, stars …) is
// listed as not drawn.
func (s *sheet) section(sect string, n int) Section {
	sec := pageSetup(sect)
	if i := next(sect, "w:pgNumType", 0); i >= 0 {
		tag := sect[i : i+strings.IndexByte(sect[i:], '>')]
		sec.PageStart, _ = strconv.Atoi(attr(tag, "w:start"))
		if f := attr(tag, "w:fmt"); f != "decimal" && knownFormat(f) {
			sec.PageFormat = f
		}
		chapters(&sec, tag)
	}
	sec.LineNumbers = s.lineNumbers(sect)
	sec.NoEndnotes = on(sect, "w:noEndnote")
	if v, _ := wordxml.Val(sect, "w:vAlign"); v == "center" || v == "both" || v == "bottom" {
		sec.VAlign = strings.Clone(v) // not the part's memory (detach)
	}
	// Word up to 2010 starts a section after a 分栏 section break (w:type
	// nextColumn) in the next column; 2013 and later start a page, as
	// LibreOffice's writerfilter also reads it (SectionPropertyMap::
	// CloseSectionGroup, for compatibilityMode above 14).
	if v, _ := wordxml.Val(sect, "w:type"); v == "nextColumn" && !s.cellAlways {
		sec.NextColumn = true
	}
	b, art := readPageBorders(sect)
	if art != "" {
		*s.undrawn = append(*s.undrawn, Feature{What: "页面边框（" + undrawnLine(art) + "）", Where: fmt.Sprintf("第 %d 节", n)})
		return sec
	}
	sec.PageBorders = b
	return sec
}

// readPageBorders reads a sectPr's w:pgBorders; nil where it draws no
// line, and the style of a side the PDF does not draw.
func readPageBorders(sect string) (*PageBorders, string) {
	i := next(sect, "w:pgBorders", 0)
	if i < 0 {
		return nil, ""
	}
	el := sect[i:end(sect, i, "w:pgBorders")]
	tag := el[:strings.IndexByte(el, '>')]
	b := &PageBorders{FromPage: attr(tag, "w:offsetFrom") == "page", Display: attr(tag, "w:display"), Back: attr(tag, "w:zOrder") == "back"}
	any := false
	for _, side := range []struct {
		name string
		line **Border
	}{{"w:top", &b.Top}, {"w:left", &b.Left}, {"w:bottom", &b.Bottom}, {"w:right", &b.Right}} {
		k := next(el, side.name, 0)
		if k < 0 {
			continue
		}
		line := readLine(el[k : k+strings.IndexByte(el[k:], '>')])
		if line.Style == "none" {
			continue
		}
		if !borderStyles[line.Style] {
			return nil, line.Style
		}
		*side.line, any = line, true
	}
	if !any {
		return nil, ""
	}
	return b, ""
}

// surroundMargins reads from settings.xml whether page borders leave the
// header and footer out (bordersDoNotSurroundHeader, …Footer).
func surroundMargins(sections []Section, settings string) {
	header := on(settings, "w:bordersDoNotSurroundHeader") || on(settings, "w:bordersDontSurroundHeader")
	footer := on(settings, "w:bordersDoNotSurroundFooter") || on(settings, "w:bordersDontSurroundFooter")
	for _, s := range sections {
		if s.PageBorders != nil {
			s.PageBorders.OmitHeader, s.PageBorders.OmitFooter = header, footer
		}
	}
}
