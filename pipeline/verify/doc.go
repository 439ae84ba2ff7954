// Package verify reads a build's outputs back and checks them against the
// facts, before anything is published.
//
// Every figure the template placed must appear, with the same printed
// value (at its printed precision, as a workbook's format shows it:
// 1,234.50, 1.23E+04, 90 1/2; printed.go), in the same order and after the same template text (共组织14…),
// in the text of the .docx and of the .pdf, grade distributions word for
// word;
// each printed table's rows and 合计 must be in the .xlsx's cells, on the
// table's sheet; and the
// document's own arithmetic must hold (grade counts add up to each
// section's count). A mismatch names the figure, the output, and both
// values.
//
// Each printed table is checked in its place (tables.go): the Word template
// records which of the output's tables each row value went into
// (output.Placement.Table), and that table must have as many body rows as
// its section has rows. A template's other tables — a 经办人/审核人
// signature table after the attachment, a table of figures before it —
// hold no section's rows and are not counted; their figures are checked as
// any text is. An output that cannot be read back is a mismatch too.
//
// Text the template language left unfilled ({{, <no value>) and
// punctuation debris that an empty figure leaves (，。 、、 （）, debris.go)
// fail the check, unless a filled-in value holds them.
//
// The outputs are read with readers of their own, so the check sees what
// the files say, not what the renderers meant. Each writer (package
// output) brings the reader of its file: docx.Output reads the .docx with
// wordmodel, pdf.Output the PDF's text layer with pdf.Text, xlsx.Output
// the workbook's cells with ingest.Sheets. CheckFiles takes the list of
// files (File: a name and its writer's output.ReadBacker), reads them back
// side by side and asks each output.Reading for what it can say through
// interfaces defined here (check.go), in package output's types:
//
//	Reading   the whole text: template marks and punctuation debris
//	Running   the running text: every placed figure, in order
//	Tabled    the printed tables (output.Table): each section's rows
//	          counted in its table
//	Workbook  the cells of each sheet, and the cell (output.Cell) each
//	          figure of a printed table was put in
//	Placer    the template's placements (output.Placement): the figures
//	          all are checked for
//
// So verify imports no writer and no writer imports verify; of the
// project's packages it imports facts, fault and output alone, and
// imports_test.go fails if it imports another.
//
// A new format plugs in with no change here: its package's reading
// implements output.Reading, and Running when its text runs as the
// document does (an OFD's text layer, as the PDF's), Tabled when it has
// the Word document's tables, Workbook when it has cells; the runner's
// list of writers hands its file to CheckFiles with the others
// (runner.Outputs.Checked is that list). A test or tool that changes one
// file's bytes replaces that file's reader in the list and checks again.
package verify
