package runner

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"jixiao/fonts"
	"jixiao/pipeline/dataset"
	"jixiao/pipeline/docx"
	"jixiao/pipeline/job"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/output"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	"jixiao/templates"
)

// TemplateError is a template that cannot be used, or that the data
// cannot fill.
type TemplateError = output.TemplateError

// WithUndrawn adds to err, the result of parsing a Word template, every
// object of the template that the PDF would not show (docx.WithUndrawn).
func WithUndrawn(name string, raw []byte, err error) error { return docx.WithUndrawn(name, raw, err) }

// pdfLayout is the PDF preset and fonts of a job.
type pdfLayout struct {
	preset *layout.Preset
	fonts  layout.FontSet
}

func loadPDFLayout(j *job.Job) (*pdfLayout, error) {
	name, raw, err := output.TemplateBytes(j.PDFPreset, "templates.pdf", "gbt9704.yaml", templates.GBT9704)
	if err != nil {
		return nil, err
	}
	preset, err := layout.ParsePreset(raw)
	if err != nil {
		return nil, &TemplateError{Err: fmt.Errorf("%s：%w", name, err)}
	}
	set := layout.FontSet{
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
	for _, f := range layout.SystemFonts() {
		if _, set := j.Fonts[f.Role]; set {
			continue
		}
		raw, err := layout.Face(f.Path, f.Index)
		if err != nil || layout.CheckTrueType(f.Path, raw) != nil {
			continue
		}
		set.Roles[f.Role] = raw
		set.Names[f.Role] = f.Path + "（系统字体 " + f.Name + "）"
	}
	for _, role := range slices.Sorted(maps.Keys(j.Fonts)) {
		path := j.Fonts[role]
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, &TemplateError{Err: fmt.Errorf("无法读取字体文件 %s（fonts.%s）：%v", path, role, err)}
		}
		if err := layout.CheckTrueType(path, raw); err != nil {
			return nil, &TemplateError{Err: err}
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
// says exactly what the .docx says; the PDF writer's layout on its own.
func renderPDF(j *job.Job, doc *wordmodel.Document, l *pdfLayout, problems *dataset.Problems) ([]byte, error) {
	r, err := pdf.ForJob(j, l.preset, l.fonts).Render(&output.Input{Filled: doc})
	if err != nil {
		return nil, err
	}
	for _, w := range r.Warnings {
		problems.Warn(dataset.CellRef{File: j.PDFName}, w)
	}
	return r.Data, nil
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
