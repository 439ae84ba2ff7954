package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/opc"
	"jixiao/pipeline/output"
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
	// static are headers and footers without tags that prepare changed.
	static map[string][]byte
	// comments says the template has comments, which outputs drop.
	comments bool
	// Notes are what a clerk should know of the template that is no
	// error: tracked changes read as accepted, comments left out.
	Notes []Problem
}

// Parse reads and compiles a .docx template against the fields def
// declares. name is used in messages. Every problem in the template is
// reported in one *TemplateError.
func Parse(name string, raw []byte, def *definition.Definition) (*Template, error) {
	view := document.TypeOf(def)
	if msg := sniff(raw); msg != "" {
		return nil, &TemplateError{Name: name, Problems: []Problem{{"模板文件", msg}}}
	}
	// Before anything reads a part: a declaration must never reach a parser.
	active, err := activeContent(raw)
	var limit *opc.LimitError
	if errors.As(err, &limit) {
		return nil, &TemplateError{Name: name, Problems: []Problem{{"模板文件", limit.Msg}}}
	}
	if err != nil {
		return nil, &TemplateError{Name: name, Problems: []Problem{{"模板文件", "文件已损坏，不是完整的 .docx，请重新保存模板"}}}
	}
	if len(active) > 0 {
		return nil, &TemplateError{Name: name, Problems: active}
	}
	r, err := docx.ReadDocxFromMemory(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, &TemplateError{Name: name, Problems: []Problem{{"模板文件", "不是有效的 .docx 文件（文件可能已损坏），请在 Word 或 WPS 中打开后另存为 .docx"}}}
	}
	defer r.Close()
	content := r.Editable().GetContent()
	t := &Template{name: name, raw: raw, parts: map[string]*compiled{}, static: map[string][]byte{}}
	t.comments = hasPart(raw, isCommentPart)
	content = t.prepare("", content)
	content = mergeSplitTags(content, leafParagraphs(content, 0, len(content)))
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
	if t.compiled != nil {
		t.Notes = append(t.Notes, t.compiled.notes...)
	}
	for _, part := range headerParts(raw) {
		body := t.prepare(part.place, part.body)
		xml := mergeSplitTags(body, leafParagraphs(body, 0, len(body)))
		if !strings.Contains(xml, "{{") {
			if body != part.body {
				t.static[part.name] = []byte(body) // revisions accepted, comments out
			}
			continue
		}
		c, err := compile(name, part.place, xml, view)
		collect(err)
		if c != nil {
			t.Notes = append(t.Notes, c.notes...)
		}
		t.parts[part.name] = c
	}
	if len(problems) > 0 {
		return nil, &TemplateError{Name: name, Problems: problems}
	}
	return t, nil
}

// prepare reads a part as a clerk means it: tracked changes accepted and
// comments left out, each noted.
func (t *Template) prepare(place, s string) string {
	s, revised := acceptRevisions(place, s)
	if len(revised) > 0 {
		t.Notes = append(t.Notes, Problem{strings.Join(revised, "、"), "有未接受的修订，已按“全部接受”处理；生成的文件中没有修订"})
	}
	s, commented := dropComments(place, s)
	if len(commented) > 0 {
		t.comments = true
		t.Notes = append(t.Notes, Problem{strings.Join(commented, "、"), "有批注，批注不会出现在任何输出中"})
	}
	return s
}

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// sniff says what a file that is no Word template is, and what to do;
// "" for a .docx.
func sniff(raw []byte) string {
	switch {
	case len(raw) == 0:
		return "文件是空的（0 字节），可能保存时出了错，请重新保存模板"
	case bytes.HasPrefix(raw, oleMagic):
		return "这是 .doc 文件（旧版 Word 格式）或加了密码的文件，请在 Word 或 WPS 中打开，取消密码并“另存为” .docx"
	case bytes.HasPrefix(raw, []byte("{\\rtf")):
		return "这是 RTF 文件，请在 Word 或 WPS 中“另存为” .docx"
	case !bytes.HasPrefix(raw, []byte("PK")):
		return "不是 Word 文件（.docx），请在 Word 或 WPS 中“另存为” .docx"
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return "文件已损坏，不是完整的 .docx，请重新保存模板"
	}
	names := map[string]*zip.File{}
	for _, f := range zr.File {
		names[f.Name] = f
	}
	if m, ok := names["mimetype"]; ok {
		if rc, err := m.Open(); err == nil {
			b, _ := io.ReadAll(io.LimitReader(rc, 100))
			rc.Close()
			if strings.Contains(string(b), "opendocument.text") {
				return "这是 .odt 文件（OpenDocument），请在 WPS、Word 或 LibreOffice 中“另存为” .docx"
			}
			if strings.Contains(string(b), "opendocument") {
				return "这是 OpenDocument 文件，不是 Word 模板，请另存为 .docx"
			}
		}
	}
	switch {
	case names["word/document.xml"] != nil:
		return ""
	case names["xl/workbook.xml"] != nil:
		return "这是 Excel 工作簿（可能是改了扩展名的 .xlsx），不是 Word 模板；Excel 模板请写在任务文件的 templates.xlsx"
	case names["ppt/presentation.xml"] != nil:
		return "这是 PowerPoint 文件，不是 Word 模板"
	}
	return "文件中没有 Word 正文（word/document.xml），不是 .docx 模板"
}

// Name is the template's name in messages.
func (t *Template) Name() string { return t.name }

