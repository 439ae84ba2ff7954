// Package example turns last year's published document into this year's
// Word template: what jixiao init --from 去年的说明.docx --data 去年的工作簿
// writes. A bureau has no template, but it has last year's 情况说明 and the
// workbook it was written from; every number of that text that last year's
// figures print is replaced by the template action that prints it.
//
// Make takes the .docx and last year's document model (package document,
// computed by the ordinary stages from the job's definition and workbook)
// and works paragraph by paragraph over word/document.xml, then over the
// headers and footers (word/header*.xml, footer*.xml), whose numbers are
// bound alike; a field's result there (a page number) is no figure:
//
//  1. Tables (tables.go). A table whose consecutive rows are, cell for
//     cell, a section's printed rows becomes one row looping over them
//     ({{range .附件.行}}…{{end}}), keeping the first data row's
//     formatting; heading rows (一、项目绩效评价) are matched as the loop
//     prints them, the number and name only. The header stays, and the
//     rows below (合计) are bound as text.
//  2. Wordings. A figure that prints words (a grade distribution, a
//     clause such as ，评价等级为“优”的3个…, a requirement's wording, a
//     title) is bound where the text has it word for word, longest first;
//     the county's name becomes {{.县}}.
//  3. Numbers (scan.go): Arabic numbers with separators and decimals,
//     followed by 元/万元/亿元, 个/条/项/家 or %; Chinese numerals before a
//     measure word (十四个); amounts in 大写. Dates (2023年12月31日) and
//     document numbers (财预〔2020〕10号) are left alone; the document's
//     year and the year before, written as years, become {{.年度}} and
//     {{.上年度}}; other years stay.
//  4. Binding (bind.go). A number is bound to the figures that print it
//     exactly as written: the same digits, decimals, grouping
//     ({{千分位 …}}) and unit (an amount printed in 万元 matches only a
//     number followed by 万元); an amount in 大写 to {{大写 …}}; a count
//     in Chinese numerals to {{中文数字 …}} where it writes them the same
//     (十四), else to {{中文写法 … "两"}} or "一十" (两个, 一十四个); a
//     percentage to a rate figure (its number, the % left as written) or
//     to {{百分比 a b}} over two counts of one section, % and all.
//     Candidates are ranked by the words around the number: a word that
//     names the section and no other (重点 or 重点项目绩效评价, not 绩效评价,
//     which every section's label holds) in the sentence (up to 100
//     characters either way), or in a short heading above it, or in the
//     cells before it in a table's row, or the loop table the row is
//     under; and a filter value just before it (“优”的3个 is the count of
//     优) or in its column's header (cells.go). A figure is refused when the words contradict it: a
//     filtered figure whose value is not named just before the number, an
//     unfiltered one where a grade is, a figure whose section nothing near
//     names alone. So 3个乡镇 stays as written even where 3 projects were
//     优, and so does 部门整体绩效评价18个 where 18 projects had 重点评价.
//
// The action goes into the run where the number starts, keeping that run's
// formatting; the rest of a number Word split over several runs leaves the
// runs it spilled into, and the words around it are not touched.
//
// Sentences (sections.go). A sentence whose bound figures are all of one
// section is wrapped in {{if .部分.有数据}}…{{end}}, so that a section
// this year's workbook lacks leaves it out instead of printing 0个; a ；
// or 。 that the section's sentence_end figure printed becomes that
// figure inside the guard, so the clauses left end as the built-in
// template's do. Not in headers and footers.
//
// Figures the definition lacks (extend.go, derived.go, values.go). For
// the numbers no figure printed, Extend proposes figures of their formats
// — sums in other units and decimals, mean/min/max, distinct counts, the
// count per grade, rates (优良率 as a run of grades over the count, 占比
// as a filtered count or sum over the whole), the difference from a
// requirement, and the count per value of a text column where the words
// before the number name a value last year's workbook holds (Values,
// read by ReadValues, kept by Result.Mentioned). The statistics stage
// computes them over last year's data, Make binds with them, and Prune
// drops those no number was bound to (keeping the grade counts a kept
// rate sums).
//
// Every number ends in one of four states, which the report (WriteReport)
// lists paragraph by paragraph: bound (to which fact, with its meaning),
// ambiguous (equal best candidates; the template takes the first and the
// report names the others), left as written (与数据无关，请人工核对; a
// Chinese numeral written otherwise than 中文数字 writes it is left, and
// its matching figure named), or skipped (a date, a document number,
// another year).
// Choices pick another candidate for a mark and make the template again.
//
// Because each action prints exactly what last year's text had, the new
// job built with last year's workbook reproduces last year's text; with
// this year's, only the bound numbers move.
package example
