package example

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"jixiao/pipeline/document"
	"jixiao/pipeline/opc"
	"jixiao/pipeline/wordxml"
)

// State is what became of one number of last year's text.
type State int

const (
	Bound     State = iota // one figure prints it
	Ambiguous              // several do; the template takes the first
	Unbound                // none does: left as written
	Skipped                // a date, a document number, another year
)

// Mark is one number (or wording) of last year's text and what the
// template prints in its place.
type Mark struct {
	Place
	Text       string // as written, with its unit
	State      State
	Candidates []Candidate // best first; the template uses Candidates[Chosen]
	Chosen     int
	Note       string
	tok        token
	clause     string // the words before the number in its clause: the values a count may filter by
}

// Result is the template and the report of how it was made.
type Result struct {
	Docx  []byte
	Paras []string // the paragraphs as last year's text had them: the body's, then the headers' and footers'
	Parts []string // where each paragraph is: "" in the body, 页眉（header1.xml） …
	Marks []Mark
	// Loops are the tables that became row loops, as 表N → section.
	Loops []string
	// Notes are what the clerk must check besides the marks: a typed
	// heading number left as written.
	Notes []string
}

// Place is where a mark starts: its paragraph of the body, from 1, and
// the character within it, from 0.
type Place struct{ Para, At int }

// Options are what Make is told besides the document and the data.
type Options struct {
	// Choices pick another candidate for the mark at a place, by the
	// candidate's ID: the web page's choice.
	Choices map[Place]string
	// Added are the figures Extend added: a figure the definition already
	// had wins over one of them that prints the same.
	Added map[string]bool
}

// Make turns last year's document into a template, binding its numbers to
// the figures of d, last year's document model.
func Make(docx []byte, d *document.Data, opts Options) (*Result, error) {
	res := &Result{}
	var failed error
	out := docx
	// The body first, so that its paragraphs keep their numbers; then
	// the headers and footers, whose figures (a title with the year, a
	// page footer naming the county) are bound as the body's are.
	for _, part := range []func(string) bool{isBody, isHeaderOrFooter} {
		var err error
		out, err = opc.Rewrite(out, part, func(name string, body []byte) []byte {
			s, err := res.rewrite(string(body), name, d, opts)
			if err != nil {
				failed = err
				return body
			}
			return []byte(s)
		}, nil)
		if err == nil {
			err = failed
		}
		if err != nil {
			return nil, fmt.Errorf("example: %w", err)
		}
	}
	res.Docx = out
	return res, nil
}

func isBody(name string) bool { return name == "word/document.xml" }

var headerOrFooter = regexp.MustCompile(`^word/(header|footer)[0-9]*\.xml$`)

func isHeaderOrFooter(name string) bool { return headerOrFooter.MatchString(name) }

// partWord names where a part's paragraphs are, for the report: "" for
// the body.
func partWord(name string) string {
	switch {
	case strings.HasPrefix(name, "word/header"):
		return "页眉（" + strings.TrimPrefix(name, "word/") + "）"
	case strings.HasPrefix(name, "word/footer"):
		return "页脚（" + strings.TrimPrefix(name, "word/") + "）"
	}
	return ""
}

// replacement puts action in place of the runes [start, end) of a paragraph.
type replacement struct {
	start, end int
	action     string
}

