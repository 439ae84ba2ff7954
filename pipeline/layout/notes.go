package layout

import "jixiao/pipeline/wordmodel"

// Footnotes are drawn at the foot of the page their paragraph starts on,
// under a separator rule, as Word draws them: the page's text ends above
// them. Endnotes follow the document's last block, under the same rule.

// noteRule is the separator's length as a share of the text block's
// width, and noteGap the space from the text to the notes, the rule in
// its middle, in mm.
const (
	noteRule = 1.0 / 3
	noteGap  = 4.0
)

// pageNote is one footnote paragraph laid out, waiting for its page's foot.
type pageNote struct {
	p     *wordmodel.Paragraph
	l     look
	lines [][]unit
	ends  []bool
	// from is the index of its first line in its paragraph's: a note
	// going on from the last page starts past the first (notesplit.go);
	// more says its paragraph's last lines go on in a later part.
	from int
	more bool
	// note is the note whose first paragraph it is, which a table's
	// row numbers on its page as it draws it (numberRowNotes); nil for
	// its later paragraphs.
	note *wordmodel.Note
}

// height is the note's: each line its paragraph's line height, in its
// face (look), as LibreOffice sets a footnote's lines (a 小五 note in a
// 三号 Normal paragraph keeps 三号's line; TestCellFootnotesAsLibreOfficeDrawsThem).
func (n pageNote) height() float64 {
	h := 0.0
	for i := range n.lines {
		h += n.lineCost(i)
	}
	return h
}

// lineCost is the room line i takes: its height, and the room of its
// paragraph's box above the paragraph's first line and under its last
// (parabox.go).
func (n pageNote) lineCost(i int) float64 {
	above, below := boxSpace(n.p.Borders)
	h := n.l.lineHeight
	if i == 0 && n.from == 0 {
		h += above
	}
	if i == len(n.lines)-1 && !n.more {
		h += below
	}
	return h
}

// reserveNotes sets aside the foot of the page for notes, before the first
// line of the paragraph that refers to them (lineHeight high) is drawn; a
// page without the room for both starts a new one.
func (r *renderer) reserveNotes(notes []wordmodel.Note, lineHeight float64) {
	if len(notes) == 0 || r.inStory {
		return // a frame's, which framedNotes puts at its page's foot
	}
	laid, _ := r.layNotes(notes)
	if r.onPage && len(r.carried) == 0 {
		if kept, _ := splitNotes(laid, r.bottom()-r.y-lineHeight-r.noteGapNeeded()); len(kept) == 0 {
			// Not even the first lines of the notes that may stay fit
			// under the line: both go on to the next page. Notes that
			// fit in part are split (keepNotes).
			r.newPage()
		}
	}
	r.numberOnPage(notes, laid)
	r.keepNotes(laid, r.bottom()-r.y-lineHeight)
}

// framedNotes lays out the footnotes of a frame's paragraphs (图文框, a
// drop cap), numbered on the page it stands on before its lines are
// drawn; the frame, laid out as a story, keeps none of them, and Word
// draws them at the foot of the frame's page as the body's.
func (r *renderer) framedNotes(paras []*wordmodel.Paragraph) []pageNote {
	var notes []wordmodel.Note
	for _, p := range paras {
		notes = append(notes, p.Footnotes...)
	}
	if len(notes) == 0 {
		return nil
	}
	laid, _ := r.layNotes(notes)
	r.numberOnPage(notes, laid)
	return laid
}

// keepFramedNotes puts a frame's notes at its page's foot, under the
// frame (foot) and the text placed so far.
func (r *renderer) keepFramedNotes(laid []pageNote, foot float64) {
	if len(laid) > 0 {
		r.keepNotes(laid, r.bottom()-max(r.y, foot))
	}
}

// numberOnPage numbers the notes that start again on each page (Note.
// PerPage) now that their page is known: after the page's earlier ones,
// in their format. The reference shows the number where its line is
// drawn (renumber), the note's own mark in its laid lines.
func (r *renderer) numberOnPage(notes []wordmodel.Note, laid []pageNote) {
	for _, n := range notes {
		r.numberNote(n)
	}
	r.renumberNotes(laid)
}

// numberNote gives a note numbered on its page its number there, after
// the page's earlier ones.
func (r *renderer) numberNote(n wordmodel.Note) {
	if n.PerPage == nil || n.Anchor == "" {
		return
	}
	r.pageNotes++
	mark := wordmodel.FormatNumber(n.PerPage.Start+r.pageNotes-1, n.PerPage.Format)
	r.noteMarks["#"+n.Anchor], r.noteMarks["#"+n.Anchor+"Ref"] = mark, mark
}

// renumberNotes sets the marks of laid notes numbered on their page.
func (r *renderer) renumberNotes(laid []pageNote) {
	for _, pn := range laid {
		for _, line := range pn.lines {
			r.renumber(line, pn.l.st.Size)
		}
	}
}

// numberRowNotes numbers the notes of a table row's part numbered on
// their page, as the part is drawn on it: its cells' marks show the
// number where drawCells sets them (renumber), its notes' own in their
// laid lines. A cell's note takes its number from the page its mark's
// line is drawn on, as in Word.
func (r *renderer) numberRowNotes(row *tableRow) {
	some := false
	for _, pn := range row.notes {
		if pn.note != nil && pn.from == 0 && pn.note.PerPage != nil {
			r.numberNote(*pn.note)
			some = true
		}
	}
	if some {
		r.renumberNotes(row.notes)
	}
}

