package example

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/money"
	"jixiao/pipeline/tmpl"

	"github.com/shopspring/decimal"
)

// Candidate is one figure a number of the text may be: the template
// action that prints it and how well the words around the number fit it.
type Candidate struct {
	ID     string // the fact ID: 重点评价.项目数
	Label  string // its meaning, as facts.json says it
	Action string // {{.重点评价.项目数}}
	Score  int
	// withUnit says the action prints the number's unit too (百分比
	// prints its %), so that it replaces the unit as well.
	withUnit bool
}

// figure is one figure of last year's document model, under its fact ID.
type figure struct {
	id    string
	label string
	sec   *document.Section
	fig   *document.Figure
	// names are the words that name the section and no other: the runs
	// of its label and key that no other section's holds, longest first.
	names []string
	// parts and wholes are the sections a rate's parts and whole are
	// of, when one is not its own: a rate across sections.
	parts, wholes []named
	// own are the words that name what the figure is (ownWords), ownRuns
	// their bigrams; vocab the definition's nouns, shared by all figures.
	own     []string
	ownRuns map[string]bool
	vocab   vocabulary
}

// named is a section and the words that name it alone.
type named struct {
	sec   *document.Section
	names []string
}

func figures(d *document.Data) []figure {
	var out []figure
	secOf := map[*definition.Figure]named{}
	namesBy := map[*document.Section][]string{}
	vocab := vocabularyOf(d)
	for _, s := range d.Sections {
		n := named{s, namesOf(s.Def, d.Sections)}
		namesBy[s] = n.names
		for _, f := range s.Def.Figures {
			secOf[f] = n
		}
	}
	for _, s := range d.Sections {
		names := namesBy[s]
		for i := range s.Figures {
			f := &s.Figures[i]
			label := f.Def.Label
			if !strings.HasPrefix(label, s.Def.Label) {
				label = s.Def.Label + label
			}
			fig := figure{id: s.Def.Key + "." + f.Def.Key, label: label, sec: s, fig: f, names: names, vocab: vocab}
			fig.parts, fig.wholes = sectionsOf(f.Def.Parts, secOf), sectionsOf(f.Def.Over, secOf)
			if !slices.ContainsFunc(slices.Concat(fig.parts, fig.wholes), func(n named) bool { return n.sec != s }) {
				fig.parts, fig.wholes = nil, nil
			}
			fig.own = ownWords(fig)
			fig.ownRuns = runsOf(fig.own)
			out = append(out, fig)
		}
	}
	return out
}

// sectionsOf lists the sections of figs, each once.
func sectionsOf(figs []*definition.Figure, secOf map[*definition.Figure]named) []named {
	var out []named
	for _, f := range figs {
		if n := secOf[f]; !slices.ContainsFunc(out, func(o named) bool { return o.sec == n.sec }) {
			out = append(out, n)
		}
	}
	return out
}

// context is what ranks a number's candidates: the sentence it is in and
// the few words just before it.
type context struct {
	sentence []rune
	near     string   // the words before the number, up to the sentence's start
	clause   string   // the same, up to 40 characters: a long value (a 评价机构's name) names a filter over it
	before   []string // paragraphs before, nearest last: the heading a section's figures sit under
	// counted is the noun after a count's measure word (乡镇 in 3个乡镇),
	// "" when none follows.
	counted string
	// measure is the word just after a number with no unit (天 in 15天),
	// "" when none; ordinal says 第 is just before it.
	measure string
	ordinal bool
	// subject is the first cell of the number's table row, if any.
	subject string
	// anyNamed says some word of the sentence or the headings above names
	// a section alone; sentenceNamed, of the sentence itself.
	anyNamed, sentenceNamed bool
}