func (res *Result) rewrite(s, name string, d *document.Data, opts Options) (string, error) {
	s = withoutTextBoxFallbacks(s)
	var loops []loop
	body := 0
	if isBody(name) {
		if body = wordxml.Next(s, "w:body", 0, len(s)); body < 0 {
			return "", fmt.Errorf("word/document.xml 中没有正文（w:body）")
		}
		s, loops = tableLoops(s, d)
	}
	for _, l := range loops {
		res.Loops = append(res.Loops, l.what)
	}
	figs := figures(d)
	cells := cellContexts(s, body)
	var paras []*paragraph
	var before []string
	for _, p := range wordxml.LeafParagraphs(s, body, len(s)) {
		nodes := wordxml.Texts(s, p.Start, p.End)
		var b, masked strings.Builder
		results := fieldResults(s, p.Start, p.End)
		for _, n := range nodes {
			b.WriteString(n.Value)
			if containing(results, n.Start) {
				// Word computes a field's result (a page number):
				// it is no figure of the data.
				masked.WriteString(strings.Repeat("\uFFFC", len([]rune(n.Value))))
			} else {
				masked.WriteString(n.Value)
			}
		}
		text := []rune(masked.String())
		res.Paras = append(res.Paras, b.String())
		res.Parts = append(res.Parts, partWord(name))
		cell, inCell := cells[p.Start]
		para := &paragraph{span: p, nodes: nodes, text: text, cell: inCell}
		paras = append(paras, para)
		if strings.Contains(string(text), "{{") {
			continue // a loop row made above, or a template already
		}
		near := append(slices.Clip(before), cell.row...)
		if len(cell.row) > 0 {
			near = append(near, cell.row[0]) // the row's subject, nearest
		}
		for _, l := range loops {
			if p.Start > l.start && p.End < l.end {
				// The rows under a loop (合计) are the section's, though
				// no word in them says so.
				near = append(near, l.sec.Def.Label)
			}
		}
		from := len(res.Marks)
		around := surroundings{before: near, header: cell.header, body: isBody(name)}
		if len(cell.row) > 0 {
			around.subject = cell.row[0]
		}
		para.reps, para.whole = res.bindParagraph(text, len(res.Paras), figs, d, around, opts)
		para.marks = res.Marks[from:]
		// Short paragraphs are the headings a section's figures sit
		// under; a long one, or a sentence, is another section's
		// narrative.
		if t := strings.TrimSpace(string(text)); t != "" && len(text) <= 60 && !strings.HasSuffix(t, "。") {
			before = append(before, string(text))
		}
	}
	if isBody(name) {
		res.Notes = append(res.Notes, headingGuards(paras)...)
	}
	var edits []wordxml.Edit
	for _, p := range paras {
		sortReplacements(p.reps)
		edits = append(edits, apply(p.nodes, p.reps)...)
	}
	return wordxml.Apply(s, edits), nil
}

// withoutTextBoxFallbacks drops the VML copy (mc:Fallback) Word writes of
// each text box besides its DrawingML one: the same paragraphs twice,
// whose numbers would be bound twice and printed twice over one place.
// Word 2010 and later, WPS and LibreOffice read the DrawingML box; the
// template keeps that one.
func withoutTextBoxFallbacks(s string) string {
	var edits []wordxml.Edit
	for _, f := range wordxml.Elements(s, "mc:Fallback", 0, len(s)) {
		if strings.Contains(s[f.Start:f.End], "<w:txbxContent") {
			edits = append(edits, wordxml.Edit{Start: f.Start, End: f.End})
		}
	}
	if len(edits) == 0 {
		return s
	}
	return wordxml.Apply(s, edits)
}

// paragraph is one leaf paragraph of a part as Make reads it: its text
// nodes and text, and what replaces its numbers.
type paragraph struct {
	span  wordxml.Span
	nodes []wordxml.Text
	text  []rune
	cell  bool // in a table
	reps  []replacement
	marks []Mark
	// whole is the {{if}} that guards all of its words, when one does.
	whole string
}

// bindParagraph finds the wordings and numbers of one paragraph and
// returns what replaces them.
// surroundings are the words outside a paragraph that say what its
// numbers are: the headings above it (and, in a table, the cells before
// it in its row), and its column's header.
type surroundings struct {
	before []string
	header string
	// body is false in a header or footer: a running title stays on
	// every page whatever sections have data.
	body bool
	// subject is the first cell of a table row the paragraph is in: what
	// the row's numbers quantify (发现问题 | 15).
	subject string
}

