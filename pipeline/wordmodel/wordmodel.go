package wordmodel

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"jixiao/pipeline/wordxml"
)

// Document is the body of a Word document, in order, and the text of its
// last section's default header and footer, a line a paragraph (PageField
// where the page number stands); each section's are in Sections.
type Document struct {
	Blocks         []Block
	Header, Footer []string
	// EvenPages: even pages have headers and footers of their own
	// (evenAndOddHeaders in settings.xml).
	EvenPages bool
	// Sections are the page setups, in order; a block's Section indexes it.
	Sections []Section
	// HeaderImages and FooterImages are the pictures of the header and
	// footer drawn on every page, placed as floating pictures.
	HeaderImages, FooterImages []Image
	// Endnotes are the document's endnotes, drawn after its end, or
	// after their section's end where EndnotesBySection (settings.xml's
	// endnotePr w:pos sectEnd, 尾注位置“节的结尾”).
	Endnotes          []Note
	EndnotesBySection bool
	// FootnotesBelowText: a page's footnotes follow its last line of text
	// rather than stand at its foot (footnotePr w:pos beneathText, 脚注
	//位置“文字下方”); Word reads it from settings.xml alone.
	FootnotesBelowText bool
	// FootnoteSeparators and EndnoteSeparators are the rules over the
	// notes (Separator), as the notes parts' special notes draw them.
	FootnoteSeparators, EndnoteSeparators NoteSeparators
	// Background fills every page behind all else (页面颜色, 填充效果:
	// background.go), a rect shape of a colour, a gradient, a pattern or
	// a picture; nil for none. BackgroundShown: Word's 页面视图 shows it.
	Background      *Shape
	BackgroundShown bool
	// DefaultTab is the distance between the default tab stops, in twips
	// (settings.xml's defaultTabStop; Word's 720 where it has none).
	DefaultTab float64
	// Kinsoku are the document's own lists of the characters a line may
	// not start or end with; nil for the layout's.
	Kinsoku *Kinsoku
	// Undrawn is what the document has that the PDF does not show, in the
	// order met: body, then headers and footers.
	Undrawn []Feature
	// head is how ReadHead cut the body; nil for a whole document.
	head *headCut
}

