// Package money is the amount type that crosses every seam of the pipeline.
//
// An Amount is an exact decimal number of 万元 (ten thousand yuan). Amounts
// never pass through float64: the bureau's figures are checked against
// published totals to the fen, and a binary float cannot promise that.
//
// Amounts are held at full precision and rounded only when printed, half away
// from zero to two decimals (Plain gives 10790.69, Grouped gives 2,272.47).
// Totals are summed at full precision and rounded once, which is why a column
// of printed rows may add up to one fen more or less than its printed total
// (the 尾差 that Tail reports).
package money