func (res *Result) bindParagraph(text []rune, para int, figs []figure, d *document.Data, around surroundings, opts Options) (reps []replacement, whole string) {
	from := len(res.Marks)
	defer func() {
		slices.SortStableFunc(res.Marks[from:], func(a, b Mark) int { return a.At - b.At })
	}()
	reps = wordings(text, figs, d)
	for _, r := range reps {
		res.Marks = append(res.Marks, Mark{Place: Place{para, r.start}, Text: string(text[r.start:r.end]), State: Bound,
			Candidates: []Candidate{{ID: strings.Trim(r.action, "{}."), Label: labelOf(figs, strings.Trim(r.action, "{}.")), Action: r.action}}})
	}
	for _, t := range scan(text) {
		if overlaps(reps, t.start, t.end) {
			continue
		}
		m := Mark{Place: Place{para, t.start}, Text: string(text[t.start:t.end]) + t.unit, tok: t}
		if t.skip != "" {
			m.State, m.Note = Skipped, t.skip+"，保留原文"
			res.Marks = append(res.Marks, m)
			continue
		}
		if action, ok := year(t, text, d); ok {
			m.State, m.Candidates = Bound, []Candidate{{ID: strings.Trim(action, "{}."), Label: labelOf(nil, strings.Trim(action, "{}.")), Action: action}}
			reps = append(reps, replacement{t.start, t.end, action})
			res.Marks = append(res.Marks, m)
			continue
		}
		if t.form == Arabic && len(t.text) == 4 && t.end < len(text) && text[t.end] == '年' {
			m.State, m.Note = Skipped, "其他年份，保留原文"
			res.Marks = append(res.Marks, m)
			continue
		}
		ctx := contextOf(text, t, around)
		m.clause = ctx.clause
		var why string
		m.Candidates, why = matches(t, figs, ctx, opts.Added)
		switch {
		case len(m.Candidates) == 0:
			m.State, m.Note = Unbound, "与数据无关，请人工核对"
			if why != "" {
				m.Note += "（" + why + "）"
			}
		case m.Candidates[0].Action == "":
			m.State, m.Note = Unbound, "写法与 {{中文数字 …}} 不同，保留原文；数值与 "+m.Candidates[0].ID+" 相同，请人工核对"
		default:
			m.State = Bound
			if len(m.Candidates) > 1 && m.Candidates[1].Score == m.Candidates[0].Score {
				m.State, m.Note = Ambiguous, "有歧义，模板取第一个"
			}
			if id, ok := opts.Choices[m.Place]; ok {
				for k, c := range m.Candidates {
					if c.ID == id {
						m.Chosen, m.Note = k, "已按所选改写"
					}
				}
			}
			c, end := m.Candidates[m.Chosen], t.end
			if c.withUnit {
				end += len([]rune(t.unit))
			}
			reps = append(reps, replacement{t.start, end, c.Action})
		}
		res.Marks = append(res.Marks, m)
	}
	if around.body {
		var gs []replacement
		gs, whole = guards(text, res.Marks[from:], figs)
		reps = append(reps, gs...)
	}
	return reps, whole
}

func labelOf(figs []figure, id string) string {
	switch id {
	case document.YearField:
		return "年度"
	case document.PriorYearField:
		return "上一年度"
	case document.CountyField:
		return "县名"
	}
	for _, f := range figs {
		if f.id == id {
			return f.label
		}
	}
	return id
}

// year binds the document's year and the year before, written as years
// (2023年), and leaves other years alone.
func year(t token, text []rune, d *document.Data) (string, bool) {
	if t.form != Arabic || t.decimals != 0 || t.grouped || len(t.text) != 4 || t.end >= len(text) || text[t.end] != '年' {
		return "", false
	}
	switch int(t.value.IntPart()) {
	case d.Year:
		return "{{." + document.YearField + "}}", true
	case d.PriorYear:
		return "{{." + document.PriorYearField + "}}", true
	}
	return "", false
}

