package docx

import (
	"errors"
	"fmt"
	"jixiao/pipeline/opc"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/job"
	"jixiao/pipeline/output"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

// Writer is the Word document among the published formats
// (output.Writer): it fills the job's Word template, and its filled
// document, read back, is what the PDF lays out.
type Writer struct{}

func (Writer) Format() output.Format { return output.Format{Key: "docx", Label: "Word"} }

func (Writer) Source() output.Source { return output.Fills }

func (Writer) Name(j *job.Job) string { return j.DocxName }

// Load reads the job's Word template (templates.docx, or the built-in
// one) and checks it against def; its tracked changes and comments are
// notes.
func (Writer) Load(j *job.Job, def *definition.Definition, notes *dataset.Problems) (output.Template, error) {
	name, raw, err := output.TemplateBytes(j.Template, "templates.docx", "disclosure.docx", templates.Disclosure)
	if err != nil {
		return nil, err
	}
	t, err := Parse(name, raw, def)
	if err := WithUndrawn(name, raw, err); err != nil {
		return nil, &output.TemplateError{Err: err}
	}
	for _, n := range t.Notes {
		notes.Add(dataset.Note, dataset.CellRef{File: t.Name()}, n.String())
	}
	return jobTemplate{t}, nil
}

// WithUndrawn adds to err, the result of parsing a Word template, every
// object of the template that the PDF would not show (a picture, a chart,
// a footnote …), each named with its paragraph: publishing the PDF without
// them would publish something incomplete. Parsing's own problems come
// first; an error that is not a list of problems is returned as it is.
func WithUndrawn(name string, raw []byte, err error) error {
	var te *TemplateError
	if err != nil && !errors.As(err, &te) || opc.CheckBounds(raw) != nil {
		return err // a package over the limits is not unpacked again
	}
	features, rerr := wordmodel.Undrawn(raw)
	if rerr != nil {
		if err != nil {
			return err
		}
		return fmt.Errorf("无法读取模板 %s：%v", name, rerr)
	}
	if len(features) == 0 {
		return err
	}
	if te == nil {
		te = &TemplateError{Name: name}
	}
	for _, f := range features {
		te.Problems = append(te.Problems, Problem{Place: "模板" + f.Place(), Msg: f.Message()})
	}
	return te
}

type jobTemplate struct{ t *Template }

// Render fills the template and reads the result back: the read-back
// document is what the PDF lays out and what the check reads.
func (t jobTemplate) Render(in *output.Input) (*output.Rendered, error) {
	raw, placed, err := t.t.Render(in.Data)
	var te *TemplateError
	if errors.As(err, &te) {
		return nil, &output.TemplateError{Err: err}
	}
	if err != nil {
		return nil, err
	}
	doc, err := wordmodel.Read(raw)
	if err != nil {
		return nil, err
	}
	return &output.Rendered{Data: raw, Filled: doc, Check: &Output{Data: raw, Placed: placed, Read: doc}}, nil
}

// Output is a filled Word document, as the check reads it.
type Output struct {
	Data   []byte
	Placed []Placement
	// Read is Data already read back, when the build has it; nil to read
	// Data.
	Read *wordmodel.Document
}

// ReadBack reads the document's text and tables with wordmodel.
func (o *Output) ReadBack() (output.Reading, error) {
	doc := o.Read
	if doc == nil {
		var err error
		if doc, err = wordmodel.Read(o.Data); err != nil {
			return nil, err
		}
	}
	return &Reading{doc: doc, placed: o.Placed}, nil
}

// Reading is a Word document read back.
type Reading struct {
	doc    *wordmodel.Document
	placed []Placement
	text   string
}

// Text is the document's text in reading order, a line per paragraph and
// per table cell.
func (r *Reading) Text() string {
	if r.text == "" {
		var b strings.Builder
		for _, bl := range r.doc.Blocks {
			switch bl := bl.(type) {
			case *wordmodel.Paragraph:
				for _, line := range bl.BoxText(true) {
					b.WriteString(line)
					b.WriteByte('\n')
				}
				b.WriteString(bl.Text)
				b.WriteByte('\n')
				for _, line := range bl.BoxText(false) {
					b.WriteString(line)
					b.WriteByte('\n')
				}
			case *wordmodel.Table:
				for _, row := range bl.Rows {
					for _, c := range row.Cells {
						b.WriteString(c.Text)
						b.WriteByte('\n')
						for _, line := range c.BoxText() {
							b.WriteString(line)
							b.WriteByte('\n')
						}
					}
				}
			}
		}
		r.text = b.String()
	}
	return r.text
}

// Running is the text the figures are found in, in order: all of it.
func (r *Reading) Running() string { return r.Text() }

// Tables are the document's top-level tables, in order, as the check
// counts their rows.
func (r *Reading) Tables() []output.Table {
	var tables []output.Table
	for _, b := range r.doc.Blocks {
		t, ok := b.(*wordmodel.Table)
		if !ok {
			continue
		}
		rows := make([]output.Row, len(t.Rows))
		for i, row := range t.Rows {
			rows[i].Header = row.Header
			for _, c := range row.Cells {
				rows[i].Cells = append(rows[i].Cells, c.Text)
			}
		}
		tables = append(tables, output.Table{Rows: rows})
	}
	return tables
}

// Placements are what the template placed, in order.
func (r *Reading) Placements() []Placement { return r.placed }
