// Package dataset is the typed form of the bureau's workbook: what the ingest
// stage reads and every later stage works from.
//
// A Dataset holds one Table per table the document definition declares.
// Each Row holds one Value per declared column, typed by the column's kind:
// an amount as an exact money.Amount, a score or an integer as a decimal, a
// grade as its place in the column's scale, all with the text as written and
// the number as the workbook displays it, and each with the CellRef it came
// from, so that any later message can point at the cell a figure came from
// (data.xlsx!绩效自评!D7). A Row may also be a section heading (一、项目绩效评价)
// of a table with section rows.
//
// Problems found anywhere in the pipeline are Problems: a place, a message in
// Chinese for the clerk, and a severity. A stage collects all of them rather
// than stopping at the first, so that one run shows a clerk everything to fix.
package dataset
