package runner

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"jixiao/fonts"
	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/docx"
	"jixiao/pipeline/job"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/xlsx"
	"jixiao/templates"
)

// TemplateError is a Word template that cannot be used.
type TemplateError struct{ Err error }

func (e *TemplateError) Error() string { return e.Err.Error() }

func (e *TemplateError) Unwrap() error { return e.Err }

func loadTemplate(j *job.Job, def *definition.Definition) (*docx.Template, error) {
	name, raw, err := templateBytes(j.Template, "templates.docx", "disclosure.docx", templates.Disclosure)
	if err != nil {
		return nil, err
	}
	t, err := docx.Parse(name, raw, def)
	if err := WithUndrawn(name, raw, err); err != nil {
		return nil, &TemplateError{err}
	}
	return t, nil
}

// WithUndrawn adds to err, the result of parsing a Word template, every
// object of the template that the PDF would not show (a picture, a chart,
// a footnote …), each named with its paragraph: publishing the PDF without
// them would publish something incomplete. Parsing's own problems come
// first; an error that is not a list of problems is returned as it is.
func WithUndrawn(name string, raw []byte, err error) error {
	var te *docx.TemplateError
	if err != nil && !errors.As(err, &te) {
		return err
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
		te = &docx.TemplateError{Name: name}
	}
	for _, f := range features {
		te.Problems = append(te.Problems, docx.Problem{Place: "模板" + f.Place(), Msg: f.Message()})
	}
	return te
}

func loadXlsxTemplate(j *job.Job, def *definition.Definition) (*xlsx.Template, error) {
	name, raw, err := templateBytes(j.XlsxTemplate, "templates.xlsx", "attachment.xlsx", templates.Attachment)
	if err != nil {
		return nil, err
	}
	t, err := xlsx.Parse(name, raw, def)
	if err != nil {
		return nil, &TemplateError{err}
	}
	return t, nil
}

// templateBytes reads the template at path, or returns the embedded default
// when path is empty.
func templateBytes(path, key, defaultName string, embedded []byte) (string, []byte, error) {
	if path == "" {
		return "内置模板 " + defaultName, embedded, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", nil, &TemplateError{fmt.Errorf("模板文件 %s 不存在，请检查任务文件中的 %s", path, key)}
		}
		return "", nil, &TemplateError{fmt.Errorf("无法读取模板 %s：%w", path, err)}
	}
	return path, raw, nil
}

// pdfLayout is the PDF preset and fonts of a job.
type pdfLayout struct {
	preset *pdf.Preset
	fonts  pdf.FontSet
}

func loadPDFLayout(j *job.Job) (*pdfLayout, error) {
	name, raw, err := templateBytes(j.PDFPreset, "templates.pdf", "gbt9704.yaml", templates.GBT9704)
	if err != nil {
		return nil, err
	}
	preset, err := pdf.ParsePreset(raw)
	if err != nil {
		return nil, &TemplateError{fmt.Errorf("%s：%w", name, err)}
	}
	set := pdf.FontSet{
		Roles: map[string][]byte{
			"fangsong":     fonts.FangSong,
			"kai":          fonts.Kai,
			"song":         fonts.SerifRegular,
			"xiaobiaosong": fonts.SerifBold,
			"hei":          fonts.Hei,
		},
		Fallback: fonts.Hei,
		Names:    map[string]string{},
	}
	// The machine's own faces (仿宋_GB2312 …) where it has them, before the
	// embedded ones; the job's fonts key over both.
	for _, f := range pdf.SystemFonts() {
		if _, set := j.Fonts[f.Role]; set {
			continue
		}
		raw, err := pdf.Face(f.Path, f.Index)
		if err != nil || pdf.CheckTrueType(f.Path, raw) != nil {
			continue
		}
		set.Roles[f.Role] = raw
		set.Names[f.Role] = f.Path + "（系统字体 " + f.Name + "）"
	}
	for _, role := range slices.Sorted(maps.Keys(j.Fonts)) {
		path := j.Fonts[role]
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, &TemplateError{fmt.Errorf("无法读取字体文件 %s（fonts.%s）：%v", path, role, err)}
		}
		if err := pdf.CheckTrueType(path, raw); err != nil {
			return nil, &TemplateError{err}
		}
		if role == "fallback" {
			set.Fallback = raw
		} else {
			set.Roles[role] = raw
		}
		set.Names[role] = path
	}
	return &pdfLayout{preset: preset, fonts: set}, nil
}

// renderPDF lays out the filled Word document, read back, so that the PDF
// says exactly what the .docx says.
func renderPDF(j *job.Job, doc *wordmodel.Document, l *pdfLayout, problems *dataset.Problems) ([]byte, error) {
	out, warnings, err := pdf.Render(doc, pdf.Options{
		Preset: l.preset,
		Fonts:  l.fonts,
		Title:  strings.TrimSuffix(j.PDFName, ".pdf"),
		Author: j.Author,
		Date:   j.Date,
		Plain:  !j.PDFA,
	})
	if err != nil {
		return nil, err
	}
	for _, w := range warnings {
		problems.Warn(dataset.CellRef{File: j.PDFName}, w)
	}
	return out, nil
}

// roleNames are the font roles as a clerk knows them.
var roleNames = []struct{ role, name, builtin string }{
	{"fangsong", "仿宋", "内置 FandolFang"}, {"xiaobiaosong", "小标宋", "内置 Noto Serif CJK SC Bold"},
	{"hei", "黑体", "内置 文泉驿微米黑"}, {"kai", "楷体", "内置 FandolKai"}, {"song", "宋体", "内置 Noto Serif CJK SC"},
}

// fontLine says in one line which font file each role uses.
func fontLine(l *pdfLayout) string {
	var parts []string
	for _, r := range roleNames {
		name := r.builtin
		if n, ok := l.fonts.Names[r.role]; ok {
			name = n
		}
		parts = append(parts, r.name+"："+name)
	}
	return "PDF 字体——" + strings.Join(parts, "；")
}
