package layout

import (
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// threeDTable is a one-cell table of a 3-D line style on all four sides,
// 3 pt wide, in color, as Word writes it.
func threeDTable(style, color string) string {
	lines := ""
	for _, side := range []string{"top", "left", "bottom", "right"} {
		lines += `<w:` + side + ` w:val="` + style + `" w:sz="24" w:space="0" w:color="` + color + `"/>`
	}
	return `<w:tbl><w:tblPr><w:tblW w:w="3000" w:type="dxa"/><w:tblBorders>` + lines + `</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid><w:tr>` +
		rt.Word.Cell(3000, "", "", rt.Para(rt.Word.Run("", "格"))) + `</w:tr></w:tbl>`
}

// TestThreeDLinesAreTwoTones: a table's 3-D lines are drawn in a light
// and a dark tone of their colour (greys for automatic black): embossed,
// a light strand over and left of a dark one on every side; engraved,
// the reverse; outset, its top and left sides light and its bottom and
// right dark; inset, the reverse. Each strand is a line of its own, the
// two together the line's 3 pt.
func TestThreeDLinesAreTwoTones(t *testing.T) {
	for _, c := range []struct {
		style, color, light, dark string
		// first says for each side (top, left, bottom, right) whether the
		// top or left strand is light, and one whether it is one strand.
		first [4]bool
		one   bool
	}{
		{"threeDEmboss", "FF0000", "FF8080", "800000", [4]bool{true, true, true, true}, false},
		{"threeDEngrave", "auto", "C0C0C0", "808080", [4]bool{false, false, false, false}, false},
		{"outset", "0000FF", "8080FF", "000080", [4]bool{true, true, false, false}, true},
		{"inset", "0000FF", "8080FF", "000080", [4]bool{false, false, true, true}, true},
	} {
		r := laidDocx(t, rt.Docx(t, threeDTable(c.style, c.color), "", nil))
		cell := textOp(t, r, "格")
		// The strands of each side, by where they lie: above, left of,
		// below and right of the cell's text.
		var sides [4][]op
		for _, f := range kindOf(r, opFill) {
			if f.color != c.light && f.color != c.dark {
				continue
			}
			switch {
			case f.w > f.h && f.y < cell.y-3:
				sides[0] = append(sides[0], f)
			case f.w > f.h:
				sides[2] = append(sides[2], f)
			case f.x < cell.x:
				sides[1] = append(sides[1], f)
			default:
				sides[3] = append(sides[3], f)
			}
		}
		for k, side := range sides {
			want := 2
			if c.one {
				want = 1
			}
			if len(side) != want {
				t.Errorf("%s: side %d drawn as %d strands, want %d", c.style, k, len(side), want)
				continue
			}
			// The top or left strand first.
			a := side[0]
			for _, s := range side[1:] {
				if s.y+s.x < a.y+a.x {
					a = s
				}
			}
			if (a.color == c.light) != c.first[k] {
				t.Errorf("%s: side %d's top or left strand in %s, light %v", c.style, k, a.color, c.first[k])
			}
			across := 0.0
			for _, s := range side {
				across += min(s.w, s.h)
			}
			if !nearly(across, 3*ptToMM, 0.01) {
				t.Errorf("%s: side %d %.2f mm across, want 3 pt", c.style, k, across)
			}
		}
	}
}

// TestThreeDParagraphAndPageBordersAreTwoTones: a paragraph's engraved
// top line is a dark strand over a light one, and a page's outset border
// light at its top and left, dark at its bottom and right.
func TestThreeDParagraphAndPageBordersAreTwoTones(t *testing.T) {
	para := `<w:p><w:pPr><w:pBdr><w:top w:val="threeDEngrave" w:sz="24" w:space="1" w:color="auto"/></w:pBdr></w:pPr>` + rt.Word.Run("", "标题") + `</w:p>`
	side := rt.Side{Style: "outset", Sz: 24, Color: "FF0000", Space: 24}
	r := laidDocx(t, rt.Docx(t, para, rt.Word.PgBorders(`w:offsetFrom="page"`, side, side, side, side), nil))
	var lines []op
	for _, o := range kindOf(r, opLine) {
		if o.color == "C0C0C0" || o.color == "808080" {
			lines = append(lines, o)
		}
	}
	if len(lines) != 2 || lines[0].y > lines[1].y && lines[0].color == "808080" || lines[0].y < lines[1].y && lines[0].color != "808080" {
		t.Errorf("the paragraph's engraved line: %+v", lines)
	}
	tone := map[string]string{}
	for _, p := range pathsOf(r) {
		x, y, w, h := p.Bounds()
		switch {
		case w > h && y < 20:
			tone["top"] = p.Stroke
		case w > h:
			tone["bottom"] = p.Stroke
		case x < 20:
			tone["left"] = p.Stroke
		default:
			tone["right"] = p.Stroke
		}
	}
	if tone["top"] != "FF8080" || tone["left"] != "FF8080" || tone["bottom"] != "800000" || tone["right"] != "800000" {
		t.Errorf("the page's outset border: %v", tone)
	}
}
