package infer

import (
	"strings"
	"testing"

	"jixiao/pipeline/ingest"
)

func rawRows(rows ...[]string) []ingest.RawRow {
	var out []ingest.RawRow
	for i, r := range rows {
		out = append(out, ingest.RawRow{Row: i + 1, Cells: r})
	}
	return out
}

// A second table under or beside the first is refused, naming the cell it
// starts at; a blank row before a section heading, a total or a second
// group of the same table's rows is no second table.
func TestSecondTableOnASheet(t *testing.T) {
	head := []string{"序号", "项目名称", "金额（万元）", "等级"}
	item := []string{"1", "甲", "12.5", "优"}
	for _, c := range []struct {
		name string
		rows [][]string
		want string
	}{
		{"under, with a title", [][]string{head, item, {}, {"部门整体支出"}, {"序号", "部门", "预算（万元）"}, {"1", "教育局", "3"}}, "A4 起是另一张表"},
		{"under, its header repeated", [][]string{head, item, {}, head, item}, "A4 起是另一张表"},
		{"under, a header of its own", [][]string{head, item, {}, {"", "部门", "预算", "结果"}, {"", "教育局", "3", "优"}}, "B4 起是另一张表"},
		{"beside", [][]string{{"序号", "项目名称", "", "序号", "部门"}, {"1", "甲", "", "1", "乙"}}, "D1 起是另一张表"},
		{"a heading after a blank row", [][]string{head, item, {}, {"二、", "部门整体支出绩效评价"}, item}, ""},
		{"a merged heading after a blank row", [][]string{head, item, {}, {"二、部门整体支出绩效评价"}, item}, ""},
		{"a total after a blank row", [][]string{head, item, {}, {"合计", "", "12.5"}}, ""},
		{"more rows after a blank row", [][]string{head, item, {}, item}, ""},
		{"an empty column inside", [][]string{{"序号", "", "项目名称"}, {"1", "", "甲"}}, ""},
	} {
		rows := rawRows(c.rows...)
		got := secondTable("表", 1, rows[0].Cells, rows[1:])
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
