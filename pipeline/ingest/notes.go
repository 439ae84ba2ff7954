package ingest

import (
	"regexp"
	"strings"
)

// noteLine tells a note under a table from a row: one cell only, often
// merged across the table's width, that begins 注：, 注:, 说明：, 备注：,
// 注1、, 注 2. and the like. A 备注 column's cell is no note: its row
// holds other cells too.
var noteLine = regexp.MustCompile(`^(注|说明|备注|資料來源|资料来源|数据来源)\s*(\d+|[（(]\d+[)）])?\s*[：:、.．]|^注\s*\d+`)

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	if r := []rune(line); len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return line
}

// note returns the text of a note line, or "" when cells are a row.
func note(cells []string) string {
	text, one := single(cells)
	if !one || !noteLine.MatchString(text) {
		return ""
	}
	return text
}

// single returns the one cell of a row that holds something; one is
// false for a row of none or of several.
func single(cells []string) (text string, one bool) {
	for _, c := range cells {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if one {
			return "", false
		}
		text, one = c, true
	}
	return text, one
}

// addNote keeps a line of the note under the table: the table ends at its
// first line; lines of one cell below it go on the note, and a row of
// several cells below it is an error, never a row dropped unread.
func (r *tableReader) addNote(row int, cells []string) {
	text := strings.TrimSpace(strings.Join(cells, " "))
	if text == "" {
		return
	}
	if r.tbl.Note != "" {
		r.tbl.Note += "\n"
	}
	r.tbl.Note += text
	if r.noteRow == 0 {
		r.noteRow = row
	}
}
