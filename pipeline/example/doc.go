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
//     prints them, the number and name only. Heading rows Word shows
//     merged across the table (a gridSpan cell, cells joined by hMerge,
//     or a merged part with the other cells empty vMerge continuations)
//     are matched by their text, the same for every heading
//     ({{.序号}}、{{.分组}}), and the loop becomes two rows: the first
//     heading row, merged as it was, for the headings ({{range}}{{if
//     .分组行}}), the first data row for the rest ({{else}}…{{end}}{{end}}).
//     The header stays, and the rows below (合计) are bound as text.
//     A text box's VML copy (mc:Fallback) is dropped first: it repeats
//     the DrawingML box's paragraphs, whose numbers would print twice
//     over one place.
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
//     characters either way), or in a short heading above it (a sentence
//     ending in 。 is none), or in the cells before it in a table's row,
//     or the loop table the row is under; a section the sentence names
//     outranks, and rules out, those only the headings name. A filter
//     value counts just before the number (“优”的3个 is the count of 优),
//     or earlier in its clause when no other value of its column follows
//     (城区项目4个、涉及金额1.23亿元), or in its column's header
//     (cells.go); a one-character grade inside a word (其中, 集中, 优化)
//     names none. A figure is refused when the words contradict it: a
//     filtered figure whose value is not named, an unfiltered one where a
//     grade is, a figure whose section nothing near names alone, a count
//     whose measure word is followed by a noun nothing of the figure
//     names (3个乡镇, 15个工作日, 12个月). So 3个乡镇 stays as written even
//     where 3 projects were 优, and so does 部门整体绩效评价18个 where 18
//     projects had 重点评价.
//     The words before the number must agree too (quantity.go): what a
//     number quantifies may stand before it (发现问题15个, 督促整改15项,
//     问题资金15万元) or be a measure word after it (15天, 15人, 15次,
//     评分15分) or a rank (第15名). The words of a figure are its label,
//     its section's and its table's, the key, label and headers of the
//     columns it is computed and filtered over, its filter values and
//     their spellings (优秀 is 优), and, for an amount, the words any sum
//     is (资金, 金额, 预算). The words before the number back to its
//     clause's stop (and after a 对 or 由: 委托第三方机构对15个项目 counts
//     projects) may name nothing else: no two characters of the
//     definition's nouns (every column's headers, table names, filter
//     values, grade spellings; 涉及主管部门15个 is no count of projects)
//     that the figure's words lack, and no noun of a short list of what
//     such documents count besides rows (问题, 整改, 专家, 工作日 …). A
//     measure word after a bare number that counts no rows (天, 人, 次,
//     分, 名, 万 …) fits only a figure whose words end in it or count it
//     (评价得分, 整改天数). The report names the word that disagreed.
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
// Headings (headings.go). A short paragraph (no 。 at its end, no
// section's figure in it) followed, up to the next such heading, only by
// paragraphs one section's guard covers whole goes under that guard too:
// without the section's rows it prints nothing and its paragraph is
// dropped. A Word list label goes with its paragraph, and Word and the
// PDF number the headings after it on without a gap. A number typed at
// the heading's start (（二）, 三、, 2.) goes with it, and the typed
// numbers of the same level after it are rewritten to count only the
// headings printed: （三） after a （二） that may go prints {{if
// .部分.有数据}}（三）{{else}}（二）{{end}}. Each heading that may go doubles
// those branches, so beyond four the number is left as written and the
// report (Result.Notes) says so.
//
// Figures the definition lacks (extend.go, derived.go, across.go,
// values.go). For the numbers no figure printed, Extend proposes figures
// of their formats — sums in other units and decimals, mean/min/max,
// distinct counts, the count and the sum per grade, rates (优良率 as a
// run of grades over the count, 占比 as a filtered count or sum over the
// whole), rates across sections (one section's total over another's or
// over the sum of both, a run of grades over two sections' counts: a
// rate names other sections' figures as 部分.数字 and is declared in the
// later section; its words must name every section of its parts, or, for
// parts of several, none at all), the difference from a requirement,
// and the count and the sums per value of a text column where the words
// before the number name a value last year's workbook holds, and for a
// percentage their shares of the section's count and sums (预警项目占比
// 25%; a grade's too: 优秀项目金额占全部金额的60.5%)
// (Result.ReadValues keeps only the values the text names, so a column
// of 10,000 names costs nothing; at most maxValues, 20, per column are
// tried, and the report names a column past that). The statistics stage
// computes them over last year's data, Make binds with them, and Prune
// drops those no number was bound to (keeping the figures a kept rate
// sums).
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
