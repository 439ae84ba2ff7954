// Package build runs one job through the pipeline's stages, in order:
//
//	template  load and check the Word and Excel templates (packages docx, xlsx)
//	ingest    read and check every cell of the workbook (package ingest)
//	stats     compute the document's figures (package stats)
//	document  word the narrative into the document model (package document)
//	render    fill the outputs from the model (packages docx, xlsx, pdf)
//	facts     record every printed figure and its source (package facts)
//	verify    read the outputs back and check them against the facts (package verify)
//	publish   write all outputs and facts.json, or none (package publish)
//
// A stage that finds problems reports all of them before the build stops,
// and nothing is written unless every stage succeeded.
package build
