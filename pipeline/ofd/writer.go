package ofd

import (
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/job"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/output"
	"jixiao/pipeline/pdf"
)

// Writer is the OFD copy among the published formats (output.Writer): it
// draws the pages the PDF lays out from the filled Word document, with
// the PDF's preset and fonts. A build publishes it only when the job
// asks (Wants).
type Writer struct {
	// Layout is the PDF writer's: the job's preset, fonts and the line
	// naming them (which the PDF's notes already carry).
	Layout func(j *job.Job) (*layout.Preset, layout.FontSet, string, error)
}

func (Writer) Format() output.Format { return output.Format{Key: "ofd", Label: "OFD"} }

func (Writer) Source() output.Source { return output.Filled }

func (Writer) Name(j *job.Job) string { return j.OFDName }

// Wants reports whether j asks for the OFD copy (ofd: true).
func (Writer) Wants(j *job.Job) bool { return j.OFD }

func (w Writer) Load(j *job.Job, _ *definition.Definition, _ *dataset.Problems) (output.Template, error) {
	preset, fonts, _, err := w.Layout(j)
	if err != nil {
		return nil, err
	}
	return template{
		opt:  layout.Options{Preset: preset, Fonts: fonts},
		meta: Meta{Title: strings.TrimSuffix(j.OFDName, ".ofd"), Author: j.Author, Date: j.Date},
	}, nil
}

type template struct {
	opt  layout.Options
	meta Meta
}

func (t template) Render(in *output.Input) (*output.Rendered, error) {
	laid, err := pdf.LaidOut(in, t.opt)
	if err != nil {
		return nil, output.Refused(err)
	}
	raw, err := Write(laid, t.meta)
	if err != nil {
		return nil, output.Refused(err)
	}
	return &output.Rendered{Data: raw, Warnings: laid.Warnings, Check: Output(raw)}, nil
}

// Output is an OFD file, as the check reads it.
type Output []byte

// ReadBack reads the OFD with Read, checking its structure, and gives its
// text page by page as a PDF's reading gives it, page numbers and all.
func (o Output) ReadBack() (output.Reading, error) {
	d, err := Read(o)
	if err != nil {
		return nil, err
	}
	return pdf.Reading(d.Pages), nil
}
