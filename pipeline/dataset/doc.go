// Package dataset is the typed form of the bureau's workbook: what the ingest
// stage reads and every later stage works from.
//
// A Dataset holds one Section per sheet. Each Item is one row, with its
// amount as a money.Amount, its score and Grade already checked, and a CellRef
// for every value, so that any later message can point at the cell a figure
// came from (data.xlsx!绩效自评!D7).
//
// Problems found anywhere in the pipeline are Problems: a place, a message in
// Chinese for the clerk, and a severity. A stage collects all of them rather
// than stopping at the first, so that one run shows a clerk everything to fix.
package dataset
