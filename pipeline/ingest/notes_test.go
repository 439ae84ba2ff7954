package ingest

import (
	"strings"
	"testing"
)

// TestNotesUnderTheTable: the ways counties write a note under a table,
// after the rows or after the total, merged across or not, one line or
// several, are the table's note and not rows; a row of data after a note
// is an error.
func TestNotesUnderTheTable(t *testing.T) {
	head := "项目名称,预算资金（万元）,截至2023年底已发债券规模（万元）,评价等级\n甲,100,200,优\n乙,50,60,良\n"
	cases := []struct{ body, note string }{
		{"注：本表金额单位为万元。\n", "注：本表金额单位为万元。"},
		{"合计,150,260,\n\n说明：数据来源于一体化系统\n", "说明：数据来源于一体化系统"},
		{"备注: 1. 乙项目已调整\n2. 甲项目为新增\n", "备注: 1. 乙项目已调整\n2. 甲项目为新增"},
		{",,注1：含结转资金,\n注2：不含上级转移支付\n", "注1：含结转资金\n注2：不含上级转移支付"},
		{"注 1、本表按项目汇总\n", "注 1、本表按项目汇总"},
	}
	for _, c := range cases {
		ds, errs := readCSV(t, bondDef, "债券", head+c.body)
		if len(errs) > 0 || ds.Tables[0].Note != c.note || ds.Tables[0].Count != 2 {
			t.Errorf("%q: note %q, %d rows, errors %v; want note %q", c.body, ds.Tables[0].Note, ds.Tables[0].Count, errs, c.note)
		}
	}
	_, errs := readCSV(t, bondDef, "债券", head+"注：见下\n丙,10,20,优\n")
	if len(errs) != 1 || !strings.Contains(errs[0], "注释（注：见下）之后还有数据") {
		t.Errorf("a row after the note: %v", errs)
	}
	ds, errs := readCSV(t, bondDef, "债券", head+"备注说明甲,1,2,优\n")
	if len(errs) > 0 || ds.Tables[0].Note != "" || ds.Tables[0].Count != 3 {
		t.Errorf("a row whose name begins 备注 is a row: %q %d %v", ds.Tables[0].Note, ds.Tables[0].Count, errs)
	}
}

// The line that signs a form under its table ends the table as a note
// does; a row of data with a 联系人 column's text is still a row.
func TestSignatureLineEndsTheTable(t *testing.T) {
	for cells, want := range map[string]bool{
		"填报人：王某||审核人：李某||填报日期：2024年1月10日": true,
		"单位负责人:|填表人:":   true,
		"联系电话：12345678": true,
		"甲|联系人：王某":      false,
		"填报人":           false,
		"||":            false,
	} {
		if got := IsSignature(strings.Split(cells, "|")); got != want {
			t.Errorf("%q: %t, want %t", cells, got, want)
		}
	}
	if got := note([]string{"填报人：王某", "", "审核人：李某"}); got != "填报人：王某 审核人：李某" {
		t.Errorf("note %q", got)
	}
}
