package wordmodel

import (
	"strconv"
	"strings"

	"jixiao/pipeline/wordxml"
)

// sheet is what a paragraph is read against: the styles, the numbering
// definitions with the counters they have reached so far in the document,
// and the list of what the PDF would not show.
type sheet struct {
	styles map[string]styleInfo
	// defaults and pDefaults are the document's default run and paragraph
	// properties (docDefaults).
	defaults, pDefaults string
	// defaultPt is the size of defaults (defaultSize), 0 until found.
	defaultPt float64
	// layouts caches paragraphs' resolved indentation and spacing by
	// style, list level and own properties: a long table repeats a few.
	layouts map[string]layoutOf
	num     *numbering
	undrawn *[]Feature
	// links and vmlLinks are the linked text boxes met so far, by their
	// chain's id and, in VML, by their own (links.go).
	links    map[string]*linkRead
	vmlLinks map[string]*linkedBox
	// where names the part being read (正文, 页眉, 页脚 …) for Feature.
	where string
	// shapeTypes are the VML shape types (v:shapetype) met so far, by id.
	shapeTypes map[string]string
	// rels are the relationships of the part being read: Id to Target.
	rels map[string]string
	// media are the package's pictures, by part name.
	media map[string][]byte
	// inBody is set while body paragraphs are read, where the PDF draws
	// pictures and paragraph borders; in table cells, headers and text
	// boxes they are listed as not shown. images takes the pictures of the run being read, nil
	// where it is not drawn (or hidden).
	inBody bool
	// inMargin is set while a header or footer is read, a story laid out
	// as the body is.
	inMargin bool
	// linkScope names the part whose linked text boxes are being read
	// ("" the body's): a chain never leaves its story, and a header may
	// number its boxes as the body does.
	linkScope string
	// inNote is set while a footnote or an endnote is read, whose
	// paragraphs' borders and shading the PDF draws as the body's.
	inNote bool
	// inCell is set while the cells of a body table are read: a picture
	// in a paragraph of its own there is drawn in the cell.
	inCell bool
	// cellStyle is the table style's formatting of the cell being read
	// (tablestyle.go): its pPr and rPr are layers of the cell's
	// paragraphs, above the document defaults and below their own style,
	// as Word applies them; nil outside a styled table.
	cellStyle *cellStyle
	// cellAlways: the document is of Word 2013 or later (compatibilityMode
	// 15), which lays out every float anchored in a cell in the cell,
	// whatever its layoutInCell says, as LibreOffice reads it too.
	cellAlways bool
	// normalYields: the document lacks Word 2010's compatSetting
	// overrideTableStyleFontSizeAndJustification (Word 2007's and WPS's
	// documents), so that in a styled table's cell the default paragraph
	// style's 12 pt and left alignment yield to the table style's
	// (tableStyleWins); defaultPara is that style's id.
	normalYields bool
	defaultPara  string
	// cellParas are the one-paragraph cells' settings met so far, shared.
	cellParas map[CellPara][]CellPara
	// stretchFormats are the cell stretches' formats met so far, shared.
	stretchFormats map[Run]*Run
	// inBox is set while a text box's paragraphs are read: they are laid
	// out in the box, pictures in their lines and borders drawn.
	inBox  bool
	images *[]Image
	// shapes takes the lines, shapes and text boxes of the run being
	// read, as images its pictures.
	shapes *[]Shape
	// textAt is how many bytes of its paragraph's text the reader has
	// written, where a float met now is anchored.
	textAt int
	// formats caches runs' formatting by paragraph style and the run's
	// own properties (format).
	formats     map[string]map[string]runInfo
	styleLayers map[string]props
	// notes are the footnotes and endnotes, numbered as they are met.
	notes *notes
	// theme is the theme's fonts, for rFonts' theme references.
	theme theme
	// fields are the fields open where the reader is (fields.go);
	// bookmarks the names of the bookmarks met, and refs the page
	// references and links to bookmarks, checked against them at the end.
	fields    fields
	bookmarks map[string]bool
	refs      []bookmarkRef
	// known is what the check of every element against the reader's
	// table keeps (knowncheck.go).
	known *knownState
}

type styleInfo struct {
	name      string
	align     string
	pageBreak bool
	size      float64 // pt, 0 where the style sets none
	// ownSize and ownAlign: the style sets its size and alignment itself,
	// not through the style it is based on.
	ownSize, ownAlign bool
	// pPr are the paragraph properties of the style and of the styles it
	// is based on, the base first.
	pPr []string
	// rPr are the run properties of the style and of the styles it is
	// based on, the base first: a later one overrides an earlier one.
	rPr []string
	// numID and ilvl are the list the style puts its paragraphs in; numID
	// "" for none.
	numID string
	ilvl  int
	// pBdr is the lines the style draws around its paragraphs; shading
	// the colour it fills them with (w:shd), "" for none.
	pBdr    string
	shading string
	// tblBorders is a table style's w:tblBorders, its own or its base's.
	tblBorders string
	// table is a table style's cell formatting, whole-table and
	// conditional (tablestyle.go); nil for other styles.
	table *tableStyle
}

