package layout

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// Options are what a layout needs besides the document.
type Options struct {
	Preset *Preset
	Fonts  FontSet
}

const ptToMM = 25.4 / 72

type renderer struct {
	p        *Preset
	fs       *faces
	warnings []string
	ops      []op
	// parts, textLines and broken are buffers units and wrap reuse for what
	// they cut and throw away: a long table's cells are wrapped hundreds
	// of thousands of times.
	parts, textLines []string
	broken           [][]unit
	// measuredCell and drawnCell are the lines of the cell last measured and
	// last drawn (wrapped).
	measuredCell, drawnCell wrapped
	// singles are the faces' single lines faceSingle has looked up, by
	// name; 0 for a face not in faceLines.
	singles map[string]faceMetrics
	// clipTop is where the text drawn now is cut off above (clip.go); 0
	// for none.
	clipTop float64
	// sink, when set, takes each finished page's operations.
	sink   func([]op)
	page   int     // pages begun
	y      float64 // top of the next line, mm
	onPage bool    // the current page has content
	// hardTop: the current page or column was started by a break the
	// document asks for (its start, a page or column break, a page break
	// before, a section), where Word keeps a paragraph's space before; on
	// one the text ran onto, it drops it.
	hardTop bool
	// breaksSection: the block being laid out is its section's last, the
	// paragraph whose mark holds the section break.
	breaksSection bool
	// header and footer are the template's on this page (story.go).
	header, footer wordmodel.Margin
	// inStory: a header's or footer's story is being laid out, whose
	// drawing behind the page's text waits in storyBehind; footTop is
	// where the page's footer starts (0 for none), above which the body
	// ends.
	inStory     bool
	storyBehind []op
	// boxFront is the drawing in front of a text box's or a header's
	// text, drawn after it.
	boxFront []op
	footTop  float64
	// pages is the number of pages, for a NUMPAGES field; 0 while it is
	// not yet known (the first pass).
	pages int
	// measuring says the pass only measures and counts: what it draws is
	// dropped, so a table cell's text need not be wrapped again to draw it.
	measuring bool
	// sections are the document's, whose headers and footers are drawn;
	// nil where none has any (a model not read from Word), which draws
	// the document's header and footer on every page. section is the
	// current one and sectionPages the pages begun in it.
	sections     []wordmodel.Section
	section      int
	sectionPages int
	evenPages    bool
	// notes are the footnotes waiting for the current page's foot, and
	// noteSpace the height they take there.
	notes     []pageNote
	noteSpace float64
	// carried are the footnotes' lines the page's foot had no room for,
	// going on at the next one's, and goesOn says the page's notes begin
	// with such lines; footSeps and endSeps are the separators drawn over
	// the notes, and inEndnotes says endnotes are being set (notesplit.go).
	carried    []pageNote
	goesOn     bool
	footSeps   wordmodel.NoteSeparators
	endSeps    wordmodel.NoteSeparators
	inEndnotes bool
	// prev is the paragraph just drawn; zero after a table.
	prev previous
	// following are the body's blocks after the one being laid out, which
	// a keepNext paragraph stays with (keeps.go); nil outside the body.
	following []wordmodel.Block
	// longChain: the keepNext chain being laid out is longer than a page,
	// so it breaks where the page is full, as Word breaks it.
	longChain bool
	// splitAt, where not 0, is how many lines of the keepNext paragraph
	// being set stand on this page: the rest go over with what it is
	// kept with (keeps.go).
	splitAt int
	// pbox is the box of the paragraph being set, nil where it has none;
	// lastBox where the box of the group it is in ended (parabox.go).
	pbox    *paraBox
	lastBox boxEnd
	// pageNo is the number the current page shows, counted from its
	// section's w:pgNumType start, and pageFormat its numFmt (pagenumbers.go).
	pageNo     int
	pageFormat string
	// defaultTab is the document's default tab stop interval, in twips.
	defaultTab float64
	// kinsoku are the document's own lists of what may not start or end a
	// line (linerules.go); nil for the layout's.
	kinsoku *wordmodel.Kinsoku
	// cellFontSets are the cells' fonts worked out (cellfaces.go).
	cellFontSets map[cellFontKey]cellFonts
	// g is the current section's page, and cols its text columns on the
	// current page (columns.go).
	g    geometry
	cols columns
	// inBox: a text box's paragraphs are being laid out, which never
	// break to a new page (Word ignores a page break there).
	inBox bool
	// chain is the chain of linked text boxes whose story is being laid
	// out, which goes on in the next box where one is full (linked.go);
	// nil otherwise. chains are the chains laid out, by their first box.
	chain  *chainFlow
	chains map[*wordmodel.Shape]*chainText
	// boxPlaces are where the body chains' boxes whose story shows a page
	// number were drawn, chainPaged says there are such, and boxAt is
	// where the box being laid out was drawn in the last pass
	// (linkedpages.go).
	boxPlaces  map[boxKey]boxPlace
	chainPaged bool
	boxAt      *boxPlace
	// fromLine are where the cells' floats placed from their line or
	// character stand, found when their cells' text is set around them
	// (celllines.go).
	fromLine map[*wordmodel.Float]fromLine
	// box is the area of the text box whose paragraphs are laid out, in
	// which their floats are placed (its box as the page, its inside as
	// the margin and the column); nil outside a text box.
	box *area
	// beside is the span a table being laid out beside the page's floats
	// is fitted into (tablebeside.go); nil otherwise.
	beside *span
	// drawn are the lines of the paragraph just drawn, and label the
	// characters of its list label, for its floats anchored to a line or
	// a character; none outside a paragraph's floats.
	drawn []drawnLine
	label int
	// known are the page numbers an earlier pass found, for the page
	// numbers in the text (fields.go); nil in the first pass. marks are
	// this pass's bookmarks' places, sectionCounts the pages of each
	// section, and missing the bookmarks referred to that known lacks;
	// linked are the bookmarks links go to.
	known  *numbers
	linked map[string]bool
	// pageSection is the section the current page began in, whose
	// pages its footer counts once the next section has begun.
	pageSection   int
	marks         map[string]place
	sectionCounts []int
	missing       map[string]bool
	// done, limit and cut are the pass's: a layout that stops early
	// (head.go).
	done  func() bool
	limit int
	cut   *cutWatch
	// floats are the room the current page's floating objects take from
	// its text (flow.go).
	floats []exclusion
	// framed are the body's paragraphs in frames waiting for the
	// paragraph they are anchored to (frames.go).
	framed []*wordmodel.Paragraph
	// pageSections are the document's sections, for their page borders;
	// the current page's that go in front of its text wait in
	// frontBorders, and backBorders are the paths of those behind it.
	pageSections []wordmodel.Section
	frontBorders []op
	backBorders  []*Path
	// frontFloats are the body's pictures and figures in front of the
	// text, drawn over all of the page's text at its end, as Word stacks
	// them: a 公章 anchored before the 落款 is still drawn over it
	// (emitFront).
	frontFloats []op
	// lines are the line numbers counted so far (linenumbers.go);
	// unnumbered: the lines being set are not counted (endnotes).
	lines      lineCount
	unnumbered bool
	// notesBelowText: footnotes follow the page's text (Document.
	// FootnotesBelowText); endnotesDrawn is the first section whose
	// endnotes are still to be drawn, where they end each section.
	notesBelowText bool
	endnotesDrawn  int
	// tops are where the page's text and each paragraph that begins on
	// it begin, and pinning says a float placed from the page is being
	// drawn, for the page's vertical alignment (valign.go).
	tops    []float64
	pinning bool
	// background fills each page behind all else where backgroundShown;
	// backdrop is how many operations after the page's start draw it
	// (background.go).
	background      *wordmodel.Shape
	backgroundShown bool
	backdrop        int
	// noteMarks are the marks of the notes numbered on their page, by
	// what a mark links to (#note, #note+"Ref"); pageNotes counts the
	// page's (notes.go).
	noteMarks map[string]string
	pageNotes int
	// chapters are the headings' labels that chapter page numbers show
	// (chapters.go); styleRefs the paragraphs a STYLEREF shows
	// (styleref.go), nil where none does.
	chapters  chapterState
	styleRefs *styleRefs
}

