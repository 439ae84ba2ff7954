package runner

import (
	"path/filepath"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/docx"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/wordmodel"
)

// Annotate writes a copy of the job's workbook, as read into in, with each
// problem cell marked, into the job's output folder, and returns its path.
// The input itself is never touched.
func Annotate(j *job.Job, in *ingest.Snapshot, problems dataset.Problems) (_ string, err error) {
	defer Guard(j, &err)
	base := strings.TrimSuffix(filepath.Base(j.Input), filepath.Ext(j.Input))
	dst := filepath.Join(j.Output, base+"-问题标注.xlsx")
	data, err := ingest.AnnotateSnapshot(in, problems.Sorted())
	if err != nil {
		return "", err
	}
	// Publishing clears what killed runs left in the folder, which only
	// the lock's holder may take for leftovers.
	lock, err := publish.Acquire(j.Output, lockWait(j))
	if err != nil {
		return "", err
	}
	defer lock.Release()
	if err := publish.Write(j.Output, []publish.File{{Name: filepath.Base(dst), Data: data}}); err != nil {
		return "", err
	}
	return dst, nil
}

// Placements fills the Word template for j and returns what it placed,
// in order; for checking an output written earlier.
func Placements(j *job.Job) (_ []docx.Placement, err error) {
	defer Guard(j, &err)
	s := &state{j: j}
	if err := run(s, checkStages); err != nil {
		return nil, err
	}
	return s.placements()
}

// PDF lays out a filled Word document with j's PDF layout and fonts; for
// measuring the PDF stage on its own.
func PDF(j *job.Job, docxBytes []byte) (_ []byte, err error) {
	defer Guard(j, &err)
	layout, err := loadPDFLayout(j)
	if err != nil {
		return nil, err
	}
	doc, err := wordmodel.Read(docxBytes)
	if err != nil {
		return nil, err
	}
	var problems dataset.Problems
	return renderPDF(j, doc, layout, &problems)
}
