package runner

import (
	"jixiao/pipeline/docx"
	"jixiao/pipeline/job"
	"jixiao/pipeline/output"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/verify"
	"jixiao/pipeline/xlsx"
)

// Writers are the published formats, in the order they are published,
// listed in the manifest and offered on the page (package output). A
// build renders, checks and publishes each; adding a format is a package
// with an output.Writer and one line here.
var Writers = []output.Writer{
	docx.Writer{},
	xlsx.Writer{},
	pdf.Writer{Layout: pdfLayoutOf},
}

// pdfLayoutOf is the PDF's preset and fonts for j, and the line naming
// the fonts.
func pdfLayoutOf(j *job.Job) (*pdf.Preset, pdf.FontSet, string, error) {
	l, err := loadPDFLayout(j)
	if err != nil {
		return nil, pdf.FontSet{}, "", err
	}
	return l.preset, l.fonts, fontLine(l), nil
}

// checked is the built-in writers' outputs by name, the view
// Outputs.Checked has always given (tests change one file's bytes in it
// and check again with verify.Check).
func (s *state) checked() verify.Outputs {
	o := verify.Outputs{DocxName: s.j.DocxName, XlsxName: s.j.XlsxName, PDFName: s.j.PDFName}
	for _, r := range s.rendered {
		switch c := r.Check.(type) {
		case *docx.Output:
			o.Docx, o.Placed, o.DocxRead = c.Data, c.Placed, c.Read
		case *xlsx.Output:
			o.Xlsx, o.XlsxTables = c.Data, c.Tables
		case pdf.Output:
			o.PDF = c
		}
	}
	return o
}

// placements fills the document the Fills writer makes and returns what
// its template placed.
func (s *state) placements() ([]docx.Placement, error) {
	for i, w := range s.writers {
		if w.Source() != output.Fills {
			continue
		}
		r, err := s.forms[i].Render(&output.Input{Data: s.data})
		if err != nil {
			return nil, err
		}
		read, err := r.Check.ReadBack()
		if err != nil {
			return nil, err
		}
		if p, ok := read.(verify.Placer); ok {
			return p.Placements(), nil
		}
	}
	return nil, nil
}