// matches lists the figures whose printed value is the number as written,
// best first; a figure the words around the number contradict (a grade
// the text does not name, a section it does not mention) is left out.
// why says, for the report, which words ruled out the first figure of
// the same value that they ruled out, "" if none.
func matches(t token, figs []figure, ctx context, added map[string]bool) (out []Candidate, why string) {
	for k, f := range figs {
		if k == 0 || figs[k-1].sec != f.sec {
			s := sectionScore(f.names, f.sec.Def.Label, ctx)
			ctx.anyNamed = ctx.anyNamed || s >= 2
			ctx.sentenceNamed = ctx.sentenceNamed || s >= inSentence
		}
	}
	for _, f := range figs {
		action, ok := prints(t, f.fig)
		if !ok {
			continue
		}
		score, word := fits(f, ctx)
		if word != "" && why == "" {
			why = disagreed(word, f.id, f.label)
		}
		if score < 0 {
			continue
		}
		if added[f.id] {
			score--
		}
		c := Candidate{ID: f.id, Label: f.label, Score: score}
		if action != "" {
			c.Action = "{{" + strings.Replace(action, "$", "."+f.id, 1) + "}}"
		}
		out = append(out, c)
	}
	if t.unit == "%" {
		shares, whyNot := rates(t, figs, ctx)
		out = append(out, shares...)
		if why == "" {
			why = whyNot
		}
	}
	// Stable: equal scores keep the definition's order.
	for i := 1; i < len(out); i++ {
		for k := i; k > 0 && out[k].Score > out[k-1].Score; k-- {
			out[k], out[k-1] = out[k-1], out[k]
		}
	}
	return out, why
}

// prints returns the action ($ standing for the field) that prints f
// exactly as t is written, with its unit.
func prints(t token, f *document.Figure) (string, bool) {
	switch v := viewOf(f).(type) {
	case int:
		if t.form == Chinese {
			if !t.value.Equal(decimal.NewFromInt(int64(v))) {
				return "", false
			}
			if t.text == tmpl.Helpers["中文数字"].(func(int) string)(v) {
				return "中文数字 $", true
			}
			styled := tmpl.Helpers["中文写法"].(func(int, string) (string, error))
			for _, style := range tmpl.ChineseStyles {
				if w, err := styled(v, style); err == nil && w == t.text {
					return "中文写法 $ " + strconv.Quote(style), true
				}
			}
			return "", true // 二十 written 廿: found, for the report, but not written so
		}
		if t.form != Arabic || t.decimals != 0 || isMoneyUnit(t.unit) || t.unit == "%" || t.unit == "％" {
			return "", false
		}
		return plainOrGrouped(t, strconv.Itoa(v))
	case document.Money:
		if !v.Set {
			return "", false
		}
		if t.form == Capital {
			return "大写 $", t.text == tmpl.Helpers["大写"].(func(document.Money) string)(v)
		}
		if t.form != Arabic || (t.unit != "" && t.unit != v.Unit.String()) {
			return "", false
		}
		if t.text == v.String() {
			return "$", true
		}
		if t.text == v.Fixed(true) {
			return "千分位 $", true
		}
		if v.Unit == money.Wan && t.text == v.Amount.Plain() {
			return "万元 $", true
		}
	case document.Number:
		if !v.Set || t.form != Arabic || isMoneyUnit(t.unit) {
			return "", false
		}
		return plainOrGrouped(t, v.String())
	}
	return "", false
}

func plainOrGrouped(t token, printed string) (string, bool) {
	switch t.text {
	case printed:
		return "$", true
	case money.Group(printed):
		return "千分位 $", true
	}
	return "", false
}

func isMoneyUnit(u string) bool {
	_, ok := money.ParseUnit(u)
	return ok && u != ""
}

// viewOf is the figure's value as a template sees it.
func viewOf(f *document.Figure) any {
	switch {
	case f.Def.Kind == definition.Present || f.Def.Kind == definition.TextFigure:
		return nil
	case f.Money.Set:
		return f.Money
	case f.Number.Set:
		return f.Number
	case f.Numeric():
		return f.Count
	}
	return nil
}

// fits scores how well the words around a number agree with f: the
// section's name in the sentence (or the heading above it), the grade or
// filter value just before the number. It refuses f (a score below 0)
// when a filter value is not there, or when nothing names f's section;
// and when a word before or after the number names something else, it
// says which (word).
func fits(f figure, ctx context) (score int, word string) {
	where := conditions(f.fig.Def)
	for _, c := range where {
		if !lastNamed(f, c, ctx) {
			return -1, ""
		}
		score += 50
	}
	if len(where) == 0 && namesFilter(f, ctx.near) {
		return -1, "" // 优的3个 is not the count of all projects
	}
	if !countsWhat(f, ctx.counted) {
		return -1, ctx.counted // 3个乡镇 is no count of projects
	}
	if w := disagreement(f, ctx); w != "" {
		return -1, w // 发现问题15个 is no count of projects
	}
	sec := sectionScore(f.names, f.sec.Def.Label, ctx)
	if f.parts != nil {
		sec = acrossScore(f, ctx)
	}
	if sec < 2 || sec < inSentence && ctx.sentenceNamed {
		return -1, "" // the sentence names another section
	}
	score += 10 * sec
	// The words before the number that name the section say nothing of
	// which of its figures it is.
	words := strings.ReplaceAll(ctx.near, f.sec.Def.Label, "")
	for _, n := range f.names {
		words = strings.ReplaceAll(words, n, "")
	}
	score += 2 * commonRun([]rune(strings.TrimPrefix(f.label, f.sec.Def.Label)), []rune(words))
	return score, ""
}

