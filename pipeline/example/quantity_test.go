package example

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/document"
)

// gradedDef is a 重点项目绩效评价 definition of graded projects with
// counts of 优 and 良, its sum printed as sumPrint says.
func gradedDef(sumPrint string) string {
	return fmt.Sprintf(`tables:
  - key: 评价项目
    columns:
      - {key: 项目名称, headers: [项目名称], required: true}
      - {key: 主管部门, headers: [主管部门], required: true}
      - {key: 预算资金, kind: amount, headers: [预算资金], required: true, print: {decimals: 2}}
      - {key: 评价得分, kind: score, headers: [评价得分], required: true, print: {decimals: 1}}
      - {key: 评价等级, kind: grade, headers: [评价等级], from_score: 评价得分, required: true}
sections:
  - key: 重点
    label: 重点项目绩效评价
    table: 评价项目
    rows: 行
    figures:
      - {key: 有数据, kind: present}
      - {key: 项目数, kind: count, of: 项目名称}
      - {key: 金额, kind: sum, of: 预算资金, print: %s}
      - {key: 优, kind: count, where: {评价等级: 优}}
      - {key: 良, kind: count, where: {评价等级: 良}}
`, sumPrint)
}

// fifteen is a section of 15 projects whose amounts sum to 15 万元, 10
// of them 优 and 5 良: 15 is the count and the sum, so only the words
// around a 15 say whether it is either.
func fifteen() pair {
	def := gradedDef("{decimals: 0}")
	s := sheet{name: "评价项目", rows: [][]any{{"项目名称", "主管部门", "预算资金（万元）", "评价得分", "评价等级"}}}
	for i := 0; i < 15; i++ {
		score := 92.5
		if i >= 10 {
			score = 85
		}
		s.rows = append(s.rows, []any{fmt.Sprintf("重点项目%02d", i+1), fmt.Sprintf("第%s局", cn(i%3+1)), 1, score, gradeOf(dec(int(score)))})
	}
	return pair{name: "十五", county: "武乡县", def: def, sheets: []sheet{s}, columns: []string{"项目名称", "主管部门", "预算资金", "评价得分", "评价等级"}}
}

// Each phrase quantifies something: the number binds where the words
// before and after it agree with the figure of its value, and stays as
// written, the report naming the word, where they name something else.
func TestWordsAroundNumber(t *testing.T) {
	const sec = "重点项目绩效评价"
	bind := map[string]string{
		"共[15个]项目":            "重点.项目数",
		"抽查[15个]项目":           "重点.项目数",
		"完成[15个]":             "重点.项目数",
		"共对[15个]项目开展评价":       "重点.项目数",
		"选取项目[15个]":           "重点.项目数",
		"纳入评价范围的项目[15项]":      "重点.项目数",
		"评价项目数量[15个]":         "重点.项目数",
		"覆盖[十五个]项目":           "重点.项目数",
		"共[15家]项目":            "重点.项目数",
		"涉及资金[15万元]":          "重点.金额",
		"预算资金合计[15万元]":        "重点.金额",
		"涉及金额[15万元]":          "重点.金额",
		"评价为“优”的[10个]":        "重点.优",
		"结果为“良”的[5个]项目":       "重点.良",
		"共[15个]项目、资金15万元":     "重点.项目数",
		"合计评价[15个]项目，较上年多":    "重点.项目数",
		"委托第三方机构对[15个]项目开展评价": "重点.项目数",
		"优秀项目占比[66.67%]":      "重点.优/重点.项目数",
	}
	stay := map[string]string{
		"发现问题[15个]":         "问题",
		"督促整改[15项]":         "整改",
		"发现问题资金[15万元]":      "问题",
		"收回资金[15万元]":        "收回",
		"涉及[15个]乡镇":         "乡镇",
		"涉及[15个]村":          "村",
		"最低评分[15分]":         "分",
		"排名第[15名]":          "第",
		"历时[15天]":           "天",
		"邀请专家[15人]":         "人",
		"召开会议[15次]":         "次",
		"涉及[15家]单位":         "单位",
		"涉及主管部门[15个]":       "主管部门",
		"提出建议[15条]":         "建议",
		"于[15个]工作日内完成":      "工作日",
		"培训人员[15名]":         "名",
		"开展[15轮]":           "轮",
		"惠及[15万]群众":         "万",
		"评价为“优”的项目[15个]":    "",
		"优秀项目预算执行率[66.67%]": "执行率",
		"较上年增加[15个]项目":      "增加",
		"资金同比增长[15万元]":      "增长",
	}
	p := fifteen()
	var paras []string
	for _, phrases := range []map[string]string{bind, stay} {
		for _, ph := range sortedKeys(phrases) {
			paras = append(paras, wordPara(sec+strings.NewReplacer("[", "", "]", "").Replace(ph)+"。"))
		}
	}
	p.body = func(*document.Data) []string { return paras }
	j, doc := p.lastYear(t, t.TempDir())
	res, err := Make(doc, lastYear(t, j), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for ph, id := range bind {
		m, ok := markOf(res, sec+ph)
		switch {
		case !ok:
			t.Errorf("no number at %q", ph)
		case m.State != Bound:
			t.Errorf("%q: %v (%s), want bound to %s", ph, m.State, m.Note, id)
		case m.Candidates[0].ID != id:
			t.Errorf("%q bound to %s, want %s", ph, m.Candidates[0].ID, id)
		}
	}
	for ph, word := range stay {
		m, ok := markOf(res, sec+ph)
		switch {
		case !ok:
			t.Errorf("no number at %q", ph)
		case m.State != Unbound:
			t.Errorf("%q: %v bound to %s; its words say otherwise", ph, m.State, m.Candidates[m.Chosen].ID)
		case !strings.HasPrefix(m.Note, "与数据无关，请人工核对"):
			t.Errorf("%q: note %q", ph, m.Note)
		case word != "" && !strings.Contains(m.Note, "“"+word):
			t.Errorf("%q: note %q does not name “%s”", ph, m.Note, word)
		}
	}
	if len(bind) < 15 || len(stay) < 15 {
		t.Fatalf("%d phrasings bind and %d stay; want 15 of each at least", len(bind), len(stay))
	}
}

// A table row's first cell says what the numbers of the row are: 发现问题
// | 15 is no count of projects, 重点项目绩效评价 | 15 is.
func TestRowSubject(t *testing.T) {
	p := fifteen()
	p.body = func(*document.Data) []string {
		return []string{wordTable([]string{"类别", "数量（个）"}, []string{"重点项目绩效评价", "15"}, []string{"发现问题", "15"}, []string{"历时（天）", "15"})}
	}
	j, doc := p.lastYear(t, t.TempDir())
	res, err := Make(doc, lastYear(t, j), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range res.Marks {
		switch m.State {
		case Bound:
			got = append(got, m.Candidates[0].ID)
		default:
			got = append(got, m.Note)
		}
	}
	want := []string{"重点.项目数", "与数据无关，请人工核对（“问题”说的不是重点.项目数（重点项目绩效评价项目数），虽数值相同）", "与数据无关，请人工核对"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("marks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
