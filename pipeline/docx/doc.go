// Package docx fills a Word template with the document model and writes the
// .docx.
//
// A template is an ordinary .docx that a clerk edits in Word, WPS or
// LibreOffice. Its placeholders are Go text/template actions with the
// Chinese field names of package document: {{.事前评价.项目数}},
// {{千分位 .金额}}, {{if .绩效监控.有数据}}…{{end}}. Filling works in four
// steps, after a check of the whole package:
//
//  0. Refuse anything that runs or reads from outside, before any part is
//     parsed (active.go): what package opc finds in every package (DOCTYPE,
//     macros, ActiveX and OLE parts, outside links other than hyperlinks),
//     and, in every Word story (body, text boxes, headers, footers,
//     footnotes, endnotes, comments, the glossary) and the settings, the
//     fields that run or fetch (DDE, DDEAUTO, INCLUDETEXT, INCLUDEPICTURE,
//     LINK, DATABASE, MACROBUTTON, AUTOTEXT …, see activeFields), in the
//     simple form and in the complex one whose instruction Word splits
//     over runs, and a field whose type a nested field makes; w:object,
//     w:control, w:altChunk, w:subDoc, w:attachedTemplate, w:mailMerge and
//     form-field macros. AUTOTEXT and AUTOTEXTLIST are refused: what they
//     insert is on the reader's machine, not in the template. PAGE,
//     NUMPAGES, TOC, REF, HYPERLINK, DATE and the like read nothing from
//     outside and stay. Each problem names the part and the paragraph.
//  1. Normalise. Word splits typed text into runs wherever formatting,
//     proofing marks (w:proofErr), bookmarks or revision ids change, so a tag
//     may arrive as "{{.事前", "评价.项", "目数}}". The runs a tag spans are
//     merged into the run where it starts, keeping that run's formatting.
//  2. Place control tags. A {{range}} and its {{end}} that sit in one table
//     row repeat that row. A block may also span rows: what opens at the
//     start of a row's first cell and closes at the end of a later row's
//     last cell repeats, or keeps, those rows whole, so a loop can give its
//     heading rows a shape of their own ({{range}}{{if .分组行}} before a row
//     of one cell merged across the table, {{else}} before the data row,
//     {{end}}{{end}} after it; rows.go). A heading row that stops short of
//     its table's width, or whose other cells print something, would print
//     a broken row, in Word and in the PDF, and is refused, naming the
//     table and row; one beside empty cells of its own is noted
//     (headingspan.go).
//     Control tags ({{if}}, {{range}}, {{else}},
//     {{end}}) alone in a paragraph stand for the paragraphs between them,
//     and their own paragraphs leave nothing behind.
//  3. Compile and execute, through package tmpl, so that an unknown field
//     is reported with its place in Word terms (第3段, 表1 第2行 第4列) before
//     any data is read. Every printed value is XML-escaped.
//  4. Tidy. A paragraph that held tags and printed nothing is removed, and
//     cells marked by {{纵向合并 .机构合并}} become vertical merges (w:vMerge).
//
// Package files other than word/document.xml are copied unchanged, in the
// template's order and with zero timestamps, so the same input gives the
// same bytes.
package docx
