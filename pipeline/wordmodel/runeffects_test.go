package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/runtest"
)

// TestRunDecorationsAreRead: emphasis marks, text borders, character
// scale, spacing and kerning are read as Word and WPS write them, from a
// run's own properties and from its character style, and none of them is
// refused in the body nor in a table cell, which carries them.
func TestRunDecorationsAreRead(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		body := runtest.Para(w.Run(runtest.Em("dot"), "着重"), w.Run(runtest.Em("underDot"), "下点"), w.Run(runtest.Em("none"), "无"),
			w.Run(w.Bdr("double", 12, "FF0000", 2), "框"), w.Run(w.Bdr("single", 4, "auto", 0), "单"),
			w.Run(runtest.Scale(150)+runtest.Spacing(-20)+`<w:kern w:val="32"/>`, "宽"), w.Run(`<w:rStyle w:val="JxEm"/>`, "样式")) +
			`<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>` +
			runtest.Para(w.Run(runtest.Em("circle")+w.Bdr("single", 4, "auto", 0), "格中")) + `</w:tc></w:tr></w:tbl>`
		styles := `<w:style w:type="character" w:customStyle="1" w:styleId="JxEm"><w:name w:val="着重"/><w:rPr>` + runtest.Em("comma") + runtest.Scale(66) + `</w:rPr></w:style>`
		doc := fixture{body: body, styles: styles}.read(t)
		wantListed(t, doc)
		if s := doc.Blocks[1].(*wordmodel.Table).Rows[0].Cells[0].Paras[0].Sizes; s == nil || (*s)[0].Format == nil || (*s)[0].Format.Emphasis != "circle" || (*s)[0].Format.Border == nil {
			t.Errorf("%v: the cell's stretches %+v, want its emphasis and border", w, s)
		}
		runs := doc.Blocks[0].(*wordmodel.Paragraph).Runs
		if len(runs) != 7 {
			t.Fatalf("%v: runs %+v", w, runs)
		}
		got := func(i int) wordmodel.Run { return runs[i] }
		switch {
		case got(0).Emphasis != "dot" || got(1).Emphasis != "underDot" || got(2).Emphasis != "" || got(6).Emphasis != "comma":
			t.Errorf("%v: emphasis %q %q %q %q", w, got(0).Emphasis, got(1).Emphasis, got(2).Emphasis, got(6).Emphasis)
		case got(3).Border == nil || *got(3).Border != (wordmodel.Border{Style: "double", Width: 1.5, Space: 2, Color: "FF0000"}):
			t.Errorf("%v: border %+v", w, got(3).Border)
		case got(4).Border == nil || *got(4).Border != (wordmodel.Border{Style: "single", Width: 0.5}) || got(0).Border != nil:
			t.Errorf("%v: border %+v, none %+v", w, got(4).Border, got(0).Border)
		case got(5).Scale != 150 || got(5).Spacing != -1 || got(5).Kern != 16 || got(6).Scale != 66 || got(0).Scale != 0:
			t.Errorf("%v: scale %v spacing %v kern %v; style's scale %v", w, got(5).Scale, got(5).Spacing, got(5).Kern, got(6).Scale)
		}
	}
}
