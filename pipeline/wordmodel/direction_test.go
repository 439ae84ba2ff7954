package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestCellTextDirectionIsRead: a cell's vertical text direction is read
// as Word (tbRl, btLr) and WPS (tbRlV) write it; a horizontal one (lrTb)
// or none is "".
func TestCellTextDirectionIsRead(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		body := rt.Table([]int{1000, 1000, 1000, 1000}, w.Cell(1000, "tbRl", "", rt.Centred(w.Run("", "竖"))), w.Cell(1000, "btLr", "", rt.Centred(w.Run("", "转"))),
			w.Cell(1000, "lrTb", "", rt.Centred(w.Run("", "横"))), w.Cell(1000, "", "", rt.Centred(w.Run("", "无"))))
		doc, err := wordmodel.Read(rt.Docx(t, body, "", nil))
		if err != nil {
			t.Fatal(err)
		}
		want := map[rt.Writer]string{rt.Word: "tbRl", rt.WPS: "tbRlV"}[w]
		cells := doc.Blocks[0].(*wordmodel.Table).Rows[0].Cells
		if cells[0].Direction != want || cells[1].Direction != "btLr" || cells[2].Direction != "" || cells[3].Direction != "" {
			t.Errorf("%v: directions %q %q %q %q", w, cells[0].Direction, cells[1].Direction, cells[2].Direction, cells[3].Direction)
		}
	}
}
