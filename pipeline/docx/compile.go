package docx

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template"

	"jixiao/pipeline/tmpl"
	"jixiao/pipeline/wordxml"
)

// paragraphMark is put after the start tag of each paragraph that holds
// tags, so that one which prints nothing can be removed after execution.
const paragraphMark = "<!--jx:p-->"

// Problem is one thing wrong with a template, placed in Word terms.
type Problem struct {
	Place string // 第3段, 表1 第2行 第4列
	Msg   string
}

func (p Problem) String() string { return p.Place + "：" + p.Msg }

// TemplateError lists every problem found in a template.
type TemplateError struct {
	Name     string
	Problems []Problem
}

func (e *TemplateError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "模板 %s 有 %d 处问题：", e.Name, len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

type segment struct {
	tag  bool
	text string // unescaped text, or the whole {{…}}
}

// paragraph is a leaf w:p of the normalised part, split into literal text and tags.
type paragraph struct {
	span
	place string
	nodes []textNode
	segs  [][]segment // per node
}

func (p *paragraph) tags() []*segment {
	var out []*segment
	for i := range p.segs {
		for k := range p.segs[i] {
			if p.segs[i][k].tag {
				out = append(out, &p.segs[i][k])
			}
		}
	}
	return out
}

func split(text string) []segment {
	var out []segment
	pos := 0
	for _, m := range tagPattern.FindAllStringIndex(text, -1) {
		if m[0] > pos {
			out = append(out, segment{text: text[pos:m[0]]})
		}
		out = append(out, segment{tag: true, text: text[m[0]:m[1]]})
		pos = m[1]
	}
	if pos < len(text) {
		out = append(out, segment{text: text[pos:]})
	}
	return out
}

// compiled is a template turned into text/template source, with the place of
// each source line for messages.
type compiled struct {
	tmpl  *template.Template
	lines []string // place of each source line, 1-based minus one
	// notes are what the clerk should know of the part, no error.
	notes []Problem
}

// compile turns the normalised document part s into a template.
func compile(name, part, s string, view reflect.Type) (*compiled, error) {
	// Source lines map to paragraphs, so the part's own line breaks, which
	// only ever sit between elements, have to go.
	s = breakBetweenTags.ReplaceAllString(s, "><")
	pl := newPlaces(part, s)
	var problems []Problem
	var paras []*paragraph
	for _, sp := range leafParagraphs(s, 0, len(s)) {
		p := &paragraph{span: sp, place: pl.at(sp.Start), nodes: texts(s, sp.Start, sp.End)}
		for _, n := range p.nodes {
			if open := unclosed(n.text); open != "" {
				problems = append(problems, Problem{p.place, fmt.Sprintf("标签“%s”缺少结尾的 }}", open)})
			}
			p.segs = append(p.segs, split(n.text))
			for _, sg := range p.segs[len(p.segs)-1] {
				if !sg.tag {
					continue
				}
				if r := fullWidth(sg.text); r != 0 {
					problems = append(problems, Problem{p.place, fmt.Sprintf("标签“%s”中有全角字符“%c”，请切换到英文（半角）输入法重新输入这个字符", sg.text, r)})
				}
				if word := unsupported(sg.text); word != "" {
					problems = append(problems, Problem{p.place, fmt.Sprintf("模板中不能使用 {{%s}}：本程序的模板只支持字段、{{if}}、{{with}}、{{range}} 和 README 列出的函数", word)})
				}
			}
		}
		problems = append(problems, literalDebris(p)...)
		paras = append(paras, p)
	}
	var edits []edit
	var spanned []spannedTag
	var notes []Problem
	// Rows whose first tag opens a block that its last tag closes repeat,
	// or disappear, as whole rows.
	for _, row := range allRows(s, 0, len(s)) {
		var tags []*segment
		first := sort.Search(len(paras), func(i int) bool { return paras[i].Start >= row.Start })
		for _, p := range paras[first:] {
			if p.Start >= row.End {
				break
			}
			if p.End <= row.End {
				tags = append(tags, p.tags()...)
			}
		}
		if len(tags) >= 2 && kindOf(tags[0].text) == openingTag && kindOf(tags[len(tags)-1].text) == endTag && closesAtLast(tags) {
			hoist(row.Start, tags[:1], &edits)
			hoist(row.End, tags[len(tags)-1:], &edits)
			continue
		}
		lead, trail, ok := rowEdges(tags)
		if !ok {
			continue
		}
		place := pl.at(row.Start)
		if opensHeading(lead) {
			if msg, broken := headingSpan(s, row); broken {
				problems = append(problems, Problem{pl.where(row.Start), msg})
			} else if msg != "" {
				notes = append(notes, Problem{pl.where(row.Start), msg})
			}
		}
		for _, t := range lead {
			spanned = append(spanned, spannedTag{row.Start, t.text, place})
		}
		for _, t := range trail {
			spanned = append(spanned, spannedTag{row.End, t.text, place})
		}
		hoist(row.Start, lead, &edits)
		hoist(row.End, trail, &edits)
	}
	problems = append(problems, spannedBalance(spanned)...)
	var stack blocks
	var lines []string
	for _, p := range paras {
		tags := p.tags()
		if len(tags) > 0 && controlOnly(p) {
			var b strings.Builder
			b.WriteString("\n")
			for _, t := range tags {
				b.WriteString(t.text)
				if msg := stack.step(spannedTag{text: t.text, place: p.place}); msg != "" {
					problems = append(problems, Problem{p.place, msg})
				}
			}
			edits = append(edits, edit{p.Start, p.End, b.String()})
			lines = append(lines, p.place)
			continue
		}
		if msg := inlineBalance(tags, pl.inRow(p.Start)); msg != "" {
			problems = append(problems, Problem{p.place, msg})
		}
		edits = append(edits, edit{p.Start, p.Start, "\n"})
		lines = append(lines, p.place)
		gt := strings.IndexByte(s[p.Start:], '>') + p.Start + 1
		if len(tags) > 0 && s[gt-2] != '/' {
			edits = append(edits, edit{gt, gt, paragraphMark})
		}
		for i, n := range p.nodes {
			if !hasTagOrRemoved(p.segs[i], n.text) {
				continue
			}
			var b strings.Builder
			for k, sg := range p.segs[i] {
				if sg.tag {
					before := ""
					if k > 0 && !p.segs[i][k-1].tag {
						before = tail(p.segs[i][k-1].text, 6)
					}
					b.WriteString(valueAction(sg.text, before))
				} else {
					b.WriteString(escapeText(sg.text))
				}
			}
			edits = append(edits, edit{n.contentStart, n.contentEnd, b.String()})
		}
	}
	problems = append(problems, stack.unclosed("")...)
	if len(problems) > 0 {
		return nil, &TemplateError{Name: name, Problems: problems}
	}
	src := applyEdits(s, edits)
	t, errs := tmpl.Compile(name, src, view, funcs)
	if len(errs) > 0 {
		for _, e := range errs {
			place := strings.TrimSpace(part + " 模板")
			if e.Pos >= 0 {
				place = lineOf(lines, strings.Count(src[:e.Pos], "\n"))
			} else if e.Line > 0 {
				place = lineOf(lines, e.Line-1)
			}
			problems = append(problems, Problem{place, e.Msg})
		}
		return nil, &TemplateError{Name: name, Problems: problems}
	}
	return &compiled{tmpl: t, lines: lines, notes: notes}, nil
}

var breakBetweenTags = regexp.MustCompile(`>[ \t]*[\r\n][ \t\r\n]*<`)

// allRows lists every table row in s[from:to], those of nested tables
// too, innermost first: a loop in a table inside a layout table's cell
// repeats its own row, not the layout's.
func allRows(s string, from, to int) []span {
	var out []span
	for _, r := range wordxml.Elements(s, "w:tr", from, to) {
		inner := strings.IndexByte(s[r.Start:], '>') + r.Start + 1
		out = append(out, allRows(s, inner, r.End)...)
		out = append(out, r)
	}
	return out
}

// unclosed is the text from a tag's {{ that has no }} to the end of the
// run, shortened; "" when every tag closes.
func unclosed(text string) string {
	rest := tagPattern.ReplaceAllString(text, "")
	i := strings.Index(rest, "{{")
	if j := strings.Index(rest, "｛｛"); i < 0 || j >= 0 && j < i {
		i = j
	}
	if i < 0 {
		return ""
	}
	r := []rune(rest[i:])
	if len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return string(r)
}

// unsupported is the keyword of a tag the template language does not
// have (define, block, template), or "".
func unsupported(tag string) string {
	word, _, _ := strings.Cut(tagBody(tag), " ")
	switch word {
	case "define", "block", "template":
		return word
	}
	return ""
}

// lineOf maps a 0-based source line to its place; line 0 is before the
// first paragraph.
func lineOf(lines []string, line int) string {
	if line >= 1 && line <= len(lines) {
		return lines[line-1]
	}
	return "模板"
}

// closesAtLast reports whether the block the first tag opens closes at the last tag.
func closesAtLast(tags []*segment) bool {
	depth := 0
	for i, t := range tags {
		switch kindOf(t.text) {
		case openingTag:
			depth++
		case endTag:
			depth--
			if depth == 0 && i != len(tags)-1 {
				return false
			}
		}
	}
	return depth == 0
}

// controlOnly reports whether a paragraph holds only structure tags, so
// that it stands for the paragraphs around it rather than for text.
func controlOnly(p *paragraph) bool {
	for _, segs := range p.segs {
		for _, sg := range segs {
			if sg.tag && kindOf(sg.text) == valueTag {
				return false
			}
			if !sg.tag && strings.TrimSpace(sg.text) != "" {
				return false
			}
		}
	}
	return true
}

func inlineBalance(tags []*segment, inRow bool) string {
	depth := 0
	for _, t := range tags {
		switch kindOf(t.text) {
		case openingTag:
			depth++
		case endTag:
			depth--
		}
		if depth < 0 {
			return "多余的 {{end}}：段落中的 {{end}} 前面没有对应的 {{if}} 或 {{range}}"
		}
	}
	if depth == 0 {
		return ""
	}
	if inRow {
		return "表格中循环或条件的开始须放在一行的第一格，{{end}} 放在同一行或后面某一行的最后一格"
	}
	return "段落中的 {{if}}/{{range}} 与 {{end}} 须在同一段内，或者各自单独成段"
}

func hasTagOrRemoved(segs []segment, original string) bool {
	var b strings.Builder
	for _, sg := range segs {
		if sg.tag {
			return true
		}
		b.WriteString(sg.text)
	}
	return b.String() != original
}

// valueAction turns a tag into template source. A value goes through xml,
// so that no data can inject markup and each printed value is recorded with
// the field it came from and the template's text just before it (see
// Placement); a structure tag stays as it is.
func valueAction(tag, before string) string {
	if kindOf(tag) != valueTag {
		return tag
	}
	inner := strings.TrimSuffix(strings.TrimPrefix(tag, "{{"), "}}")
	lead, trail := "", ""
	if strings.HasPrefix(inner, "- ") {
		lead, inner = "- ", inner[2:]
	}
	if strings.HasSuffix(inner, " -") {
		trail, inner = " -", inner[:len(inner)-2]
	}
	expr := strings.TrimSpace(inner)
	return "{{" + lead + "xml " + strconv.Quote(printedField(expr)) + " " + strconv.Quote(before) + " (" + expr + ")" + trail + "}}"
}

// tail is the last n runes of s, without spaces.
func tail(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), ""))
	return string(r[max(0, len(r)-n):])
}

// printedField is the field a value tag prints as it is, or only
// formatted as an amount ({{.金额}}, {{千分位 .金额}}, {{.金额 | 万元}}),
// whose printed value the build checks against the facts; "" for anything
// that computes a new value ({{百分比 …}}, {{大写 …}}, {{len …}}).
func printedField(expr string) string {
	words := strings.Fields(strings.ReplaceAll(expr, "|", " | "))
	switch {
	case len(words) == 1 && fieldRef.MatchString(words[0]) && strings.HasPrefix(words[0], "."):
		return words[0]
	case len(words) == 2 && amountFormats[words[0]] && strings.HasPrefix(words[1], "."):
		return words[1]
	case len(words) == 3 && words[1] == "|" && amountFormats[words[2]] && strings.HasPrefix(words[0], "."):
		return words[0]
	}
	return ""
}

// amountFormats are the helpers that only format an amount.
var amountFormats = map[string]bool{"千分位": true, "万元": true}

// fieldRef finds the field a value tag prints, the last one it names:
// .金额 in {{千分位 .金额}}.
var fieldRef = regexp.MustCompile(`\.[^\s|()"]+`)