// countsWhat reports whether noun, the word after a count's measure word,
// may be what figure f counts: a word its label, its section's label, its
// table's or its column's names share two characters of (项目, 主管部门,
// 专项债券), or the one character of a one-character noun (12个月 is no
// count of projects), or none.
func countsWhat(f figure, noun string) bool {
	if _, count := viewOf(f.fig).(int); !count || noun == "" {
		return true
	}
	names := []string{f.label, f.sec.Def.Label, f.sec.Def.Table.Key, "项目"}
	if of := f.fig.Def.Of; of != nil {
		names = append(append(names, of.Key, of.Label), of.Headers...)
	}
	need := min(2, utf8.RuneCountInString(noun))
	for _, n := range names {
		if commonRun([]rune(noun), []rune(n)) >= need {
			return true
		}
	}
	return false
}

// lastNamed reports whether the words before a number name c's value
// (just before it, or, in its clause, 城区项目4个、涉及金额1.23亿元, with
// no other value of c's column named after it: in 优3个、良5个 the 5 is
// 良's).
func lastNamed(f figure, c definition.Condition, ctx context) bool {
	if valueAt(ctx.near, c.Value) >= 0 {
		return true
	}
	at := valueAt(ctx.clause, c.Value)
	if at < 0 {
		return false
	}
	after := ctx.clause[at+len(c.Value):]
	var others []string
	if c.Column.Kind == definition.Grade && c.Column.Scale != nil {
		others = c.Column.Scale.Names()
	}
	for _, g := range f.sec.Def.Figures {
		for _, w := range g.Where {
			if w.Column == c.Column {
				others = append(others, w.Value)
			}
		}
	}
	for _, o := range others {
		if o != c.Value && !strings.Contains(c.Value, o) && valueAt(after, o) >= 0 {
			return false
		}
	}
	return true
}

// wordsWith are the words a one-character value (a grade) is part of
// without being named: 其中3个 names no grade 中.
var wordsWith = []string{"其中", "集中", "之中", "中心", "中央", "中期", "中小", "中国", "优化", "优先", "优势", "优惠", "差异", "偏差", "差距", "误差", "良性"}

// valueAt is where text last names value, or -1: a one-character value
// inside one of wordsWith is not named there.
func valueAt(text, value string) int {
	for end := len(text); ; {
		at := strings.LastIndex(text[:end], value)
		if at < 0 || utf8.RuneCountInString(value) > 1 {
			return at
		}
		inside := false
		for _, w := range wordsWith {
			k := strings.Index(w, value)
			if k >= 0 && at-k >= 0 && strings.HasPrefix(text[at-k:], w) {
				inside = true
			}
		}
		if !inside {
			return at
		}
		end = at
	}
}

// conditions are the filters the words before a number must name: a
// figure's own, or a rate's parts' (优良率 names 优 and 良).
func conditions(f *definition.Figure) []definition.Condition {
	if f.Kind != definition.Rate {
		return f.Where
	}
	var out []definition.Condition
	for _, p := range f.Parts {
		out = append(out, p.Where...)
	}
	return out
}

// namesFilter reports whether the words just before a number name a
// filter value of another figure of f's section over the same column: the
// number then counts those rows, not all.
func namesFilter(f figure, near string) bool {
	for _, g := range f.sec.Def.Figures {
		for _, c := range g.Where {
			if c.Value != "" && strings.Contains(near, "“"+c.Value+"”") {
				return true
			}
		}
	}
	return false
}

