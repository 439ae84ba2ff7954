package pdf

import (
	"time"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

// Options are what a PDF needs besides the document.
type Options struct {
	Preset *layout.Preset
	Fonts  layout.FontSet
	// Title and Author go into the document properties.
	Title, Author string
	// Date is the creation and modification date written into the file;
	// it comes from the job, never from the clock.
	Date time.Time
	// Plain writes an ordinary PDF rather than a PDF/A-1b one (archival.go),
	// for a job that says pdfa: false.
	Plain bool
}

// Layout is the layout's share of the options.
func (o Options) Layout() layout.Options { return layout.Options{Preset: o.Preset, Fonts: o.Fonts} }

const ptToMM = 25.4 / 72

// Render lays doc out and returns the PDF's bytes and the warnings, such
// as characters no font could draw.
func Render(doc *wordmodel.Document, opt Options) ([]byte, []string, error) {
	laid, err := layout.Layout(doc, opt.Layout())
	if err != nil {
		return nil, nil, err
	}
	out, err := Draw(laid, opt)
	if err != nil {
		return nil, nil, err
	}
	return out, laid.Warnings, nil
}

// Draw draws laid's pages into a PDF. The fonts are embedded as the
// layout cut them down, so fpdf parses a few hundred glyphs per font
// rather than the whole character set, and each page is handed to fpdf as
// the layout finishes it: only one page of positions is ever held, so a
// 50,000-row attachment costs a second layout's time rather than a list of
// every character's position.
func Draw(laid *layout.Laid, opt Options) ([]byte, error) {
	w, err := newWriter(opt, laid)
	if err != nil {
		return nil, err
	}
	if err := laid.Pages(w.draw); err != nil {
		return nil, err
	}
	return w.finish()
}
