package xlsx

import (
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/facts"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/output"
	"jixiao/templates"
)

// Writer is the Excel attachment among the published formats
// (output.Writer). It renders from the document model alone, so it runs
// beside the Word-then-PDF chain.
type Writer struct{}

func (Writer) Format() output.Format { return output.Format{Key: "xlsx", Label: "Excel"} }

func (Writer) Source() output.Source { return output.Data }

func (Writer) Name(j *job.Job) string { return j.XlsxName }

// Load reads the job's Excel template (templates.xlsx, or the built-in
// one) and checks it against def.
func (Writer) Load(j *job.Job, def *definition.Definition, notes *dataset.Problems) (output.Template, error) {
	name, raw, err := output.TemplateBytes(j.XlsxTemplate, "templates.xlsx", "attachment.xlsx", templates.Attachment)
	if err != nil {
		return nil, err
	}
	t, err := Parse(name, raw, def)
	if err != nil {
		return nil, &output.TemplateError{Err: err}
	}
	for _, n := range t.Notes {
		notes.Add(dataset.Note, dataset.CellRef{File: t.Name()}, n)
	}
	return Form{t}, nil
}

// Form is a loaded Excel template as an output.Template.
type Form struct{ *Template }

// Render fills the template. Filling it fails on what the template asks
// of the data, as the Word template's execution errors do: a template
// error.
func (f Form) Render(in *output.Input) (*output.Rendered, error) {
	raw, tables, err := f.RenderTables(in.Data)
	if err != nil {
		return nil, &output.TemplateError{Err: err}
	}
	return &output.Rendered{Data: raw, Check: &Output{Data: raw, Tables: tables}}, nil
}

// Output is a filled workbook, as the check reads it.
type Output struct {
	Data []byte
	// Tables are where the writer put each printed table, one per sheet.
	Tables []*Table
}

// ReadBack reads the workbook's cells with ingest's reader.
func (o *Output) ReadBack() (output.Reading, error) {
	sheets, err := ingest.Sheets(o.Data)
	if err != nil {
		return nil, err
	}
	return &Reading{sheets: sheets, tables: o.Tables}, nil
}

// Reading is a workbook read back.
type Reading struct {
	sheets []ingest.SheetCells
	tables []*Table
}

// Text is every cell's text, sheet by sheet, row by row.
func (r *Reading) Text() string {
	var cells []string
	for _, sh := range r.sheets {
		for _, row := range sh.Rows {
			cells = append(cells, strings.Join(row, "\n"))
		}
	}
	return strings.Join(cells, "\n")
}

// Sheet is the cells of the sheet named name, row by row; nil when the
// workbook has no such sheet.
func (r *Reading) Sheet(name string) [][]string {
	for _, sh := range r.sheets {
		if sh.Name == name {
			return sh.Rows
		}
	}
	return nil
}

// Cells are where the writer put each figure of each printed table, in
// order: a table's rows, column by column, then its total.
func (r *Reading) Cells() []output.Cell {
	var cells []output.Cell
	for _, t := range r.tables {
		if t == nil {
			continue
		}
		sec := t.Section
		for k, row := range sec.Rows {
			if row.Heading != "" && t.Heading != 0 {
				cells = append(cells, output.Cell{Fact: facts.RowID(sec.Def, k+1, document.HeadingText), Sheet: t.Sheet, Row: t.FirstRow + k, Col: t.Heading})
				continue
			}
			for i, c := range sec.Def.Table.Columns {
				if t.Columns[i] != 0 {
					cells = append(cells, output.Cell{Fact: facts.RowID(sec.Def, k+1, c.Key), Sheet: t.Sheet, Row: t.FirstRow + k, Col: t.Columns[i]})
				}
			}
		}
		for _, tt := range t.Totals {
			cells = append(cells, output.Cell{Fact: sec.Def.Key + "." + tt.Figure.Def.Key, Sheet: t.Sheet, Row: tt.Row, Col: tt.Col})
		}
	}
	return cells
}
