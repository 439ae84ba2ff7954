// Package layout turns the filled Word document into pages of positioned
// boxes, as Word lays it out, for the back-ends that draw them: the PDF
// (package pdf), the OFD copy (package ofd) and the web page's preview
// (package preview). It is the stage TeX and browsers have between a
// document and its drawing; no back-end measures text or breaks a line.
//
// It reads nothing but the document model of package wordmodel, which is
// read back from the filled .docx: the wording lives in the Word template
// alone, and every output's text always equals the .docx's.
//
// What a back-end gets (pages.go). Layout(doc, Options) measures the whole
// document once and returns a Laid: the fonts, each cut down to the
// glyphs the document draws (Font: a TrueType subset, its Key and subset
// Tag from which a back-end names it), the warnings in Chinese (a
// character no font has, a column too narrow, a row past the page's
// foot), and the number of pages. Laid.Pages then lays the document out
// again and hands each Page to a function as soon as it is finished, so a
// 100,000-row attachment never holds more than a page of positions; the
// function's error stops the layout there. A document of no more than 64
// pages keeps its pages, and a second back-end (the OFD copy after the
// PDF) is handed the same ones without a layout; a back-end never changes
// a Page. Options.Key says when two back-ends' options lay out alike, so
// that a build lays the document out once for both. Head lays out only
// the first n pages, for the web page's preview: a table's rows past what
// those pages can hold are not even measured, and a NUMPAGES field shows
// “?” unless the document ends within them. Head also lays out the head of
// a document (wordmodel.ReadHead, Partial), and says (ErrHeadTooShort)
// where its pages would look past the cut (cutWatch in head.go); Layout,
// which every output is drawn from, refuses one. Units are millimetres from the
// page's top left corner, y growing downwards; type sizes are points.
// A Page is its Width and Height and its Items in drawing order (what is
// behind the text first): Glyphs (Text from its baseline's start X, Y, in
// Font and Size, each character's advance, colour, bold drawn as a filled
// and outlined text, stretched across by Scale, turned about its start by
// Angle, cut off above Clip where that is set, its glyphs
// stroked with an Outline and Hollow where a run's effects say so, a Copy
// being a shadow's drawn before its text: effects.go; filled with a
// gradient, Shade, across its run's stretch on the line: textfills.go), Rule (a box's outline, Stroke wide), Fill (a shaded
// box), Line (a line under or through text, a paragraph's or a table's
// rule: W long, H thick, in a colour and a Style of solid, dotted, dashed
// or wavy), Picture (a PNG or JPEG into a box), Link (a box, one a
// line of the link's words, which are Glyphs of their own, linking to an
// address or, as #name, to the place of the bookmark name: Laid.Dest gives
// its page and the top of its line) and Shape (a Path: moves, lines and
// cubic curves already placed, turned and flipped, stroked in a colour,
// width and dash, or filled with a colour or a gradient, Shade, maybe
// within a Clip). A back-end draws Items and nothing
// else.
//
// Fonts (fonts.go, system.go) are TrueType files by role (仿宋, 黑体 …)
// with a fallback (FontSet); the application chooses them (its embedded
// faces, the machine's, the job's). Each file is parsed once per process
// and shared by concurrent layouts; its subsets are cut once per set of
// glyphs.
//
// The layout is the document's (paragraph.go): each section's page,
// margins and document grid; each paragraph's indents, spacing, line rule,
// alignment and fonts as Word resolves them through docDefaults and the
// style chain (package wordmodel); its tab stops and leaders (tabs.go);
// footnotes at the foot of their page under a separator rule, or right
// under its text, and endnotes after the last block or each section's
// (notes.go; a table cell's at the foot of the page its mark's line is
// drawn on, cellnotes.go), footnotes numbered again on each page numbered
// there; the first-page, even-page and default headers and footers of each
// section (margins.go); links to addresses and to bookmarks as Link items,
// a note's mark to its note and back; a section's 页面垂直对齐 moving each
// page's text (valign.go); the page colour behind all (background.go);
// alignment tabs at their own place (tabs.go).
//
// The body's pages break where Word's keep rules let them (keeps.go):
// widow control (孤行控制) never leaves a paragraph's first line alone at
// a page's or column's foot (a paragraph of two or three lines then goes
// over whole) nor its last line alone at the next one's top (one more
// line goes over); keepLines (段中不分页) starts a paragraph that would
// break, and fits on a page, on the next; keepNext (与下段同页) keeps a
// paragraph, and a chain of them, on the page of the next paragraph's
// first line (first two under widow control) or a table's first row; a
// table row whose cells' last paragraphs keep with the next goes over
// with the row after it (rowsplit.go). A
// chain longer than a page is not moved: it breaks where it must. Each
// rule is judged only near a page's foot, where the paragraph's lines
// are counted. Headers, footers, text boxes and notes heed none of them.
//
// A section's text columns (columns.go) are where its body flows: down
// the first, then the next from the columns' top, then the next page;
// left() and width() are the current column's, so that lines, tables,
// pictures and floats placed from the column take its width, while the
// margin a float is placed from stays the text block. A column break
// goes on in the next column (the next page after the last). w:sep draws
// a line in each gap, from the columns' top to the foot of the longest.
// A footnote stands at the foot of its reference's column, as wide as
// it, as Word and LibreOffice put it. A section ended on its page by a
// continuous break has its columns balanced as Word balances them: the
// page's columns, from the block they began with, are laid out again
// with each ending higher, halving the height down to the least that
// holds them all, and the next section starts below the longest. Columns
// that began inside a block (a paragraph going on from the page before)
// are not balanced, and warned of. Headers, footers and text boxes are never in columns.
// A section after a 分栏 section break (wordmodel's NextColumn: Word 2010
// and WPS documents) goes on in the next column of the page where it has
// as many columns as the one before and one is left; a page otherwise.
// A section after a 奇数页/偶数页 break whose first page would have the
// other parity has a blank page before it, the last section's: that
// section's header, footer and next number (pagenumbers.go).
//
// A header and a footer are stories (story.go): their paragraphs and
// tables are laid out by the body's own paragraph and table layout, every
// property a body paragraph has kept (fonts, sizes, indents, spacing,
// line rule, alignment, tab stops and leaders, the 页眉 style's rule,
// list labels, pictures in the line, floats from their paragraph, line,
// character or cell), into a box across the text block: a header's first
// line at the section's header distance from the page's top, growing
// down; a footer's last line at the footer distance from its foot,
// growing up. A header reaching below the top margin moves the page's
// body down, a footer reaching above the bottom margin ends it above, as
// Word does. Nothing in them breaks to a new page and their floats wrap
// their own text only. Their lines of exact height have their type at
// their foot, as Word sets them (the page number of a 页脚 style based on
// an exactly spaced Normal ends at the footer distance); the body's are
// still set from their top. A footer of only the page number (— 1 —) is drawn
// from its own paragraphs like any footer; the preset's page number
// (GB/T 9704's, right on odd pages and left on even ones) is drawn only
// for a model not read from Word, whose header and footer are lines.
// A line with tabs is as wide as its stops make it, and a centred or
// right-aligned one is moved as a whole, as Word moves it. A framed
// paragraph (a page number Word 2003 or WPS put in a 图文框) is laid out
// as wide as its frame or its text and placed as a float is; a float
// aligned inside or outside takes the binding's side of its page.
//
// A body's frame (frames.go: a Word 2003 红头, 签发人 or signature block
// in a 图文框) waits for the paragraph it is anchored to, the next one
// not framed, and is then laid out as a story as wide as its w:w or its
// text, as high as its text or its w:h (atLeast, exact), placed as a
// float is from where that paragraph's first line will stand, the
// paragraphs framed alike one after the other in one box; the body's
// text wraps around it as around a float (around, auto, tight: beside it,
// hSpace and vSpace away; notBeside: under it; none, through: over it).
// A table cell's frame comes as a text box anchored at the cell's next
// paragraph (wordmodel's Shape.Framed), placed and wrapped as a cell's
// float; sizedFrames gives it its size first.
// A drop cap (dropcap.go) is drawn from the same paragraph: its letter in
// the size Word gave it, its baseline on the baseline of the paragraph's
// Lines-th line, beside the lines it spans (a float of the letter's
// width and hSpace, text on its right) or hung in the margin. A header's,
// a footer's or a text box's is set alike beside its story's next
// paragraph; a table cell's (celldropcap.go) from the cell's content left.
//
// Page numbers in the text are this layout's (fields.go): wordmodel leaves
// a placeholder where Word shows PAGE, NUMPAGES, SECTIONPAGES or PAGEREF
// (a TOC's page numbers), and the layout writes the number there (a PAGE
// in a paragraph: the page its line is drawn on; in a table cell: the
// page its row's part is drawn on, a row split over pages showing each
// part's, measured with the table's first page's number). Each
// bookmark's place is recorded where its line, its empty paragraph or its
// table row is drawn. A number is known only once the pages are, and its
// width moves what follows it (a TOC line's leader, more rarely a break),
// so the layout runs again with the numbers the last pass found until
// they stop changing: the first pass guesses a reference to be on the
// page it stands on, most documents settle on the second pass, and one
// still changing after five passes, or whose reference or link names a
// bookmark no pass placed, is refused with an error naming it rather than
// laid out with numbers that may be wrong. A section numbering its pages
// with chapters (chapters.go) puts the label of the heading in force
// before the number (1-3): in the text the last before the field or the
// bookmark, in a header or footer its page's first (from the pass
// before, a header being drawn before its page's text), else the last
// before the page. Line numbers (linenumbers.go) are counted per body
// line, empty paragraphs too, and drawn every CountBy-th in the margin
// on the line's baseline, right-aligned their distance left of the
// column. The preset (templates/gbt9704.yaml by default) sets
// the table's font roles and the page numbers, the font role of a paragraph
// whose document names none the PDF knows, and the whole look of a model
// not read from Word (presetLook), which has no sections or layout.
//
// Tables (table.go, tableborders.go) follow the Word table's grid. A
// table is as wide as Word makes it and stands where Word puts it
// (tablewidth.go, wordmodel's Table.Columns): its w:tblW in twips or as a
// share of the text's width, or, where that says auto, its grid's sum (the
// grid Word wrote is the one it laid out); centred or at the right by its
// w:jc, or indented by its w:tblInd (to its left border in Word 2013's
// mode; to its first cell's text in older ones and WPS's, which name no
// mode, so that there a table at the left has its border in the margin,
// as LibreOffice reads a document of each), each from the table's style where the table sets
// none; the grid's columns share the width in their proportions. One
// wider than the text runs into the right margin as in Word, unscaled;
// one that would pass the page's edge is narrowed to end there and
// warned of, naming its first cell's text. A table not read from Word
// spans the text. A row Word places on its own (wordmodel's Row.Own: its
// w:tblPrEx's width, alignment or indent, its trPr's w:jc) stands where
// that puts it, its cells, text and lines shifted with it, and the row
// over it draws its own bottom line. Lines, fills, cell floats, merges, header rows and
// split rows all take their x from the table's grid. Header
// rows (tblHeader) repeat on each page; each paragraph of a cell is set as
// a body paragraph is (celltext.go), with its own size run by run, line
// rule and height (each line as high as the largest type on it: a 小五
// note under a 小二 title keeps 小五 lines), space before and after (the first paragraph's space
// before and the last's space after are kept, as in Word), indents,
// alignment and tabs (at its stops, an alignment tab in the cell's
// content box; their leaders are listed by wordmodel), resolved through
// the table style's pPr too; on a section's
// line grid each of its lines takes whole grid lines unless the paragraph
// has snapToGrid off, as in Word and LibreOffice, and the rows grow with
// them. A table read from Word without cell margins has Word's (none
// above and below, 0.19 cm beside); the preset's type, line height and
// padding set only a table not read from Word; a vertical merge is followed down
// its grid column, beside gridSpan cells, as one box per page it crosses,
// its text repeated on each; row heights (trHeight atLeast or exact; an
// exact row its text overflows grows, with a warning), cell margins
// (tblCellMar, tcMar), vertical alignment and shading are Word's. A row
// reaching the page's foot splits there as Word splits it (rowsplit.go):
// each cell keeps above the foot the lines and pictures that fit, a
// picture never cut, the part filling the page to the foot, and the rest
// goes on overleaf under the header rows; a row set cantSplit or of an
// exact height, and one of which no first line fits, moves whole; one
// taller than a page splits on each; a merge whose part on some page is
// shorter than the text it repeats there is warned of. Borders resolve as Word's do — the
// cell's own (tcBorders) over the table's (tblBorders, else its style's),
// the heavier of two cells' on a shared edge — and draw none, single,
// double, dotted and dashed lines at their width and colour, joined where
// they meet as Word joins them (tablejoins.go: ╔ ╦ ╬ ╟ ┌), and Word's 3-D
// lines (threed.go: embossed, engraved, outset, inset, as on paragraphs
// and pages) in a light and a dark tone of their colour; a row is as much
// higher as the line over it is thick. A table of plain hairlines stays
// hairline boxes. A table nested in a cell is drawn as the cell's lines
// only, and warned of naming the cell. A row leaving grid columns empty
// (gridBefore, gridAfter) draws no cell there (tablegaps.go); a row of
// cell spacing (tblCellSpacing) sets its cells apart, each a box of its
// own lines inside the table's outer ones (cellspacing.go). A cell's
// line holds pictures and shapes set in it (嵌入型) as a body line does,
// a picture bullet at its label, and a cell set to fit its text
// (tcFitText) spreads or squeezes each line across (fittext.go).
//
// Line breaking is done here, not by a back-end (fpdf's MultiCell drops a
// Chinese character at every automatic break). Characters about the size of a
// character grid's cell sit on it; larger type keeps its own width, and a
// single or multiple line rule gives it as many grid lines as it needs. No line starts with closing punctuation (，。、；：？！
// ”’）》】…) or ends with opening punctuation (“‘（《【), and Latin and digit
// runs such as 10790.69 are never split. A paragraph's comma or stop (，。、．)
// that would start a line hangs past its end instead, as Word's 允许标点溢出边界
// sets it; not beside a float, nor in a table cell.
// These are the defaults of 中文版式: a paragraph that turns w:kinsoku,
// w:overflowPunct or w:wordWrap off, in its pPr or its style, lets a
// line start with a comma, takes the comma down with the character
// before it, or cuts a Latin word at the margin; settings.xml's own
// lists (w:noLineBreaksBefore/After) replace the marks above
// (linerules.go).
//
// A run's formatting is drawn as Word draws it (decoration.go): colour,
// weight, its own size, super- and subscripts smaller and raised or
// lowered, strike and double strike, highlight and shading behind the
// text, underlines of each kind (solid, double, thick, dotted, dashed,
// wavy) in the text's colour, capitals and small capitals for Latin,
// emphasis marks (着重号: dot, comma and circle above each character,
// underDot below, none at spaces and punctuation, a line holding them a
// quarter of a single line taller over or under its text, as LibreOffice
// sets it, unless its height is exact) and text borders (文字边框:
// a box round the run's ascent and descent, joined over neighbouring runs
// of the same border, widening the line by its line and space) as paths
// (runmarks.go), character scale (字符缩放, the glyphs stretched across)
// and spacing (字符间距, after each character), kerning (w:kern: from
// its type size on, the pairs its font's kern table lists) and text
// fitted to a width (调整宽度, fittext.go: the runs of one stretch spread
// evenly to its width, the last character ending it, or squeezed across
// into it), whose widths the lines break at. 双行合一 sets a stretch in
// two half-size lines stacked in one line's height between full-size
// brackets, one box never broken; 纵横混排 turns a run a quarter
// counter-clockwise in a box an em wide, squeezed into the line or
// growing it, and in a vertical cell's upright column stands across it
// an em long (combine.go, turnedruns.go). A list
// paragraph's label is drawn before its first line, a picture bullet as
// high as its type is large, a tab after it reaching
// the hanging indent, and its lines are indented as the list says. A
// non-breaking hyphen is drawn as a hyphen no line breaks at; a soft hyphen
// is not drawn.
//
// PNG and JPEG pictures are drawn at their size (images.go): one in a
// paragraph of its own as a block at the paragraph's alignment, a floating
// one at its place relative to the page, the text block or its paragraph,
// under all of the page's text if Word puts it behind the text, and over
// all of it otherwise (a 公章 anchored before the 落款 is drawn after it,
// as Word stacks it: stacking_test.go); a figure in front of the text is
// drawn last too, a text box where it stands, in the order its text is
// read. One in a line of text is one
// unbreakable box of its width on the baseline, its line grown to hold it
// (linepictures.go); one in a table cell's paragraph of its own stands
// between the cell's lines, scaled into the cell's content box, its line
// taking whole grid lines where its paragraph is on the line grid, its row
// grown to hold it (cellpictures.go). A group or drawing canvas set in the
// line is such a picture, drawn as its members in its box, scaled with it
// (inlinegroups.go). A picture cropped, or in a shape of its own with a
// line (wordmodel's Image.Crop and Frame), is drawn where its crop puts
// the whole picture around its box, turned with the box about the box's
// centre, clipped to the frame's outline, the frame's line over it as a
// shape's (picturebox.go); a shape's picture fill so too, within the
// shape. Lines, shapes and text boxes
// (shapes.go) are placed as floating pictures are (placeFloat: the page,
// the text block, the column, a margin's area, the paragraph, or the line
// and the character the anchor stands at, found in the paragraph's lines
// as drawn: anchorAt; a group's member is placed by placing the group's
// box, Float.Part, and standing in it), turned and flipped in their box, and drawn as
// paths: a fill,
// then each strand of a compound outline (double, thick-thin, thin-thick,
// triple) at its share of the width, dashed as DrawingML's preset dashes
// say, a polygon's strands mitred at its corners (a preset's or a
// freeform's subpaths, paths.go, each filled in its shade of the fill and
// stroked where it says, a curve's control points moved as corners
// are), a line's arrowheads (arrows.go: triangle,
// stealth, open, oval, diamond, sized in widths of the line or of a 2 pt
// one, the line stopping at a filled head's base; a connector's, an
// arc's at its path's open ends, along it) solid in its colour; a
// gradient (gradients.go) as a Shade: its axis or circle mapped onto the
// page, turned with its shape or not, a rectangular one as four quarters
// within the shape (Path.Clip); a sharp outer shadow (shapeshadows.go) as
// the shape's paths moved by its offset in its colour, drawn first; a
// blurred shadow, a glow and soft edges (blurshadow.go, softedges.go) as
// a picture of them over the white page, its white pixels left out, the
// page refused where such a picture would lie over anything drawn before
// it (effectcover.go);
// behind the text first on their page. A rotated text box's text turns
// with it (turned.go: glyph runs at its angle, fills and rules as turned
// paths, its pictures turned about their centres) unless upright; a
// rotated or flipped picture is drawn mirrored and turned about its
// centre by each back-end (Item.Angle, FlipH, FlipV). A vertical text
// box's lines are set across a box as wide as its inside is tall and
// turned into columns, Chinese characters standing upright in them where
// its flow stands them (verticalbox.go). A text box's paragraphs and
// tables are laid out by the same code as the body's, inside its box and inset, off
// the document grid and never broken to a new page, at its top, middle or
// bottom, after its anchor paragraph's text (so the text layer reads them
// there, as wordmodel's BoxText does); a box set to grow with its text
// grows, and text overflowing one that does not is drawn whole and warned
// of, naming the box (Word cuts it off; the PDF does not publish words
// silently missing). Linked boxes' story is laid out once across the
// chain's boxes as pages, each line broken to its box's width, and each
// box draws its share where it stands (linked.go). A shape's shadow
// without blur is its copy in the shadow's colour, offset, under it
// (shadows.go). A shape in the line of a paragraph with no text is a
// block at the paragraph's alignment, as a picture there is (inlineShape).
// A shape drawn as text (WordArt, a header's watermark 样稿) is its text's
// ink stretched to its box and turned with it, its colour laid over white
// at its opacity (textart.go): a watermark in a header is behind the text
// on each page. Page borders (页面边框,
// pageborders.go) are four lines, each side's own style, width and
// colour, their space from the page's edge or outside the text block and
// the header and footer they surround, on all, the first or the other
// pages of their section, in front of the text unless put behind it. A
// paragraph's shading and lines (parabox.go) box it from its left indent
// to its right, from its first line's top to its last line's foot, each
// line its w:space outside the text; paragraphs after one another with
// the same lines and indents are one box with between lines, and a cell's
// diagonals (斜线表头) run corner to corner. A
// cell of vertical text (verticalcell.go: tbRl, WPS's tbRlV, btLr) sets
// its paragraphs as columns, upright characters an em apart or the line
// turned to read upwards, and its row grows to hold the longest; its runs
// keep their size, weight, colour, italic, capitals, and their
// underlines, strikes and backgrounds turned with the text
// (verticalruns.go; wordmodel lists the scripts, emphasis marks, text
// borders, scales and wavy lines it does not draw).
//
// A cell's runs keep their formatting (cellruns.go): wordmodel hands it
// over as stretches of runes (RunSize.Format) beyond what the cell sets for all its
// text, and each formatted stretch is set by runPieces and decorate and
// drawn by drawUnits exactly as a body run is: m² raised and smaller, a
// red figure among black, strikes, underlines, backgrounds, bold, italic
// in 楷体, small capitals, clickable links, emphasis marks, text borders,
// character scale and spacing. A cell's stretches without formatting take
// the cheap path of plain text, so a 100,000-row attachment's cells cost
// what they did. A cell's kerning (w:kern) is the cell's where all its
// runs have it, as a document kerning everything from 1 pt does, so its
// stretches stay plain, and a run's own otherwise (kernUnits): its pairs
// are set closer as in the body.
// A floating picture, shape or text box anchored in a table cell (a 公章
// over the signature table, cellfloats.go) is placed as Word 2013 places
// it: laid out in its cell (layoutInCell), the page is the cell's box and
// the margin and the column its content box; its paragraph, line and
// character are found in the cell's lines. It is drawn on the page of its
// anchor's line (a row split over pages draws it with the part showing
// that line), not clipped to the cell, behind the text under everything
// on the page or in front of it over the table's part there. The cell's
// text flows around one set to wrap as the body's does (cellwrap.go),
// where it is laid out in the cell and placed from its paragraph or the
// cell's top; one placed otherwise is drawn at its place and warned of,
// naming it and its cell.
// A paragraph's top and bottom
// borders are drawn as rules (borders.go). What the document has that is
// not drawn never reaches this package: the build refuses the template
// first (wordmodel.Feature).
//
// Text flows around a float as Word flows it (flow.go). A float the text
// wraps around is, to the layout, an exclusion: its box on the page (grown
// by its effects) or, wrapped tight or through, its wrap polygon, whose
// width where it crosses each line's band is what the line loses; grown by
// its distances, with its wrap mode and side. Through is laid out as
// tight: no text goes into the polygon's hollows. A picture, a shape or a
// text box is laid out around alike. A
// paragraph's floats are placed with its first line, on that line's page,
// and stay on it. Each line is set in a band at its height: the page's
// floats overlapping the band cut it into spans (none beside a top and
// bottom float; the float's left side, right side, both or the wider one
// as wrapText says; room under 300 twips or too narrow for the next unit
// is left empty), the line continuing from one span to the next, left to
// right, each span aligned and justified on its own and the punctuation
// rules kept in it; where no span is left the line goes under the float
// that ends first, and to the next page past the foot. A paragraph of
// pictures stands in the first room wide enough for it; a table whose
// rows would overlap a float stands beside it (tablebeside.go: moved in
// past one at its left, narrowed short of one at its right, as
// LibreOffice lays out a Word document's) where that leaves it half its
// width, and a table row goes under the floats it would overlap
// otherwise. A header's or footer's floats wrap its own lines only.
// A float that reaches above its paragraph into lines already set is a
// warning: those lines are not set again around it. A floating table
// (w:tblpPr, tablefloat.go) is such a float too: placed from its column,
// margin or page across and its anchor paragraph (the one after it),
// margin or page down, by offset or alignment, wrapped square on both
// sides with its fromText distances; one the text cannot pass is in
// effect in line; one too low for its page moves to the next with its
// anchor paragraph; one taller than a page is laid out in the flow and
// warned of; one set never to overlap goes under the floating tables it
// would. A float in a text box's paragraphs is placed in the box, which
// is its page (its inside its margin and column) whatever it is set
// relative to, and wraps the box's lines only. A wrapped float placed from
// its anchor's character or line is placed from where a trial setting of
// its paragraph, undrawn, puts that anchor (lineanchor.go); the lines are
// then set around it.
//
// Each character is drawn from the font its role names, or, where that font
// lacks it, from the fallback font; a character no font has is reported.
// Characters above U+FFFF, which the PDF back-end (fpdf) cannot draw, are
// replaced by 〓 and reported too.
//
// Where the type sits in its line (baseline.go) is one rule for every
// line, body, table cell, text box, header and footer, as LibreOffice
// sets a .docx (measured with its PDFs, the same face drawn by both).
// The type is the face's ascent with its line gap over it (the built-in
// 仿宋's hhea gap, 0.2 of the size) and its descent. On the document
// grid (w:docGrid lines or linesAndChars, the paragraph not taken off
// it, in the body and its tables) the type is centred in the grid's
// pitch, whatever the line rule, or in the pitches its face's single
// line takes where that is taller (18 pt Times New Roman on a 15.6 pt
// grid: two), and room a multiple adds goes under it; off the grid (and always in headers, footers and text boxes) a
// line of exact height has its baseline four fifths down the line, type
// taller than that rising over the line's top; an atLeast line made
// higher by its minimum has the room above the type, its descent on the
// line's foot; an auto line or a multiple has the type at its top, the
// room under it. A picture in a line stands at the line's top, the
// baseline on its foot. Decorations, emphasis marks, borders and
// highlights are drawn from the baseline and move with it; floats placed
// from the "line" keep to the line's top, and no rule changes a line's
// or a row's height. A face the table of faces knows with its ascent
// (Times New Roman, Arial, Calibri …) sets its type by that ascent and
// its descent, as LibreOffice sets it, not by the drawing font's.
// Type taller than its line of exact height is cut off at the line's top,
// as Word and LibreOffice cut it (clip.go): its text operations carry the
// line's top (Item.Clip), where every back-end clips them; text turned
// with its text box is drawn whole and warned of.
//
// How tall a line is (faceline.go). A single line is as tall as Word
// makes it for the face the text is in, not the face this layout draws
// it with: 1.3 of the size for the GB2312 faces of Windows and WPS (宋体,
// 仿宋, 楷体, 黑体, their _GB2312 forms) and 方正's, the face's Windows
// metrics (OS/2 winAscent and winDescent, and the hhea line gap beyond
// them) for the others, from a table of the faces bureau templates use
// (Times New Roman and Arial 1.15, Calibri 1.22, Cambria 1.17, 微软雅黑
// 1.32 …), each number's source beside it, and for a face not in it the
// metrics of the font that draws it. Each line is as tall as its tallest
// text: every run at its own size in its own face, each character in the
// face of the run's font Word picks for it (scripts.go, MS-OI29500
// 2.1.88: ascii, hAnsi, eastAsia or cs by its Unicode block, the
// characters Chinese and Latin text share in the East Asian face where
// the run's w:hint is eastAsia, all in the complex-script face and size
// for w:cs), a superscript not counting; a 22 pt run makes its
// line taller, not its paragraph's other lines, and a line of only
// smaller runs is lower. An empty paragraph is as tall as its mark
// (w:pPr/w:rPr: its size and face). On the line grid a line takes as many
// whole pitches as it needs; atLeast is the larger of its minimum and
// that line; a multiple (w:line/240) multiplies it; exact keeps its
// height. Body paragraphs, table cells (a cell's faces are its runs',
// wordmodel's Cell.Font and LatinFont, each character in the one Word
// picks for it as in the body, cellfaces.go), headers and footers and text
// boxes are measured alike; a footnote's lines are each its paragraph's
// line in its face, as LibreOffice sets them.
//
// The layout is deterministic: the same document and fonts give the same
// pages and the same subsets (their head table keeps the font's own date,
// not the subsetter's clock); nothing depends on map order.
package layout
