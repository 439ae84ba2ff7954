package wordmodel

import (
	"cmp"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// The reader knows every element it may meet in a story (the body, a
// header or footer, a note, a text box) by name: what it reads and the PDF
// draws, what Word does not print either (a proofing mark, a bookmark),
// and what the PDF would not show, listed with what the clerk calls it.
// An element in none of these is listed too, as 未能识别的 Word 内容: a
// kind of content nobody thought of is refused, never dropped.

// knownAs is what the reader knows of one element.
type knownAs struct {
	// what is what the PDF would not show, as the clerk calls it; "" for
	// an element that is drawn or that Word does not print either.
	what string
	// check, where set, decides from the element (its whole text) what
	// it is listed as; "" where this occurrence is drawn or invisible.
	check func(s *sheet, el string) string
	// walk: its children are checked too; otherwise they are its own
	// reader's, or are not printed.
	walk bool
}

// known are the elements by the element they stand in; those under ""
// stand anywhere. A property is known by its container (w:rPr, w:pPr,
// w:sectPr, w:tblPr, w:trPr, w:tcPr …): the same name means different
// things in different ones (w:textDirection of a cell and of a page).
var known = map[string]map[string]knownAs{}

// knownNames adds names, separated by white space, under parent.
func knownNames(parent string, as knownAs, names string) {
	if known[parent] == nil {
		known[parent] = map[string]knownAs{}
	}
	for _, n := range strings.Fields(names) {
		known[parent][n] = as
	}
}

var (
	read  = knownAs{walk: true} // drawn, its content checked
	quiet = knownAs{}           // drawn or not printed; its content is its reader's
)

// Tracked changes and comments are the Word writer's (pipeline/docx,
// revisions.go): it accepts every change and leaves comments out, and
// notes both, so the Word document published has neither and shows what
// the PDF shows. Read here as accepted: deleted text is not printed,
// inserted text is. A change to a table's rows or cells is not accepted
// there (the row stays, its mark goes), so it is listed, with what to do.
const tableRevision = "表格行或单元格的修订（插入、删除或合并，未接受）"

// advised are the features that are not removed but settled in Word, with
// what to do there.
var advised = map[string]string{
	tableRevision: "请在 Word 中“审阅 → 接受所有修订”（或拒绝）后再保存模板",
}

func init() {
	// Stories and their content.
	knownNames("", read, `w:document w:body w:hdr w:ftr w:footnotes w:footnote w:endnotes w:endnote
		w:p w:r w:tbl w:tr w:tc w:tblGrid w:sdt w:sdtContent w:customXml w:smartTag w:hyperlink w:fldSimple
		w:drawing w:pict w:txbxContent w:dir w:bdo w:pPr w:rPr w:sectPr w:tblPr w:trPr w:tcPr w:tblPrEx
		w:rPrDefault w:pPrDefault mc:AlternateContent`)
	knownNames("", quiet, `w:t w:gridCol w:fldChar w:instrText w:tab w:br w:cr w:noBreakHyphen w:softHyphen w:sym
		w:footnoteReference w:endnoteReference w:footnoteRef w:endnoteRef w:separator w:continuationSeparator
		w:proofErr w:bookmarkStart w:bookmarkEnd w:lastRenderedPageBreak w:permStart w:permEnd
		w:commentRangeStart w:commentRangeEnd w:annotationRef w:sdtPr w:sdtEndPr w:customXmlPr w:smartTagPr
		w:fldData w:delText w:delInstrText w:commentReference
		w:moveFromRangeStart w:moveFromRangeEnd w:moveToRangeStart w:moveToRangeEnd`)
	// Read, and listed when not drawn, by their own readers (undrawn.go).
	knownNames("", quiet, `w:object w:ruby m:oMath m:oMathPara c:chart dgm:relIds`)
	// Deleted text and the record of a formatting change are not
	// printed once accepted; inserted text is.
	knownNames("", quiet, `w:del w:moveFrom w:rPrChange w:pPrChange w:sectPrChange w:tblPrChange
		w:trPrChange w:tcPrChange w:tblGridChange w:tblPrExChange w:numberingChange
		w:customXmlInsRangeStart w:customXmlInsRangeEnd w:customXmlDelRangeStart w:customXmlDelRangeEnd
		w:customXmlMoveFromRangeStart w:customXmlMoveFromRangeEnd w:customXmlMoveToRangeStart w:customXmlMoveToRangeEnd`)
	knownNames("", read, `w:ins w:moveTo`)
	knownNames("", knownAs{what: tableRevision}, `w:cellIns w:cellDel w:cellMerge`)
	knownNames("", knownAs{what: "外部内容块（altChunk，内容在另一个文件中，Word 打开时才导入）"}, `w:altChunk`)
	knownNames("", knownAs{what: "子文档（内容在另一个文件中）"}, `w:subDoc`)
	knownNames("", knownAs{what: "ActiveX 控件"}, `w:control`)
	knownNames("", knownAs{what: "墨迹"}, `w:contentPart`)
	knownNames("", quiet, `w:ptab`) // drawn by the layout (tabs.go), listed in a vertical cell (alignTabVertical)
	knownNames("", knownAs{what: "自动更新的日期（Word 打开时显示当天）"}, `w:dayShort w:dayLong w:monthShort w:monthLong w:yearShort w:yearLong`)
	knownNames("", knownAs{what: "页码（w:pgNum）"}, `w:pgNum`)
	knownNames("", knownAs{check: background}, `w:background`)
	knownNames("w:background", quiet, `v:background v:fill`) // read by pageBackground

	runProperties()
	paragraphProperties()
	sectionProperties()
	tableProperties()
	drawingML()
	vml()
}

func runProperties() {
	// w:effect (Word 97's animated text) is known as not printed: Word
	// 2007 and later show and print its text plain, as the PDF does.
	knownNames("w:rPr", quiet, `w:rStyle w:rFonts w:b w:i w:caps w:smallCaps w:strike w:dstrike w:vanish
		w:specVanish w:webHidden w:color w:sz w:highlight w:u w:vertAlign w:position w:shd
		w:bCs w:iCs w:szCs w:cs w:lang w:kern w:noProof w:snapToGrid w:oMath w:effect
		w14:ligatures w14:numForm w14:numSpacing w14:stylisticSets w14:cntxtAlts`)
	// Drawn by the layout: emphasis dots, a border around the text,
	// character scale and spacing, text fitted to a width (调整宽度).
	knownNames("w:rPr", quiet, `w:em w:bdr w:w w:spacing w:fitText`)
	// The legacy effects and Word 2010's outline, fill, shadow, glow and
	// reflection are drawn (effects.go, glowreflect.go); knownEffect
	// lists the kinds of them that are not.
	knownNames("w:rPr", quiet, `w:outline w:shadow w:emboss w:imprint`)
	knownNames("w:rPr", knownAs{check: knownEffect}, `w14:textFill w14:shadow w14:textOutline w14:reflection`)
	knownNames("w:rPr", quiet, `w14:glow`)
	for _, effect := range []string{"w14:textOutline", "w14:textFill", "w14:shadow", "w14:glow"} {
		knownNames(effect, quiet, `w14:solidFill w14:noFill w14:gradFill w14:gsLst w14:gs w14:lin w14:path w14:fillToRect
			w14:srgbClr w14:schemeClr w14:alpha w14:lumMod w14:lumOff w14:shade w14:tint w14:satMod w14:satOff
			w14:prstDash w14:round w14:bevel w14:miter`)
	}
	knownNames("w:rPr", quiet, `w:eastAsianLayout`) // drawn, but in some cells (eastasian.go)
	// Word orders a right-to-left run's marks and spaces right to left,
	// which the layout, left to right only, does not; its fonts and sizes
	// are its complex script's (scripts.go).
	knownNames("w:rPr", knownAs{check: toggle("从右向左的文字（w:rtl）")}, `w:rtl`)
	knownNames("w:rPr", knownAs{what: "文字效果（三维）"}, `w14:scene3d w14:props3d`)
	// Within what is listed already (knownEffect: a crafted pattern fill;
	// 3-D), so as not to list it twice.
	knownNames("w14:textFill", quiet, `w14:pattFill w14:fgClr w14:bgClr w14:blipFill`)
	knownNames("w14:props3d", quiet, `w14:bevelT w14:bevelB w14:extrusionClr w14:contourClr`)
	// A paragraph mark inserted or deleted: the Word document keeps the
	// paragraphs apart as the PDF does.
	knownNames("w:rPr", quiet, `w:ins w:del w:moveFrom w:moveTo`)
}

func paragraphProperties() {
	knownNames("w:pPr", read, `w:rPr w:sectPr w:numPr w:tabs`)
	// Paragraph borders and shading are drawn (a table cell's are listed
	// by the paragraph's reader); the keep rules are read into Spacing.Keeps
	// and heeded where the layout breaks pages.
	knownNames("w:pPr", quiet, `w:pStyle w:keepNext w:keepLines w:pageBreakBefore w:widowControl w:pBdr w:shd
		w:spacing w:ind w:contextualSpacing w:jc w:snapToGrid w:outlineLvl w:suppressLineNumbers
		w:suppressAutoHyphens w:kinsoku w:wordWrap w:overflowPunct w:autoSpaceDE w:autoSpaceDN
		w:adjustRightInd w:suppressOverlap w:textAlignment w:textboxTightWrap w:divId w:cnfStyle w15:collapsed`)
	knownNames("w:pPr", knownAs{check: frame}, `w:framePr`)
	knownNames("w:pPr", knownAs{check: toggle("从右向左的段落")}, `w:bidi`)
	knownNames("w:pPr", knownAs{check: toggle("对称缩进")}, `w:mirrorIndents`)
	// 允许行首标点压缩 sets a full-width opening mark that starts a line
	// half-width; the layout sets it whole.
	knownNames("w:pPr", knownAs{check: toggle("允许行首标点压缩")}, `w:topLinePunct`)
	knownNames("w:pPr", knownAs{check: vertical}, `w:textDirection`)
	knownNames("w:numPr", quiet, `w:ilvl w:numId`)
	// A paragraph's box, its between line and its bar, read by readBorders.
	knownNames("w:pBdr", quiet, `w:top w:left w:start w:bottom w:right w:end w:between w:bar`)
	knownNames("w:tabs", knownAs{check: tabStop}, `w:tab`)
}

// tabStop lists a bar tab, the line Word draws down the paragraph at
// it, and a stop farther than Word sets one (1584 pt either way, which
// MS-OI29500 2.1.61 says Word restricts a stop to; what Word makes of a
// template's stop past it, it does not say).
func tabStop(_ *sheet, el string) string {
	tag := tagOf(el)
	if attr(tag, "w:val") == "bar" {
		return "竖线对齐制表符（Word 在段落的每一行画一条竖线）"
	}
	if attr(tag, "w:val") == "clear" {
		return "" // takes a style's stop away, wherever it says
	}
	if pos, err := parseFloat(attr(tag, "w:pos")); err != nil || math.Abs(pos) > maxTabPos {
		return fmt.Sprintf("超出 Word 范围的制表位（位置“%s”缇，Word 最多设到 1584 磅）", attr(tag, "w:pos"))
	}
	return ""
}

func sectionProperties() {
	knownNames("w:sectPr", quiet, `w:headerReference w:footerReference w:pgSz w:pgMar w:titlePg w:docGrid w:type
		w:paperSrc w:formProt w:rtlGutter w:printerSettings w:bidi`)
	knownNames("w:sectPr", quiet, `w:noEndnote`) // read with the section's page (pgborders.go)
	knownNames("w:sectPr", quiet, `w:pgBorders`) // drawn by the layout
	knownNames("w:sectPr", quiet, `w:lnNumType`) // drawn by the layout (linenumbers.go)
	knownNames("w:sectPr", knownAs{check: pageNumbers}, `w:pgNumType`)
	knownNames("w:sectPr", quiet, `w:cols`)                   // laid out in columns (layout's columns.go)
	knownNames("w:sectPr", quiet, `w:footnotePr w:endnotePr`) // read by the notes (notes.go)
	// Read by the notes (notes.go); w:pos counts in settings.xml alone.
	for _, pr := range []string{"w:footnotePr", "w:endnotePr"} {
		knownNames(pr, quiet, `w:pos w:numFmt w:numStart w:numRestart`)
	}
	knownNames("w:sectPr", quiet, `w:vAlign`) // drawn by the layout (valign.go)
	knownNames("w:sectPr", knownAs{check: vertical}, `w:textDirection`)
}

func tableProperties() {
	// A table is as wide as its w:tblW says and stands where its w:jc and
	// w:tblInd put it (tablewidth.go); its grid's columns share that width
	// in their proportions, in a fixed layout as in an autofit one.
	knownNames("w:tblPr", read, `w:tblBorders`)
	knownNames("w:tblPr", quiet, `w:tblW w:jc w:tblInd`)
	knownNames("w:tblPr", quiet, `w:tblCellMar w:tblStyle w:tblLayout w:tblLook w:tblOverlap
		w:tblStyleRowBandSize w:tblStyleColBandSize w:tblCaption w:tblDescription`)
	// A body table floats where its w:tblpPr puts it (tablefloat.go).
	knownNames("w:tblPr", knownAs{check: floatingTable}, `w:tblpPr`)
	knownNames("w:tblPr", knownAs{check: toggle("从右向左的表格")}, `w:bidiVisual`)
	knownNames("w:tblPr", quiet, `w:tblCellSpacing`)
	knownNames("w:tblPr", knownAs{check: filled("表格底纹")}, `w:shd`)
	// A row's w:wBefore and w:wAfter only size the columns gridBefore and
	// gridAfter skip, which the grid sizes (Row.Before, Row.After).
	knownNames("w:trPr", quiet, `w:cantSplit w:trHeight w:tblHeader w:cnfStyle w:divId w:wBefore w:wAfter w:gridBefore w:gridAfter`)
	knownNames("w:trPr", quiet, `w:jc w:tblCellSpacing`)
	knownNames("w:trPr", knownAs{check: toggle("隐藏的表格行")}, `w:hidden`)
	knownNames("w:trPr", quiet, `w:ins`)
	knownNames("w:trPr", knownAs{what: tableRevision}, `w:del`)
	// A row's own width, alignment and indent (w:tblPrEx, a row's w:jc)
	// are drawn (Row.Own), in the body's tables and in a header's or
	// footer's alike: their cells, lines and floats stand in the row's
	// own columns.
	knownNames("w:tblPrEx", quiet, `w:tblLayout w:tblCellMar w:tblLook w:tblW w:jc w:tblInd`)
	knownNames("w:tblPrEx", quiet, `w:tblCellSpacing`)
	knownNames("w:tblPrEx", knownAs{check: filled("表格行的底纹")}, `w:shd`)
	knownNames("w:tblPrEx", knownAs{check: rowBorders}, `w:tblBorders`)
	knownNames("w:tcPr", read, `w:tcBorders`)
	// Vertical text in a cell is drawn by the layout.
	knownNames("w:tcPr", quiet, `w:tcW w:gridSpan w:vMerge w:shd w:tcMar w:vAlign w:textDirection
		w:cnfStyle w:noWrap w:hideMark w:headers`)
	knownNames("w:tcPr", quiet, `w:hMerge`) // joined into the cell before (body.go)
	// 适应文字 is drawn in a horizontal cell (Cell.FitText), listed in a
	// vertical one.
	knownNames("w:tcPr", quiet, `w:tcFitText`)
	for _, borders := range []string{"w:tblBorders", "w:tcBorders"} {
		knownNames(borders, quiet, `w:top w:left w:start w:bottom w:right w:end w:insideH w:insideV`)
	}
	knownNames("w:tcBorders", quiet, `w:tl2br w:tr2bl`) // a cell's diagonals, drawn by the layout
}

// toggle lists a property Word turns on (<w:b/>, w:val="1") as what.
func toggle(what string) func(*sheet, string) string {
	return func(_ *sheet, el string) string {
		if on(el, elementName(el, 0)) {
			return what
		}
		return ""
	}
}

// filled lists a w:shd that fills with a colour as what.
func filled(what string) func(*sheet, string) string {
	return func(_ *sheet, el string) string {
		if fillOf(tagOf(el)) != "" {
			return what
		}
		return ""
	}
}

// tagOf is the start tag of the element el.
func tagOf(el string) string {
	if gt := strings.IndexByte(el, '>'); gt >= 0 {
		return el[:gt]
	}
	return el
}

// twipsOf is a whole-number attribute; 0 where it has none.
func twipsOf(el, name string) int {
	n, _ := strconv.Atoi(attr(tagOf(el), name))
	return n
}

// background lists a page colour or fill effect the PDF does not draw
// (background.go).
func background(s *sheet, el string) string {
	_, why := s.pageBackground(el, 210, 297)
	return why
}

// frame lists a paragraph in a frame the PDF does not place
// (Paragraph.Frame): a drop cap (首字下沉) in a table or a note, a frame
// (图文框) in a text box or a note, or in a style.
func frame(s *sheet, el string) string {
	d := attr(tagOf(el), "w:dropCap")
	if s.known.inStyle {
		// A style's frame or drop cap frames its paragraphs
		// (paragraphFrame), each listed where it cannot stand. A frame's
		// check depends on where its paragraph stands (a pPr holding one
		// is not memoized).
		return ""
	}
	if d == "drop" || d == "margin" {
		if s.ownLines() || s.inCell {
			return "" // the body's, a header's, a footer's, a text box's, a cell's
		}
		return dropCapNotDrawn
	}
	if s.inBody || s.inMargin || s.inCell || s.inBox {
		return "" // the body's, a header's or footer's, a text box's, their tables'
	}
	return frameNotDrawn
}

// dropCapNotDrawn lists a drop cap where the PDF does not place one.
const dropCapNotDrawn = "首字下沉（脚注、尾注中的首字下沉无法显示）"

// frameNotDrawn lists a frame where the PDF does not place one.
const frameNotDrawn = "图文框（脚注中的图文框无法显示，请改为正文中的图文框或文本框）"

// vertical lists a text direction other than Word's horizontal one.
func vertical(_ *sheet, el string) string {
	switch attr(tagOf(el), "w:val") {
	case "", "lrTb", "tb", "lrTbV":
		return ""
	}
	return "文字方向（竖排文字）"
}

// cellDirection is a cell's text direction (w:textDirection) as the
// layout names it: "" for horizontal, else tbRl, tbRlV, tbLrV or btLr,
// which Word writes (ECMA-376's first edition), for the same values as
// ISO 29500 names them (rl, rlV, lrV, lr); known is false for one the
// layout does not set (lrTbV, tbV: level lines of characters turned).
func cellDirection(v string) (direction string, known bool) {
	switch v {
	case "", "lrTb", "tb":
		return "", true
	case "tbRl", "rl":
		return "tbRl", true
	case "tbRlV", "rlV":
		return "tbRlV", true
	case "tbLrV", "lrV":
		return "tbLrV", true
	case "btLr", "lr":
		return "btLr", true
	}
	return "", false
}

// pageNumbers lists page numbers in a format the PDF cannot write. A
// restart (w:start), a format it writes and a chapter's number before
// the page's (1-3) are drawn (Section.PageStart, ChapterLevel).
func pageNumbers(_ *sheet, el string) string {
	if f := attr(tagOf(el), "w:fmt"); f != "" && !knownFormat(f) {
		return "页码格式" + formatNamed(f)
	}
	if start, err := strconv.Atoi(attr(tagOf(el), "w:start")); err == nil && tooLongToRepeat(attr(tagOf(el), "w:fmt"), start) {
		return fmt.Sprintf("页码起始值 %d 用格式%s写出超过 %d 个字符", start, formatNamed(attr(tagOf(el), "w:fmt")), maxLabelLength)
	}
	return ""
}

// rowBorders lists a row's own borders (w:tblPrEx) where a line differs
// from its table's (its own or its style's): WPS writes the table's again
// in every row, its attributes in its own order.
func rowBorders(s *sheet, el string) string {
	for _, side := range []string{"w:top", "w:left", "w:start", "w:bottom", "w:right", "w:end", "w:insideH", "w:insideV"} {
		if row, ok := borderLine(el, side); ok {
			if table, _ := borderLine(s.known.tableBorders, side); row != table {
				return "表格行的单独边框（与表格其他行不同）"
			}
		}
	}
	return ""
}

// borderLine is the look of one side of a borders element, and whether
// it sets that side; a side it sets to nothing looks as one it lacks.
func borderLine(borders, side string) (string, bool) {
	i := next(borders, side, 0)
	if i < 0 {
		return "", false
	}
	tag := tagOf(borders[i:])
	val := attr(tag, "w:val")
	if val == "" || val == "nil" || val == "none" {
		return "", true
	}
	return val + " " + attr(tag, "w:sz") + " " + strings.ToUpper(cmp.Or(attr(tag, "w:color"), "auto")), true
}
