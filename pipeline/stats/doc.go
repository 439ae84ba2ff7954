// Package stats computes the figures a definition's sections declare: counts,
// sums, grade distributions, distinct values, minimum, maximum and mean, each
// over the rows that pass its filter (its where, and its heading: the rows
// under one section heading), and the wordings that follow from them
// (which clause ends the sentence, how a count compares with the city's
// requirement).
//
// A Tally receives the rows as ingest reads them (it is a dataset.RowSink),
// so that a table the outputs do not print is summed without being kept.
// Finish then adds what depends on the whole: presence, sentence ends,
// requirements and the 尾差.
//
// A filter value that no row holds, and that is not a grade of the
// column's scale, is a warning naming the values the column does hold,
// nearest first (where.go): 第三分评价 is likely a typo of 第三方评价.
//
// Totals are exact sums of exact amounts, rounded only when printed. When a
// table's rows, as printed, do not add up to its printed total, Finish
// reports the difference (the 尾差) as a note, not an error: it is what
// happens when every row and the total are each rounded once.
package stats
