package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestARunOffTheGridKeepsItsWidths: on the character grid a run Word
// takes off it (w:snapToGrid w:val="0") is set in its characters' own
// advances, the others in the grid's cells.
func TestARunOffTheGridKeepsItsWidths(t *testing.T) {
	on := laidOut(t, wordmodel.Run{Text: "网格"}, wordmodel.Run{Text: "甲乙"}, wordmodel.Run{Text: "后"})
	off := laidOut(t, wordmodel.Run{Text: "网格"}, wordmodel.Run{Text: "甲乙", OffGrid: true}, wordmodel.Run{Text: "后"})
	cell := textOp(t, on, "格").x - textOp(t, on, "网").x
	natural := textOp(t, off, "后").x - textOp(t, off, "甲乙").x
	if !near(textOp(t, on, "后").x-textOp(t, on, "甲").x, 2*cell) || near(natural, 2*cell) || !near(textOp(t, off, "甲乙").x, textOp(t, on, "甲").x) {
		t.Errorf("off the grid 甲乙 is %.3f mm wide, on it %.3f (cells of %.3f)", natural, textOp(t, on, "后").x-textOp(t, on, "甲").x, cell)
	}
}