// Section is one section's page: its size and margins, in millimetres.
type Section struct {
	Width, Height            float64
	Top, Bottom, Left, Right float64
	// HeaderDist and FooterDist are the header's distance from the page's
	// top and the footer's from its bottom.
	HeaderDist, FooterDist float64
	// LinePitch is the document grid's line pitch (docGrid type lines,
	// linesAndChars or snapToChars), 0 for no line grid; CharPitch the
	// width of its character cell, 0 for no character grid. In mm.
	LinePitch, CharPitch float64
	// Header and Footer are the section's headers and footers, linked
	// ones (a section that names none has the previous section's)
	// resolved; TitlePage: its first page has its own (titlePg).
	Header, Footer Margins
	TitlePage      bool
	// PageBorders are the lines round its pages; nil for none.
	PageBorders *PageBorders
	// PageStart is the number its first page shows (w:pgNumType
	// w:start), 0 where its pages go on counting from the last section's;
	// PageFormat the numFmt its page numbers show in (w:fmt: upperRoman,
	// chineseCounting, numberInDash …), "" for decimal.
	PageStart  int
	PageFormat string
	// ChapterLevel is the heading level (1 for 标题 1) whose current list
	// label leads its page numbers (w:chapStyle: 1-3), joined by
	// ChapterSep; 0 for page numbers alone.
	ChapterLevel int
	ChapterSep   string
	// LineNumbers are its line numbers (行号); nil for none.
	LineNumbers *LineNumbers
	// Columns are its text columns (分栏) from the left margin, each with
	// the gap after it; nil for one column across the text block.
	// ColumnLine: a line is drawn between them (w:sep).
	Columns    []Column
	ColumnLine bool
	// NoEndnotes: where endnotes stand at each section's end, this
	// section's go on to the end of the next that has none of its own
	// suppressed (页面设置 → 版式 → 取消尾注, w:noEndnote), as Word puts
	// them there.
	NoEndnotes bool
	// Continuous: the section starts on the page the one before ends on
	// (a continuous section break, w:type continuous).
	Continuous bool
	// NextColumn: the section starts in the next column of the page the
	// one before ends on (a 分栏 section break, w:type nextColumn, as
	// Word up to 2010 lays it out) where both have the same number of
	// columns and a column is left; a page otherwise.
	NextColumn bool
	// Parity is "odd" or "even" where the section starts on the next
	// page of that number (w:type oddPage, evenPage; Word leaves a blank
	// page before it where the next page has the other), "" otherwise.
	Parity string
	// VAlign is where its text stands between the top and bottom margins
	// on each of its pages (页面垂直对齐, w:vAlign): center, bottom, or both
	// (两端对齐: the space left shared between its paragraphs); "" for the
	// top.
	VAlign string
	refs   []marginRef
	// charSpace is docGrid's w:charSpace, 4096ths of a point added to the
	// Normal style's size to make the character cell.
	charSpace float64
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
	// Align is left, center, right, both or distribute, as the paragraph,
	// its style chain or the document defaults say; "" when none says
	// (Word's left).
	Align           string
	PageBreakBefore bool
	// ColumnBreakBefore and ColumnBreakAfter: a column break (w:br
	// w:type="column") stands before its text or after it; the text goes
	// on in the next column.
	ColumnBreakBefore, ColumnBreakAfter bool
	// PageBreaks and ColumnBreaks are the pieces of Text (cut at its line
	// breaks, from 0) after which a page break (w:br w:type="page") starts
	// a new page, or a column break the next column, the text after it
	// going on there: a break before any text is PageBreakBefore or
	// ColumnBreakBefore, one after all of it ColumnBreakAfter or, for a
	// page break, the next block's PageBreakBefore.
	PageBreaks, ColumnBreaks []int
	// brokeBefore says PageBreakBefore is a page break written before
	// its text, not the paragraph's property (a cell heeds only the
	// break).
	brokeBefore bool
	Section     int
	// StyleSize is the type size the paragraph's style sets in the
	// template, in pt; 0 where it sets none.
	StyleSize float64
	// Runs are Text as Word formats it, run by run; a run with no direct
	// formatting takes the paragraph style's.
	Runs []Run
	// Mark is the formatting of the paragraph's mark (w:pPr/w:rPr) where
	// it has its own: an empty paragraph's line is as tall as its mark's
	// type. nil where it has none (the style's).
	Mark *Run
	// Label is the list label Word draws before the text (一、, （一）, 1.,
	// a bullet), its suffix (a tab or a space) included; nil for none. It
	// is not part of Text, which is what the document's runs say.
	Label *Run
	// Indent is the paragraph's indentation, resolved through document
	// defaults, style chain, list level and its own; Spacing its spacing.
	// Both are nil only in a model not read from Word, which the layout
	// preset's style then sets.
	Indent  *Indent
	Spacing *Spacing
	// Tabs are the paragraph's custom tab stops, by position; between and
	// after them a tab goes to the next of the document's default stops.
	Tabs []TabStop
	// Borders are the lines above and below the paragraph (the red rule
	// under a 红头) and beside it, a box; nil for none.
	Borders *Borders
	// Shading is the colour behind the paragraph (w:pPr/w:shd, a
	// pattern blended with its fill), RRGGBB; "" for none.
	Shading string
	// Footnotes are the notes its references point to, drawn at the foot
	// of its page.
	Footnotes []Note
	// Images are the pictures drawn with the paragraph: in its line when it
	// has no text, or floating.
	Images []Image
	// Shapes are the lines, shapes and text boxes anchored in it, drawn
	// at their places.
	Shapes []Shape
	// Hidden: Word shows nothing of the paragraph, not even an empty line
	// (its text and its mark are hidden).
	Hidden bool
	// Frame places a header's or footer's paragraph out of its story's
	// flow (frames.go); nil for none.
	Frame *Frame
	// LabelPicture is the picture bullet (图片项目符号, w:lvlPicBulletId)
	// Word draws as the label, Label then holding its suffix alone; nil
	// for a label of text.
	LabelPicture *Image
	// Outline is its outline level, 1 for 标题 1, through its style; 0
	// for body text. A section's ChapterLevel takes the chapter number
	// from the LabelNumber of the last paragraph at that level: its
	// label's full number, each level's in its format (1, 二, III, 1.2),
	// not the text before or after it (第…章).
	Outline     int
	LabelNumber string
	// NoLineNumbers: the paragraph's lines are not counted in its
	// section's line numbers (w:suppressLineNumbers).
	NoLineNumbers bool
}

