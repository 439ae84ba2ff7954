package changes

import (
	"strings"
	"testing"

	"jixiao/pipeline/facts"
)

func TestCompare(t *testing.T) {
	old := &facts.File{
		Facts: []facts.Fact{{ID: "附件.合计", Label: "附件合计（万元）", Printed: "100.00"}, {ID: "重点评价.项目数", Label: "重点项目绩效评价项目数", Printed: "18"}},
		Projects: []facts.Project{
			{Name: "甲", Unit: "局一", Amount: "40.00", Score: "91.00", Grade: "优"},
			{Name: "乙", Unit: "局二", Amount: "60.00", Score: "85.00", Grade: "良"},
		},
	}
	new := &facts.File{
		Facts: []facts.Fact{{ID: "附件.合计", Label: "附件合计（万元）", Printed: "110.00"}, {ID: "重点评价.项目数", Label: "重点项目绩效评价项目数", Printed: "18"}},
		Projects: []facts.Project{
			{Name: "甲", Unit: "局一", Amount: "40.00", Score: "88.00", Grade: "良"},
			{Name: "丙", Unit: "局三", Amount: "70.00"},
		},
	}
	r := Compare(old, new)
	text := r.Text("沁源县", 2024)
	for _, want := range []string{
		"共 5 处",
		"项目变化：甲（局一） 评分 91.00 → 88.00",
		"项目变化：甲（局一） 等级 优 → 良",
		"新增项目：丙（局三）（70.00 万元）",
		"删除项目：乙（局二）（原为 60.00 万元，评分 85.00，等级 良）",
		"数字变化：附件合计（万元） 100.00 → 110.00",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "重点项目绩效评价项目数") {
		t.Error("an unchanged figure is reported")
	}
	none := Compare(old, old)
	if !none.Empty() || !strings.Contains(none.Text("沁源县", 2024), "都没有变化") {
		t.Error("no change reported as a change")
	}
}
