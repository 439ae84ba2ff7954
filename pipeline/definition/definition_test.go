package definition

import (
	"strings"
	"testing"
)

func TestDefaultParses(t *testing.T) {
	d := Default()
	if len(d.Tables) != 6 || len(d.Sections) != 6 {
		t.Fatalf("tables %d sections %d", len(d.Tables), len(d.Sections))
	}
	att := d.Table("重点绩效评价结果")
	if !att.KeepRows || d.Table("绩效自评").KeepRows {
		t.Error("only the attachment's rows are kept")
	}
	if c := att.Column("评价机构"); c.Blank != BlankMerge || c.MergeKey != "机构合并" {
		t.Errorf("agency column %+v", c)
	}
	if g := att.Column("等级"); g.Scale.Find("良好") != 1 || g.Scale.Find("中（一般）") != 2 {
		t.Error("grade spellings")
	}
}

func TestEveryProblemWithItsLine(t *testing.T) {
	src := `tables:
  - key: 表
    columns:
      - {key: 名称}
      - {key: 金额, kind: money}
sections:
  - key: 部分
    table: 表
    figures:
      - {key: 合计, kind: sum, of: 金額}
      - {key: 数, kind: cnt}
`
	_, err := Parse("d.yaml", []byte(src))
	if err == nil {
		t.Fatal("accepted")
	}
	msg := err.Error()
	for _, want := range []string{"第5行", "money", "第10行", "金額", "第11行", "cnt"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
}

func TestUnknownKeyNamed(t *testing.T) {
	_, err := Parse("d.yaml", []byte("tables:\n  - key: 表\n    colums: []\n"))
	if err == nil || !strings.Contains(err.Error(), "第3行") || !strings.Contains(err.Error(), "columns") {
		t.Fatalf("got %v", err)
	}
}

func FuzzScaleFind(f *testing.F) {
	for _, s := range []string{"优", "优秀", " 良 ", "一般", "中（一般）", "较差", "甲等", ""} {
		f.Add(s)
	}
	scale := StandardScale()
	f.Fuzz(func(t *testing.T, s string) {
		g := scale.Find(s)
		if g < -1 || g >= len(scale.Grades) {
			t.Fatalf("Find(%q) = %d", s, g)
		}
		if g >= 0 && scale.Find(scale.Grades[g].Name) != g {
			t.Errorf("%q does not round-trip", scale.Grades[g].Name)
		}
	})
}

func TestOptionalColumnsCarryNoFigure(t *testing.T) {
	src := `tables:
  - key: 表
    columns:
      - {key: 名称, required: true}
      - {key: 金额, kind: amount, unit: 万元}
      - {key: 备注, optional: true}
      - {key: 得分, kind: score, optional: true}
      - {key: 机构, optional: true, required: true}
      - {key: 规模, kind: amount, unit: 万元, headers: ["截至{年}年底规模", "{年度}规模"]}
      - {key: 拨款, kind: amount, unit: 万元, blank: above}
sections:
  - key: 部分
    table: 表
    figures:
      - {key: 数, kind: count}
      - {key: 自评数, kind: count, where: {备注: 自评}}
      - {key: 平均分, kind: mean, of: 得分}
      - {key: 金额, kind: sum, of: 金额}
`
	_, err := Parse("d.yaml", []byte(src))
	if err == nil {
		t.Fatal("accepted")
	}
	for _, want := range []string{
		"第8行：列 机构 不能既是 required",
		"第9行：列 规模 的表头写法“{年度}规模”中只能用 {年}",
		"第10行：金额列 拨款 不能写 blank: above",
		"第16行：数字 自评数 的 where 用了可选列 备注",
		"第17行：数字 平均分 按可选列 得分",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%s", want, err)
		}
	}
	if n := len(err.(*Error).Problems); n != 5 {
		t.Errorf("%d problems, want 5:\n%s", n, err)
	}
}

// base is a definition of one section whose figures a test adds to.
const base = `tables:
  - key: 表
    columns:
      - {key: 名称}
      - {key: 等级, kind: grade}
sections:
  - key: 部分
    table: 表
    figures:
      - {key: 数, kind: count}
      - {key: 等级分布, kind: distribution, of: 等级}
`