// namesOf lists the runs of two or more characters of the section's
// label and key that no other section's label or key holds, longest
// first: 重点 names 重点项目绩效评价 where 绩效评价 names every section.
func namesOf(s *definition.Section, all []*document.Section) []string {
	seen := map[string]bool{}
	var out []string
	for _, name := range []string{s.Label, s.Key} {
		rs := []rune(name)
		for i := range rs {
			for j := i + 2; j <= len(rs); j++ {
				sub := string(rs[i:j])
				if seen[sub] {
					continue
				}
				seen[sub] = true
				shared := false
				for _, o := range all {
					if o.Def != s && (strings.Contains(o.Def.Label, sub) || strings.Contains(o.Def.Key, sub)) {
						shared = true
					}
				}
				if !shared {
					out = append(out, sub)
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return len([]rune(b)) - len([]rune(a)) })
	return out
}

// inSentence is added to a section's score where the sentence itself
// names it: any such name outranks the headings'.
const inSentence = 100

// sectionScore is the length of the longest word naming a section alone
// (names) in the sentence, plus inSentence, or else, a little less, in
// the headings above it; the full length where the number is under the
// section's table.
func sectionScore(names []string, label string, ctx context) int {
	sentence := string(ctx.sentence)
	for _, n := range names {
		if strings.Contains(sentence, n) {
			return inSentence + len([]rune(n))
		}
	}
	best := 0
	for k := len(ctx.before) - 1; k >= 0 && k >= len(ctx.before)-3; k-- {
		if ctx.before[k] == label {
			return len([]rune(label)) // the table this row is under
		}
		for _, n := range names {
			if strings.Contains(ctx.before[k], n) {
				best = max(best, len([]rune(n))-1)
				break
			}
		}
	}
	return best
}

// acrossScore is sectionScore for a rate across sections: each section
// its parts are of must be named, the least of them counting, one more
// where a section of its whole is named too. A rate whose parts are of
// several sections may also be where no section is named at all (两类
// 评价的优良率): it is about all of them. A sentence naming one section
// of several parts is about that section's own rate, not theirs.
func acrossScore(f figure, ctx context) int {
	said := 0
	for _, p := range f.parts {
		if slices.ContainsFunc(p.names, func(n string) bool { return strings.Contains(string(ctx.sentence), n) }) {
			said++
		}
	}
	if said > 0 && said < len(f.parts) {
		return 0 // the sentence names some of them: it is about those
	}
	least := -1
	for _, p := range f.parts {
		s := sectionScore(p.names, p.sec.Def.Label, ctx)
		if least < 0 || s < least {
			least = s
		}
	}
	if least < 2 {
		if len(f.parts) > 1 && !ctx.anyNamed {
			return 2
		}
		return 0
	}
	for _, w := range f.wholes {
		if !slices.ContainsFunc(f.parts, func(p named) bool { return p.sec == w.sec }) && sectionScore(w.names, w.sec.Def.Label, ctx) >= 2 {
			return least + 1
		}
	}
	return least
}

// commonRun is the length of the longest run of runes a and b share.
func commonRun(a, b []rune) int {
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
				best = max(best, cur[j+1])
			} else {
				cur[j+1] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// rates are the shares a percentage may be: one count of a section over
// another (优良率 is 优 and 良 over 项目数 only when the definition has
// the figure; here the pairs the section has).
func rates(t token, figs []figure, ctx context) (out []Candidate, why string) {
	percent := tmpl.Helpers["百分比"].(func(a, b any) (string, error))
	for _, a := range figs {
		for _, b := range figs {
			if a.sec != b.sec || a.fig == b.fig {
				continue
			}
			x, okA := viewOf(a.fig).(int)
			y, okB := viewOf(b.fig).(int)
			if !okA || !okB || y == 0 || x > y {
				continue
			}
			if p, err := percent(x, y); err != nil || p != t.text+"%" {
				continue
			}
			label := a.label + "占" + b.label + "的比例"
			score, word := fits(a, ctx)
			if word != "" && why == "" {
				why = disagreed(word, a.id+"/"+b.id, label)
			}
			if score < 0 {
				continue
			}
			out = append(out, Candidate{ID: a.id + "/" + b.id, Label: label,
				Action: "{{百分比 ." + a.id + " ." + b.id + "}}", Score: score, withUnit: true})
		}
	}
	return out, why
}

// disagreed is the report's words for a figure of the number's value
// that word ruled out.
func disagreed(word, id, label string) string {
	return "“" + word + "”说的不是" + id + "（" + label + "），虽数值相同"
}