// layout records the drawing operations of all of doc's pages.
func layout(doc *wordmodel.Document, opt Options) (*renderer, error) {
	fs, err := newFaces(opt.Fonts)
	if err != nil {
		return nil, err
	}
	pages := 0
	var known *numbers
	if numbersPages(doc) || hasFields(doc) || chaptered(doc) {
		measured, k, err := settle(doc, opt, fs)
		if err != nil {
			return nil, err
		}
		pages, known = measured.page, k
	}
	r := layoutWith(doc, opt, fs, pass{pages: pages, known: known})
	if known == nil && r.chainPaged {
		// A chain's boxes show page numbers (linkedpages.go).
		measured, k, err := settle(doc, opt, fs)
		if err != nil {
			return nil, err
		}
		r = layoutWith(doc, opt, fs, pass{pages: measured.page, known: k})
	}
	return r, nil
}

// numbersPages reports whether the header or footer shows the number of pages.
func numbersPages(doc *wordmodel.Document) bool { return marginsShow(doc, wordmodel.NumPagesField) }

// marginsShow reports whether a header or footer shows the field.
func marginsShow(doc *wordmodel.Document, field string) bool {
	counts := func(line string) bool { return strings.Contains(line, field) }
	inMargins := func(ms wordmodel.Margins) bool {
		for _, m := range []*wordmodel.Margin{ms.Default, ms.First, ms.Even} {
			if m != nil && slices.ContainsFunc(m.Lines, counts) {
				return true
			}
		}
		return false
	}
	for _, s := range doc.Sections {
		if inMargins(s.Header) || inMargins(s.Footer) {
			return true
		}
	}
	return slices.ContainsFunc(doc.Header, counts) || slices.ContainsFunc(doc.Footer, counts)
}