// readStyles reads styles.xml by scanning, as the body is read: the run
// properties are kept as text, to be resolved run by run. The default
// table style (w:default="1"), which Word gives a table naming none, is
// also styles[""].
func readStyles(raw string) (styles map[string]styleInfo, rDefaults, pDefaults string) {
	type entry struct {
		name, basedOn, pPr, rPr, tblBorders string
		table                               *tableStyle
	}
	byID := map[string]entry{}
	defaultTable := ""
	for _, sp := range wordxml.Elements(raw, "w:style", 0, len(raw)) {
		s := raw[sp.Start:sp.End]
		tag := s[:strings.IndexByte(s, '>')]
		id := attr(tag, "w:styleId")
		if attr(tag, "w:type") == "table" && attr(tag, "w:default") == "1" && defaultTable == "" {
			defaultTable = id
		}
		var e entry
		e.name, _ = wordxml.Val(s, "w:name")
		e.basedOn, _ = wordxml.Val(s, "w:basedOn")
		// A table style's conditional formats hold pPr and rPr of their
		// own: the style's are the ones outside them.
		e.table, s = readTableStyle(s)
		e.pPr, s = cutElement(s, "w:pPr")
		e.rPr, _ = cutElement(s, "w:rPr")
		if tblPr, _ := cutElement(s, "w:tblPr"); tblPr != "" {
			e.tblBorders, _ = cutElement(tblPr, "w:tblBorders")
		}
		byID[id] = e
	}
	out := map[string]styleInfo{}
	var resolve func(id string, depth int) styleInfo
	resolve = func(id string, depth int) styleInfo {
		e, ok := byID[id]
		if !ok || depth > 10 {
			return styleInfo{}
		}
		var info styleInfo
		if e.basedOn != "" && e.basedOn != id {
			info = resolve(e.basedOn, depth+1)
			info.rPr = append([]string(nil), info.rPr...)
			info.pPr = append([]string(nil), info.pPr...)
		}
		if e.pPr != "" {
			info.pPr = append(info.pPr, e.pPr)
		}
		info.ownSize, info.ownAlign = false, false
		if v, ok := wordxml.Val(e.pPr, "w:jc"); ok {
			info.align, info.ownAlign = v, true
		}
		if on(e.pPr, "w:pageBreakBefore") {
			info.pageBreak = true
		}
		if v, ok := wordxml.Val(e.rPr, "w:sz"); ok {
			if n, err := parseFloat(v); err == nil {
				info.size, info.ownSize = n/2, true
			}
		}
		if e.rPr != "" {
			info.rPr = append(info.rPr, e.rPr)
		}
		if id, lvl, ok := numPr(e.pPr); ok {
			info.numID, info.ilvl = id, max(lvl, 0)
		}
		if b, _ := cutElement(e.pPr, "w:pBdr"); b != "" {
			info.pBdr = b
		}
		if fill, ok := shadingOf(e.pPr); ok {
			info.shading = fill
		}
		if e.tblBorders != "" {
			info.tblBorders = e.tblBorders
		}
		info.table = info.table.over(e.table)
		info.name = e.name
		return info
	}
	for id := range byID {
		out[id] = resolve(id, 0)
	}
	if defaultTable != "" {
		out[""] = out[defaultTable]
	}
	defaults := ""
	if i := wordxml.Next(raw, "w:rPrDefault", 0, len(raw)); i >= 0 {
		defaults = raw[i:end(raw, i, "w:rPrDefault")]
	}
	if i := wordxml.Next(raw, "w:pPrDefault", 0, len(raw)); i >= 0 {
		pDefaults = raw[i:end(raw, i, "w:pPrDefault")]
	}
	return out, defaults, pDefaults
}

// numPr reads the list a paragraph's (or a style's) properties put it in;
// ilvl is -1 where it is not given. A numId of 0 takes the paragraph out
// of a list its style puts it in.
func numPr(pPr string) (numID string, ilvl int, ok bool) {
	i := wordxml.Next(pPr, "w:numPr", 0, len(pPr))
	if i < 0 {
		return "", 0, false
	}
	np := pPr[i:end(pPr, i, "w:numPr")]
	numID, _ = wordxml.Val(np, "w:numId")
	ilvl = -1
	if v, ok := wordxml.Val(np, "w:ilvl"); ok {
		ilvl, _ = strconv.Atoi(v)
		ilvl = min(max(ilvl, 0), 8)
	}
	return numID, ilvl, true
}

// cutElement returns the first <name> element of s and s without it.
func cutElement(s, name string) (el, rest string) {
	i := wordxml.Next(s, name, 0, len(s))
	if i < 0 {
		return "", s
	}
	e := end(s, i, name)
	return s[i:e], s[:i] + s[e:]
}

// attr is the value of an attribute in a start tag; "" if it has none.
func attr(tag, name string) string {
	_, rest, ok := strings.Cut(tag, " "+name+`="`)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, `"`)
	return v
}

// props is a run's property layers, the weakest first: document defaults,
// the paragraph style's chain, the character style's chain, the run's own.
type props []string

// val is the w:val of the strongest layer that sets name.
func (ps props) val(name string) (string, bool) {
	for i := len(ps) - 1; i >= 0; i-- {
		if v, ok := wordxml.Val(ps[i], name); ok {
			return v, true
		}
	}
	return "", false
}

// on reports whether the strongest layer that sets a toggle turns it on.
func (ps props) on(name string) bool {
	v, ok := ps.val(name)
	return ok && v != "0" && v != "false" && v != "off"
}

// tag is the start tag of name in the strongest layer that has it.
func (ps props) tag(name string) string {
	for i := len(ps) - 1; i >= 0; i-- {
		if j := wordxml.Next(ps[i], name, 0, len(ps[i])); j >= 0 {
			return ps[i][j : j+strings.IndexByte(ps[i][j:], '>')]
		}
	}
	return ""
}
