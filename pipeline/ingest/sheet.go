package ingest

// rowSource streams one sheet's rows as raw text, top to bottom. The
// workbook and CSV readers implement it; the checks in section.go see only
// this.
type rowSource interface {
	// next returns the next row's number and cells, or ok=false at the end.
	next() (row int, cells []string, ok bool, err error)
	// merges lists the merged ranges.
	merges() []span
	// formula returns the formula of a cell that has no value, "" otherwise.
	formula(col, row int) string
	// blankContinuesAbove reports whether a blank 评价机构 cell continues
	// the block above: true where the format has no merged cells (CSV),
	// which is how the published table reads when saved as CSV.
	blankContinuesAbove() bool
	close()
}

// span is a merged range, 1-based and inclusive.
type span struct {
	top, left, bottom, right int
}