// pass is what one layout of a document is for.
type pass struct {
	// sink takes each finished page's operations, which are then dropped;
	// without one, r.ops keeps them all.
	sink func([]op)
	// pages is the number of pages a NUMPAGES field shows, counted by an
	// earlier pass: a footer's text does not change where pages break.
	pages int
	// measuring: only the glyphs used and the pages are wanted.
	measuring bool
	// known are the page numbers the text shows, found by an earlier
	// pass (settle); nil in the first.
	known *numbers
	// done, when set, says the pages wanted have been handed out, and
	// limit is how many a Head layout wants (head.go): the layout stops.
	done  func() bool
	limit int
	// cut watches a Head layout of a partial document for a need of what
	// was not read (head.go); nil for a whole one.
	cut *cutWatch
}

// layoutWith lays doc out in fs.
func layoutWith(doc *wordmodel.Document, opt Options, fs *faces, ps pass) *renderer {
	r := &renderer{p: opt.Preset, fs: fs, header: wordmodel.Margin{Lines: doc.Header, Images: doc.HeaderImages}, footer: wordmodel.Margin{Lines: doc.Footer, Images: doc.FooterImages},
		sink: ps.sink, pages: ps.pages, measuring: ps.measuring,
		evenPages: doc.EvenPages, known: ps.known, marks: map[string]place{}, missing: map[string]bool{},
		linked: map[string]bool{}, done: ps.done, limit: ps.limit, cut: ps.cut, styleRefs: newStyleRefs(doc), noteMarks: map[string]string{}}
	if len(doc.Sections) > 0 {
		r.sections = doc.Sections
	}
	r.defaultTab = cmp.Or(doc.DefaultTab, 720)
	r.kinsoku = doc.Kinsoku
	r.pageSections, r.notesBelowText = doc.Sections, doc.FootnotesBelowText
	r.footSeps, r.endSeps = doc.FootnoteSeparators, doc.EndnoteSeparators
	r.background, r.backgroundShown = doc.Background, doc.BackgroundShown
	if ps.measuring {
		r.sink = func([]op) {}
	}
	r.g = r.presetGeometry()
	if len(doc.Sections) > 0 {
		r.g = sectionGeometry(doc.Sections[0])
		r.startColumns(doc.Sections[0], 0)
	}
	r.breakPage()
	current := 0
	for i, b := range doc.Blocks {
		if r.stopped() {
			return r
		}
		if k := wordmodel.SectionOf(b); k != current && k < len(doc.Sections) {
			r.sectionEndnotes(doc, current)
			// A section starts a page (Word's 下一页 section break, the
			// default) unless it goes on where the last one ends
			// (连续), below that one's columns balanced; a page of its
			// own (the attachment in landscape) always starts one.
			sec := doc.Sections[k]
			if r.goesOnInColumn(sec) {
				current = k
				r.section, r.sectionPages = k, 0
				r.countSection() // it starts on the page the last one ends on
				r.nextColumn()
				r.cols.list, r.cols.line = sec.Columns, sec.ColumnLine
				r.markColumns(i)
				r.following = doc.Blocks[i+1:]
				r.cut.starts(i)
				r.block(b)
				continue
			}
			if sec.Continuous {
				r.balance(doc.Blocks, i)
			}
			current = k
			used := r.onPage || r.cols.at > 0
			r.endColumns()
			g := sectionGeometry(sec)
			if g != r.g || !sec.Continuous {
				// A page left blank for 奇数页/偶数页 is the last
				// section's (pagenumbers.go), and the section starts on
				// the page after it.
				used = r.leaveBlank(sec, used) || used
			}
			r.section, r.sectionPages = k, 0
			if g != r.g || !sec.Continuous {
				r.g = g
				r.hardTop = true
				if used {
					r.breakPage()
				} else {
					// The page's own operation, before its header and
					// borders.
					k := len(r.ops) - 1
					for k > 0 && r.ops[k].kind != opPage {
						k--
					}
					r.ops[k].w, r.ops[k].h = g.w, g.h
					// It is the section's first page, with the section's
					// header, footer and borders in place of those it was
					// begun with; nothing else is on it.
					r.ops, r.backBorders, r.frontFloats = r.ops[:k+1], r.backBorders[:0], r.frontFloats[:0]
					r.sectionPages, r.pageSection = 1, r.section
					r.numberPage()
					r.countSection()
					r.pickMargins()
					r.pageBorders()
					r.placeMargins()
				}
			} else {
				r.countSection() // it starts on the page the last one ends on
			}
			r.startColumns(doc.Sections[k], r.y)
		}
		r.markColumns(i)
		r.breaksSection = i+1 < len(doc.Blocks) && wordmodel.SectionOf(doc.Blocks[i+1]) != current
		r.following = doc.Blocks[i+1:]
		r.cut.starts(i)
		r.block(b)
	}
	r.breaksSection, r.following = false, nil
	r.placeFrames(nil)
	r.sectionEndnotes(doc, -1)
	r.finishNotes()
	r.endColumns()
	r.alignPage()
	r.drawNotes()
	r.pageNumber()
	r.endPage()
	r.flush()
	return r
}

