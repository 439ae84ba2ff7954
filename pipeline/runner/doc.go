// Package runner runs one job through the pipeline's stages, in order.
// The stages are a list (checkStages, renderStages in build.go), each with
// its name, and an error of a stage is a *StageError carrying that name:
//
//	定义  load the document definition, with the job's grades and sheets (package definition)
//	模板  load each writer's template and check it against the definition
//	读取  read and check every cell of the workbook, tallying as it goes (packages ingest, stats)
//	统计  finish the figures the definition declares (package stats)
//	文档  make the document model (package document)
//	输出  render each writer's file (Word, Excel, PDF)
//	事实  record every printed figure and its source (package facts)
//	核对  read each file back with its writer's reader and check it against the facts (package verify)
//
// The published formats are a list, Writers (writers.go), as pandoc lists
// its writers: docx.Writer, xlsx.Writer, pdf.Writer, ofd.Writer, each an
// output.Writer that owns its template, its rendering, its file name and
// the reader of its file. The stages loop over the job's part of the list
// (WritersFor: a writer with a Wants method, the OFD copy, only when the
// job asks); CheckPaths takes every name of the list, the published set,
// the manifest and jixiao serve's downloads the job's. Adding a format is
// one package and one line there; writers_test.go adds a plain-text
// writer and follows it through.
//
// The writers render in two lines of work (render in build.go). The Word
// writer fills the document and reads it back; the PDF, and every writer
// whose source is output.Filled, is laid out from that read-back
// document: this is the Word-then-PDF chain, and the PDF says exactly
// what the .docx says. The Filled writers after the first (the OFD copy)
// draw the same shared layout beside the PDF and read their file back for
// the check as soon as it is written (chain). Writers from the data alone (the
// workbook) run beside the chain on the second core, or before it when
// the document prints more than serialRows rows, so that a long table's
// two peaks of memory do not add up; and such a build takes its turn
// (longTables). Every writer's bytes are deterministic, and the check,
// facts.json, the change report and the manifest cover every file in the
// list.
//
// The input is read once per build (ingest.Load, state.input): the
// checks, the marked-up copy (CheckInput, Annotate) and the manifest's
// record of the input all come from that snapshot.
//
// Run and Update (update.go) then publish all outputs, facts.json and the
// change report, or none (package publish), holding the output folder's
// lock throughout. A stage that finds problems reports all of them
// before the build stops; lint runs the first two stages, validate the
// first five, with the same code.
//
// The web page's preview (preview.go) is drawn by the build from the
// layout its PDF was drawn from, once the files are published, and kept
// beside the history as PreviewName with the SHA-256 of the Word file it
// shows; Preview shows it only for a file of that hash, and otherwise
// reads the head of the file (wordmodel.ReadHead), as much as the pages
// shown need (layout.Head says when it needs more, and twice as much is
// read), and lays out only those pages. A preview is never
// among the published files, and one of another version of the file is
// never shown.
//
// A panic is a bug, never the clerk's fault, and stays inside its job
// (guard.go). Every exported entry point defers Guard, and the stages that
// run side by side start their goroutines through a fault.Group, which
// raises a goroutine's panic again on the job's goroutine; Guard turns it
// into an *InternalError whose message says what to send the maintainer
// (the job file, the input, the version, the log file) and writes the
// stack to jixiao-内部错误-<job>.log beside the output folder, or in the
// temporary folder. The other jobs of a batch, watch and serve go on.
package runner
