// Package facts records every figure the outputs print, where it came from
// and how it was computed, and writes them as facts.json beside the outputs.
//
// A disclosure is public, and a wrong figure in it is an official error. A
// finance officer asked "where does 145637.15 come from?" answers from this
// file alone: the fact 绩效自评.金额 says its exact value, how it is printed,
// that it is sum(绩效自评!C2:C1167), and which input cells that is.
//
// Fact IDs are the template's field paths without the leading dot
// (重点评价.项目数, 附件.合计), and 附件.行[3].金额 for the table, so that a
// figure in the template and its fact have the same name.
package facts
