package wordmodel

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"jixiao/pipeline/wordxml"
)

// Note is a footnote or an endnote: its mark, as the reference in the
// text shows it, and its paragraphs, whose first run is the mark again.
type Note struct {
	Mark       string
	Paragraphs []*Paragraph
	// At is how many bytes of its paragraph's Text stand before its
	// reference: in a table cell, the line the note goes with.
	At int
	// Section is the section its reference stands in, from 0: an endnote
	// is drawn at its section's end where the document's endnotes stand
	// there (Document.EndnotesBySection).
	Section int
	// Anchor is the bookmark its mark starts, its reference linking to it
	// (#Anchor) and the mark back to the reference (#Anchor+"Ref").
	Anchor string
	// PerPage, where its numbers start again on each page (numRestart
	// eachPage), is how the layout numbers it once its page is known:
	// from Start in Format. Mark is then its number in the document's
	// order, which its reference and its mark show until laid out.
	PerPage *PageNumbering
}

// PageNumbering is how footnotes numbered on each page are numbered.
type PageNumbering struct {
	Format string
	Start  int
}

// CellNote is a footnote referred to from a table cell, at Line of the
// cell's Text (split at \n, before wrapping): the layout draws it at the
// foot of the page that line is drawn on.
type CellNote struct {
	Note
	Line int
}

// notes are the document's footnotes and endnotes, read as the references
// to them are met, numbered as Word numbers them.
type notes struct {
	// parts are the w:footnote and w:endnote elements by kind and id
	// ("footnote" + "\x00" + id).
	parts map[string]string
	// counts are the references numbered so far in the current run of
	// numbers, seq all references, by kind; doc is each kind's numbering
	// as settings.xml sets it, cur the current section's.
	counts, seq map[string]int
	doc, cur    map[string]noteNumbering
	// mark is the mark of the note being read, for its w:footnoteRef,
	// anchor the bookmark its mark starts and back the link to its
	// reference; "" for none.
	mark, anchor, back string
	// custom is the text of the custom mark (w:customMarkFollows) of the
	// reference being read, which its note's leading text repeats; ""
	// for a numbered one.
	custom string
	// pending are the footnotes of the paragraph being read.
	pending []Note
	// end are the endnotes, in order.
	end []Note
	// section is the section being read, from 0.
	section int
	// seps are each kind's separators, odd the special notes the PDF
	// does not draw (separators).
	seps map[string]NoteSeparators
	odd  map[string][]string
}

// noteNumbering is how one kind of note is numbered (脚注和尾注 dialog):
// in format, from start, starting again with each section where restart
// is eachSect (continuous otherwise; eachPage is listed, known.go).
type noteNumbering struct {
	format, restart string
	start           int
	// unknown is a w:numFmt the PDF cannot write, listed at each of its
	// notes' references (noteShown); "" for none.
	unknown string
}

// numbering reads a w:footnotePr or w:endnotePr over base: what it sets
// replaces base's.
func (nb noteNumbering) over(el string) noteNumbering {
	if v, ok := wordxml.Val(el, "w:numFmt"); ok && knownFormat(v) {
		nb.format, nb.unknown = strings.Clone(v), "" // not the part's memory (detach)
	} else if ok {
		nb.unknown = strings.Clone(v)
	}
	if v, ok := wordxml.Val(el, "w:numStart"); ok {
		if n, err := strconv.Atoi(v); err == nil && n >= 0 {
			nb.start = n
		}
	}
	if v, ok := wordxml.Val(el, "w:numRestart"); ok {
		nb.restart = strings.Clone(v)
	}
	return nb
}

func readNotes(parts map[string]string) *notes {
	n := &notes{parts: map[string]string{}, counts: map[string]int{}, seq: map[string]int{},
		doc:  map[string]noteNumbering{"footnote": {format: "decimal", start: 1}, "endnote": {format: "lowerRoman", start: 1}},
		seps: map[string]NoteSeparators{}, odd: map[string][]string{}}
	settings := parts["word/settings.xml"]
	for _, kind := range []string{"footnote", "endnote"} {
		raw := parts["word/"+kind+"s.xml"]
		n.seps[kind], n.odd[kind] = separators(raw, kind)
		for _, sp := range wordxml.Elements(raw, "w:"+kind, 0, len(raw)) {
			el := raw[sp.Start:sp.End]
			tag := el[:strings.IndexByte(el, '>')]
			if t := attr(tag, "w:type"); t != "" && t != "normal" {
				continue // the separator lines, drawn by the PDF itself
			}
			n.parts[kind+"\x00"+attr(tag, "w:id")] = el
		}
		if el := notePr(settings, kind); el != "" {
			n.doc[kind] = n.doc[kind].over(el)
		}
	}
	n.cur = maps.Clone(n.doc)
	return n
}

