package ingest

import (
	"fmt"
	"testing"

	"jixiao/pipeline/dataset"
)

// An unmerged two-row header's upper texts span the empty cells after
// them that the lower row names; unsure lower cells are listed.
func TestImpliedSpans(t *testing.T) {
	for _, c := range []struct {
		upper, lower []string
		spans        string
		unsure       []int
	}{
		{[]string{"序号", "名称", "预算数（万元）", "", "", "执行数", "等级"}, []string{"", "", "中央", "省级", "县级", "", ""}, "[{1 3 1 5}]", nil},
		{[]string{"序号", "资金", "", "资金2", "", "等级"}, []string{"", "中央", "县级", "中央", "县级"}, "[{1 2 1 3} {1 4 1 5}]", nil},
		{[]string{"序号", "名称", "执行数", "", "等级"}, []string{"", "", "", "县级", ""}, "[]", []int{4}},
		{[]string{"", "名称", "资金", ""}, []string{"序号", "", "中央", "县级"}, "[{1 3 1 4}]", []int{1}},
		{[]string{"序号", "名称", "资金"}, []string{"", "", "中央"}, "[]", nil},
		{[]string{"序号", "名称", "资金", "", "等级"}, []string{}, "[]", nil},
	} {
		spans, unsure := impliedSpans(1, c.upper, c.lower)
		if got := fmt.Sprint(spans); got != c.spans && !(got == "[]" && c.spans == "[]") || fmt.Sprint(unsure) != fmt.Sprint(c.unsure) {
			t.Errorf("%q over %q: spans %v unsure %v, want %s %v", c.upper, c.lower, spans, unsure, c.spans, c.unsure)
		}
	}
}

// A build reads an unmerged two-row CSV header as its merges, joined
// (预算数（万元）中央), and no header where it is unsure.
func TestCSVTwoRowHeaderJoined(t *testing.T) {
	def := "tables:\n  - key: 表\n    columns:\n      - {key: 项目名称, required: true}\n      - {key: 中央, kind: amount, headers: [预算数（万元）其中：中央]}\n      - {key: 县级, kind: amount, headers: [预算数（万元）县级]}\n      - {key: 执行, kind: amount, headers: [执行数（万元）]}\n"
	for name, data := range csvEncodings(t, "项目名称,预算数（万元）,,执行数（万元）\r\n,其中：中央,县级,\r\n\"甲,乙\",1.00,2.00,3.00\r\n") {
		ds, ps := readCSVBytes(t, def, data)
		if got := messages(ps, dataset.Error); len(got) != 0 || ds.Tables[0].Count != 1 {
			t.Errorf("%s: errors %q, %d rows", name, got, ds.Tables[0].Count)
		}
	}
	_, ps := readCSVBytes(t, def, []byte("项目名称,预算数（万元）,执行数（万元）,\n,其中：中央,,县级\n甲,1.00,3.00,2.00\n"))
	if got := messages(ps, dataset.Error); len(got) == 0 {
		t.Errorf("an unsure header read")
	}
}