// block lays out a paragraph or a table.
func (r *renderer) block(b wordmodel.Block) {
	if r.waitsForAnchor(b) {
		return
	}
	r.placeFrames(b)
	switch b := b.(type) {
	case *wordmodel.Paragraph:
		r.paragraph(b)
	case *wordmodel.Table:
		// A header's or footer's floats in its story; Word lets none in
		// a text box float: it is laid out in the box's flow.
		if b.Float != nil && r.box == nil && r.floatTable(b) {
			return // out of the flow: the paragraph after it follows on
		}
		r.table(b)
		r.prev, r.longChain = previous{}, false
	}
}

// flush hands the finished pages' operations to the sink.
func (r *renderer) flush() {
	if r.sink != nil {
		r.sink(r.ops)
		r.ops = r.ops[:0]
	}
}

// geometry is a page's size and text block, its grid's line pitch and
// character cell (0 for none), and its header's and footer's distances
// from its top and bottom, in millimetres.
type geometry struct{ w, h, top, left, bw, bh, pitch, cell, hd, fd float64 }

// presetGeometry is the page of a model that carries no section, one not
// read from Word.
func (r *renderer) presetGeometry() geometry {
	p := r.p
	return geometry{w: p.Page.Width, h: p.Page.Height, top: p.Margin.Top, left: p.Margin.Left, bw: p.Block.Width, bh: p.Block.Height,
		pitch: p.Block.Height / float64(p.Grid.LinesPerPage), cell: p.Block.Width / float64(p.Grid.CharsPerLine), hd: defaultHeaderDist, fd: defaultFooterDist}
}

