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
package runner
