// Package wordmodel reads a filled Word document back into a small document
// model: body paragraphs with their style, alignment and page breaks, and
// tables with their column widths, header rows and vertical merges.
//
// A table's width (w:tblW: twips, a share of the text's width, or auto:
// its grid's sum), alignment (w:jc) and indent (w:tblInd, to the border in
// Word 2013's mode, to the first cell's text in older ones), each from its
// style where it sets none, are read into Table.Width, Align and Indent;
// Table.Columns puts its grid lines where Word draws them (tablewidth.go).
// A row placed otherwise (its w:tblPrEx's own w:tblW, w:jc or w:tblInd,
// its trPr's w:jc, each over the table's and its style's) keeps its own
// place in Row.Own; one only repeating the table's, as WPS and Word 2003
// write every row, has none.
//
// It is the reader half of the PDF path. The wording lives in one place,
// the Word template; the PDF is laid out from what the filled .docx says,
// so the two can never disagree.
//
// A paragraph is read as Word prints it:
//
//   - Its keep rules (Spacing.Keeps: keepNext, keepLines, widowControl)
//     are resolved through the same layers as its spacing (keeps.go):
//     widow control is on only where a layer turns it on, as Word 2016
//     writes it in pPrDefault or Normal, and off again where a stronger
//     layer writes w:val="0", as Chinese Word and WPS write Normal.
//   - Run formatting is resolved through every layer Word applies, the
//     document defaults, the paragraph style and the styles it is based on,
//     the character style, the run's own (runs.go), so that a character
//     style's red is red; fonts per script, theme fonts resolved
//     (fonts.go). Size is only the run's and its character style's; the
//     paragraph style's is StyleSize.
//   - In a table cell a table style is a layer of its own, over the
//     document defaults and under the paragraph style (tablestyle.go): its
//     pPr, rPr and tcPr (fill, lines, vertical alignment), its based-on
//     chain's first, then the conditional formats (w:tblStylePr) the
//     table's w:tblLook switches on (its attributes, or the old hex
//     bitmask alone), in Word's order: bands of w:tblStyleRowBandSize and
//     ColBandSize rows and columns, first and last column, first and last
//     row, the corner cells. Header rows (tblHeader) under the first take
//     the first row's format too; rows filled in by the build are banded
//     by their place in the filled table. A format's own trPr makes its
//     rows header rows (tblHeader: the table's first row repeats) or
//     keeps them whole (cantSplit), and its tblPr's tblCellMar and its
//     tcPr's tcMar give its cells margins, under their own. In a document
//     of Word 2007 or WPS (no compatSetting
//     overrideTableStyleFontSizeAndJustification, [MS-DOCX]) the default
//     paragraph style's 12 pt and left alignment yield to the table
//     style's size and alignment (tableStyleWins); in Word 2010's and
//     later the paragraph style stands over the table style. A cell's own tcPr and its runs'
//     formatting stand over all of it. What a cell sets for all its text
//     is the cell's (Cell.Bold, Color, Font); its runs' formatting beyond
//     that goes with its paragraph as stretches of runes (CellPara.Sizes,
//     RunSize.Format: a red figure, m², a bold word), shared by cells set
//     alike and nil for a plain cell. An upright vertical cell's upright
//     characters' scale, its runs' fitting, a marked 拼音指南 or
//     双行合一 and a raised or spaced 纵横混排 run are listed
//     (verticalOnly, eastAsianInCell); the rest of its runs' formatting
//     is carried as a cell's across is.
//   - Paragraph layout is resolved the same way (layout.go): indents,
//     spacing and line rule, tab stops (tabs.go), alignment; attributes
//     Word takes together (a first-line or hanging indent) are taken
//     together from the strongest layer that sets any of them. Each
//     section's page, margins, document grid and headers and footers by
//     page (first, even, default; linked from the previous section where
//     it names none) are read from its sectPr (margins.go), and its text
//     columns (columns.go: w:cols equal or each w:col's width and gap,
//     w:sep's line, whether it starts on the page before's page); a
//     column break (w:br w:type="column") is the paragraph's
//     ColumnBreakBefore where no text comes before it, ColumnBreakAfter
//     otherwise. A header or
//     footer is a story (story.go, Margin.Blocks): its paragraphs and
//     tables read by the body's readers, with all they carry (borders,
//     pictures in the line, floats, page references); Margin.Lines and
//     Images are views of it for the checks that read it.
//   - Footnote and endnote references become raised marks numbered as
//     Word numbers them, the notes' paragraphs kept with the paragraph or
//     the document (notes.go): settings.xml's footnotePr and endnotePr,
//     each section's over them (format, start, restart by section; a
//     restart on each page is the layout's, Note.PerPage), where they
//     stand (w:pos, settings.xml's alone: Document.FootnotesBelowText,
//     EndnotesBySection). Each reference links to its note's mark and the
//     mark back (Run.Link, through bookmarks of their own, _Jx…).
//   - A section's 页面垂直对齐 (w:vAlign) is Section.VAlign; the page colour
//     or gradient (w:background) Document.Background (background.go); an
//     alignment tab (w:ptab) a tab run with its Run.Align (tabs.go).
//   - Fields (fields.go) are read as Word nests them, complex fields
//     (fldChar begin, instrText split across any runs, separate, end) and
//     w:fldSimple alike, a TOC's spanning paragraphs: a PAGE, NUMPAGES,
//     SECTIONPAGES or PAGEREF is a placeholder (PageField …, PageRefField
//     in a run whose Ref names the bookmark) for the layout to number, its
//     saved result left out; any other field's result is printed as saved.
//     A number field's \* switch (ROMAN, alphabetic, ArabicDash,
//     CHINESENUM1 …) is the numFmt its run shows it in (Run.NumFormat);
//     a section's w:pgNumType its first page's number and its format
//     (Section.PageStart, PageFormat), and the heading level whose label
//     leads it (w:chapStyle, w:chapSep: Section.ChapterLevel, ChapterSep;
//     eastasian.go), paragraphs' outline levels through their styles
//     (Paragraph.Outline); a section numbering chapters from a level no
//     numbered paragraph has is listed, as Word shows an error there.
//   - East Asian typesetting (eastasian.go): 双行合一 and 纵横混排 of a
//     run (w:eastAsianLayout: Run.Combine with its stretch's w:id and
//     brackets, Run.Vertical, VertCompress); in a table cell 双行合一 is
//     listed where the text is vertical, 纵横混排 where it is turned
//     upwards (btLr: it is turned in a horizontal cell as in the body,
//     set across a column in upright text, tbRl, tbLrV); a section's
//     line numbers (w:lnNumType: Section.LineNumbers, Word's w:start one
//     less than the first number, its distance a quarter inch by
//     default, the Line Number style's type over Normal's) and the
//     paragraphs that suppress them (Paragraph.NoLineNumbers); a list
//     level's picture bullet (picbullets.go: w:lvlPicBulletId to
//     numbering.xml's w:numPicBullet, its VML v:imagedata or its
//     drawing's a:blip through numbering.xml's .rels) read as the
//     paragraph's LabelPicture at its proportions (in a table cell the
//     first stretch of its paragraph, RunSize.Picture, at the label's
//     type size), listed where its picture is missing or it stands in a
//     cell of vertical text. A picture set among a cell paragraph's text
//     (嵌入型) is a stretch of its own there too (cellparas.go).
//     A hyperlink's runs (w:hyperlink, a HYPERLINK field) keep its target
//     in Link: an address, or #name for a place in the document
//     (w:anchor, HYPERLINK \l). A bookmark is a run of no text where it
//     starts (Run.Bookmark; Cell.Bookmarks in a table cell). A TOC line
//     LibreOffice wrote, its page number plain text after the tab, gets a
//     page reference to its link's bookmark. A page reference or link to a
//     bookmark the document lacks is listed as not shown (Word prints
//     错误!未定义书签。); a table cell's page references name their
//     bookmarks in Cell.Refs.
//   - Hidden text (w:vanish, w:specVanish, also from a style) is left out;
//     a paragraph that shows nothing and whose mark is hidden is left out
//     whole. w:webHidden is printed, as Word prints it.
//   - A list paragraph (numPr of its own or of its style) gets the label
//     Word draws before it (numbering.go, formats.go), counted across the
//     document as Word counts: levels restart after a higher one unless
//     lvlRestart says otherwise; the nums of one abstract list share its
//     count, a num's startOverride restarts that count at the num's first
//     paragraph of the level and the nums after it count on from there;
//     isLgl writes every level in decimal. The label is not part of Text.
//   - Symbol-font characters (w:sym, Wingdings and Symbol bullets) become
//     the Unicode characters they show (symbols.go); w:noBreakHyphen is
//     U+2011 and w:softHyphen U+00AD.
//
// PNG and JPEG pictures (GIF, BMP and TIFF converted to PNG) in a body's,
// header's or footer's paragraph, alone or in its line of text (a Run
// with Picture set keeps its place among the text), in a table cell's
// paragraph of their own (Cell.Pictures), and floating ones, are read
// with their bytes, size and place (pictures.go; Word's 设置透明色,
// a:clrChange or VML chromakey, and 透明度, a:alphaModFix, applied to the
// bytes, then a PNG with alpha: transparency.go), for the PDF to draw, as
// are a paragraph's borders: its box, between and bar lines, and whether
// it shares its box with the paragraph before or after it (borders.go),
// and its shading (Paragraph.Shading, CellPara's in a cell). A float's Wrap (wrap.go) says how
// the text flows around it, as Word's and WPS's wp:anchor say: square,
// tight, through or top and bottom (none for one in front of or behind
// the text), on which sides (wrapText), the distances the text keeps (the
// anchor's distT, distB, distL, distR, as LibreOffice reads them; the
// wrap element's where the anchor has none) and the outline: the box grown
// by wp:effectExtent, or for tight and through the wrap polygon, whose
// points Word writes in 21600ths of the size, and its bounding box. A
// float in a body table cell (a 公章 over the signature) is kept with the
// cell (Cell.Floats, Cell.Shapes) and its paragraph; Float.InCell says it
// is placed relative to the cell: layoutInCell="1", or any float in a
// document of Word 2013 and later (compatibilityMode 15), which ignores
// "0" there; WPS's documents name no mode and keep "0". A header's and a
// footer's tables are tables like the body's, their floats kept with
// their cells alike. allowOverlap is not read: floats are never moved
// apart.
//
// A body table's w:tblpPr makes it float (Table.Float, tablefloat.go):
// its anchors, offsets or alignments, distances from the text and
// w:tblOverlap, tblpX taken to its left border as w:tblInd is (less the
// cell's margin before Word 2013's mode); a floating table in a header,
// footer, text box or cell is listed.
//
// Lines and shapes (shapes.go: DrawingML's line, straightConnector1,
// rect, roundRect and ellipse as such; every other preset of ECMA-376's
// presetShapeDefinitions, embedded as presetgeom.txt, which presetgen
// writes from the standard's file, and a freeform's a:custGeom read by
// one guide evaluator, geometry.go and guides.go, into Shape.Paths:
// subpaths of moves, lines and cubic curves, arcs and quadratic curves
// converted there once, each with its fill mode and whether it is
// stroked, and its text rectangle; vml.go: VML's v:line, v:rect,
// v:roundrect, v:oval, and any v:shape by its path (vmlpath.go: VML's
// path language over its v:formulas, its own or its v:shapetype's, met
// earlier in the document), v:polyline, v:curve, v:arc, as WPS and Word
// 2007 write them) are read as a Shape: size,
// rotation and flips, outline (colour, theme colours with their lumMod,
// lumOff, shade, tint, satMod, satOff and alpha (over white) resolved by
// colors.go, width, dash, compound,
// arrowheads at a line's ends, arrows.go),
// fill (a colour, or a Gradient: a:gradFill's stops and its linear angle
// or its path from a focus, VML's gradient v:fill; fills.go), an outer
// shadow (Shadow: a:outerShdw, blurred or not, scaled but not skewed), a
// glow (Glow), soft edges (SoftEdge) and a solid fill's inner shadow
// (InnerShadow, innershadows.go; any other effect of a:effectLst
// lists the shape by name, shapeshadows.go), and a place
// as a floating picture has (Float, with the number of
// the paragraph's characters before its anchor, At), in front of or
// behind the text; the style's line and fill where the shape sets none. A text box
// (wps:txbx, v:textbox) is a rect Shape whose Text is its paragraphs, read
// as the document's own (formatting, lists, pictures in their lines and
// floating ones, which the layout places in the box), with its inset,
// anchor, whether it grows to its text and whether it wraps it (NoWrap:
// a WPS page number's box); read once, from the DrawingML, its VML
// fallback skipped. Linked boxes (wps:txbx id and wps:linkedTxbx, VML's
// mso-next-textbox) share the first box's story, each knowing the chain
// and its place in it (Shape.Link, links.go). A VML shape of no absolute
// position stands in the line as a wp:inline one does, and a VML plain
// shadow is a ShapeShadow as a DrawingML sharp one is (vmlshadow.go). A lone VML picture (v:imagedata
// in w:pict, as Word 2003 and WPS write one) is an Image as a DrawingML
// picture is: in the line, or floating where its style is absolute.
//
// What a clerk does to a picture on Word's 图片格式 tab is read with it
// (crop.go, tones.go, tile.go), from a pic:pic, a member of a group, a
// shape's picture fill and a VML picture alike: its crop (a:srcRect and
// a:stretch's a:fillRect as one Crop of the picture the box shows,
// negative shares for room left empty; VML's cropleft … in shares or
// 65536ths); its colour (a:grayscl, a:biLevel, a:lum's brightness and
// contrast, a:duotone; VML's gain, blacklevel, grayscale, bilevel),
// applied to its pixels once, at load, for every back-end; a PNG cropped
// is cut to what shows, a JPEG only cropped keeps its bytes and its Crop
// for the layout to clip; its shape (a preset other than a rectangle,
// the 圆角矩形 picture style's roundRect) and its line (a:ln) as its
// Frame, a Shape the picture is drawn within and under; a tiled picture
// (a:tile; VML's v:fill of type tile) drawn into a picture of its box; a
// VML fill of type frame as a picture fill, of type pattern (an 8 by 8
// dot picture) as a Pattern. Its alpha and colour changes (a:alphaModFix,
// a:clrChange …), effects and others of a:blip are listed.
//
// A shape in the line (wp:inline) is kept only alone in
// a paragraph without text (inlineShapes), where it is drawn as a block.
// Shapes stand with the paragraph they are anchored in (a body's, a
// header's or footer's), or a table cell (Cell.Shapes); a VML shape's
// w10:wrap and mso-wrap-distance-* are read as its Wrap (vml.go), as a
// wp:anchor's are; BoxText is a paragraph's text boxes' text. A shape drawn
// as text (watermark.go: VML's v:textpath, as Word's 水印 and WPS's write
// a watermark; DrawingML text warped plain, a:prstTxWarp textPlain) is a
// Shape of Geometry text whose Art is its text, face and opacity; a text
// bent along a path is listed.
//
// A group (wpg:wgp, nested wpg:grpSp) and a drawing canvas (wpc:wpc) are
// read as their members (groups.go): each shape, text box and picture as a
// lone one, its size and place mapped through each group's xfrm (chOff,
// chExt to off, ext) into the outermost box, and given the group's Float
// with Part set to where it stands in that box; the text wraps around the
// group's outline. A member not drawn lists the whole group, and none of
// it is kept; so is one turned or flipped within a group. A group or
// canvas in the line (wp:inline; a v:group not absolutely positioned) is
// one picture of its box (Image.Group, with a Picture run at its place
// among the text) whose members stand in it by their Part. The outermost group turned or flipped turns its members with it
// (group.turn: each member's centre turned about the group's, the member
// turned and mirrored too).
// A VML group (v:group, vmlgroups.go) alike: its members' CSS numbers are
// in its coordsize from its coordorigin. A VML shape of a preset type
// (triangle, star, arrows …: vmlpresets.go) is the DrawingML preset
// polygon, its adj mapped onto the preset's guides; any other is drawn
// by its type's path.
//
// A run's emphasis marks (w:em), text border (w:bdr; Word's art and 3-D
// borders listed), character scale (w:w), spacing (w:spacing) and kerning
// (w:kern) and 调整宽度 (w:fitText: the width and the stretch's id) are
// read into its Run (runs.go), and so are its effects (effects.go: 空心,
// 阴影, 阳文, 阴文 and Word 2010's text outline, solid, linear or circular
// gradient or no fill and offset shadow into Run.Effects; glow,
// reflection, 3-D, rectangular and path gradients, pattern fills,
// outlines in a gradient and perspective shadows listed), a run off the character grid
// (w:snapToGrid 0: Run.OffGrid) and a 拼音指南 (ruby.go: the w:rt guide's
// text, size, raise and alignment into the Run.Ruby its w:rubyBase runs
// share); a section's page borders
// (w:pgBorders, pgborders.go: each side, offsetFrom, display, zOrder, and
// settings' bordersDoNotSurroundHeader/Footer; an art border listed) into
// its Section; a cell's vertical text direction (tbRl, tbRlV, tbLrV,
// btLr) into Cell.Direction.
//
// What the reader meets that the PDF does not show (other pictures, charts,
// equations, SmartArt, OLE objects, groups of what is not drawn, other
// shape types, patterns not drawn, a JPEG cropped and tiled, a picture's alpha and effects (but those drawn: Image.Shadow, Glow, SoftEdge, Reflection), inline shapes, a note's paragraph borders
// and shading, notes referred to from headers, footers or text boxes (a
// body table cell's are its Cell.Notes, numbered with the body's), unmapped symbols, unknown
// number formats, some run formatting in vertical table cells) is listed in Document.Undrawn, each with
// where it is (undrawn.go). The build and lint refuse a template with any;
// drawing one kind later is removing its entry from the table there.
//
// That list is not left to what someone thought of: every element met in a
// story (the body, headers and footers, notes, text boxes) and every
// property of a run, paragraph, section, table, row and cell is looked up in
// a table of what the reader knows (known.go, known_drawing.go, checked by
// knowncheck.go), each known as drawn, as not printed by Word either (a
// proofing mark, a bookmark, a comment's anchor), or as not drawn, with its
// Chinese name (首字下沉, 文字效果, 表格中的双行合一 …). An element in no table
// is listed as 未能识别的 Word 内容 <w:name> with its place, never skipped;
// one of a namespace the part declares ignorable (mc:Ignorable) that is not
// Word's, WPS's own data, is skipped, as Word skips it. Of an
// mc:AlternateContent the first mc:Choice whose namespaces the reader
// knows is read, else the mc:Fallback. Content controls, custom XML and
// smart tags are read through. Fields are known by kind (known_fields.go):
// most print their saved result, which is what Word shows until they are
// updated; one Word redraws (DATE, EQ, a form checkbox) or of an unknown
// kind is listed. Tracked changes are read as accepted (inserted text
// printed, deleted text not): the Word writer (pipeline/docx) accepts them
// and says so in a note, so the published Word file shows what the PDF
// does; only row and cell changes, which it does not accept, are listed.
// A new element is taught by adding it to the table under what it is; the
// test TestTheTableKnowsEveryElementTheRepositoryWrites fails for one the
// repository writes that the table lacks.
//
// ReadHead (head.go) reads only the head of a document, for a look at its
// first pages (the web page's preview of a file whose build kept none):
// the first HeadLimit.Blocks blocks of the body, a longer table cut after
// HeadLimit.Rows rows, every other part whole, and the section setup of
// the last block read from the first w:sectPr after the cut, found by
// inflating the rest of document.xml without parsing it. The model is
// Partial; the layout refuses to make an output of it.
package wordmodel
