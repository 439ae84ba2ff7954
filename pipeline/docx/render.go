package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/opc"
	"jixiao/pipeline/tmpl"
	"jixiao/pipeline/wordxml"

	"github.com/nguyenthenguyen/docx"
)

// Template is a compiled Word template, ready to fill many times.
type Template struct {
	name     string
	raw      []byte
	compiled *compiled
	// parts are the headers and footers that hold tags, by part name.
	parts map[string]*compiled
}

// Parse reads and compiles a .docx template against the fields def
// declares. name is used in messages. Every problem in the template is
// reported in one *TemplateError.
func Parse(name string, raw []byte, def *definition.Definition) (*Template, error) {
	view := document.TypeOf(def)
	r, err := docx.ReadDocxFromMemory(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, fmt.Errorf("模板 %s 不是有效的 .docx 文件：%v", name, err)
	}
	defer r.Close()
	content := r.Editable().GetContent()
	content = mergeSplitTags(content, leafParagraphs(content, 0, len(content)))
	t := &Template{name: name, raw: raw, parts: map[string]*compiled{}}
	var problems []Problem
	collect := func(err error) {
		var te *TemplateError
		if errors.As(err, &te) {
			problems = append(problems, te.Problems...)
		} else if err != nil {
			problems = append(problems, Problem{"模板", err.Error()})
		}
	}
	t.compiled, err = compile(name, "", content, view)
	collect(err)
	for _, part := range headerParts(raw) {
		xml := mergeSplitTags(part.body, leafParagraphs(part.body, 0, len(part.body)))
		if !strings.Contains(xml, "{{") {
			continue
		}
		c, err := compile(name, part.place, xml, view)
		collect(err)
		t.parts[part.name] = c
	}
	if len(problems) > 0 {
		return nil, &TemplateError{Name: name, Problems: problems}
	}
	return t, nil
}

type headerPart struct {
	name, place, body string
}

