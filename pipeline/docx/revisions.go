package docx

import (
	"slices"
	"strings"

	"jixiao/pipeline/wordxml"
)

// Tracked changes (修订) and comments (批注) are read out of a template
// before anything else: the template is taken as if every change were
// accepted, and no comment ever reaches an output, since a comment is an
// internal note (请与决算核对…) and a change not yet accepted would show
// two versions in Word but one in the PDF.

// removed are revision elements dropped with their content: deleted text
// and text moved away, and the record of formatting changes.
var removed = []string{"w:del", "w:moveFrom", "w:rPrChange", "w:pPrChange", "w:sectPrChange", "w:tblPrChange",
	"w:trPrChange", "w:tcPrChange", "w:tblGridChange", "w:tblPrExChange", "w:numberingChange",
	"w:moveFromRangeStart", "w:moveFromRangeEnd", "w:moveToRangeStart", "w:moveToRangeEnd"}

// unwrapped are revision elements whose content stays: inserted and
// moved-in text.
var unwrapped = []string{"w:ins", "w:moveTo"}

// commentMarks are the anchors of comments in the text.
var commentMarks = []string{"w:commentRangeStart", "w:commentRangeEnd"}

// acceptRevisions returns s with every tracked change accepted, and the
// places of the paragraphs that had any.
func acceptRevisions(part, s string) (string, []string) {
	var at []int
	var edits []edit
	for _, name := range removed {
		for _, e := range wordxml.Elements(s, name, 0, len(s)) {
			edits = append(edits, edit{e.Start, e.End, ""})
			at = append(at, e.Start)
		}
	}
	for _, name := range unwrapped {
		for _, e := range wordxml.Elements(s, name, 0, len(s)) {
			gt := strings.IndexByte(s[e.Start:], '>') + e.Start
			if s[gt-1] == '/' { // a paragraph mark recorded as inserted
				edits = append(edits, edit{e.Start, e.End, ""})
			} else {
				edits = append(edits, edit{e.Start, gt + 1, ""}, edit{e.End - len("</"+name+">"), e.End, ""})
			}
			at = append(at, e.Start)
		}
	}
	if len(edits) == 0 {
		return s, nil
	}
	return applyEdits(s, nested(edits)), placesOf(part, s, at)
}

// dropComments returns s without comment anchors and references, and the
// places of the paragraphs that had comments.
func dropComments(part, s string) (string, []string) {
	var at []int
	var edits []edit
	for _, name := range commentMarks {
		for _, e := range wordxml.Elements(s, name, 0, len(s)) {
			edits = append(edits, edit{e.Start, e.End, ""})
		}
	}
	for _, r := range wordxml.Elements(s, "w:r", 0, len(s)) {
		if wordxml.Next(s, "w:commentReference", r.Start, r.End) >= 0 {
			edits = append(edits, edit{r.Start, r.End, ""})
			at = append(at, r.Start)
		}
	}
	if len(edits) == 0 {
		return s, nil
	}
	return applyEdits(s, nested(edits)), placesOf(part, s, at)
}

// nested drops the edits that lie inside another, which removes them anyway.
func nested(edits []edit) []edit {
	var out []edit
	for _, e := range edits {
		inside := false
		for _, o := range edits {
			if o != e && o.Start <= e.Start && e.End <= o.End && o.End-o.Start > e.End-e.Start {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, e)
		}
	}
	return out
}

// placesOf names the distinct paragraphs the positions lie in.
func placesOf(part, s string, at []int) []string {
	pl := newPlaces(part, s)
	slices.Sort(at)
	var out []string
	for _, pos := range at {
		if p := pl.at(pos); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// isCommentPart reports whether a package part holds comments, which no
// output keeps.
func isCommentPart(name string) bool {
	return strings.HasPrefix(name, "word/comments") && strings.HasSuffix(name, ".xml")
}
