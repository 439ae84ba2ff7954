package docx

import (
	"bytes"
	"fmt"
	"strings"

	"jixiao/pipeline/document"

	"github.com/nguyenthenguyen/docx"
)

// Template is a compiled Word template, ready to fill many times.
type Template struct {
	name     string
	raw      []byte
	compiled *compiled
}

// Parse reads and compiles a .docx template. name is used in messages. Every
// problem in the template is reported in one *TemplateError.
func Parse(name string, raw []byte) (*Template, error) {
	r, err := docx.ReadDocxFromMemory(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, fmt.Errorf("模板 %s 不是有效的 .docx 文件：%v", name, err)
	}
	defer r.Close()
	content := r.Editable().GetContent()
	content = mergeSplitTags(content, leafParagraphs(content, 0, len(content)))
	c, err := compile(name, content)
	if err != nil {
		return nil, err
	}
	return &Template{name: name, raw: raw, compiled: c}, nil
}

// Placement is one value the template printed, in document order: the
// field as the template names it (.事前评价.金额, or .金额 inside a loop)
// and the text printed.
type Placement struct {
	Field   string
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
	run.Funcs(map[string]any{"xml": func(field string, v any) string {
		text := fmt.Sprint(v)
		placed = append(placed, Placement{field, text})
		return escapeText(text)
	}})
	var body strings.Builder
	if err := run.Execute(&body, data); err != nil {
		return nil, nil, fmt.Errorf("填写模板 %s 出错：%v", t.name, err)
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
	return out.Bytes(), placed, nil
}

// dropEmptyParagraphs removes each marked paragraph that printed no text,
// such as 绩效监控's when the sheet is empty, and unmarks the rest.
func dropEmptyParagraphs(s string) string {
	if !strings.Contains(s, paragraphMark) {
		return s
	}
	var edits []edit
	tables := elements(s, "w:tbl", 0, len(s))
	inTable := func(pos int) bool {
		for _, t := range tables {
			if pos >= t.start && pos < t.end {
				return true
			}
		}
		return false
	}
	for _, p := range leafParagraphs(s, 0, len(s)) {
		gt := strings.IndexByte(s[p.start:], '>') + p.start + 1
		if !strings.HasPrefix(s[gt:], paragraphMark) {
			continue
		}
		empty := strings.TrimSpace(plainText(s, p.start, p.end)) == "" &&
			!strings.Contains(s[p.start:p.end], "<w:drawing") && !strings.Contains(s[p.start:p.end], "<w:pict")
		if empty && !inTable(p.start) {
			edits = append(edits, edit{p.start, p.end, ""})
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
	for _, cell := range elements(s, "w:tc", 0, len(s)) {
		body := s[cell.start:cell.end]
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
		edits = append(edits, edit{cell.start, cell.end, withVMerge(body, merge)})
	}
	return applyEdits(s, edits)
}

// withVMerge puts merge into the cell's properties where the schema wants
// it: after w:tcW and w:gridSpan, before the borders and shading.
func withVMerge(cell, merge string) string {
	gt := strings.IndexByte(cell, '>') + 1
	pr := elements(cell, "w:tcPr", gt, len(cell))
	if len(pr) == 0 {
		return cell[:gt] + "<w:tcPr>" + merge + "</w:tcPr>" + cell[gt:]
	}
	p := pr[0]
	prGT := strings.IndexByte(cell[p.start:], '>') + p.start + 1
	if cell[prGT-2] == '/' { // <w:tcPr/>
		return cell[:p.start] + "<w:tcPr>" + merge + "</w:tcPr>" + cell[p.end:]
	}
	at := prGT
	for _, name := range []string{"w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge"} {
		if e := elements(cell, name, prGT, p.end); len(e) > 0 && e[0].end > at {
			at = e[0].end
		}
	}
	return cell[:at] + merge + cell[at:]
}
