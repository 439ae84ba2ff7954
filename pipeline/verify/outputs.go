package verify

import (
	"jixiao/pipeline/docx"
	"jixiao/pipeline/facts"
	"jixiao/pipeline/output"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/xlsx"
)

// Outputs are the three built-in outputs of a build by name, as tests and
// tools that change one file's bytes hold them (runner.Outputs.Checked).
// A build checks its writers' list with CheckFiles; this is that check
// on these three.
type Outputs struct {
	DocxName, XlsxName, PDFName string
	Docx, Xlsx, PDF             []byte
	Placed                      []docx.Placement
	// XlsxTables are where the workbook keeps its tables, one per sheet.
	XlsxTables []*xlsx.Table
	// DocxRead is Docx already read back, when the build has it (the PDF
	// was laid out from it); nil to read Docx here.
	DocxRead *wordmodel.Document
}

// Check compares the outputs with the facts; a nil .xlsx or PDF is not
// checked.
func Check(f *facts.File, o Outputs) error {
	files := []File{fileOf(o.DocxName, &docx.Output{Data: o.Docx, Placed: o.Placed, Read: o.DocxRead})}
	if o.PDF != nil {
		files = append(files, fileOf(o.PDFName, pdf.Output(o.PDF)))
	}
	if o.Xlsx != nil {
		files = append(files, fileOf(o.XlsxName, &xlsx.Output{Data: o.Xlsx, Tables: o.XlsxTables}))
	}
	return CheckFiles(f, files)
}

// fileOf is an output to check, read back by its writer's reader.
func fileOf(name string, r output.ReadBacker) File {
	return File{Name: name, Read: func() (Reading, error) { return r.ReadBack() }}
}