// sectionGeometry is the page a section's sectPr sets.
func sectionGeometry(s wordmodel.Section) geometry {
	return geometry{w: s.Width, h: s.Height, top: s.Top, left: s.Left, bw: s.Width - s.Left - s.Right, bh: s.Height - s.Top - s.Bottom,
		pitch: s.LinePitch, cell: s.CharPitch, hd: s.HeaderDist, fd: s.FooterDist}
}

// linePitch is the grid's line pitch, or a single line of body text where
// the section has no line grid: the unit tables and pictures round to.
func (r *renderer) linePitch() float64 {
	if r.g.pitch > 0 {
		return r.g.pitch
	}
	return r.p.style("Normal", "").Size * ptToMM * singleLine
}

func (r *renderer) top() float64 { return r.g.top }

// bottom is the foot of the page's text, above its footnotes; none in a
// header or footer, which never breaks to a new page.
func (r *renderer) bottom() float64 { return r.bottomAbove(r.noteSpace) }

// bottomAbove is the foot of the text over notes mm of footnotes: the
// page's own (bottom), or none on a page still to come (a long table's
// later pages, rowsplit.go). A header's linked box ends where its inside
// does, as the body's.
func (r *renderer) bottomAbove(notes float64) float64 {
	if r.inStory && r.chain == nil {
		return math.MaxFloat32
	}
	if r.cols.limit > 0 && r.inColumns() {
		return min(r.cols.limit, r.textFoot()-notes)
	}
	return r.textFoot() - notes
}

// textFoot is where the page's text and footnotes end: the text block's
// foot, or the top of a footer reaching above it.
func (r *renderer) textFoot() float64 {
	if r.footTop > 0 {
		return min(r.blockBottom(), r.footTop)
	}
	return r.blockBottom()
}

// blockBottom is the text block's foot.
func (r *renderer) blockBottom() float64 { return r.g.top + r.g.bh }

// left and width are the text's: the current column's where the text
// flows in columns (columns.go), the text block's otherwise.
func (r *renderer) left() float64 {
	if r.inColumns() {
		return r.g.left + r.columnLeft()
	}
	return r.g.left
}

func (r *renderer) width() float64 {
	if r.inColumns() {
		return r.cols.list[r.cols.at].Width
	}
	return r.g.bw
}

// newSheet ends the page and begins the next, its text from the first
// column.
func (r *renderer) newSheet() {
	if r.cols.trial {
		r.cols.over = true // a page break in columns being balanced
		r.y, r.onPage = r.cols.top, false
		return
	}
	r.closeBox(false)
	if r.page > 0 {
		r.endColumns()
		r.alignPage()
		r.drawNotes()
		r.pageNumber()
		r.endPage()
		r.flush()
	}
	r.page++
	r.pageNotes = 0
	r.chapters.newPage()
	r.styleRefs.newPage()
	r.sectionPages++
	r.pageSection = r.section
	r.pageNo++
	r.numberPage()
	r.countSection()
	r.pickMargins()
	r.ops = append(r.ops, op{kind: opPage, w: r.g.w, h: r.g.h})
	r.pageBorders()
	r.onPage = false
	r.floats = r.floats[:0]
	r.placeMargins()
	r.cols.at, r.cols.top, r.cols.foot = 0, r.y, r.y
	r.hardTop = false
	r.continueNotes()
}

// breakPage starts a page where the document breaks one (hardTop).
func (r *renderer) breakPage() {
	r.newSheet()
	r.hardTop = true
}

// headerSize is the type of a header's or footer's lines where the model
// gives none (五号).
const headerSize = 10.5

// footerIsPageNumber reports whether a footer says no more than the page
// number (— 1 —), which the layout preset draws in its own place.
func footerIsPageNumber(lines []string) bool {
	rest := strings.Map(func(r rune) rune {
		if r == 0 || unicode.IsSpace(r) || strings.ContainsRune("—–-", r) {
			return -1
		}
		return r
	}, strings.Join(lines, ""))
	return rest == ""
}

