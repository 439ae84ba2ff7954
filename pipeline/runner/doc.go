// Package runner runs one job through the pipeline's stages, in order.
// The stages are a list (checkStages, renderStages in build.go), each with
// its name, and an error of a stage is a *StageError carrying that name:
//
//	定义  load the document definition, with the job's grades and sheets (package definition)
//	模板  load and check the Word and Excel templates against it (packages docx, xlsx)
//	读取  read and check every cell of the workbook, tallying as it goes (packages ingest, stats)
//	统计  finish the figures the definition declares (package stats)
//	文档  make the document model (package document)
//	输出  fill the Word and Excel templates and lay out the PDF (packages docx, xlsx, pdf)
//	事实  record every printed figure and its source (package facts)
//	核对  read the outputs back and check them against the facts (package verify)
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
// A panic is a bug, never the clerk's fault, and stays inside its job
// (guard.go). Every exported entry point defers Guard, and the stages that
// run side by side start their goroutines through a fault.Group, which
// raises a goroutine's panic again on the job's goroutine; Guard turns it
// into an *InternalError whose message says what to send the maintainer
// (the job file, the input, the version, the log file) and writes the
// stack to jixiao-内部错误-<job>.log beside the output folder, or in the
// temporary folder. The other jobs of a batch, watch and serve go on.
package runner
