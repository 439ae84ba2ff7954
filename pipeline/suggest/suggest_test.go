package suggest

import "testing"

func TestClosest(t *testing.T) {
	if got := Closest("项目总数", []string{"项目数", "金额", "等级分布"}, nil); got != "项目数" {
		t.Errorf("Closest = %q", got)
	}
	if got := Closest("绩效自评表", []string{"绩效自评", "重点绩效评价"}, nil); got != "绩效自评" {
		t.Errorf("Closest = %q", got)
	}
	if got := Closest("完全不同的名字", []string{"金额"}, nil); got != "" {
		t.Errorf("Closest suggested %q for an unrelated name", got)
	}
	if d := Distance("kitten", "sitting"); d != 3 {
		t.Errorf("Distance = %d", d)
	}
}
