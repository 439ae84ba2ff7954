package ingest

// rowSource streams one sheet's rows as raw text, top to bottom. The
// workbook and CSV readers implement it; the checks in table.go see only
// this.
type rowSource interface {
	// next returns the next row's number and cells, and each cell's number
	// format code ("General", "0.00", "#,##0.00", "yyyy-mm-dd"; nil where
	// the source has none, as CSV), or ok=false at the end.
	next() (row int, cells, formats []string, ok bool, err error)
	// merges lists the merged ranges.
	merges() []span
	// formula returns the formula of a cell that has no value, "" otherwise.
	formula(col, row int) string
	// hiddenRow reports whether a row next has given is hidden, and
	// hiddenCols lists the hidden columns, 1-based (hidden.go).
	hiddenRow(row int) bool
	hiddenCols() ([]int, error)
	// filtered reports whether an autofilter hides rows of the sheet: a
	// hidden row is then one the filter leaves out (hidden.go).
	filtered() bool
	close()
}

// span is a merged range, 1-based and inclusive.
type span struct {
	top, left, bottom, right int
}