// renumber sets the marks of notes numbered on their page in a line: a
// mark is known by what it links to, its note or its reference; one set
// as several units (⑫ as 1 and 2 on the grid) is its first unit's.
func (r *renderer) renumber(line []unit, sizePt float64) {
	if len(r.noteMarks) == 0 {
		return
	}
	for i := range line {
		u := &line[i]
		if u.link == "" {
			continue
		}
		mark, ok := r.noteMarks[u.link]
		if !ok {
			continue
		}
		if i > 0 && line[i-1].link == u.link {
			mark = ""
		}
		u.retext(mark, sizePt)
	}
}

// layNotes breaks the notes' paragraphs into lines, to be drawn at a
// page's foot, and says how much room they take there, the gap above
// them apart.
func (r *renderer) layNotes(notes []wordmodel.Note) (laid []pageNote, need float64) {
	for k := range notes {
		n := &notes[k]
		for i, p := range n.Paragraphs {
			l := r.look(p)
			lines, ends := r.breakLines(p, l)
			pn := pageNote{p: p, l: l, lines: lines, ends: ends}
			if i == 0 {
				pn.note = n
			}
			laid = append(laid, pn)
			need += pn.height()
		}
	}
	return laid, need
}

// noteGapNeeded is the gap over the notes a page's first note brings.
func (r *renderer) noteGapNeeded() float64 {
	if len(r.notes) == 0 {
		return noteGap
	}
	return 0
}

// keepNotes adds notes laid out to the page's foot, as much of them as
// the room under the line that refers to them holds; the rest goes on at
// the next page's foot (notesplit.go), as do all notes after a note that
// does.
func (r *renderer) keepNotes(laid []pageNote, room float64) {
	if len(laid) == 0 {
		return
	}
	if len(r.carried) > 0 {
		r.carried = append(r.carried, laid...)
		return
	}
	gap := r.noteGapNeeded()
	kept, rest := splitNotes(laid, room-gap)
	r.carried = rest
	if len(kept) == 0 {
		return
	}
	r.noteSpace += gap
	for _, n := range kept {
		r.noteSpace += n.height()
	}
	r.notes = append(r.notes, kept...)
}

// drawNotes draws the page's footnotes at its foot and frees the space.
func (r *renderer) drawNotes() {
	if len(r.notes) == 0 {
		return
	}
	y := r.textFoot() - r.noteSpace
	if r.notesBelowText {
		// 文字下方: under the page's (the column's) last line, which the
		// notes' room kept above y.
		y = min(y, r.y)
	}
	sep := r.footSeps.First
	if r.goesOn {
		sep = r.footSeps.Continued
	}
	r.noteRuleAt(y+noteGap/2, sep, r.goesOn)
	r.y = y + noteGap
	for _, n := range r.notes {
		r.drawNote(n)
	}
	r.notes, r.noteSpace, r.goesOn = nil, 0, false
}

// drawNote draws a note's paragraph, or its part on the page, from r.y
// down, in its box where it is shaded or has lines.
func (r *renderer) drawNote(n pageNote) {
	above, below := boxSpace(n.p.Borders)
	r.startBox(n.p, n.l)
	if r.pbox != nil {
		r.pbox.first = n.from == 0
	}
	if n.from == 0 {
		r.y += above
	}
	for i, line := range n.lines {
		r.boxLine(r.y)
		r.drawLine(line, n.p, n.l, r.lineSpan(n.l, n.from+i == 0), n.ends[i])
		r.y += n.l.lineHeight
		r.boxFoot(r.y)
	}
	r.closeBox(!n.more)
	r.pbox = nil
	if !n.more {
		r.y += below
	}
}

// noteRuleAt draws a separator at y: Word's short one, a third of the
// column, over a page's notes; its long one, across the column, over
// notes going on from the last page (continued: ISO 29500 17.11.1's
// continuation separator spans the main story's text extents, where
// LibreOffice draws its short rule again); none where the notes part's
// separator note was emptied.
func (r *renderer) noteRuleAt(y float64, sep wordmodel.Separator, continued bool) {
	share := noteRule
	switch {
	case sep == wordmodel.SeparatorNone:
		return
	case sep == wordmodel.SeparatorLong, sep == wordmodel.SeparatorDefault && continued:
		share = 1
	}
	r.ops = append(r.ops, op{kind: opLine, x: r.left(), y: y, w: r.width() * share, h: 0.5 * ptToMM, text: "solid"})
}

// sectionEndnotes draws, after section k's last block, the endnotes
// its references point to where they stand at each section's end
// (EndnotesBySection), and those of the sections before it that passed
// theirs on (Section.NoEndnotes); k < 0 is the document's end, where the
// endnotes not yet drawn follow its last block.
func (r *renderer) sectionEndnotes(doc *wordmodel.Document, k int) {
	if k >= 0 && (!doc.EndnotesBySection || k < len(doc.Sections) && doc.Sections[k].NoEndnotes) {
		return // a section whose endnotes go on to the next one's end
	}
	var these []wordmodel.Note
	for _, n := range doc.Endnotes {
		if !doc.EndnotesBySection || n.Section >= r.endnotesDrawn && (k < 0 || n.Section <= k) {
			these = append(these, n)
		}
	}
	r.endnotes(these)
	r.endnotesDrawn = k + 1
}

// endnotes draws endnotes after the last block.
func (r *renderer) endnotes(notes []wordmodel.Note) {
	if len(notes) == 0 {
		return
	}
	if r.y+noteGap > r.bottom() {
		r.newPage()
	}
	r.noteRuleAt(r.y+noteGap/2, r.endSeps.First, false)
	r.y += noteGap
	r.unnumbered, r.inEndnotes = true, true
	defer func() { r.unnumbered, r.inEndnotes = false, false }()
	for _, n := range notes {
		for _, p := range n.Paragraphs {
			r.paragraph(p)
		}
	}
}
