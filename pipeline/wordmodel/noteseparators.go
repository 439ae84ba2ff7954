package wordmodel

import (
	"strings"

	"jixiao/pipeline/wordxml"
)

// Separator is the rule a notes part's separator note draws between the
// text and the notes (footnotes.xml's w:type="separator"), or above the
// notes a page goes on with from the last (continuationSeparator): Word
// draws what the note holds, a short rule for the w:separator character,
// one across the column for w:continuationSeparator, nothing for a note
// emptied in 草稿 view's 脚注分隔符.
type Separator int

const (
	// SeparatorDefault is Word's own where the part has no such note:
	// the short rule over a page's notes, the long one over those it
	// goes on with.
	SeparatorDefault Separator = iota
	SeparatorShort
	SeparatorLong
	SeparatorNone
)

// NoteSeparators are a kind of note's two separators.
type NoteSeparators struct {
	First, Continued Separator
}

// separators reads the separator notes of a notes part (footnotes.xml,
// endnotes.xml); odd are the kinds of special note that hold more than a
// rule (text, a picture), which the PDF does not draw.
func separators(raw, kind string) (seps NoteSeparators, odd []string) {
	for _, sp := range wordxml.Elements(raw, "w:"+kind, 0, len(raw)) {
		el := raw[sp.Start:sp.End]
		tag := el[:strings.IndexByte(el, '>')]
		t := attr(tag, "w:type")
		switch t {
		case "separator", "continuationSeparator", "continuationNotice":
		default:
			continue
		}
		sep, ok := separatorOf(el)
		switch {
		case !ok:
			odd = append(odd, t)
		case t == "separator":
			seps.First = sep
		case t == "continuationSeparator":
			seps.Continued = sep
		case sep != SeparatorNone:
			// A continuation notice ("接下页") stands under the notes a
			// page does not finish; a rule there is drawn by none.
			odd = append(odd, t)
		}
	}
	return seps, odd
}

// separatorOf is the rule a special note draws; ok is false where it
// holds anything else a reader would see.
func separatorOf(el string) (Separator, bool) {
	for _, t := range wordxml.Texts(el, 0, len(el)) {
		if strings.TrimSpace(t.Value) != "" {
			return 0, false
		}
	}
	for _, name := range []string{"w:drawing", "w:pict", "w:object", "w:sym", "w:fldSimple", "w:instrText", "w:pBdr", "w:tbl"} {
		if wordxml.Next(el, name, 0, len(el)) >= 0 {
			return 0, false
		}
	}
	for _, sp := range wordxml.Elements(el, "w:shd", 0, len(el)) {
		if fill := attr(el[sp.Start:sp.End], "w:fill"); fill != "" && fill != "auto" && !strings.EqualFold(fill, "FFFFFF") {
			return 0, false // a band the PDF would not draw
		}
	}
	switch {
	case wordxml.Next(el, "w:continuationSeparator", 0, len(el)) >= 0:
		return SeparatorLong, true
	case wordxml.Next(el, "w:separator", 0, len(el)) >= 0:
		return SeparatorShort, true
	}
	return SeparatorNone, true
}

// separatorNames are what the special notes the PDF does not draw are
// listed as.
var separatorNames = map[string]string{
	"separator":             "分隔符",
	"continuationSeparator": "延续分隔符",
	"continuationNotice":    "延续标记",
}