// refused checks that each figure added to base, before a count 后, is
// refused with its message.
func refused(t *testing.T, cases map[string]string) {
	t.Helper()
	for fig, want := range cases {
		_, err := Parse("d.yaml", []byte(base+"      - "+fig+"\n      - {key: 后, kind: count}\n"))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", fig, err, want)
		}
	}
}

func TestClauses(t *testing.T) {
	d, err := Parse("d.yaml", []byte(base+`      - {key: 分布句, kind: clause, text: "，{等级分布}", omit: zero}
`))
	if err != nil {
		t.Fatal(err)
	}
	f := d.Section("部分").Figure("分布句")
	if len(f.Cites) != 1 || f.Cites[0].Key != "等级分布" || !f.OmitZero {
		t.Errorf("clause %+v", f)
	}
	refused(t, map[string]string{
		`{key: 句, kind: clause, text: "，{等级分部}"}`:          "{等级分部} 不是本部分前面声明的数字，是否应为“等级分布”？",
		`{key: 句, kind: clause}`:                           "缺少 text",
		`{key: 句, kind: clause, text: "，评价完成"}`:            "没有引用任何数字",
		`{key: 句, kind: clause, text: "{数}", omit: never}`: "omit 应为 empty",
		`{key: 句, kind: count, omit: zero}`:                "不是分句（clause），不能写 omit",
		`{key: 句, kind: clause, text: "{后}"}`:              "{后} 不是本部分前面声明的数字",
	})
}

// A rate names earlier numbers of its section; a difference its count.
func TestRatesAndDifferencesNameTheirFigures(t *testing.T) {
	refused(t, map[string]string{
		`{key: 率, kind: rate, parts: [后], over: 数}`:                 "引用的“后”应为本部分前面声明的",
		`{key: 率, kind: rate, parts: [数], over: 等级分布}`:              "引用的“等级分布”应为本部分前面声明的",
		`{key: 率, kind: rate, over: 数}`:                             "须用 parts 列出分子",
		`{key: 差, kind: difference, requirement: r, compare: 等级分布}`: "compare “等级分布”应为本部分前面声明的计数",
		`{key: 差, kind: difference, compare: 数}`:                    "须用 requirement 指明",
	})
	d, err := Parse("d.yaml", []byte(base+"      - {key: 率, kind: rate, parts: [数], over: 数}\n"))
	if err != nil || d.Section("部分").Figure("率").Over[0].Key != "数" {
		t.Errorf("%v", err)
	}
}

// A rate may name figures of earlier sections as 部分.数字, and sum
// several figures over: a share of the whole table, 优良率 over two
// sections.
func TestRatesAcrossSections(t *testing.T) {
	second := base + `  - key: 二
    table: 表
    figures:
      - {key: 数, kind: count}
      - {key: 率, kind: rate, parts: [数], over: 部分.数}
      - {key: 合率, kind: rate, parts: [部分.数, 数], over: [部分.数, 二.数]}
`
	d, err := Parse("d.yaml", []byte(second))
	if err != nil {
		t.Fatal(err)
	}
	s := d.Section("二")
	if r := s.Figure("率"); r.Over[0] != d.Section("部分").Figure("数") || r.Parts[0] != s.Figure("数") {
		t.Errorf("率 %+v", r)
	}
	if r := s.Figure("合率"); len(r.Over) != 2 || r.Over[1] != s.Figure("数") || r.Parts[0] != d.Section("部分").Figure("数") {
		t.Errorf("合率 %+v", r)
	}
	for fig, want := range map[string]string{
		"{key: 率, kind: rate, parts: [数], over: 三.数}":  "“三”应为前面声明的部分",
		"{key: 率, kind: rate, parts: [部分.后], over: 数}": "引用的“部分.后”应为部分 部分 中前面声明的",
	} {
		if _, err := Parse("d.yaml", []byte(base+"  - key: 二\n    table: 表\n    figures:\n      - {key: 数, kind: count}\n      - "+fig+"\n")); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", fig, err, want)
		}
	}
}

// TestScaleFindAllocatesLittle: finding a row's grade folds widths with
// one Replacer made once, and only text with a full-width bracket, not
// with one made for the text and each spelling on every call (37
// allocations a graded row).
func TestScaleFindAllocatesLittle(t *testing.T) {
	scale := StandardScale()
	if n := testing.AllocsPerRun(20, func() { scale.Find("较差") }); n > 5 {
		t.Errorf("%.0f allocations to find a grade, want at most 5", n)
	}
}