// wordings finds the county's name and the figures that print words (a
// grade distribution, a clause, a requirement's wording) where the text
// has them word for word, longest first.
func wordings(text []rune, figs []figure, d *document.Data) []replacement {
	type wording struct{ printed, action string }
	var ws []wording
	for _, f := range figs {
		if viewOf(f.fig) != nil {
			continue
		}
		p := f.fig.Printed()
		if utf8.RuneCountInString(p) >= 4 && p != "true" && p != "false" {
			ws = append(ws, wording{p, "{{." + f.id + "}}"})
		}
	}
	slices.SortStableFunc(ws, func(a, b wording) int { return len(b.printed) - len(a.printed) })
	if d.County != "" {
		ws = append(ws, wording{d.County, "{{." + document.CountyField + "}}"})
	}
	var reps []replacement
	s := string(text)
	for _, w := range ws {
		for from := 0; ; {
			i := strings.Index(s[from:], w.printed)
			if i < 0 {
				break
			}
			start := utf8.RuneCountInString(s[:from+i])
			end := start + utf8.RuneCountInString(w.printed)
			if !overlaps(reps, start, end) {
				reps = append(reps, replacement{start, end, w.action})
			}
			from += i + len(w.printed)
		}
	}
	return reps
}

func overlaps(reps []replacement, start, end int) bool {
	for _, r := range reps {
		if start < r.end && r.start < end {
			return true
		}
	}
	return false
}

// contextOf cuts the sentence around t and the words just before it.
func contextOf(text []rune, t token, around surroundings) context {
	// A sentence is as far as its stops, or 100 characters either way: a
	// long run without a stop says nothing of a number so far off, and
	// ranking stays linear in the paragraph.
	start, end := t.start, t.end
	for start > 0 && t.start-start < 100 && !strings.ContainsRune("。；;！？!?", text[start-1]) {
		start--
	}
	for end < len(text) && end-t.end < 100 && !strings.ContainsRune("。；;！？!?", text[end]) {
		end++
	}
	near := t.start
	for near > start && t.start-near < 12 && !strings.ContainsRune("，,、：:（(", text[near-1]) {
		near--
	}
	clause := t.start
	for clause > start && t.start-clause < 40 && !strings.ContainsRune("，,：:", text[clause-1]) {
		clause--
	}
	// The noun a measure word counts: 3个乡镇, 十二个专项债券项目.
	from := t.end + len([]rune(t.unit))
	noun := from
	for noun < len(text) && noun-from < 4 && unicode.Is(unicode.Han, text[noun]) && !strings.ContainsRune("的和与及等", text[noun]) {
		noun++
	}
	ctx := context{sentence: text[start:end], near: around.header + string(text[near:t.start]),
		clause: around.header + string(text[clause:t.start]), before: around.before, counted: string(text[from:noun]), subject: around.subject}
	ctx.ordinal = t.start > 0 && text[t.start-1] == '第'
	if t.unit == "" && t.end < len(text) && unicode.Is(unicode.Han, text[t.end]) {
		ctx.measure = string(text[t.end])
	}
	return ctx
}

// apply spreads a paragraph's replacements over its text nodes: an action
// goes into the node where its number starts, keeping that run's
// formatting, and the rest of the number leaves the nodes it spilled into.
func apply(nodes []wordxml.Text, reps []replacement) []wordxml.Edit {
	if len(reps) == 0 {
		return nil
	}
	var edits []wordxml.Edit
	at := 0
	for ni, n := range nodes {
		rs := []rune(n.Value)
		var b strings.Builder
		changed := false
		for k, r := range rs {
			i := at + k
			inside := false
			for _, rep := range reps {
				if i == rep.start {
					b.WriteString(rep.action)
					changed = true
				}
				if i >= rep.start && i < rep.end {
					inside, changed = true, true
				}
			}
			if !inside {
				b.WriteRune(r)
			}
		}
		at += len(rs)
		if ni == len(nodes)-1 {
			// What goes after the paragraph's last character (a guard's
			// {{end}}) ends its last text.
			for _, rep := range reps {
				if rep.start == at {
					b.WriteString(rep.action)
					changed = true
				}
			}
		}
		if changed {
			edits = append(edits, wordxml.Edit{Start: n.Start, End: n.End, Text: escapeText(b.String())})
		}
	}
	return edits
}

func escapeText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
