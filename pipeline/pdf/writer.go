package pdf

import (
	"regexp"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/job"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/output"
)

// Writer is the PDF among the published formats (output.Writer): it lays
// out the filled Word document, read back, so that the PDF says exactly
// what the .docx says.
type Writer struct {
	// Layout is the job's preset and the font of each role, and a line
	// saying which font file each role uses. The fonts are the
	// application's choice (its embedded faces, the machine's, the job's
	// fonts key), not this package's.
	Layout func(j *job.Job) (*layout.Preset, layout.FontSet, string, error)
}

func (Writer) Format() output.Format { return output.Format{Key: "pdf", Label: "PDF"} }

func (Writer) Source() output.Source { return output.Filled }

func (Writer) Name(j *job.Job) string { return j.PDFName }

// Load loads the job's preset and fonts; the line naming the fonts is a
// note of the PDF.
func (w Writer) Load(j *job.Job, _ *definition.Definition, notes *dataset.Problems) (output.Template, error) {
	preset, fonts, line, err := w.Layout(j)
	if err != nil {
		return nil, err
	}
	notes.Add(dataset.Note, dataset.CellRef{File: j.PDFName}, line)
	return ForJob(j, preset, fonts), nil
}

// ForJob is the PDF layout of j with preset and fonts: its title is the
// file's name, its author and date the job's.
func ForJob(j *job.Job, preset *layout.Preset, fonts layout.FontSet) output.Template {
	return jobLayout{Options{
		Preset: preset,
		Fonts:  fonts,
		Title:  strings.TrimSuffix(j.PDFName, ".pdf"),
		Author: j.Author,
		Date:   j.Date,
		Plain:  !j.PDFA,
	}}
}

type jobLayout struct{ o Options }

func (l jobLayout) Render(in *output.Input) (*output.Rendered, error) {
	laid, err := LaidOut(in, l.o.Layout())
	if err != nil {
		return nil, output.Refused(err)
	}
	raw, err := Draw(laid, l.o)
	if err != nil {
		return nil, output.Refused(err)
	}
	return &output.Rendered{Data: raw, Warnings: laid.Warnings, Check: Output(raw)}, nil
}

// LaidOut is in.Filled laid out with opt, once in a build for every
// writer that draws the same layout (the PDF, the OFD copy), through
// in.Shared: the measuring pass and the cutting of the fonts are done
// once, and a short document's pages are laid out once.
func LaidOut(in *output.Input, opt layout.Options) (*layout.Laid, error) {
	key, err := opt.Key()
	if err != nil {
		return nil, err
	}
	v, err := in.Shared.Once(laidKey(key), func() (any, error) { return layout.Layout(in.Filled, opt) })
	if err != nil {
		return nil, err
	}
	return v.(*layout.Laid), nil
}

// laidKey is the key of a shared layout: its options' Key.
type laidKey string

// Output is a PDF, as the check reads it.
type Output []byte

// ReadBack reads the PDF's text layer (Text).
func (o Output) ReadBack() (output.Reading, error) {
	pages, err := Text(o)
	if err != nil {
		return nil, err
	}
	return Reading(pages), nil
}

// Reading is a PDF's text, page by page.
type Reading []string

// Text is every page's text.
func (r Reading) Text() string { return strings.Join(r, "\n") }

var pageNumberLine = regexp.MustCompile(`^\s*[—–-]\s*\d+\s*[—–-]\s*$`)

// Running is the text without the page numbers, which stand between a
// figure and the text before it where a page breaks.
func (r Reading) Running() string {
	var b strings.Builder
	for _, page := range r {
		for _, line := range strings.Split(page, "\n") {
			if !pageNumberLine.MatchString(line) {
				b.WriteString(line)
			}
		}
	}
	return b.String()
}
