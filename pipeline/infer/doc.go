// Package infer proposes a document definition, and Word and Excel
// templates to go with it, from a bureau's own workbook: what jixiao init
// --from writes.
//
// Each sheet becomes a table. Its header row is found under any title rows
// (the first row, among the first ten, with nearly as many filled cells as
// the fullest), and a line such as 单位：亿元 above it gives the unit of
// amount columns whose header states none. Each column's kind is
// recognised from its header and checked against its values:
//
//	序号, 编号                         sequence
//	…等级, …档次, …等次, 评价结果        grade (its values as written: 良好, 中（一般）)
//	…分… (评分, 得分, 自评分数)          score, unless the values are grades
//	a unit, or 金额/资金/预算/支出/规模    amount
//	…日期                               date
//	anything else                       text
//
// Rows whose 序号 is 一, 二… are section headings; a row labelled 合计 or
// 总计 is the total row, which the templates reproduce (computed, and
// checked against the stated one); vertical merges in a column are kept.
// Numbers print as the workbook displays them. A header of two rows (an
// upper row merged across the columns it heads, twolevel.go) names each
// column by its two texts joined (资金（万元）中央), as a build reads it, and
// the templates print it in two rows, merged as the workbook has it. A
// note under the table (注：…) is not data: the templates print it under
// the table as written.
//
// Each table gets a section with its row count, a sum per amount column and
// a grade distribution per grade column, a short narrative that a clerk
// then rewords, and its table printed in full. A workbook with the
// built-in definition's six sheets is recognised as such, and the job uses
// the built-in definition and templates, which reproduce the 2023
// document of 沁源县.
package infer
