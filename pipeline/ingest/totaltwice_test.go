package ingest

import (
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
)

// A table with a total just under the header (总计) and one at the bottom
// (合计): both read and checked against the rows, the one at the bottom
// kept as the table's total; a 小计 or a section's 合计 between them still
// closes its section.
func TestTotalAboveAndBelow(t *testing.T) {
	for _, c := range []struct{ name, csv, shape string }{
		{"no sections", "序号,项目名称,金额（万元）\n总计,,10\n1,甲,3\n2,乙,7\n合计,,10\n", "D甲 D乙"},
		{"sections closed by 小计",
			"序号,项目名称,金额（万元）\n总计,,10\n一,专项,\n1,甲,1\n2,乙,2\n小计,,3\n二,转移,\n1,丙,7\n小计,,7\n合计,,10\n",
			"H专项 D甲 D乙 S小计=3.00@小计 H转移 D丙 S小计=7.00@小计"},
		{"the last section without its 小计",
			"序号,项目名称,金额（万元）\n总计,,10\n一,专项,\n1,甲,1\n2,乙,2\n小计,,3\n二,转移,\n1,丙,7\n合计,,10\n",
			"H专项 D甲 D乙 S小计=3.00@小计 H转移 D丙"},
		{"sections closed by 合计",
			"序号,项目名称,金额（万元）\n总计,,10\n一,专项,\n1,甲,1\n2,乙,2\n合计,,3\n二,转移,\n1,丙,7\n合计,,7\n合计,,10\n",
			"H专项 D甲 D乙 S合计=3.00@合计 H转移 D丙 S合计=7.00@合计"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tbl := readShape(t, c.csv, c.shape)
			last := strings.Count(c.csv, "\n")
			if tbl.Count != strings.Count(c.shape, "D") || tbl.Stated == nil || tbl.StatedAbove || tbl.StatedRow.Row != last || tbl.Stated[2].Amount.Decimal().String() != "10" {
				t.Errorf("count %d, stated %v at row %d (above %t), want row %d", tbl.Count, tbl.Stated, tbl.StatedRow.Row, tbl.StatedAbove, last)
			}
		})
	}
}

// Either total left stale is refused at its own cell.
func TestStaleTotalAboveOrBelowIsRefused(t *testing.T) {
	for _, c := range []struct{ name, csv, at string }{
		{"above", "序号,项目名称,金额（万元）\n总计,,11\n1,甲,3\n2,乙,7\n合计,,10\n", "表.csv!C2：合计 11.00 万元与各行之和 10.00 万元不符"},
		{"below", "序号,项目名称,金额（万元）\n总计,,10\n1,甲,3\n2,乙,7\n合计,,9\n", "表.csv!C5：合计 9.00 万元与各行之和 10.00 万元不符"},
		{"below, in sections", "序号,项目名称,金额（万元）\n总计,,10\n一,专项,\n1,甲,3\n小计,,3\n二,转移,\n1,丙,7\n小计,,7\n合计,,12\n", "表.csv!C9：合计 12.00 万元与各行之和 10.00 万元不符"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, ps := readSubtotals(t, c.csv)
			if got := messages(ps, dataset.Error); len(got) != 1 || !strings.HasPrefix(got[0], c.at) {
				t.Errorf("errors %q, want one at %q", got, c.at)
			}
		})
	}
}

// Rows after the bottom total of a table without sections are refused, as
// after any total.
func TestRowsAfterTheBottomTotalAreRefused(t *testing.T) {
	_, ps := readSubtotals(t, "序号,项目名称,金额（万元）\n总计,,10\n1,甲,3\n2,乙,7\n合计,,10\n3,丙,1\n")
	if got := messages(ps, dataset.Error); len(got) == 0 || !strings.Contains(got[0], "“合计”行之后还有数据") {
		t.Errorf("errors %q", got)
	}
}

// A figure a total row states in a column read as text is warned of at its
// cell, since the printed total row leaves it blank; a dash is not.
func TestTotalInATextColumnIsWarned(t *testing.T) {
	ps := readPlain(t, "tables:\n  - key: 表\n    columns:\n      - {key: 项目名称, required: true}\n      - {key: 资金, headers: [资金（万元）]}\n      - {key: 到位率}\n",
		"项目名称,资金（万元）,到位率\n甲,12.50万元,90%\n乙,20.72万元,95%\n合计,33.22万元,/\n")
	got := messages(ps, dataset.Warning)
	if len(got) != 1 || !strings.HasPrefix(got[0], "表.csv!B4：“合计”行写的“33.22万元”不会印出") {
		t.Errorf("warnings %q", got)
	}
}