// pageNumber draws the page's footer (story.go). A model not read from
// Word whose footer says no more than the page number has it drawn as the
// preset says: — N — below the text block, right on odd pages, left on
// even ones, one character in from the edge.
func (r *renderer) pageNumber() {
	pn := r.p.PageNumber
	if r.sections != nil || !footerIsPageNumber(r.footer.Lines) {
		r.drawFooter()
		return
	}
	n := r.page
	text := fmt.Sprintf(pn.Format, n)
	size := pn.Size * ptToMM
	face := r.fs.role(pn.Font)
	units := r.units(text, face, pn.Size, false)
	w := lineWidth(units)
	x := r.left() + pn.Indent*size
	if n%2 == 1 {
		x = r.left() + r.width() - pn.Indent*size - w
	}
	r.drawUnits(units, face, x, r.blockBottom()+pn.Below, size, 0)
}

// clean replaces characters fpdf cannot draw (above U+FFFF) and reports them.
func (r *renderer) clean(text string) string {
	if !strings.ContainsFunc(text, func(c rune) bool { return c > 0xFFFF }) {
		return text
	}
	var b strings.Builder
	for _, c := range text {
		if c > 0xFFFF {
			r.warnings = append(r.warnings, fmt.Sprintf("PDF 中无法显示字符“%c”（U+%X），已用“〓”代替，出现在：%s", c, c, excerpt(text)))
			c = '〓'
		}
		b.WriteRune(c)
	}
	return b.String()
}

func excerpt(text string) string {
	rs := []rune(text)
	if len(rs) > 30 {
		return string(rs[:30]) + "…"
	}
	return text
}

// units cuts text into units measured in the given face and size; on the
// grid a full-width character takes exactly one grid cell.
func (r *renderer) units(text string, primary *face, sizePt float64, grid bool) []unit {
	return r.unitsIn(nil, text, oneFace(primary), sizePt, grid)
}

// unitsIn is units with each character set in the face of its run's
// font for it (scripts.go), appended to dst. On the grid a character set
// in the East Asian font takes a grid cell, as Word sets it: a “ of a run
// of hint eastAsia too.
func (r *renderer) unitsIn(dst []unit, text string, faces scriptFaces, sizePt float64, grid bool) []unit {
	r.parts = split(r.parts, text)
	out := slices.Grow(dst, len(r.parts))
	for _, s := range r.parts {
		// A non-breaking hyphen is drawn as a hyphen, which every font has
		// and a reader's search finds; split has kept it with its neighbours.
		s = strings.ReplaceAll(s, "\u2011", "-")
		in, sl := faces.face(s)
		f, ok := r.fs.pick(in, s)
		if !ok {
			r.warnings = append(r.warnings, fmt.Sprintf("PDF 的字体中都没有“%s”，出现在：%s", s, excerpt(text)))
		}
		u := unit{text: s, face: f, space: s == " "}
		u.width = f.width(s, sizePt)
		if grid && (isWide(s) || sl == slotEast && utf8.RuneCountInString(s) == 1) {
			u.width = r.g.cell
			u.grid = true
		}
		out = append(out, u)
	}
	return out
}

// isWide reports whether s is one full-width character.
func isWide(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return s != "" && n == len(s) && r >= 0x2E80
}

