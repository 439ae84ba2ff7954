package verify

import (
	"testing"

	"jixiao/pipeline/facts"
	"jixiao/pipeline/output"
)

type book struct {
	rows  [][]string
	cells []output.Cell
}

func (b book) Sheet(string) [][]string { return b.rows }
func (b book) Cells() []output.Cell    { return b.cells }

// A heading merged across the row reads back as its text, with its
// number; another text in its cell is a mismatch.
func TestHeadingCellReadsBackAsItsText(t *testing.T) {
	f := &facts.File{Facts: []facts.Fact{{ID: "附件.行[1].分组", Label: "附件第1行（分组标题）", Value: "项目绩效评价", Printed: "项目绩效评价"}}}
	cell := []output.Cell{{Fact: "附件.行[1].分组", Sheet: "附件", Row: 1, Col: 1}}
	if ms := checkCells(f, book{[][]string{{"一、项目绩效评价"}}, cell}, "附件.xlsx"); len(ms) != 0 {
		t.Errorf("the heading as printed: %v", ms)
	}
	for _, got := range []string{"一、部门整体绩效评价", "", "1"} {
		if ms := checkCells(f, book{[][]string{{got}}, cell}, "附件.xlsx"); len(ms) != 1 || ms[0].Want != "项目绩效评价" {
			t.Errorf("%q: %v", got, ms)
		}
	}
}
