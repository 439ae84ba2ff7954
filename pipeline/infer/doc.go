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
// Rows whose 序号 is 一, 二… are section headings, and so is a row that is
// one cell merged across the table holding a numbered title (一、项目绩效评价
// over A:F), or holding it unmerged in the table's first cell with the
// rest of the row empty, as a CSV file keeps it (ingest.MergedHeading,
// which a build reads alike), which counts in no column's kind or width and which the
// templates print as it is, one cell across the table (a loop of two rows,
// {{if .分组行}} the merged one, {{else}} the data row, in Word; a heading
// row merged across above the marked row in Excel); a row labelled 合计 or
// 总计 is the total row, which the templates reproduce (computed, and
// checked against the stated one), its label merged across the columns
// the workbook merges it across, under the rows or, where the workbook
// has it just under the header, there, or both where it has both; its
// sums are figures of their own (合计行金额, print: as_displayed) that
// print as the workbook shows the column (¥1,254.50, 20.50万元), while the
// narrative's sums print bare, the sentence saying the unit. Vertical
// merges in a column are kept. A row closing a section (小计, 本类小计,
// 一、小计, or a 合计 the next section or the total follows) is a
// subtotal: it counts in no column's kind, width or format; a build
// prints it through the data row (its label as written, its sums
// computed), or, where the workbook merges its label across columns, the
// Word template has a row of its own for it ({{if .小计行}}), the label
// cell spanning those columns; a 合计 so used is added to the
// definition's total_labels.
// Numbers print as the workbook displays them, in Word as text and in
// Excel as numbers in the workbook's own number format. A header of two
// rows (an upper row merged across the columns it heads, twolevel.go)
// names each column by its two texts joined (资金（万元）中央), as a build
// reads it, and the templates print it in two rows, merged as the workbook
// has it. A note under the table (注：…) is not data: the templates print
// it under the table as written.
//
// Names say what a thing is, never which sheet or year it came from, so
// that next year's workbook builds with the same definition and templates:
// the table is 表 (表1, 表2 … where there are several), a column is its
// header without its year (截至2023年底已发债券规模 → 截至年底已发债券规模),
// and a header or sheet name naming a year is written with {年}, which
// matches any year.
//
// Each table gets a section with its title (the workbook's title row, its
// year as {年度}), its row count 项目数, each amount's sum (金额 where there
// is one amount column), the count per grade (优, 良, 中, 差) and the
// grades in words, the number of distinct units (单位数, of the first
// column naming a 单位, 部门 or 机构), and the mean, highest and lowest
// score (平均分, 最高分, 最低分). A table with section headings gets a
// section per heading too (表一, 表二 …, heading: 一), with the count,
// sums and grades of the rows under it.
//
// The Word template's title is the workbook's title row; a paragraph
// words the figures of whatever columns the table has, its subject the
// table's title, or where the sheet has none the table's attachment
// label (附件, 附件2), never the sheet's name; above the table
// stands its unit line (单位：亿元) where the workbook has one, in Word and
// Excel alike. Column widths share the text block by the header and the
// content, in ems (a CJK character one, a digit half): no column is
// narrower than its header in two lines, a number never wraps, and the
// room left goes to the long texts. The job's output names are the
// workbook's title with {县} and {年度}.
//
// A title that ends in its unit (…结果表（单位：万元）) gives the unit and
// stays the title. The table is what the clerk sees: hidden sheets,
// rows and columns are not in it, and the notes say so. A CSV file's numbers keep
// the format they are written in (1,234.50 is #,##0.00) in Excel. A header
// broken over lines in its cell breaks there in Word (w:br). A table whose
// columns cannot stand at their least widths in the text block (fifteen
// columns and more) stands in a landscape section of its own.
//
// What a draft cannot reproduce is refused, in Chinese, naming the sheet
// and cell (refuse.go): a second table on the sheet, under the first
// (after a blank row, a header of its own) or beside it (after an empty
// column); a total row with data above and under it that closes no
// section; a header of three rows or more (资金情况 over 预算数 over 中央,
// 省级, 县级), with the advice to make it two; a header of two rows whose
// upper texts are not merged across their columns (a CSV file's) where
// the layout does not say which upper text a lower one is under, naming
// those cells; where it does, each upper text spans the empty cells after
// it (ingest.ImpliedSpans), as a build reads it, and the notes say so.
//
// Several sheets of one table (sheets.go): a sheet a year (2022年, 2023年)
// is drafted from the job's year's, named {年}年, others left out; sheets
// of the same columns (a sheet a town) are each a table, and the notes
// name them and --sheet, which drafts from the sheets it names only. A
// mark for none (—, 无) says nothing of a column's kind, and full-width
// digits are numbers.
//
// A workbook with the built-in definition's six sheets is recognised as
// such, and the job uses the built-in definition and templates, which
// reproduce the 2023 document of 沁源县.
package infer