// drawUnits draws a line whose box top is at top, on the baseline of the
// line's own face, so that a character from the fallback font sits on the
// same line; gap is extra space after each unit but the last, for
// justification.
//
// Neighbouring units that the PDF viewer would place where the layout put
// them anyway (one face, size and colour, the glyphs' own advances, no
// justification gap) become one text operation: a 100,000-row attachment
// then records a few operations per cell instead of one per character,
// and fpdf holds that much less page content.
func (r *renderer) drawUnits(units []unit, line *face, x, top, sizeMM, gap float64) {
	sizePt := sizeMM / ptToMM
	baseline := top + line.font.ascent*sizeMM
	open := -1 // index in r.ops of the text operation units may join
	// The units from from to to make up the text of r.ops[text], joined
	// once when it closes: joining unit by unit made a string for each
	// character of a long table.
	text, from, to := -1, 0, 0
	var xs, ends []float64 // where each unit starts and ends, once a text border needs them
	for i, u := range units {
		y := baseline
		if u.east != nil {
			r.joinTexts(text, units[from:to])
			text, open = -1, -1
			r.drawEastAsian(u, line, x, baseline, sizeMM)
			x += u.width + gap
			continue
		}
		if xs == nil && borderOf(u) != nil {
			xs, ends = make([]float64, len(units)), make([]float64, len(units))
		}
		if xs != nil {
			xs[i], ends[i] = x, x+u.width
		}
		if u.deco != nil {
			w := u.width
			if i < len(units)-1 {
				w += gap
			}
			r.decorations(u, x, baseline, top, sizeMM, w)
			y -= u.deco.rise * sizeMM
			if u.deco.emphasis != "" {
				r.emphasisMarks(u, x+u.lead, y, sizeMM)
			}
			open = -1
		}
		if u.link != "" {
			r.linkBox(u.link, x, top, u.width, sizeMM)
		}
		if u.leader != "" {
			r.drawLeader(u, x, baseline, sizeMM)
		}
		if u.img != nil {
			h := u.pictureHeight()
			r.drawPicture(u.img, x, baseline-h, u.width, h)
			open = -1
		} else if !u.space {
			size := sizePt
			if u.scale > 0 {
				size *= u.scale
			}
			if o := len(r.ops) - 1; o >= 0 && open == o && gap == 0 && !u.grid && u.spacing == 0 && u.kern == nil && r.ops[o].face == u.face && r.ops[o].size == size && r.ops[o].color == u.color && r.ops[o].bold == u.bold && r.ops[o].hscale == u.hscale && r.ops[o].fx == u.fx {
				to = i + 1
			} else if u.spacing != 0 || u.kern != nil {
				r.joinTexts(text, units[from:to])
				text = -1
				r.spacedText(u, x+u.lead, y, size)
				open = -1
			} else {
				r.joinTexts(text, units[from:to])
				r.ops = append(r.ops, op{kind: opText, face: u.face, size: size, x: x + u.lead, y: y, text: u.text, color: u.color, bold: u.bold, fx: u.fx, hscale: u.hscale, clip: r.clipTop})
				text, from, to = len(r.ops)-1, i, i+1
				open = -1
				if !u.grid && u.deco == nil {
					open = len(r.ops) - 1
				}
			}
		} else {
			open = -1
		}
		if u.after != 0 {
			open = -1 // the next glyphs stand past the room, not at this unit's advance
		}
		x += u.width
		if i < len(units)-1 {
			x += gap
		}
	}
	r.joinTexts(text, units[from:to])
	if xs != nil {
		r.textBorders(units, xs, ends, baseline, sizeMM)
	}
}

// joinTexts sets the text of r.ops[o] to that of the units it draws.
func (r *renderer) joinTexts(o int, units []unit) {
	if o < 0 || len(units) < 2 {
		return
	}
	n := 0
	for _, u := range units {
		n += len(u.text)
	}
	var b strings.Builder
	b.Grow(n)
	for _, u := range units {
		b.WriteString(u.text)
	}
	r.ops[o].text = b.String()
}

// spacedText draws a unit whose run spaces its characters (w:spacing)
// or kerns them a character at a time, each where that puts it.
func (r *renderer) spacedText(u unit, x, y, sizePt float64) {
	i := 0
	for _, c := range u.text {
		r.ops = append(r.ops, op{kind: opText, face: u.face, size: sizePt, x: x, y: y, text: string(c), color: u.color, bold: u.bold, fx: u.fx, hscale: u.hscale, clip: r.clipTop})
		x += charAdvance(u, c, sizePt*ptToMM) + kernAt(u, i)
		i++
	}
}

// advance moves down by h, to a new page when the block is full.
func (r *renderer) advance(h float64) {
	r.y += h
	if r.y >= r.bottom()-0.01 {
		r.newPage()
	}
}
