// Package wordmodeltest reads Word outputs for tests as a clerk reads
// them: the paragraphs and the tables apart, or the text, paragraph by
// paragraph and a table row by row.
package wordmodeltest

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// Read reads docx, failing t when it cannot.
func Read(t testing.TB, docx []byte) *wordmodel.Document {
	t.Helper()
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// Split is the document's paragraphs and its tables, each in order.
func Split(doc *wordmodel.Document) (paras []*wordmodel.Paragraph, tables []*wordmodel.Table) {
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case *wordmodel.Paragraph:
			paras = append(paras, b)
		case *wordmodel.Table:
			tables = append(tables, b)
		}
	}
	return paras, tables
}

// Text is the blocks' text: a line for each paragraph and each table row,
// each of a row's cells followed by sep.
func Text(blocks []wordmodel.Block, sep string) string {
	var b strings.Builder
	for _, bl := range blocks {
		switch bl := bl.(type) {
		case *wordmodel.Paragraph:
			b.WriteString(bl.Text + "\n")
		case *wordmodel.Table:
			for _, r := range bl.Rows {
				for _, c := range r.Cells {
					b.WriteString(c.Text + sep)
				}
				b.WriteString("\n")
			}
		}
	}
	return b.String()
}
