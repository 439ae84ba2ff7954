package pdf

import "bytes"

// fpdf writes a link annotation without flags, which a viewer shows but
// does not print and PDF/A-1 forbids; printLinks sets Print (4) on each,
// in the page objects that hold them (no streams, so no stream's bytes
// are touched).
func (f *pdfFile) printLinks() {
	bare := []byte("/Type /Annot /Subtype /Link ")
	flagged := []byte("/Type /Annot /Subtype /Link /F 4 ")
	for i := range f.objs {
		if o := &f.objs[i]; hasName(o.dict(), "/Page") && bytes.Contains(o.body, bare) {
			o.body = bytes.ReplaceAll(o.body, bare, flagged)
		}
	}
}
