package example

import (
	"slices"
	"strings"
	"unicode"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
)

// A number quantifies a phrase: 发现问题15个 counts problems, 15个乡镇
// townships, 评分15分 is a score, 第15名 a rank, 15天 a duration. Equal
// values say nothing when the phrase names something the figure is not,
// so the words before the number and the word after it must agree with
// the figure's meaning: its label, its section's, its table's and the
// headers and filter values of the columns it is computed over.

// elsewhere are the nouns such documents quantify that no table's rows
// are unless the definition names them, and the words of a change (较上
// 年增加15个 is no count): the definition's own nouns (vocabulary) cover
// its columns and tables, these the rest.
var elsewhere = []string{"问题", "整改", "乡镇", "社区", "工作日", "专家", "人员", "人次", "指标", "建议", "意见",
	"文件", "制度", "会议", "培训", "企业", "学校", "医院", "单位", "机构", "岗位", "农户", "群众", "学生", "报告", "违规", "收回", "结余",
	"执行率", "完成率", "满意度", "到位率", "增加", "减少", "增长", "下降", "提高", "降低", "同比", "上年"}

// moneyWords name any amount: 涉及资金, 预算金额 say nothing of which sum
// it is, only that it is one.
var moneyWords = []string{"金额", "资金", "预算", "支出", "投资", "合计", "总额"}

// nonRows are the measure words after a bare number that count no rows:
// 15天, 15人, 15次, 评分15分; a figure whose own words hold the measure
// (评价得分 ends in 分, 整改天数 has 天数) may still be one.
const nonRows = "天日周月年次人名分倍岁时亩吨米台辆篇期轮场页届季位例份万千百亿余"

// vocabulary is the definition's nouns as runs of two characters: each
// column's key, label and headers, each table's key and label, every
// filter value and every grade's spelling of two or more characters. A
// run of them before a number that the figure's own words lack names
// something else; each maps to the first word it came from, which the
// report names.
type vocabulary map[string]string

func vocabularyOf(d *document.Data) vocabulary {
	v := vocabulary{}
	add := func(words ...string) {
		for _, w := range words {
			for _, b := range bigrams(w) {
				if v[b] == "" {
					v[b] = w
				}
			}
		}
	}
	tables := map[*definition.Table]bool{}
	for _, s := range d.Sections {
		for _, f := range s.Def.Figures {
			for _, c := range f.Where {
				add(c.Value)
			}
		}
		t := s.Def.Table
		if t == nil || tables[t] {
			continue
		}
		tables[t] = true
		add(t.Key, t.Label)
		for _, c := range t.Columns {
			add(c.Key, c.Label)
			add(c.Headers...)
			if c.Scale != nil {
				for _, g := range c.Scale.Grades {
					add(g.Spellings...)
				}
			}
		}
	}
	return v
}

// runsOf is the set of the bigrams of words.
func runsOf(words []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words {
		for _, b := range bigrams(w) {
			out[b] = true
		}
	}
	return out
}

// bigrams are the runs of two Han characters of w.
func bigrams(w string) []string {
	rs := []rune(w)
	var out []string
	for i := 0; i+1 < len(rs); i++ {
		if unicode.Is(unicode.Han, rs[i]) && unicode.Is(unicode.Han, rs[i+1]) {
			out = append(out, string(rs[i:i+2]))
		}
	}
	return out
}

// ownWords are the words that name what f is: its label, its section's
// label and key, its table's, the key, label and headers of the columns
// it is computed or filtered over (a rate's parts' and whole's too), its
// filter values, and 项目, which every row of these tables is; a figure
// over an amount column (a sum, a share of sums) also any word of
// moneyWords.
func ownWords(f figure) []string {
	d := f.fig.Def
	words := []string{f.label, d.Label, f.sec.Def.Label, f.sec.Def.Key, "项目"}
	if t := f.sec.Def.Table; t != nil {
		words = append(words, t.Key, t.Label)
	}
	figs := slices.Concat([]*definition.Figure{d}, d.Parts, d.Over)
	money := false
	for _, g := range figs {
		money = money || g.Of != nil && g.Of.Kind == definition.Amount
		words = append(words, g.Label, g.Key)
		cols := []*definition.Column{g.Of}
		for _, c := range g.Where {
			cols = append(cols, c.Column)
			words = append(words, c.Value)
			if sc := c.Column.Scale; sc != nil {
				if i := sc.Find(c.Value); i >= 0 {
					words = append(words, sc.Grades[i].Spellings...) // 优秀 is 优
				}
			}
		}
		for _, c := range cols {
			if c != nil {
				words = append(append(words, c.Key, c.Label), c.Headers...)
			}
		}
	}
	for _, n := range slices.Concat(f.parts, f.wholes) {
		words = append(words, n.sec.Def.Label)
	}
	if money {
		words = append(words, moneyWords...)
	}
	return words
}

// disagreement is the word around a number that says it is not f, or ""
// where none does: 第 before it (a rank), a measure word after it f's
// words do not hold (15天), a word before it, back to the clause's
// stop, that names something f is not (发现问题15个, 问题资金15万元).
func disagreement(f figure, ctx context) string {
	if ctx.ordinal {
		return "第"
	}
	if ctx.measure != "" && strings.Contains(nonRows, ctx.measure) && !slices.ContainsFunc(f.own, func(w string) bool {
		return strings.HasSuffix(w, ctx.measure) || strings.Contains(w, ctx.measure+"数")
	}) {
		return ctx.measure
	}
	// An agent before 对 or 由 is not what is counted: 委托第三方机构对15个
	// 项目开展评价 counts projects.
	phrase := ctx.near
	if k := strings.LastIndexAny(phrase, "对向把将给由经"); k >= 0 {
		phrase = phrase[k:]
	}
	// A table row's first cell says what its numbers are.
	phrase = ctx.subject + "|" + phrase
	own := f.ownRuns
	for _, w := range elsewhere {
		if strings.Contains(phrase, w) && !slices.ContainsFunc(bigrams(w), func(b string) bool { return own[b] }) {
			return w
		}
	}
	for _, b := range bigrams(phrase) {
		if f.vocab[b] != "" && !own[b] {
			return f.vocab[b]
		}
	}
	return ""
}
