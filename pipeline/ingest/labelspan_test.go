package ingest

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A subtotal's label merged across the columns after it keeps its merge's
// span over the table's columns; one not merged, none.
func TestSubtotalLabelSpan(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range [][]any{{"序号", "项目名称", "金额（万元）"}, {"一", "专项"}, {1, "甲", 1}, {"小计", nil, 1}, {"二", "其他"}, {1, "乙", 2}, {nil, "小计", 2}, {"合计", nil, 3}} {
		f.SetSheetRow("Sheet1", "A"+string(rune('1'+i)), &r)
	}
	f.MergeCell("Sheet1", "A4", "B4")
	f.MergeCell("Sheet1", "A8", "B8")
	path := filepath.Join(t.TempDir(), "data.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	ds, ps := Read(path, sumDef(t, "2"), Options{})
	if ds == nil || ps.HasErrors() {
		t.Fatalf("%v", ps.Sorted())
	}
	var got []int
	for _, r := range ds.Tables[0].Rows {
		if r.Subtotal != "" {
			got = append(got, r.LabelSpan)
		}
	}
	if len(got) != 2 || got[0] != 2 || got[1] != 0 {
		t.Errorf("subtotals' label spans %v, want [2 0]", got)
	}
}
