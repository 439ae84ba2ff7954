// Package definition is the shape of a document, declared rather than coded:
// which tables a job reads from its workbook, what columns each table has
// and what kind of value each column holds, and which figures the
// narrative's sections cite.
//
// A definition is a YAML file. The built-in one (templates/definition.yaml)
// is the 2023 document of 沁源县; a bureau copies it, or has jixiao init
// --from infer one from its own workbook, and edits it. Every later stage
// reads it: ingest finds columns by the headers it lists and checks cells by
// their kinds, the statistics stage computes the figures it declares, and the
// Word and Excel templates may print exactly the fields it names. No column
// or section name is spelled in Go code.
//
// A table:
//
//	tables:
//	  - key: 附件表               # how sections refer to it
//	    sheet: 重点绩效评价结果     # the worksheet, or CSV file, it is read from
//	    columns:
//	      - {key: 项目名称, headers: [项目名称, 二级项目名称], required: true}
//	      - {key: 金额, kind: amount, headers: [项目支出], unit: 万元,
//	         print: {unit: 万元, decimals: 2, grouped: true}}
//
// Every declared column must be in the sheet: a renamed header is an
// error naming the closest header present, never a column of blanks that
// prints as 0. A column that may be missing says optional: true; no
// figure, filter or template field may rest on it. A header may name its
// year as {年} (截至{年}年底已发债券规模), which matches any four-digit year.
// required: true says something else: every cell must be filled.
//
// A sheet's name may say {年} too (专项债绩效评价{年}), so that next year's
// sheet is found.
//
// A section is a part of the narrative: a set of figures over one table, and
// optionally that table's rows, under a key the templates use
// ({{.附件.合计}}, {{range .附件.行}}). In a table with section rows,
// heading: 二 keeps a section's figures, or one figure, to the rows under
// the second heading (阳高's 二、部门整体支出绩效评价), so that each part of
// a table has its own count, sums and grades.
//
// A figure that may print empty takes its punctuation into a clause
// ({key: 等级句, kind: clause, text: "，{等级分布}"}), which prints empty,
// comma and all, when a figure it cites does (or is 0, with omit: zero);
// so a sentence never reads 进行评价，。
//
// Parse checks a definition completely and reports every problem with its
// line, in Chinese; a YAML syntax error is said in Chinese too, on the line
// of the full-width sign (：，［］｛｝) that broke it where one did
// (yamlerr.go, which the job file's parser shares); a Definition that Parse returns is consistent (every
// figure names a column of its table, every kind is known), so that later
// stages need not check it again.
package definition