// Table is one table.
type Table struct {
	// Widths are the grid columns, in twentieths of a point.
	Widths  []int
	Rows    []Row
	Section int
	// Borders are the table's lines (its own w:tblBorders, else its
	// style's); all "none" if neither sets any, as Word draws it; nil for
	// a table not read from Word, drawn as plain boxes.
	Borders *TableBorders
	// Margins are its cells' default margins (w:tblCellMar).
	Margins CellMargins
	// Width is how wide it is, Align where it stands across the text
	// ("" at the left, "center", "right"), and Indent its left border's
	// distance from the text's left edge in twips where it stands at the
	// left (tablewidth.go).
	Width  TableWidth
	Align  string
	Indent int
	// Float places a floating table (w:tblpPr) off the text's flow, the
	// text wrapping around it; nil for one in the flow.
	Float *TableFloat
}

// CellMargins are the space between a cell's edges and its text, in pt:
// top, left, bottom and right, each used where Set says it is set.
type CellMargins struct {
	Pt  [4]float64
	Set [4]bool
}

// Row is one table row.
type Row struct {
	Header bool // repeats at the top of each page
	Cells  []Cell
	// Height is the row's w:trHeight in pt, 0 for none; Exact says the row
	// is that high whatever its text (hRule="exact"), otherwise it is at
	// least that high (Word's default rule).
	Height float64
	Exact  bool
	// CantSplit keeps the row whole on one page (w:cantSplit): without it
	// Word breaks a row that reaches the page's foot between two lines.
	CantSplit bool
	// Own is the row's own width, alignment and indent where Word places
	// it otherwise than its table (tablewidth.go); nil for the table's.
	Own *RowPlace
	// CellSpacing is the room around each of its cells (单元格间距,
	// w:tblCellSpacing of its w:trPr or w:tblPrEx, else its table's), pt:
	// its cells stand apart, each in its own lines (cellspacing.go in
	// layout); 0 for none.
	CellSpacing float64
	// Before and After are the grid columns the row leaves empty before
	// its first cell and after its last (w:gridBefore, w:gridAfter: a
	// table edited by hand, a row shorter than the others), which Word
	// draws as no cell at all: no lines, no shading.
	Before, After int
}

// RowPlace is where a row of its own placement stands: Width, Align and
// Indent as a Table's.
type RowPlace struct {
	Width  TableWidth
	Align  string
	Indent int
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
	Text string // paragraphs joined by \n
	Span int    // grid columns spanned, at least 1
	// FitText fits each line of its text to the cell's width (适应文字,
	// w:tcFitText): no line wraps, each spread or squeezed across.
	FitText bool
	Merge   Merge
	Bold    bool
	Align   string
	// Size is the type size its runs set, in pt; 0 for the style's.
	Size float64
	// Shading is the cell's fill, RRGGBB; "" for none.
	Shading string
	// Borders are the cell's own lines (w:tcBorders), over the table's.
	Borders *TableBorders
	// Margins are the cell's own margins (w:tcMar), over the table's.
	Margins CellMargins
	// VAlign is where its text stands in a row taller than it: "center",
	// "bottom", or "" for Word's default, the top.
	VAlign string
	// Direction is its text's direction (w:textDirection, 文字方向) where
	// vertical: tbRl (WPS writes tbRlV) sets the characters upright, one
	// under the other, each paragraph a column from the right; tbLrV
	// the same from the left; btLr turns the lines to read upwards, each
	// paragraph a column from the left. "" for horizontal text.
	Direction string
	// Color is the colour of all its text (a red figure), RRGGBB; "" for
	// black. Text of several colours in one cell is listed as not shown.
	Color string
	// Kern is the type size from which all its text is kerned (w:kern),
	// in pt; 0 for none, or where its runs differ, each stretch's then
	// (RunSize.Format).
	Kern float64
	// Font is the East Asian font all its text is set in (a header row
	// set to 黑体, a cell to 楷体), through its styles; "" where its runs
	// differ, for the table's own.
	Font string
	// LatinFont is the Latin font all its text is set in (Arial), as
	// Font; "" where its runs differ.
	LatinFont string
	// OtherFont, Hint and Chinese are what picks the font of each of its
	// characters, as Run's, where all its runs agree ("", false where they
	// differ, each stretch's then, RunSize.Format): the layout sets each
	// character of a cell in the font Word picks for it, as in the body.
	OtherFont     string
	Hint, Chinese bool
	// Bookmarks are the bookmarks that start in the cell, whose page is
	// its row's; Refs name the bookmark of each PageRefField in Text, in
	// order.
	Bookmarks, Refs []string
	// Pictures are the pictures standing in paragraphs of their own in
	// the cell, in order.
	Pictures []CellPicture
	// Paras are how each paragraph of Text is set, in order; nil in a
	// model not read from Word, whose cells the layout preset sets.
	Paras []CellPara
	// Nested says a table stands in the cell: its cells' paragraphs are
	// read as the cell's lines (a layout table holding the attachment's
	// still has all its text), its grid and lines are not.
	Nested bool
	// Shapes are the lines, shapes and text boxes anchored in its
	// paragraphs, and Floats its floating pictures (a 公章 over the
	// signature): placed in the cell where Float.InCell says so, as Word
	// places them (layoutInCell).
	Shapes []CellShape
	Floats []CellFloat
	// Notes are the footnotes its paragraphs refer to, in order.
	Notes []CellNote
	// PageBreaks are the lines of Text (cut at \n, from 0) a page break
	// (w:br w:type="page") in the cell puts on the next page: Word breaks
	// the row there, the cell's text going on in the row's part overleaf.
	// One before all of the cell's text or after all of it breaks
	// nothing, in Word as here.
	PageBreaks []int
}

