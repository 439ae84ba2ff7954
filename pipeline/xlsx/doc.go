// Package xlsx fills the Excel template with the document model and writes
// the attachment workbook (附件：…重点绩效评价项目结果汇总表.xlsx).
//
// The template is an ordinary .xlsx that a clerk restyles in Excel or WPS.
// A sheet holds a table: a title, the header row, one marked row whose
// cells name the row fields ({{.序号}}, {{.项目名称}}, {{.金额}} …), and the
// 合计 row with {{.附件.合计}}. The build repeats the marked row once per
// project, copying its styles, merges the 评价机构 blocks, and writes the
// 合计 as a live =SUM() formula: every sum figure under the marked row
// ({{.表.中央}}, {{.表.省级}} …, one per amount or number column) gets its
// own, over its column, carrying its value, and the output check reads
// each back. The sum figures may stand above the marked row instead
// (总计 just under the header); they stay there as the rows are inserted.
// A section's subtotal row prints through the marked row; its amounts are
// SUBTOTAL(9,…) formulas over its section's rows, and the total then a
// SUBTOTAL too, which leaves them out; its label is merged across the
// columns the workbook merged it over (Row.LabelSpan), where the marked
// row holds them side by side (subtotal.go). Any other cell may hold placeholders of the
// document model ({{.附件.标题}}); they are filled as text. A table with
// section headings may have a heading row right above the marked row, one
// cell merged across holding {{.序号}}{{.分组}}: each heading is printed in
// its shape, one merged cell in its styles (heading.go). A heading cell
// that does not cover the marked row's columns would print a broken row
// and is refused, as Word's heading row is (package docx, headingspan.go).
//
// Before excelize reads the template, it is refused if it carries anything
// that runs or reads from outside: what package opc finds in any package
// (DOCTYPE in any part, macros, ActiveX, OLE objects, outside links,
// connections, query tables), and what only a workbook has: formulas with
// DDE links (cmd|'…'!A0), paths to other workbooks or addresses, and
// WEBSERVICE, RTD, CALL, REGISTER.ID, IMAGE, STOCKHISTORY, DDE; sheets with
// oleObjects or controls. Each is named with its sheet and cell. A cell
// that would print a section, a list or a yes/no is refused as in Word.
//
// A definition with several printed tables has each on a sheet of its own.
// A sheet's table is the section whose columns most of its row fields
// name; between sections that share their columns, the one the sheet's
// own figures or name point to, else the next in the definition's order.
//
// Cells are typed: amounts and scores are numbers, stored at full precision
// (the 万元 value of a 元 input keeps all its digits), so the cells show what
// the Word table shows while sums stay exact. A number the Word table
// prints as the workbook showed it keeps the workbook cell's own number
// format where its column's style has another (cellformat.go): 约3.0 in a
// column of 12.50万元, each as the clerk saw it. Text from the data is always
// written as a text cell, so a project name starting with = is never a
// formula.
//
// Every formula also carries the value it computes, so readers that do not
// calculate (openpyxl's data_only, previewers, pandas) see the figures, and
// the workbook asks Excel to recalculate on open.
//
// The 统计 sheet holds the figures behind the narrative: for each table,
// COUNTIF/SUMIF formulas over its sheet where Excel can compute them and
// two native charts of projects and amounts per grade; then the other
// sections' figures.
//
// Zip entries are written in a fixed order with zero timestamps, so the same
// input gives the same bytes.
package xlsx
