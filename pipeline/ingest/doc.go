// Package ingest reads the tables a document definition declares from the
// bureau's workbook into a dataset.Dataset, checking every cell on the way.
//
// The header row is the row, among the first ones, that names the most
// declared columns; every declared column must be found, except those the
// definition calls optional, and a missing one is one error naming the
// table, the headers looked for and the closest header present; rows above it may be titles or a unit line (单位：亿元).
// Columns are found by their header text, in any order, after normalising
// full-width characters, parentheses and spaces, so 金额(万元), 金额（万元） and
// 金额 （万元） are one header. A unit at the end of an amount's header (元,
// 万元, 亿元) says what the column is written in; amounts go straight into
// decimals and convert exactly. Cells are read raw, and each cell's number
// format is kept so that a number can print as the workbook displays it.
//
// A vertically merged cell gives its value to every row it spans; in a
// column declared blank: merge the merge itself is kept (Value.Block),
// because the published table reproduces it, and a blank cell joins the
// block above in an .xlsx as in a CSV file.
//
// The input is read once (Load) into a Snapshot: a workbook's bytes, a
// CSV file, or every CSV file of a folder, each with its size, time and SHA-256.
// Everything a build reads, checks, marks up (AnnotateSnapshot) and
// records in its manifest comes from that one version; a file whose size
// or time moves while it is read, or a zip whose directory does not parse,
// is refused as being saved.
//
// A workbook is read as Excel reads it. Each part is checked whole as it
// is unpacked (checksum, truncation, deflate errors, a part twice), and
// every error is Chinese, naming the part and the cell. A sheet is cut
// into rows as it is unpacked (cutter.go), one chunk in memory, and each
// row is read by a hand-written lexer (xmltok.go) that knows what Excel,
// WPS, LibreOffice and the OpenXML SDK write: attributes in any order and
// quoting, namespace prefixes, the strict namespace, entities, inline and
// rich text. At anything it is not sure of (a comment, CDATA, a namespace
// declared below the root) it stops, and encoding/xml reads the part from
// the next row on, so that a guess is never made. References are read in
// any case and with $ (cellref.go); one outside the sheet, rows out of
// order and cells out of order are errors at their cell. The lexer is
// some thirty times faster than excelize's Rows(); a test and a fuzz
// target hold it to excelize's reading of every cell.
//
// Work is bounded by what a sheet can hold and by a budget (sst.go,
// sheetrows.go, merges.go, cutter.go): merged ranges are kept as ranges
// and looked up by column (mergeIndex), never expanded cell by cell;
// shared strings live in pages with a 100 MB budget; styles, a row, a
// cell's text and the empty cells before the values are capped. Each
// data row goes to a RowSink as it is read, and only tables whose rows
// are printed keep them. excelize writes the annotated copy and the blank
// workbook.
//
// A legacy .xls (BIFF8) or a WPS .et, the same format, is read by a
// reader of our own (xls.go, biffrec.go, xlssheet.go) on the compound file
// library mscfb: numbers (NUMBER, RK, MULRK), text (LABELSST, LABEL, the
// shared strings across CONTINUE records, each continuation saying again
// whether its characters take one byte or two; rich runs and phonetic data
// skipped), logical and error values, formulas' stored results (a text
// result from its STRING record), each cell's number format from its XF
// and FORMAT records or the built-in formats, merges, every worksheet,
// and the 1904 date system, whose dates are moved into the 1900 system;
// an .xlsx says so in workbookPr date1904, and its dates are moved alike
// (sheetrows.go). A date in a text column (完成时间) reads as the text its
// format shows (datefmt.go), not as its serial.
// The kind of a workbook is told by its first bytes, never its name. A
// password (FILEPASS, or an encrypted .xlsx), Excel 95 and a stream that
// does not hold together are refused; record lengths, counts and sheet
// offsets are checked against the stream, sheets that overlap are read no
// more than the stream's length in all, and a sheet is 256 columns wide.
// Its sheets are rowSources like the others, so every check applies.
//
// The table ends at a note under it (notes.go: 注：, 说明：, 备注：, 注1 …,
// one cell, often merged across): the note is kept (Table.Note), and a
// row of data after it is an error. A line signing the form (填报人：…
// 审核人：… 填报日期：…, each cell such a label) ends it alike. A header of two rows (header2.go), an
// upper row merged across the columns it heads over a lower row, is read
// with the two texts joined (资金（万元）中央) when no one row names every
// column. Where no merge starts in the upper row (a CSV file, an .xlsx
// centred across without merging), each upper text spans the empty cells
// after it that the lower row names, up to the next upper text
// (header2span.go); where that is unsure, the rows are no header. A
// numbered heading alone in the table's first cell (一、教育,,,) is a
// section heading across the row, merged or not (mergedheading.go).
//
// A CSV file's cell shown with text beside an amount (12.50万元,
// ¥1,254.50, 约 3.2: what a format such as 0.00"万元" printed) is read as
// the number and the format that shows it exactly so (csvaffix.go), so
// its column sums and its sums print as shown; a column in two patterns,
// or whose cells show another unit than its header, is refused at the
// first cell that differs.
//
// A number column holds numbers only: a logical value, a date or percent
// format, text that is not one number (100 200, 1.2.3, 100万, ¥100,
// (100), 50%), or a merge whose one value a covered data cell would count
// again is an error at its cell (numtext.go, table.go). One merge is not
// an amount: in a table with section rows, a row that is a single cell
// merged across the table's columns, from its first or before, holding a
// numbered title (一、项目绩效评价, （二）…, 三.…) is the section heading,
// its number in the sequence column and its title in the first text column
// (mergedheading.go); a merge across the row holding anything else is
// refused, saying what would make it a heading.
// Full-width digits are read as the numbers they are. A subtotal row
// (小计, 本类小计, 一、小计 in a text or sequence column, or a 合计 that a
// section or the total follows, subtotal.go) closes its section: it is no
// data row, and is kept, where rows are kept, with its label as written
// and its amounts the section's sums as computed, shown in the number
// format of its cells; the amounts it states are checked against those
// sums and a difference is an error at its cell; a label merged across
// the columns after it is kept so (Row.LabelSpan), for the outputs to
// merge it alike. A total row may stand at the bottom or just under the
// header (Table.StatedAbove), or both (总计 above, 合计 below: each is
// checked against the rows, at its own cells, and Table.Stated is the one
// below); a 合计 under a total above closes its section only where that
// section is open and the 合计 states its sums, not the table's. One with
// data above and under it, in a table without sections, is refused.
//
// A number cell is taken at the 15 digits Excel shows; where a writer cut
// a formula's result at 15 digits (31613.8999999999, shown 31,613.90),
// decimals beyond the unit's that differ from the shown value by no more
// than the 15th digit are that noise, and the value is the one shown (a
// typed 2.501 元 is still refused). In a text column a rate in a % format
// reads as shown (91.37%), as a date does. A number shows as Excel's
// Chinese edition shows it in its format (numrender.go): the text the
// format writes around it (92 in 0"分" is 92分, 12.50万元, 约3, for
// amounts as for scores), 会计专用 (ids 41 to 44, written by number alone)
// with its ¥ and a zero as "-", the section for negatives ((1,234.50)),
// G/通用格式, [DBNum1] to [DBNum3] (一百〇五, 壹佰零伍), fractions (90 1/2),
// scientific notation, conditions ([>=90]"优"0). What a Word table cannot
// show is warned about once a column (shown.go): a colour, a format that
// hides the number or shows words alone; a format that scales by a
// thousand (#,##0,) is refused, the cell's number and the shown one
// differing a thousandfold. Each value keeps its format (Value.Format),
// for the Excel attachment to show it so. A unit at the end of a title
// above the table (…结果表（单位：万元）) is the table's unit, as a unit
// line is.
//
// A row the clerk hid (hidden.go: <row hidden="1">, a .xls ROW record) is
// not in the table the clerk sees: it is left out with a warning naming
// it, which says where an autofilter left it out (<filterColumn>, a .xls
// FILTERMODE). Hidden columns (<col hidden="1">, COLINFO) are listed for
// init.
//
// A number typed as text (a cell formatted 文本, a CSV file's cell) prints
// as typed (1,234.50, 30.50), in Excel as a number in the format that
// shows it so; full-width digits (１２３) print in ordinary ones, with a
// warning. A mark for no figure in a number column (—, -, /, 无) is an
// empty cell that prints as written; a typographic minus (−5) is refused
// as a negative is. A definition's sheet named with {年} that several
// sheets match (2022年, 2023年) is the one of the job's year
// (Options.Year); where none is, the error names them all.
//
// Read never stops at the first bad cell: it returns every problem it finds,
// each naming file, sheet and cell, in Chinese. Only this package reads
// workbooks; what leaves it is dataset types.
package ingest
