package output

import (
	"strings"
	"unicode/utf8"
)

// The types below are what a reading says to the check (package verify),
// in no format's terms: a writer's reading converts its own model (Word
// tables, a workbook's layout) into them, so the check imports no writer.

// Placement is one value a template printed, in document order: the
// field's path from the root however the template reached it (事前评价.金额;
// 附件.行[].金额 inside a loop over 附件.行, with Index the row; "" for a
// computed value), the template's text just before it in the same run
// (共组织), and the text printed. Table is the body table it was printed
// in, counted from 1 as a reader of the output meets the tables (those
// of the body, outside any paragraph); 0 outside a table, in a table
// nested in another's cell (whose rows a reader sees as the cell's text),
// or in a header or footer: the check finds each rows loop's table by it.
type Placement struct {
	Field   string
	Index   int
	Before  string
	Printed string
	Table   int
}

// Table is a printed table as a reader meets it: its rows in order.
type Table struct{ Rows []Row }

// Row is a table's row: whether it repeats as a heading, and the text of
// each of its cells.
type Row struct {
	Header bool
	Cells  []string
}

// Cell is where a writer put a figure in a workbook: the fact's ID, and
// the cell (row and column from 1) on its sheet.
type Cell struct {
	Fact     string
	Sheet    string
	Row, Col int
}

// Debris is what punctuation looks like where a figure printed empty
// between its template's commas and stops: two marks in a row (，。 、、
// ，；) or brackets and quotes with nothing inside (（） () “”), ASCII
// white space between them allowed. Chinese prose never has them. The Word
// template check refuses them in a template's own text; verify refuses
// them in a build's outputs.
//
// It finds what the expression
//
//	[，。、；：][，。、；：]|（\s*）|\(\s*\)|“\s*”|《\s*》|【\s*】|「\s*」
//
// finds, leftmost first and not overlapping, as regexp would, but by one
// pass over the text: verify scans every output's whole text with it, and
// regexp's engine, with no literal to skip ahead by, was a tenth of the
// check of a long attachment.
var Debris debrisFinder

type debrisFinder struct{}

// debrisMarks are the marks two of which in a row are debris.
const debrisMarks = "，。、；："

// closingOf is the closing bracket or quote of an opening one; 0 for any
// other character.
func closingOf(r rune) rune {
	switch r {
	case '（':
		return '）'
	case '(':
		return ')'
	case '“':
		return '”'
	case '《':
		return '》'
	case '【':
		return '】'
	case '「':
		return '」'
	}
	return 0
}

// FindAllStringIndex returns the start and end of the first n pieces of
// debris in s (all of them for n < 0), as regexp's method of that name.
func (debrisFinder) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	for i := 0; i < len(s) && (n < 0 || len(out) < n); {
		if e := debrisAt(s, i); e > 0 {
			out = append(out, []int{i, e})
			i = e
			continue
		}
		i++
	}
	return out
}

// FindAllString returns the first n pieces of debris in s (all of them for
// n < 0), as regexp's method of that name.
func (d debrisFinder) FindAllString(s string, n int) []string {
	var out []string
	for _, h := range d.FindAllStringIndex(s, n) {
		out = append(out, s[h[0]:h[1]])
	}
	return out
}

// debrisAt is the end of the debris starting at s[i], 0 if none starts
// there. Every mark and bracket but ( is three bytes in UTF-8, led by 0xE2
// (quotes), 0xE3 (、。《》【】「」) or 0xEF (full-width forms), so the scan
// passes over any other byte, Chinese text's included, at once.
func debrisAt(s string, i int) int {
	switch s[i] {
	case '(', 0xE2, 0xE3, 0xEF:
	default:
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if strings.ContainsRune(debrisMarks, r) {
		if r2, n2 := utf8.DecodeRuneInString(s[i+n:]); strings.ContainsRune(debrisMarks, r2) {
			return i + n + n2
		}
		return 0
	}
	closing := closingOf(r)
	if closing == 0 {
		return 0
	}
	k := i + n
	for k < len(s) && isASCIISpace(s[k]) {
		k++
	}
	if r2, n2 := utf8.DecodeRuneInString(s[k:]); r2 == closing {
		return k + n2
	}
	return 0
}

// isASCIISpace is regexp's \s: tab, newline, form feed, return and space.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