// headerParts returns the headers and footers of a .docx, in name order.
func headerParts(raw []byte) []headerPart {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil
	}
	var out []headerPart
	for _, f := range zr.File {
		place := ""
		switch {
		case strings.HasPrefix(f.Name, "word/header") && strings.HasSuffix(f.Name, ".xml"):
			place = "页眉"
		case strings.HasPrefix(f.Name, "word/footer") && strings.HasSuffix(f.Name, ".xml"):
			place = "页脚"
		default:
			continue
		}
		rc, err := f.Open()
		if err != nil {
			continue
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		out = append(out, headerPart{f.Name, place, string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// Placement is one value the template printed, in document order: the
// field's path from the root however the template reached it (事前评价.金额;
// 附件.行[].金额 inside a loop over 附件.行, with Index the row; "" for a
// computed value), the template's text just before it in the same run
// (共组织), and the text printed.
type Placement struct {
	Field   string
	Index   int
	Before  string
	Printed string
}

// Render fills the template with data and returns the .docx bytes and the
// values it placed, in order, for checking the output against the facts.
func (t *Template) Render(data *document.Data) ([]byte, []Placement, error) {
	var placed []Placement
	run, err := t.compiled.tmpl.Clone()
	if err != nil {
		return nil, nil, err
	}
	run.Funcs(map[string]any{tmpl.Recorder: func(field string, index int, before string, v any) string {
		text := fmt.Sprint(v)
		placed = append(placed, Placement{field, index, before, text})
		return escapeText(text)
	}})
	view := data.View()
	var body strings.Builder
	if err := run.Execute(&body, view); err != nil {
		return nil, nil, fmt.Errorf("填写模板 %s 出错：%v", t.name, err)
	}
	parts := map[string][]byte{}
	for name, c := range t.parts {
		var b strings.Builder
		if err := c.tmpl.Execute(&b, view); err != nil {
			return nil, nil, fmt.Errorf("填写模板 %s 的%s出错：%v", t.name, name, err)
		}
		parts[name] = []byte(applyMerges(dropEmptyParagraphs(b.String())))
	}
	xml := applyMerges(dropEmptyParagraphs(body.String()))
	r, err := docx.ReadDocxFromMemory(bytes.NewReader(t.raw), int64(len(t.raw)))
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	d := r.Editable()
	d.SetContent(xml)
	var out bytes.Buffer
	if err := d.Write(&out); err != nil {
		return nil, nil, fmt.Errorf("写入 .docx 出错：%v", err)
	}
	if len(parts) == 0 {
		return out.Bytes(), placed, nil
	}
	filled, err := replaceParts(out.Bytes(), parts)
	return filled, placed, err
}

// replaceParts puts the filled headers and footers into the package, which
// nguyenthenguyen/docx can only write back as they were read. Every other
// entry is copied as it is, in the same order.
func replaceParts(pkg []byte, parts map[string][]byte) ([]byte, error) {
	return opc.Rewrite(pkg, func(name string) bool { _, ok := parts[name]; return ok },
		func(name string, _ []byte) []byte { return parts[name] }, nil)
}

// dropEmptyParagraphs removes each marked paragraph that printed no text,
// such as 绩效监控's when the sheet is empty, and unmarks the rest.
func dropEmptyParagraphs(s string) string {
	if !strings.Contains(s, paragraphMark) {
		return s
	}
	var edits []edit
	tables := wordxml.Elements(s, "w:tbl", 0, len(s))
	inTable := func(pos int) bool {
		for _, t := range tables {
			if pos >= t.Start && pos < t.End {
				return true
			}
		}
		return false
	}
	for _, p := range leafParagraphs(s, 0, len(s)) {
		gt := strings.IndexByte(s[p.Start:], '>') + p.Start + 1
		if !strings.HasPrefix(s[gt:], paragraphMark) {
			continue
		}
		empty := strings.TrimSpace(plainText(s, p.Start, p.End)) == "" &&
			!strings.Contains(s[p.Start:p.End], "<w:drawing") && !strings.Contains(s[p.Start:p.End], "<w:pict")
		if empty && !inTable(p.Start) {
			edits = append(edits, edit{p.Start, p.End, ""})
		} else {
			edits = append(edits, edit{gt, gt + len(paragraphMark), ""})
		}
	}
	return applyEdits(s, edits)
}

// applyMerges turns the merge marks left by 纵向合并 into w:vMerge on their
// cells. A continuing cell's text is cleared: Word ignores it, and other
// readers would otherwise show the agency in every row.
func applyMerges(s string) string {
	if !strings.Contains(s, "\uE000vmerge:") {
		return s
	}
	var edits []edit
	for _, cell := range wordxml.Elements(s, "w:tc", 0, len(s)) {
		body := s[cell.Start:cell.End]
		var merge string
		switch {
		case strings.Contains(body, mergeStart):
			merge = `<w:vMerge w:val="restart"/>`
		case strings.Contains(body, mergeContinue):
			merge = `<w:vMerge/>`
		default:
			continue
		}
		cont := merge == `<w:vMerge/>`
		body = strings.ReplaceAll(strings.ReplaceAll(body, mergeStart, ""), mergeContinue, "")
		if cont {
			var clear []edit
			for _, n := range texts(body, 0, len(body)) {
				clear = append(clear, edit{n.contentStart, n.contentEnd, ""})
			}
			body = applyEdits(body, clear)
		}
		edits = append(edits, edit{cell.Start, cell.End, withVMerge(body, merge)})
	}
	return applyEdits(s, edits)
}

// withVMerge puts merge into the cell's properties where the schema wants
// it: after w:tcW and w:gridSpan, before the borders and shading.
func withVMerge(cell, merge string) string {
	gt := strings.IndexByte(cell, '>') + 1
	pr := wordxml.Elements(cell, "w:tcPr", gt, len(cell))
	if len(pr) == 0 {
		return cell[:gt] + "<w:tcPr>" + merge + "</w:tcPr>" + cell[gt:]
	}
	p := pr[0]
	prGT := strings.IndexByte(cell[p.Start:], '>') + p.Start + 1
	if cell[prGT-2] == '/' { // <w:tcPr/>
		return cell[:p.Start] + "<w:tcPr>" + merge + "</w:tcPr>" + cell[p.End:]
	}
	at := prGT
	for _, name := range []string{"w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge"} {
		if e := wordxml.Elements(cell, name, prGT, p.End); len(e) > 0 && e[0].End > at {
			at = e[0].End
		}
	}
	return cell[:at] + merge + cell[at:]
}