// notePr is the w:footnotePr or w:endnotePr in s (a sectPr, settings.xml),
// "" where it has none.
func notePr(s, kind string) string {
	i := wordxml.Next(s, "w:"+kind+"Pr", 0, len(s))
	if i < 0 {
		return ""
	}
	return s[i:end(s, i, "w:"+kind+"Pr")]
}

// enterSection starts the numbering of the n-th section (from 0), whose
// sectPr is sect: its own footnotePr and endnotePr over the document's,
// numbers starting again where they restart with each section.
func (n *notes) enterSection(sect string, k int) {
	for _, kind := range []string{"footnote", "endnote"} {
		nb := n.doc[kind]
		if el := notePr(sect, kind); el != "" {
			nb = nb.over(el)
		}
		n.cur[kind] = nb
		if nb.restart == "eachSect" && k != n.section {
			n.counts[kind] = 0
		}
	}
	n.section = k
}

// notePlacement reads where the notes stand (settings.xml's w:pos; a
// section's is ignored, as Word and the standard ignore it) and lists
// what the PDF does not draw: footnotes gathered at a section's or the
// document's end, numbers that start again on each page.
func (s *sheet) notePlacement(doc *Document, settings string) {
	pos := func(kind string) string { v, _ := wordxml.Val(notePr(settings, kind), "w:pos"); return v }
	switch pos("footnote") {
	case "beneathText":
		doc.FootnotesBelowText = true
	case "sectEnd", "docEnd":
		*s.undrawn = append(*s.undrawn, Feature{What: "脚注位置（节或文档的结尾）", Where: "文档设置（脚注和尾注）"})
	}
	doc.EndnotesBySection = pos("endnote") == "sectEnd"
	doc.FootnoteSeparators, doc.EndnoteSeparators = s.notes.seps["footnote"], s.notes.seps["endnote"]
	for _, kind := range []string{"footnote", "endnote"} {
		if s.notes.seq[kind] == 0 {
			continue // no note of the kind: its separators show nowhere
		}
		for _, t := range s.notes.odd[kind] {
			name := map[string]string{"footnote": "脚注", "endnote": "尾注"}[kind] + separatorNames[t]
			*s.undrawn = append(*s.undrawn, Feature{What: name + "中的文字、图形或边框（只显示分隔线）", Where: name + "（草稿视图 → 引用 → 显示备注）"})
		}
	}
}

// noteShown is what a reference to a note the PDF does not draw is
// listed as: one in a table cell, a header or a text box, or one whose
// note is missing.
func noteShown(what, kind string) func(*sheet, string, string) string {
	return func(s *sheet, el, _ string) string {
		switch _, ok := s.notes.parts[kind+"\x00"+attr(el, "w:id")]; {
		case !ok:
			return what + "（内容缺失）"
		case !s.notesHere():
			return what + "（只在正文段落和正文表格中显示）"
		case s.notes.cur[kind].unknown != "" && !customMark(el):
			return what + "的编号格式" + formatNamed(s.notes.cur[kind].unknown)
		case tooLongToRepeat(s.notes.cur[kind].format, s.notes.cur[kind].start):
			return fmt.Sprintf("%s的起始编号 %d 用格式%s写出超过 %d 个字符", what, s.notes.cur[kind].start, formatNamed(s.notes.cur[kind].format), maxLabelLength)
		}
		return ""
	}
}

