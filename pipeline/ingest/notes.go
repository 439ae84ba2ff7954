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

// signatureLine is a cell of the line that signs a form under its table:
// 填报人：王某, 审核人：, 填报日期：2024年1月10日.
var signatureLine = regexp.MustCompile(`^(填报人|填表人|制表人|审核人|复核人|审批人|经办人|联系人|联系电话|负责人|单位负责人|财务负责人|分管领导|主管领导|填报日期|填表日期|制表日期|报送日期)\s*[：:]`)

// IsSignature reports whether a row under a table signs the form: each of
// its cells a 填报人：, 审核人：, 填报日期：… It ends the table as a note
// does, and is not published: its names and date are this year's.
func IsSignature(cells []string) bool {
	n := 0
	for _, c := range cells {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if !signatureLine.MatchString(c) {
			return false
		}
		n++
	}
	return n > 0
}

// note returns the text of a note line, or "" when cells are a row.
func note(cells []string) string {
	if IsSignature(cells) {
		return strings.Join(strings.Fields(strings.Join(cells, " ")), " ")
	}
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
