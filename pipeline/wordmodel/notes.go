package wordmodel

import (
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
	// counts are the references numbered so far, formats the number
	// formats (footnotePr, endnotePr), by kind.
	counts  map[string]int
	formats map[string]string
	// mark is the mark of the note being read, for its w:footnoteRef.
	mark string
	// pending are the footnotes of the paragraph being read.
	pending []Note
	// end are the endnotes, in order.
	end []Note
}

func readNotes(parts map[string]string) *notes {
	n := &notes{parts: map[string]string{}, counts: map[string]int{}, formats: map[string]string{"footnote": "decimal", "endnote": "lowerRoman"}}
	for _, kind := range []string{"footnote", "endnote"} {
		raw := parts["word/"+kind+"s.xml"]
		for _, sp := range wordxml.Elements(raw, "w:"+kind, 0, len(raw)) {
			el := raw[sp.Start:sp.End]
			tag := el[:strings.IndexByte(el, '>')]
			if t := attr(tag, "w:type"); t != "" && t != "normal" {
				continue // the separator lines, drawn by the PDF itself
			}
			n.parts[kind+"\x00"+attr(tag, "w:id")] = el
		}
		settings := parts["word/settings.xml"]
		if i := wordxml.Next(settings, "w:"+kind+"Pr", 0, len(settings)); i >= 0 {
			if v, ok := wordxml.Val(settings[i:end(settings, i, "w:"+kind+"Pr")], "w:numFmt"); ok && knownFormat(v) {
				n.formats[kind] = v
			}
		}
	}
	return n
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
	if attr(tag, "w:customMarkFollows") != "1" && attr(tag, "w:customMarkFollows") != "true" {
		n.counts[kind]++
		mark = FormatNumber(n.counts[kind], n.formats[kind])
	}
	note := Note{Mark: mark, At: s.textAt}
	where, inBody, inCell, images, shapes, outer := s.where, s.inBody, s.inCell, s.images, s.shapes, n.mark
	s.where, s.inBody, s.inCell, n.mark = map[string]string{"footnote": "脚注 ", "endnote": "尾注 "}[kind]+mark, false, false, mark
	s.knownStructure(el, s.where)
	for _, sp := range wordxml.Elements(el, "w:p", 0, len(el)) {
		p, _ := s.paragraph(el[sp.Start:sp.End])
		note.Paragraphs = append(note.Paragraphs, p)
	}
	s.where, s.inBody, s.inCell, s.images, s.shapes, n.mark = where, inBody, inCell, images, shapes, outer
	if kind == "footnote" {
		n.pending = append(n.pending, note)
	} else {
		n.end = append(n.end, note)
	}
	return mark, true
}

// notesHere reports whether the paragraph being read is one whose notes
// the PDF draws: the body's and its tables' (numbered in the order read,
// which is the document's); not a header's or footer's, whose text
// repeats on every page, nor a text box's.
func (s *sheet) notesHere() bool { return s.inBody || s.inCell && !s.inMargin && !s.inBox }