// hasPart reports whether the package has a part that is selects.
func hasPart(raw []byte, is func(string) bool) bool {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if is(f.Name) {
			return true
		}
	}
	return false
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

// Placement is one value the template printed (output.Placement, which
// the check reads without importing this package).
type Placement = output.Placement

// Render fills the template with data and returns the .docx bytes and the
// values it placed, in order, for checking the output against the facts.
func (t *Template) Render(data *document.Data) ([]byte, []Placement, error) {
	var placed []Placement
	var at []int // where in the executed body each value went
	var body strings.Builder
	run, err := t.compiled.tmpl.Clone()
	if err != nil {
		return nil, nil, err
	}
	run.Funcs(map[string]any{tmpl.Recorder: func(field string, index int, before string, v any) string {
		text := fmt.Sprint(v)
		placed = append(placed, Placement{Field: field, Index: index, Before: before, Printed: text})
		at = append(at, body.Len()) // text/template writes as it goes
		return escapeText(text)
	}})
	view := data.View()
	if err := run.Execute(&body, view); err != nil {
		return nil, nil, executeError(t.name, "", err)
	}
	placeTables(body.String(), placed, at)
	parts := map[string][]byte{}
	for name, b := range t.static {
		parts[name] = b
	}
	// In name order, so that of several failing headers the same is named each run.
	for _, name := range slices.Sorted(maps.Keys(t.parts)) {
		c := t.parts[name]
		var b strings.Builder
		if err := c.tmpl.Execute(&b, view); err != nil {
			return nil, nil, executeError(t.name, name, err)
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
	if len(parts) == 0 && !t.comments {
		return out.Bytes(), placed, nil
	}
	filled, err := replaceParts(out.Bytes(), parts, t.comments)
	return filled, placed, err
}

// replaceParts puts the filled headers and footers into the package, which
// nguyenthenguyen/docx can only write back as they were read, and drops the
// template's comments with what names them. Every other entry is copied as
// it is, in the same order.
func replaceParts(pkg []byte, parts map[string][]byte, comments bool) ([]byte, error) {
	return opc.Rewrite(pkg, func(name string) bool {
		_, ok := parts[name]
		return ok || comments && (isCommentPart(name) || name == "word/_rels/document.xml.rels" || name == "[Content_Types].xml")
	}, func(name string, body []byte) []byte {
		switch {
		case isCommentPart(name):
			return nil
		case name == "word/_rels/document.xml.rels", name == "[Content_Types].xml":
			return withoutComments(body)
		}
		return parts[name]
	}, nil)
}

// withoutComments removes the relationships to, and content types of,
// comment parts.
func withoutComments(body []byte) []byte {
	s := string(body)
	var edits []edit
	for _, name := range []string{"Relationship", "Override"} {
		for _, e := range wordxml.Elements(s, name, 0, len(s)) {
			if el := s[e.Start:e.End]; strings.Contains(el, "/comments") || strings.Contains(el, "comments+xml") || strings.Contains(el, "commentsExtended") || strings.Contains(el, "commentsIds") || strings.Contains(el, "commentsExtensible") || strings.Contains(el, "people.xml") {
				edits = append(edits, edit{e.Start, e.End, ""})
			}
		}
	}
	return []byte(applyEdits(s, edits))
}

// dropEmptyParagraphs removes each marked paragraph that printed no text,
// such as 绩效监控's when the sheet is empty, and unmarks the rest.
func dropEmptyParagraphs(s string) string {
	if !strings.Contains(s, paragraphMark) {
		return s
	}
	var edits []edit
	tables := wordxml.Elements(s, "w:tbl", 0, len(s))
	inTable := func(pos int) bool { return containing(tables, pos) >= 0 }
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

// executeError is a failure while filling a template that the checker
// passed: a helper given a value it cannot use (日期 of a malformed date).
// Its message is the helper's own, in Chinese; Go's context (executing …
// at <.F3>) is left out.
func executeError(name, part string, err error) error {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": error calling "); i >= 0 {
		if _, m, ok := strings.Cut(msg[i+len(": error calling "):], ": "); ok {
			msg = m
		}
	} else {
		msg = "模板与数据不符（请把这条信息告诉维护人员）"
	}
	where := ""
	if part != "" {
		where = "的" + part
	}
	return &TemplateError{Name: name, Problems: []Problem{{"填写模板" + where + "时", msg}}}
}

// placeTables sets each placement's Table from where it went in the
// executed body. Filling neither adds nor removes a table (a row loop
// repeats rows, an emptied paragraph goes), so the count is the output's.
func placeTables(s string, placed []Placement, at []int) {
	var tables []span
	for _, tb := range wordxml.Elements(s, "w:tbl", 0, len(s)) {
		before := s[:tb.Start]
		if strings.LastIndex(before, "<w:txbxContent") <= strings.LastIndex(before, "</w:txbxContent>") {
			tables = append(tables, tb) // not a text box's, which is no body table
		}
	}
	// Each table's nested tables are found once: a long attachment places
	// hundreds of thousands of values in one table.
	inner := make([][]span, len(tables))
	found := make([]bool, len(tables))
	for i := range placed {
		n := containing(tables, at[i])
		if n < 0 {
			continue
		}
		if !found[n] {
			inner[n], found[n] = wordxml.Elements(s, "w:tbl", tables[n].Start+1, tables[n].End), true
		}
		if containing(inner[n], at[i]) < 0 {
			placed[i].Table = n + 1
		}
	}
}
