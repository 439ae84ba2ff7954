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

// A total stands last or first; a 合计 between is a section's subtotal
// when a section or the total follows it, and refused otherwise. The
// subtotals are parted from the data, a 合计 among them kept as a label.
func TestTotalsAndSubtotals(t *testing.T) {
	item := []string{"1", "甲", "12.5"}
	for _, c := range []struct {
		name    string
		rows    [][]string
		refused string
		data    int
		closing string
	}{
		{"a total last", [][]string{item, {"合计", "", "12.5"}}, "", 2, ""},
		{"a total first", [][]string{{"总计", "", "12.5"}, {"一", "专项"}, item}, "", 3, ""},
		{"小计 and a total first", [][]string{{"", "总计", "12.5"}, {"一", "专项"}, item, {"", "小 计", "12.5"}}, "", 3, ""},
		{"一、小计 in the 序号 column", [][]string{{"一、", "专项"}, item, {"一、小计", "", "12.5"}, {"合计", "", "12.5"}}, "", 3, ""},
		{"合计 closing sections, 总计 last", [][]string{{"一", "专项"}, item, {"", "合计", "12.5"}, {"二", "转移"}, item, {"", "合计", "12.5"}, {"", "总计", "25"}}, "", 5, "合计"},
		{"a total between rows", [][]string{item, {"合计", "", "12.5"}, item}, "第2行（A2“合计”）是合计行，但它上下都有数据", 0, ""},
	} {
		rows := rawRows(c.rows...)
		got := misplacedRows("表", rows)
		if c.refused == "" && got != "" || c.refused != "" && !strings.Contains(got, c.refused) {
			t.Errorf("%s: %q, want %q", c.name, got, c.refused)
		}
		if c.refused != "" {
			continue
		}
		data, found, closing, _ := subtotals(rows, nil)
		if len(data) != c.data || found != (len(data) < len(rows)) || strings.Join(closing, ",") != c.closing {
			t.Errorf("%s: %d data rows, subtotals %t, closing %q; want %d, %q", c.name, len(data), found, closing, c.data, c.closing)
		}
	}
}

// The first subtotal's label, merged across columns, is where the drafts
// merge every subtotal's; one cell, nothing.
func TestSubtotalLabelMerge(t *testing.T) {
	item := []string{"1", "甲", "12.5"}
	rows := rawRows([]string{"一", "专项"}, item, []string{"", "小计", "12.5"}, []string{"二", "转移"}, item, []string{"", "小计", "12.5"}, []string{"合计", "", "25"})
	if _, _, _, m := subtotals(rows, [][4]int{{3, 2, 3, 2}, {7, 1, 7, 2}}); m != nil {
		t.Errorf("a label in one cell merged: %+v", m)
	}
	rows[2].Cells, rows[5].Cells = []string{"小计", "", "12.5"}, []string{"小计", "", "12.5"}
	if _, _, _, m := subtotals(rows, [][4]int{{3, 1, 3, 2}, {6, 1, 6, 2}, {7, 1, 7, 2}}); m == nil || m.col != 0 || m.span != 2 || m.label != "小计" {
		t.Errorf("merged label: %+v", m)
	}
}
