// Package ingest reads the bureau's workbook into a dataset.Dataset, checking
// every cell on the way.
//
// Columns are found by their header text, in any order, after normalising
// full-width characters, parentheses and spaces, so 金额(万元), 金额（万元） and
// 金额 （万元） are one header. An amount header ending in （元） marks a
// column kept in 元, converted exactly to 万元. Cells are read raw, never as
// Excel formats them, and amounts go straight into decimals.
//
// A vertically merged cell gives its value to every row it spans; in the
// 评价机构 column the merge itself is kept (Item.AgencyBlock), because the
// published table reproduces it.
//
// Rows are read by scanning each worksheet part as it is unpacked
// (xlsxread.go), which is some thirty times faster than excelize's Rows()
// and keeps one chunk of a sheet in memory; a test holds the scanner to
// excelize's reading of every cell. excelize writes the annotated copy and
// the blank workbook.
//
// Read never stops at the first bad cell: it returns every problem it finds,
// each naming file, sheet and cell, in Chinese. Only this package reads
// workbooks; what leaves it is dataset types.
package ingest
