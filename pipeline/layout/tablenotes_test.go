package layout

import (
	"fmt"
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestALongTablesLaterPagesKeepNoRoomForEarlierNotes: a long footnote
// referred to above a table takes the foot of the table's first page
// only; the table's rows on the next page go down to that page's text
// foot, as in Word.
func TestALongTablesLaterPagesKeepNoRoomForEarlierNotes(t *testing.T) {
	row := func(i int) string {
		return `<w:tr>` + rt.Word.Cell(4000, "", "", rt.Para(rt.Word.Run("", fmt.Sprintf("行%02d", i)))) + `</w:tr>`
	}
	table := rt.Table([]int{4000}, rt.Word.Cell(4000, "", "", rt.Para(rt.Word.Run("", "行00"))))
	var more strings.Builder
	for i := 1; i < 60; i++ {
		more.WriteString(row(i))
	}
	table = strings.Replace(table, `</w:tbl>`, more.String()+`</w:tbl>`, 1)
	body := rt.Para(rt.Word.Run("", "见注"), footnoteRef) + table
	r := laidDocx(t, withFootnote(t, rt.Docx(t, body, "", nil), strings.Repeat("脚注内容资料来源", 40)))
	pages := glyphsOf(r)
	if len(pages) < 3 {
		t.Fatalf("%d pages, want the table over three", len(pages))
	}
	lowest := [2]float64{}
	for k := range lowest {
		for _, o := range pages[k] {
			if strings.HasPrefix(o.text, "行") || o.text == "行" {
				lowest[k] = max(lowest[k], o.y)
			}
		}
	}
	if lowest[1]-lowest[0] < 15 {
		t.Errorf("the table's rows end at %.1f mm on its first page, with the note, and at %.1f mm on the next, without: want the next page's to reach its foot (%.1f mm)", lowest[0], lowest[1], blockFoot)
	}
}