// reference reads the note a w:footnoteReference or w:endnoteReference
// (its start tag) points to and returns the mark the text shows there;
// ok is false where the note is not drawn: outside the body's paragraphs,
// or missing from its part.
func (s *sheet) reference(tag, kind string) (mark string, ok bool) {
	el, found := s.notes.parts[kind+"\x00"+attr(tag, "w:id")]
	if !found || !s.notesHere() {
		return "", false
	}
	n := s.notes
	n.seq[kind]++
	if !customMark(tag) {
		n.counts[kind]++
		nb := n.cur[kind]
		mark = FormatNumber(nb.start+n.counts[kind]-1, nb.format)
	}
	note := Note{Mark: mark, At: s.textAt, Section: n.section}
	if nb := n.cur[kind]; nb.restart == "eachPage" && kind == "footnote" && mark != "" {
		note.PerPage = &PageNumbering{Format: nb.format, Start: nb.start}
	}
	where, inBody, inCell, images, shapes := s.where, s.inBody, s.inCell, s.images, s.shapes
	outer, anchor, back := n.mark, n.anchor, n.back
	// A cell's reference links too: its mark is a stretch of its own
	// (RunSize.Format), whose page is its row's.
	n.anchor, n.back = noteAnchor(kind, n.seq[kind])
	note.Anchor = n.anchor
	s.where, s.inBody, s.inCell, s.inNote, n.mark = map[string]string{"footnote": "脚注 ", "endnote": "尾注 "}[kind]+mark, false, false, true, mark
	s.knownStructure(el, s.where)
	if wordxml.Next(el, "w:tbl", 0, len(el)) >= 0 {
		// Its cells' paragraphs would stand one under another, the
		// table's columns and lines lost.
		*s.undrawn = append(*s.undrawn, Feature{What: noteTable, Where: s.where})
	}
	var prev *Paragraph
	for _, sp := range wordxml.Elements(el, "w:p", 0, len(el)) {
		p, _ := s.paragraph(el[sp.Start:sp.End])
		joinBox(prev, p)
		note.Paragraphs, prev = append(note.Paragraphs, p), p
	}
	if n.anchor != "" && len(note.Paragraphs) > 0 {
		// No mark of its own (a custom mark's note, whose mark is its
		// text): the reference links to the note's start.
		first := note.Paragraphs[0]
		first.Runs = append([]Run{{Bookmark: n.anchor}}, linkLeading(first.Runs, n.custom, "#"+n.back)...)
	}
	s.where, s.inBody, s.inCell, s.inNote, s.images, s.shapes = where, inBody, inCell, false, images, shapes
	n.mark, n.anchor, n.back = outer, anchor, back
	if kind == "footnote" {
		n.pending = append(n.pending, note)
	} else {
		n.end = append(n.end, note)
	}
	return mark, true
}

// customMark reports whether a reference's (its start tag's) mark is the
// text after it in its run (自定义标记), not a number.
func customMark(tag string) bool {
	v := attr(tag, "w:customMarkFollows")
	return v == "1" || v == "true" || v == "on"
}

// linkLeading links the runs' leading text to link where it is mark, the
// run holding more split there: a custom mark's note repeats the mark as
// text (Word and LibreOffice write it so), which LibreOffice's PDF links
// back to the reference as a number.
func linkLeading(runs []Run, mark, link string) []Run {
	for k, r := range runs {
		if r.Text == "" {
			if r.Picture != 0 {
				return runs
			}
			continue
		}
		if mark == "" || r.Link != "" || !strings.HasPrefix(r.Text, mark) {
			return runs
		}
		if len(r.Text) > len(mark) {
			rest := r
			rest.Text = r.Text[len(mark):]
			runs = slices.Insert(runs, k+1, rest)
		}
		runs[k].Text, runs[k].Link = mark, link
		return runs
	}
	return runs
}

// noteTable is what a table in a note is listed as: the layout sets a
// note's paragraphs at the page's foot, not tables.
const noteTable = "表格（脚注、尾注中的表格无法显示）"

// notesHere reports whether the paragraph being read is one whose notes
// the PDF draws: the body's and its tables' (numbered in the order read,
// which is the document's); not a header's or footer's, whose text
// repeats on every page, nor a text box's.
func (s *sheet) notesHere() bool { return s.inBody || s.inCell && !s.inMargin && !s.inBox }

// noteAnchor are the bookmarks of the seq-th note of a kind (from 1): its
// mark's in the note, and its reference's in the text. A note's reference
// links to the first and the note's mark back to the second, as Word's
// and LibreOffice's PDFs link them; Word's own bookmarks never start
// with _Jx.
func noteAnchor(kind string, seq int) (note, ref string) {
	name := noteAnchors + kind + strconv.Itoa(seq)
	return name, name + "Ref"
}

const noteAnchors = "_Jx"

// IsNoteAnchor reports whether a bookmark is a note's or its reference's
// (noteAnchor), not the document's.
func IsNoteAnchor(name string) bool { return strings.HasPrefix(name, noteAnchors) }
