// Package output says what a published format is: a Writer. The runner
// holds the list of them (runner.Writers: Word, Excel, PDF) and loops over
// it, as pandoc lists its writers; adding a format (an OFD copy) is one
// package with a Writer and one line in that list.
//
// A writer owns everything of its format:
//
//	Format    its key in the page's links (docx) and its label (Word)
//	Name      its file's name, from the job (j.DocxName …)
//	Load      loading its template and checking it against the definition,
//	          with the notes the clerk should know (lint and build run it)
//	Render    filling the template for one document
//	ReadBack  reading the file it made back from its bytes, for the check
//
// Writers take one of three inputs (Source). The Word writer Fills: it
// renders the document model and hands on the filled document, read back
// from its own bytes. The PDF (and the OFD to come) is laid out from that
// Filled document, so it says exactly what the .docx says; those writers
// run after the Word writer as one chain, the first (the PDF) on it and
// the later ones (the OFD copy) beside it (runner's chain). A writer
// from the Data alone (Excel) runs beside that chain, on the second core,
// or before it when the table is long (runner.serialRows).
//
// Writers that compute the same thing from the same input share it
// through Input.Shared, once per build, by a key that says everything the
// value depends on: the PDF and the OFD copy draw one layout of the
// filled document (pdf.LaidOut), measured and its fonts cut once. Each
// writer still owns its format; sharing is only ever an optimisation, and
// a nil Shared (a writer called on its own) computes afresh.
//
// What a writer reads back is a Reading: at least the file's text. The
// check (package verify) asks each reading for what it can say through
// interfaces verify defines (the running text, the printed tables, the
// cells of each sheet, the template's placements), in this package's
// types (reading.go: Placement, Table, Row, Cell, and Debris, the
// punctuation an empty figure leaves), so verify imports no writer and no
// writer imports verify.
//
// A new format (an OFD copy) plugs in as one package and one line:
//
//  1. a Writer, whose Template's Render returns the file and, as
//     Rendered.Check, a ReadBacker that reads the file back from its own
//     bytes with a reader of its own;
//  2. a Reading with Text, and what else the format can say in verify's
//     terms (Running for a text that runs as the document does, Tables
//     for printed tables, Sheet and Cells for a workbook's cells);
//  3. the Writer added to runner.Writers.
//
// The build then renders, checks and publishes it with the others; verify
// is not changed.
//
// A template that cannot be used, or that the data cannot fill, is a
// *TemplateError; its message is Chinese and names the template.
package output
