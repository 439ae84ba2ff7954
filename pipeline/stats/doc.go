// Package stats computes the figures the document states: for each sheet the
// number of items, their exact total and the count of each grade, and for
// the attachment the numbered rows, their merges and the 合计.
//
// Totals are exact sums of exact amounts, rounded only when printed. When the
// attachment's rows, as printed, do not add up to its printed 合计, Compute
// reports the difference (the 尾差) as a note, not an error: it is what
// happens when every row and the total are each rounded once.
package stats
