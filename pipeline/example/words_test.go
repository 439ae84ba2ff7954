package example

import (
	"archive/zip"
	"bytes"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/opc/opctest"
	"jixiao/templates"

	"github.com/shopspring/decimal"
)

// docxOf is the built-in template's package with a body of the given
// paragraphs, each a list of runs as Word writes them
// (<w:r><w:rPr>…</w:rPr><w:t>…</w:t></w:r>).
func docxOf(t *testing.T, paras ...string) []byte {
	t.Helper()
	body := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + strings.Join(paras, "") + `<w:sectPr/></w:body></w:document>`
	return opctest.Edit(t, templates.Disclosure, map[string]func(string) string{"word/document.xml": opctest.Set(body)})
}

func para(runs ...string) string {
	var b strings.Builder
	b.WriteString(`<w:p><w:pPr><w:jc w:val="both"/></w:pPr>`)
	for _, r := range runs {
		b.WriteString(r)
	}
	b.WriteString(`</w:p>`)
	return b.String()
}

func run(rPr, text string) string {
	return `<w:r>` + rPr + `<w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

// Numbers written every way a bureau writes them, against the sample's
// 2023 figures: each is bound where its words say which figure it is,
// and left as written where they do not.
func TestNumbersInWords(t *testing.T) {
	d := lastYear(t, sampleJob(t, t.TempDir(), "../../data/qinyuan-2023.xlsx", nil))
	bold := `<w:rPr><w:b/></w:rPr>`
	doc := docxOf(t,
		para(run("", "一、事前绩效评价")),
		// 14 is also the count of 优; the heading above names the section,
		// the words just before name no grade.
		para(run("", "共组织十四个项目，涉及金额"), run(bold, "107"), run(`<w:rPr><w:i/></w:rPr>`, "90.69"), run("", "万元。依据财预〔2020〕10号文件，于2023年12月31日前完成。")),
		para(run("", "二、重点项目绩效评价")),
		para(run("", "重点评价18个，评价等级为“优”的3个，优秀率16.67%；涉及3个乡镇、23个部门，金额4.02亿元，合计40,206.26万元。")),
		para(run("", "统筹整合资金绩效评价17个项目，资金壹亿零伍佰贰拾叁万肆仟捌佰元整。")),
	)
	res, err := Make(doc, d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"十四个":         "{{中文数字 .事前评价.项目数}}",
		"10790.69万元":  "{{.事前评价.金额}}", // split over three runs
		"10":          "",             // 财预〔2020〕10号
		"2020":        "",             // inside the document number
		"2023":        "",             // a date
		"12":          "",             // a date
		"31":          "",             // a date
		"18个":         "{{.重点评价.项目数}}",
		"3个":          "{{.重点评价.优}}", // the first 3 follows 优
		"16.67%":      "{{百分比 .重点评价.优 .重点评价.项目数}}",
		"23个":         "",
		"4.02亿元":      "",
		"40,206.26万元": "{{千分位 .重点评价.金额}}",
		"17个":         "{{.统筹整合.项目数}}",
		"壹亿零伍佰贰拾叁万肆仟捌佰元整": "{{大写 .统筹整合.金额}}", // 10523.48 万元 in 大写
	}
	seen3 := 0
	for _, m := range res.Marks {
		action := ""
		if m.State == Bound || m.State == Ambiguous {
			action = m.Candidates[m.Chosen].Action
		}
		if m.Text == "3个" {
			seen3++
			if seen3 == 2 && action != "" {
				t.Errorf("3个乡镇 bound to %s: no grade named there", action)
			}
			if seen3 == 2 {
				continue
			}
		}
		w, ok := want[m.Text]
		if !ok {
			t.Errorf("unexpected mark %q → %q", m.Text, action)
			continue
		}
		if action != w {
			t.Errorf("%q → %q (%s), want %q", m.Text, action, m.Note, w)
		}
		delete(want, m.Text)
	}
	for k := range want {
		t.Errorf("%q not found", k)
	}
	body := text(t, res.Docx)
	if !strings.Contains(body, "涉及金额{{.事前评价.金额}}万元") || !strings.Contains(body, "财预〔2020〕10号") {
		t.Errorf("template text:\n%s", body)
	}
	// The split number keeps the formatting of the run it starts in.
	if !strings.Contains(rawDocument(t, res.Docx), `<w:b/></w:rPr><w:t xml:space="preserve">{{.事前评价.金额}}</w:t>`) {
		t.Error("the action is not in the number's first run")
	}
	var report strings.Builder
	res.WriteReport(&report)
	for _, s := range []string{"与数据无关，请人工核对", "{{.重点评价.优}}（重点项目绩效评价等级为“优”的项目数）"} {
		if !strings.Contains(report.String(), s) {
			t.Errorf("report lacks %q:\n%s", s, report.String())
		}
	}
}

// rawDocument is a .docx's word/document.xml.
func rawDocument(t *testing.T, docx []byte) string {
	t.Helper()
	return rawPart(t, docx, "word/document.xml")
}

func rawPart(t *testing.T, docx []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			r, _ := f.Open()
			var b bytes.Buffer
			b.ReadFrom(r)
			return b.String()
		}
	}
	t.Fatal("no " + name)
	return ""
}

// A sentence that names no section alone binds nothing: 绩效评价 names
// them all.
func TestGenericWordsNameNoSection(t *testing.T) {
	d := lastYear(t, sampleJob(t, t.TempDir(), "../../data/qinyuan-2023.xlsx", nil))
	doc := docxOf(t, para(run("", "全年开展部门整体绩效评价18个，评价等级为“差”的0个。")))
	res, err := Make(doc, d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range res.Marks {
		if m.State != Unbound {
			t.Errorf("%q: %s", m.Text, m.Describe())
		}
	}
}

// A number several figures print equally is ambiguous: the template takes
// the first, the report names the others, and a choice rewrites it.
func TestAmbiguousAndChosen(t *testing.T) {
	d := lastYear(t, sampleJob(t, t.TempDir(), "../../data/qinyuan-2023.xlsx", nil))
	// Both sections named, with words of the same length.
	doc := docxOf(t, para(run("", "事前评价与统筹整合中，评价等级为“差”的0个。")))
	res, err := Make(doc, d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Marks) != 1 || res.Marks[0].State != Ambiguous || len(res.Marks[0].Candidates) != 2 {
		t.Fatalf("marks %+v", res.Marks)
	}
	m := res.Marks[0]
	var report strings.Builder
	res.WriteReport(&report)
	if !strings.Contains(report.String(), "有歧义") || !strings.Contains(report.String(), m.Candidates[1].ID) {
		t.Errorf("report:\n%s", report.String())
	}
	chosen, err := Make(doc, d, Options{Choices: map[Place]string{m.Place: m.Candidates[1].ID}})
	if err != nil {
		t.Fatal(err)
	}
	if body := text(t, chosen.Docx); !strings.Contains(body, "的"+m.Candidates[1].Action+"个") {
		t.Errorf("chosen template:\n%s", body)
	}
}

// Numbers the definition has no figure for (an amount in 亿元 where it
// sums in 万元, a mean score) get one: Extend adds the candidates, the
// statistics stage computes them over last year's data, and Prune keeps
// only those bound.
func TestFiguresTheDefinitionLacks(t *testing.T) {
	dir := t.TempDir()
	j := sampleJob(t, dir, "../../data/qinyuan-2023.xlsx", nil)
	// The attachment's highest score, as the data has it.
	last := lastYear(t, j)
	var best decimal.Decimal
	for _, r := range last.Section("附件").Rows {
		for _, c := range r.Cells {
			if c.Column.Key == "评分" && c.Number.Value.GreaterThan(best) {
				best = c.Number.Value
			}
		}
	}
	doc := docxOf(t,
		para(run("", "二、重点项目绩效评价")),
		para(run("", "重点项目绩效评价18个，涉及金额4.02亿元，合计402,062,600元；另有3个乡镇。")),
		para(run("", "附件所列项目评分最高"+best.StringFixed(1)+"分。")),
	)
	w := widen(t, dir, j, doc)
	if formats := w.first.Unbound(); len(formats) != 4 {
		t.Fatalf("unbound formats %+v", formats)
	}
	got := map[string]string{}
	for _, m := range w.res.Marks {
		if m.State == Bound || m.State == Ambiguous {
			got[m.Text] = m.Candidates[m.Chosen].ID
		}
	}
	if got[best.StringFixed(1)] != "附件.评分最高1位" {
		t.Errorf("the highest score %s: bound %v", best.StringFixed(1), got)
	}
	if got["18个"] != "重点评价.项目数" || got["4.02亿元"] != "重点评价.金额亿元2位" || got["402,062,600元"] != "重点评价.金额元0位千分位" || got["3个"] != "" {
		t.Errorf("bound %v", got)
	}
	pruned := w.pruned
	d, err := definition.Parse("pruned.yaml", pruned)
	if err != nil {
		t.Fatalf("%v\n%s", err, pruned)
	}
	var keys []string
	for _, f := range d.Section("重点评价").Figures {
		keys = append(keys, f.Key)
	}
	if n := strings.Count(string(pruned), addedComment); n != 3 || !slices.Contains(keys, "金额亿元2位") || slices.Contains(keys, "评分最高0位") {
		t.Errorf("pruned definition keeps %d added figures; 重点评价: %v", n, keys)
	}
}

// The fixture documents' templates, built with last year's data, give back
// their text exactly: every bound number prints as it was written.
func TestFixturesRebuildTheirText(t *testing.T) {
	j := sampleJob(t, t.TempDir(), "../../data/qinyuan-2023.xlsx", nil)
	d := lastYear(t, j)
	for name, doc := range map[string][]byte{
		"words": docxOf(t,
			para(run("", "一、事前绩效评价")),
			para(run("", "共组织十四个项目，涉及金额"), run(`<w:rPr><w:b/></w:rPr>`, "107"), run("", "90.69万元。依据财预〔2020〕10号文件，于2023年12月31日前完成。")),
			para(run("", "事前绩效评价一十四个，两个乡镇。")),
			para(run("", "二、重点项目绩效评价")),
			para(run("", "重点评价18个，评价等级为“优”的3个，优秀率16.67%；涉及3个乡镇，合计40,206.26万元。")),
			para(run("", "统筹整合资金绩效评价17个项目，资金壹亿零伍佰贰拾叁万肆仟捌佰元整。沁源县2022年度绩效监控1087条。"))),
	} {
		res, err := Make(doc, d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range res.Marks {
			if m.Text == "一十四个" && (m.State != Bound || m.Candidates[m.Chosen].Action != `{{中文写法 .事前评价.项目数 "一十"}}`) {
				t.Errorf("一十四个, written otherwise than 中文数字 writes 14, is printed as written: %s", m.Describe())
			}
		}
		out, _ := build(t, sampleJob(t, t.TempDir(), "../../data/qinyuan-2023.xlsx", res.Docx))
		// The renderer starts each paragraph on a line of its own.
		if got, want := strings.ReplaceAll(text(t, out), "\n\n", "\n"), text(t, doc); strings.TrimSpace(got) != strings.TrimSpace(want) {
			t.Errorf("%s rebuilt:\n%s\nwant:\n%s", name, got, want)
		}
	}
}

// table is a Word table of the given rows of cell texts.
func table(rows ...[]string) string {
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>`)
	for _, r := range rows {
		b.WriteString(`<w:tr>`)
		for _, c := range r {
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr>` + para(run("", c)) + `</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	return b.String()
}

// A summary table's numbers are bound by their row's subject and their
// column's header: 14 under 评价等级为“优” in the 事前绩效评价 row is that
// section's count of 优, not its count of projects.
func TestSummaryTable(t *testing.T) {
	d := lastYear(t, sampleJob(t, t.TempDir(), "../../data/qinyuan-2023.xlsx", nil))
	doc := docxOf(t, table(
		[]string{"类别", "项目数", "评价等级为“优”", "评价等级为“良”", "金额（万元）"},
		[]string{"事前绩效评价", "14", "14", "0", "10790.69"},
		[]string{"重点项目绩效评价", "18", "3", "13", "40206.26"},
		[]string{"统筹整合资金绩效评价", "17", "4", "12", "10523.48"},
	))
	res, err := Make(doc, d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range res.Marks {
		if m.State != Bound {
			t.Errorf("%q: %s", m.Text, m.Describe())
			continue
		}
		got = append(got, m.Candidates[m.Chosen].ID)
	}
	want := []string{"事前评价.项目数", "事前评价.优", "事前评价.良", "事前评价.金额", "重点评价.项目数", "重点评价.优", "重点评价.良", "重点评价.金额",
		"统筹整合.项目数", "统筹整合.优", "统筹整合.良", "统筹整合.金额"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("bound\n%v\nwant\n%v", got, want)
	}
}
