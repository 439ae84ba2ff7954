// Package document is the document model: the typed data that every
// template and every output format is filled from.
//
// Its shape comes from the definition. Each section of the definition is a
// Section here, with one Figure per declared figure and, where the section
// lists rows, one Row per table row with one Cell per declared column. Cells
// and figures print as the definition says: an amount in its unit, with its
// decimals and thousands separators, or as the workbook displayed it; a
// grade by its scale's name or as written.
//
// Templates do not see these Go types but a view of them (Data.View): a
// value of a struct type made from the definition (TypeOf), whose fields
// are named by the definition's keys, so that {{.事前评价.项目数}} and
// {{range .附件.行}}{{.金额}}{{end}} work in Word and Excel templates alike,
// and the template checker can check every field before any data is read.
// Besides the declared keys the view has 县, 年度 and 上年度 at the top, and
// on every row 分组行 (true on a section heading such as 一、项目绩效评价) and
// 分组 (the heading's text), and 小计行 (true on a section's subtotal row,
// whose cells are its label as written and the section's sums as
// computed; printed through the data row, it needs no branch of its own,
// but a template may style it with {{if .小计行}}, or merge its label
// across the columns the workbook merged it over, Row.LabelSpan). An optional column's field is there but
// refused by the checker, since an absent column would print blanks.
//
// A clause figure is worded here, from its cited figures as they print
// (clause.go): empty when one of them prints empty.
package document