// CellShape is a shape anchored in a table cell's paragraph Para (of all
// the cell's paragraphs, numbered from 0), Before lines of the cell's
// Text above that paragraph; its Float.At counts the paragraph's list
// label.
type CellShape struct {
	Shape
	Before, Para int
}

// CellFloat is a floating picture anchored in a table cell's paragraph,
// placed as a CellShape is.
type CellFloat struct {
	Image
	Before, Para int
}

// CellPicture is a picture in a table cell, in a paragraph of its own.
type CellPicture struct {
	Image
	// Before is how many lines of the cell's Text (split at \n, before
	// wrapping) stand above it; Para numbers the cell's picture
	// paragraphs, the pictures of one standing side by side.
	Before, Para int
	Align        string
	// OnGrid: its paragraph snaps to the section's line grid, so that its
	// line takes whole grid lines.
	OnGrid bool
}

func (*Paragraph) isBlock() {}
func (*Table) isBlock()     {}

// Read reads a .docx.
func Read(docx []byte) (*Document, error) { return readDocx(docx, nil) }

// readDocx reads a .docx, its body's head alone where head says how much
// (head.go).
func readDocx(docx []byte, head *HeadLimit) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		return nil, fmt.Errorf("read docx: %w", err)
	}
	parts := map[string]string{}
	media := map[string][]byte{}
	var cut *headCut
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "word/media/") {
			raw, err := readPart(f)
			if err != nil {
				return nil, err
			}
			media[f.Name] = []byte(raw)
			continue
		}
		if f.Name == "word/document.xml" && head != nil {
			if parts[f.Name], cut, err = readHead(f, *head); err != nil {
				return nil, err
			}
			continue
		}
		if f.Name == "word/document.xml" || f.Name == "word/styles.xml" || f.Name == "word/numbering.xml" || f.Name == "word/settings.xml" ||
			f.Name == "word/theme/theme1.xml" || f.Name == "word/footnotes.xml" || f.Name == "word/endnotes.xml" || strings.HasPrefix(f.Name, "word/_rels/") || strings.HasPrefix(f.Name, "word/header") || strings.HasPrefix(f.Name, "word/footer") {
			if parts[f.Name], err = readPart(f); err != nil {
				return nil, err
			}
		}
	}
	body, ok := parts["word/document.xml"]
	if !ok {
		return nil, fmt.Errorf("read docx: no word/document.xml")
	}
	s := &sheet{shapeTypes: vmlShapeTypes(parts), num: readNumbering(parts["word/numbering.xml"]), undrawn: new([]Feature), media: media, formats: map[string]map[string]runInfo{}, styleLayers: map[string]props{}, layouts: map[string]layoutOf{}, cellParas: map[CellPara][]CellPara{}, stretchFormats: map[Run]*Run{}, links: map[string]*linkRead{}, vmlLinks: map[string]*linkedBox{},
		bookmarks: map[string]bool{}, known: &knownState{memo: map[string][]string{}, styles: map[string][]string{}, foreign: foreignPrefixes(parts)}}
	s.styles, s.defaults, s.pDefaults = readStyles(parts["word/styles.xml"])
	s.num.link(s.styles)
	s.num.rels = relationships(parts["word/_rels/numbering.xml.rels"])
	s.theme = readTheme(parts["word/theme/theme1.xml"])
	readColors(parts["word/theme/theme1.xml"], s.theme)
	readEffects(parts["word/theme/theme1.xml"], s.theme)
	s.notes = readNotes(parts)
	s.rels = relationships(parts["word/_rels/document.xml.rels"])
	s.cellAlways = compatibility(parts["word/settings.xml"]) >= 15
	s.normalYields, s.defaultPara = !compatOn(parts["word/settings.xml"], "overrideTableStyleFontSizeAndJustification"), defaultParagraphStyle(parts["word/styles.xml"])
	doc, err := readBody(body, s)
	if err != nil {
		return nil, err
	}
	doc.head = cut.apply(doc)
	s.charGrid(doc.Sections)
	doc.Endnotes = s.notes.end
	s.notePlacement(doc, parts["word/settings.xml"])
	pageW, pageH := largestPage(doc.Sections)
	doc.Background, _ = s.pageBackground(body[:max(0, strings.Index(body, "<w:body"))], pageW, pageH)
	doc.BackgroundShown = backgroundShown(parts["word/settings.xml"])
	doc.EvenPages = on(parts["word/settings.xml"], "w:evenAndOddHeaders")
	surroundMargins(doc.Sections, parts["word/settings.xml"])
	s.sectionMargins(doc.Sections, parts)
	if last := doc.Sections[len(doc.Sections)-1]; last.Header.Default != nil {
		doc.Header, doc.HeaderImages = last.Header.Default.Lines, last.Header.Default.Images
	}
	if last := doc.Sections[len(doc.Sections)-1]; last.Footer.Default != nil {
		doc.Footer, doc.FooterImages = last.Footer.Default.Lines, last.Footer.Default.Images
	}
	doc.DefaultTab = 720
	if v, ok := wordxml.Val(parts["word/settings.xml"], "w:defaultTabStop"); ok {
		if n, err := parseFloat(v); err == nil && n > 0 {
			doc.DefaultTab = n
		}
	}
	doc.Kinsoku = readKinsoku(parts["word/settings.xml"], attr(strongestWith(props{s.defaults}, "w:lang", []string{"w:eastAsia"}), "w:eastAsia"))
	s.missingBookmarks()
	s.linkBoxes()
	*s.undrawn = append(*s.undrawn, unnumberedChapters(doc)...)
	doc.Undrawn = *s.undrawn
	return doc, nil
}

