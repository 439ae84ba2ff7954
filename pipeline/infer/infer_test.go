package infer

import (
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/ingest"
)

func TestKindsFromHeadersAndValues(t *testing.T) {
	cases := []struct {
		header string
		values []string
		want   definition.Kind
	}{
		{"序号", []string{"1", "一"}, definition.Sequence},
		{"预算资金（万元）", []string{"2059", "1424.74"}, definition.Amount},
		{"债券规模", []string{"3.2"}, definition.Amount},
		{"资金量", []string{"—", "待定"}, definition.Text},
		{"评价得分", []string{"87", "91"}, definition.Score},
		{"评分结果", []string{"98.37"}, definition.Score},
		{"评分情况", []string{"良好", "优秀"}, definition.Grade},
		{"评价结果", []string{"优", "良"}, definition.Grade},
		{"评价档次", []string{"中（一般）"}, definition.Grade},
		{"自评等级", []string{"良好"}, definition.Grade},
		{"评价机构", []string{"某公司"}, definition.Text},
		{"备注", nil, definition.Text},
		{"完成日期", []string{"2023-12-31"}, definition.Date},
	}
	for _, c := range cases {
		base, unit := ingest.SplitUnit(c.header)
		if got := kindOf(base, unit, c.values); got != c.want {
			t.Errorf("%s %v: %s, want %s", c.header, c.values, got, c.want)
		}
	}
}

func TestHeaderUnderTitleRows(t *testing.T) {
	rows := []ingest.RawRow{
		{Row: 1, Cells: []string{"表1：某县2023年重点绩效评价结果表"}},
		{Row: 3, Cells: []string{"单位：万元"}},
		{Row: 4, Cells: []string{"序号", "项目名称", "金额", "等级"}},
		{Row: 5, Cells: []string{"1", "甲", "10", "优"}},
	}
	if h := headerRow(rows); h != 2 {
		t.Errorf("header at %d, want the third row read (sheet row 4)", h)
	}
	if h := headerRow(rows[:2]); h != -1 {
		t.Errorf("a sheet of titles has a header at %d", h)
	}
}

func TestKeysAreTemplateNames(t *testing.T) {
	used := map[string]bool{}
	for in, want := range map[string]string{"主管部门(单位)": "主管部门单位", "2023年资金": "列2023年资金", "": "列"} {
		if got := unique(sanitize(in, "列"), used); got != want {
			t.Errorf("%q → %q, want %q", in, got, want)
		}
	}
	if got := unique("主管部门单位", used); got != "主管部门单位2" {
		t.Errorf("a repeated key → %q", got)
	}
}

// A 序号 column that counts the rows is renumbered by a build; one the
// bureau numbers its own way is text, printed as written.
func TestSequenceCountsOrIsText(t *testing.T) {
	rows := func(seq ...string) []ingest.RawRow {
		var out []ingest.RawRow
		for i, s := range seq {
			out = append(out, ingest.RawRow{Row: 2*i + 2, Cells: []string{s, "甲"}})
		}
		return out
	}
	for _, c := range []struct {
		seq      []string
		headings []int
		want     bool
	}{
		{[]string{"1", "2", "4"}, nil, true},
		{[]string{"一、", "1", "2", "二、", "1"}, nil, true},
		{[]string{"1", "2", "1", "2"}, []int{5}, true}, // a heading merged across on row 5
		{[]string{"１", "２", "合计"}, nil, true},
		{[]string{"1", "2", "1", "2"}, nil, false},
		{[]string{"1.1", "1.2"}, nil, false},
		{[]string{"(1)", "(2)"}, nil, false},
		{[]string{"1", "", "2", "甲1"}, nil, false},
	} {
		tb := &table{headingRows: c.headings}
		if got := tb.counts(rows(c.seq...), 0); got != c.want {
			t.Errorf("%q (headings %v): counts %t, want %t", c.seq, c.headings, got, c.want)
		}
	}
}
