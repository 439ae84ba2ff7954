// Package build runs one job through the pipeline's stages, in order:
//
//	template  load and check the Word and Excel templates (packages docx, xlsx)
//	ingest    read and check every cell of the workbook (package ingest)
//	stats     compute the document's figures (package stats)
//	document  word the narrative into the document model (package document)
//	render    fill the outputs from the model (packages docx and xlsx)
//	publish   write all outputs, or none (package publish)
//
// A stage that finds problems reports all of them before the build stops,
// and nothing is written unless every stage succeeded.
package build
