package runner

import (
	"testing"

	"jixiao/pipeline/job"
	"jixiao/pipeline/output"
	"jixiao/pipeline/wordmodel"
)

// BenchmarkReadAttachment is reading the filled Word document back
// (wordmodel.Read), as every build does before laying out the PDF: the
// sample job with an attachment of 2,000 rows. Run it with -benchmem:
// allocations are stable on a loaded machine, time is not.
func BenchmarkReadAttachment(b *testing.B) {
	_, filled := filledAttachment(b, 2000)
	rows := 0
	for b.Loop() {
		doc, err := wordmodel.Read(filled)
		if err != nil {
			b.Fatal(err)
		}
		rows = longestTable(doc)
	}
	if rows < 2000 {
		b.Fatalf("the longest table has %d rows: the attachment is missing", rows)
	}
}

// filledAttachment is the sample job with an attachment of n rows, and its
// Word document as the build fills it.
func filledAttachment(b *testing.B, n int) (*job.Job, []byte) {
	j := longJob(b, n)
	s := checked(b, j)
	filled, err := form(b, s, "docx").Render(&output.Input{Data: s.data})
	if err != nil {
		b.Fatal(err)
	}
	return j, filled.Data
}

// longestTable is the row count of the document's longest table.
func longestTable(doc *wordmodel.Document) int {
	most := 0
	for _, blk := range doc.Blocks {
		if t, ok := blk.(*wordmodel.Table); ok && len(t.Rows) > most {
			most = len(t.Rows)
		}
	}
	return most
}
