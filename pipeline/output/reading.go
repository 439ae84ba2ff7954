package output

import "regexp"

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
// ，；) or brackets and quotes with nothing inside (（） () “”). Chinese
// prose never has them. The Word template check refuses them in a
// template's own text; verify refuses them in a build's outputs.
var Debris = regexp.MustCompile(`[，。、；：][，。、；：]|（\s*）|\(\s*\)|“\s*”|《\s*》|【\s*】|「\s*」`)
