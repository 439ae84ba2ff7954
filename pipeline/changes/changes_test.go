package changes

import (
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/facts"
)

func row(key string, cells ...string) facts.Row {
	r := facts.Row{Section: "附件", Key: key}
	for i := 0; i+1 < len(cells); i += 2 {
		r.Cells = append(r.Cells, facts.Cell{Column: cells[i], Printed: cells[i+1]})
	}
	return r
}

func TestCompare(t *testing.T) {
	old := &facts.File{
		Facts:  []facts.Fact{{ID: "附件.合计", Label: "附件合计（万元）", Printed: "100.00"}, {ID: "重点评价.项目数", Label: "重点项目绩效评价项目数", Printed: "18"}, {ID: "附件.行[1].金额", Printed: "40.00"}},
		Tables: []facts.Table{{Section: "附件"}},
		Rows: []facts.Row{
			row("甲（局一）", "金额（万元）", "40.00", "评分", "91.00", "等级", "优"),
			row("乙（局二）", "金额（万元）", "60.00", "评分", "85.00", "等级", "良"),
		},
	}
	new := &facts.File{
		Facts:  []facts.Fact{{ID: "附件.合计", Label: "附件合计（万元）", Printed: "110.00"}, {ID: "重点评价.项目数", Label: "重点项目绩效评价项目数", Printed: "18"}, {ID: "附件.行[1].金额", Printed: "41.00"}},
		Tables: []facts.Table{{Section: "附件"}},
		Rows: []facts.Row{
			row("甲（局一）", "金额（万元）", "40.00", "评分", "88.00", "等级", "良"),
			row("丙（局三）", "金额（万元）", "70.00"),
		},
	}
	r := Compare(old, new)
	text := r.Text("沁源县", 2024)
	for _, want := range []string{
		"共 5 处",
		"项目变化：甲（局一） 评分 91.00 → 88.00",
		"项目变化：甲（局一） 等级 优 → 良",
		"新增项目：丙（局三）（金额（万元） 70.00）",
		"删除项目：乙（局二）（原为 金额（万元） 60.00，评分 85.00，等级 良）",
		"数字变化：附件合计（万元） 100.00 → 110.00",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "重点项目绩效评价项目数") || strings.Contains(text, "41.00") {
		t.Error("an unchanged figure, or a row's own fact, is reported")
	}
	none := Compare(old, old)
	if !none.Empty() || !strings.Contains(none.Text("沁源县", 2024), "都没有变化") {
		t.Error("no change reported as a change")
	}
}

// A row added at the top renumbers every row below it; the numbers are no
// change of their own.
func TestRenumberedRowsAreNoChange(t *testing.T) {
	seq := func(k int) facts.Fact {
		return facts.Fact{ID: facts.RowID(&definition.Section{Key: "附件", Rows: "行"}, k, "序号"), Printed: strconv.Itoa(k), How: "按行次重新编号"}
	}
	old := &facts.File{Facts: []facts.Fact{seq(1), seq(2)}, Rows: []facts.Row{row("甲", "序号", "1", "金额（万元）", "40.00"), row("乙", "序号", "2", "金额（万元）", "60.00")}}
	new := &facts.File{Facts: []facts.Fact{seq(1), seq(2), seq(3)}, Rows: []facts.Row{row("丙", "序号", "1", "金额（万元）", "70.00"), row("甲", "序号", "2", "金额（万元）", "40.00"), row("乙", "序号", "3", "金额（万元）", "61.00")}}
	r := Compare(old, new)
	var got []string
	for _, c := range r.Changes {
		got = append(got, c.Kind+" "+c.Subject)
	}
	if strings.Join(got, "；") != "新增项目 丙；项目变化 乙 金额（万元）" {
		t.Errorf("changes: %v", got)
	}
}