// compatOn reports whether the document's settings turn the
// w:compatSetting name on.
func compatOn(settings, name string) bool {
	for i := next(settings, "w:compatSetting", 0); i >= 0; i = next(settings, "w:compatSetting", i+1) {
		if tag := tagOf(settings[i:]); attr(tag, "w:name") == name {
			v := attr(tag, "w:val")
			return v == "1" || v == "true" || v == "on"
		}
	}
	return false
}

// defaultParagraphStyle is the id of the paragraph style Word gives a
// paragraph naming none (w:default="1": Normal, 正文).
func defaultParagraphStyle(styles string) string {
	for i := next(styles, "w:style", 0); i >= 0; i = next(styles, "w:style", i+1) {
		if tag := tagOf(styles[i:]); attr(tag, "w:type") == "paragraph" && attr(tag, "w:default") == "1" {
			return attr(tag, "w:styleId")
		}
	}
	return "Normal"
}

// compatibility is the version of Word whose layout the document asks
// for (w:compatSetting compatibilityMode: 14 for Word 2010, 15 for 2013
// and later); 0 where it names none, as WPS and older Word write it.
func compatibility(settings string) int {
	for i := next(settings, "w:compatSetting", 0); i >= 0; i = next(settings, "w:compatSetting", i+1) {
		tag := settings[i : i+strings.IndexByte(settings[i:], '>')]
		if attr(tag, "w:name") == "compatibilityMode" {
			n, _ := strconv.Atoi(attr(tag, "w:val"))
			return n
		}
	}
	return 0
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
	if name := strings.ToLower(f.Name); strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
		return withoutCutTag(b.String()), nil
	}
	return b.String(), nil
}

// withoutCutTag is part without a tag cut short at its end: the readers
// take every '<' to have its '>' after it. A template so damaged is
// refused before it is read (opc.Inspect); an output read back is not
// checked, and must not crash the preview.
func withoutCutTag(part string) string {
	if lt := strings.LastIndexByte(part, '<'); lt > strings.LastIndexByte(part, '>') {
		return part[:lt]
	}
	return part
}
