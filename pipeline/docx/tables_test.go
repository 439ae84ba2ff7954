package docx

import (
	"strings"
	"testing"
)

// Each placed value is given the body table it went into, counted as a
// reader of the output counts them: a text box's table and a table nested
// in another's cell are no body tables of their own.
func TestPlacementsKnowTheirBodyTable(t *testing.T) {
	tbl := func(inner string) string { return "<w:tbl><w:tr><w:tc><w:p>" + inner + "</w:p></w:tc></w:tr></w:tbl>" }
	body := "<w:body><w:p>X0</w:p>" +
		tbl("X1") +
		"<w:p><w:r><w:txbxContent>" + tbl("X2") + "</w:txbxContent></w:r></w:p>" +
		"<w:tbl><w:tr><w:tc>" + tbl("X3") + "<w:p>X4</w:p></w:tc></w:tr></w:tbl>" +
		tbl("X5") + "<w:p>X6</w:p></w:body>"
	want := []int{0, 1, 0, 0, 2, 3, 0}
	var placed []Placement
	var at []int
	for i := range want {
		placed = append(placed, Placement{Field: "f"})
		at = append(at, strings.Index(body, "X"+string(rune('0'+i))))
	}
	placeTables(body, placed, at)
	for i, w := range want {
		if placed[i].Table != w {
			t.Errorf("X%d: table %d, want %d", i, placed[i].Table, w)
		}
	}
}
