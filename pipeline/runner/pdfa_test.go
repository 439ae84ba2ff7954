package runner

import (
	"bytes"
	"testing"
)

// TestTheJobKeyTurnsPDFAOff: the sample's PDF is PDF/A-1b (its XMP says
// so) unless the job says pdfa: false; the key reaches the PDF writer.
func TestTheJobKeyTurnsPDFAOff(t *testing.T) {
	for _, archival := range []bool{true, false} {
		j := sampleJob(t)
		j.PDFA = archival
		out, err := Render(j)
		if err != nil {
			t.Fatal(err)
		}
		var pdf []byte
		for _, f := range out.Files {
			if f.Name == j.PDFName {
				pdf = f.Data
			}
		}
		if got := bytes.Contains(pdf, []byte("pdfaid:part")); got != archival {
			t.Errorf("pdfa %v: the PDF says pdfaid %v", archival, got)
		}
	}
}
