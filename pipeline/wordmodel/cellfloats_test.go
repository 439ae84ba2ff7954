package wordmodel_test

import (
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// sealCell reads docx, nothing listed, and returns the cell of its first
// table that has floats.
func sealCell(t *testing.T, docx []byte) wordmodel.Cell {
	t.Helper()
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Undrawn) > 0 {
		t.Fatalf("listed: %v", doc.Undrawn)
	}
	for _, b := range doc.Blocks {
		if tbl, ok := b.(*wordmodel.Table); ok {
			for _, row := range tbl.Rows {
				for _, c := range row.Cells {
					if len(c.Floats)+len(c.Shapes) > 0 {
						return c
					}
				}
			}
		}
	}
	t.Fatal("no cell has a float")
	return wordmodel.Cell{}
}

// TestSealsInSignatureTables: a 公章 floating in a signature table's
// cell, as Word writes it (column and paragraph offsets, behind the
// text) and as WPS does (character and line, negative offsets, wp14
// attributes), is read with its place, size and paragraph, not listed;
// its anchor counts the list label the cell's line starts with. Word
// 2013 and later lay it out in the cell even where layoutInCell is 0; a
// document without that compatibility mode (WPS's) keeps 0.
func TestSealsInSignatureTables(t *testing.T) {
	word := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 1080000, Y: -360000, CX: 1440000, CY: 1440000, Behind: true}}
	wps := sealtest.Float{Anchor: st.Anchor{H: "character", V: "line", X: -1260000, Y: -720000, CX: 1530985, CY: 1530985, Behind: true}, WPS: true}
	front := word
	front.Behind, front.InCell = false, "0"
	listed := `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>` + st.Text("盖章") + wps.Run(4, "公章", "rIdSeal") + `</w:p>`
	for _, tc := range []struct {
		name   string
		docx   []byte
		want   wordmodel.Float
		w      float64
		before int
		para   int
	}{
		{"Word", sealtest.Docx(t, sealtest.Signature(word.Run(3, "公章", "rIdSeal")), ""), wordmodel.Float{FromX: "column", X: 30, FromY: "paragraph", Y: -10, Behind: true, InCell: true, At: 10}, 40, 0, 0},
		{"WPS", sealtest.AsWPS(t, sealtest.Docx(t, sealtest.Signature(wps.Run(3, "公章", "rIdSeal")), "")), wordmodel.Float{FromX: "character", X: -35, FromY: "line", Y: -20, Behind: true, InCell: true, At: 10}, 42.527, 0, 0},
		{"Word 2013, layoutInCell 0", sealtest.Docx(t, sealtest.Signature(front.Run(3, "公章", "rIdSeal")), ""), wordmodel.Float{FromX: "column", X: 30, FromY: "paragraph", Y: -10, InCell: true, At: 10}, 40, 0, 0},
		{"WPS, layoutInCell 0", sealtest.AsWPS(t, sealtest.Docx(t, sealtest.Signature(front.Run(3, "公章", "rIdSeal")), "")), wordmodel.Float{FromX: "column", X: 30, FromY: "paragraph", Y: -10, At: 10}, 40, 0, 0},
		{"after a list label and a line", withNumbering(t, sealtest.Docx(t, sealtest.Table([]int{8844}, []string{sealtest.Cell(8844, sealtest.Para("left", st.Text("单位")), listed)}), "")), wordmodel.Float{FromX: "character", X: -35, FromY: "line", Y: -20, Behind: true, InCell: true, At: len([]rune("1.\t盖章"))}, 42.527, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := sealCell(t, tc.docx)
			if len(c.Floats) != 1 {
				t.Fatalf("floats %+v", c.Floats)
			}
			f := c.Floats[0]
			got := *f.Float
			got.X, got.Y = math.Round(got.X*1000)/1000, math.Round(got.Y*1000)/1000
			if got != tc.want {
				t.Errorf("float = %+v, want %+v", got, tc.want)
			}
			if math.Abs(f.Width-tc.w) > 0.001 || math.Abs(f.Height-tc.w) > 0.001 || f.Format != "PNG" || f.Before != tc.before || f.Para != tc.para {
				t.Errorf("picture %s %.3f × %.3f mm, before %d para %d", f.Format, f.Width, f.Height, f.Before, f.Para)
			}
			if strings.Contains(c.Text, "公章") || tc.para == 1 && c.Text != "单位\n1.\t盖章" {
				t.Errorf("the cell's text %q", c.Text)
			}
		})
	}
}

// TestShapesInCellsByTheirCharacter: a shape placed by the character of
// its anchor in a cell (WPS's seal drawn as a red ellipse) is kept with
// the cell, no longer listed; a VML shape set not to lay out in its cell
// (o:allowincell="f") in a document of WPS is placed on the page.
func TestShapesInCellsByTheirCharacter(t *testing.T) {
	a := st.Anchor{H: "character", V: "line", X: -360000, Y: -360000, CX: 1440000, CY: 1440000}
	ellipse := st.Run(a.Drawing(5, "椭圆 5", st.Shape(a, "ellipse", "", st.Fill("none")+st.Ln(38100, "", "", "FF0000"), "", "", "")), "")
	vml := st.Pict(`<v:rect id="矩形 6" o:allowincell="f" style="position:absolute;margin-left:10pt;margin-top:10pt;width:50pt;height:20pt;z-index:251660288;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" fillcolor="blue"/>`)
	c := sealCell(t, sealtest.AsWPS(t, sealtest.Docx(t, sealtest.Signature(ellipse+vml), "")))
	if len(c.Shapes) != 2 {
		t.Fatalf("shapes %+v", c.Shapes)
	}
	if f := c.Shapes[0].Float; f.FromX != "character" || f.At != 10 || !f.InCell {
		t.Errorf("the ellipse's float %+v", f)
	}
	if f := c.Shapes[1].Float; f.InCell {
		t.Errorf("the VML rectangle not allowed in its cell is laid out in it: %+v", f)
	}
}

// withNumbering adds a numbering part of one decimal list (numId 1: 1.
// and a tab), as Word writes one.
func withNumbering(t *testing.T, docx []byte) []byte {
	return opctest.Edit(t, docx, map[string]func(string) string{
		"word/numbering.xml": opctest.Set(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`),
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`, 1)
		},
		"[Content_Types].xml": func(s string) string {
			return strings.Replace(s, "</Types>", `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`, 1)
		},
	})
}
