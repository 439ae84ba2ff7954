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

// TestFittedTextIsRead: 调整宽度 is read from each run of its stretch,
// its width in pt and its id, in the body and in a table cell's
// stretches, and is not listed; a run without it has none.
func TestFittedTextIsRead(t *testing.T) {
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		body := runtest.Para(w.Run(runtest.Fit(1680, 7), "单位"), w.Run(runtest.Fit(1680, 7)+"<w:b/>", "："), w.Run("", "沁源县")) +
			`<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr>` +
			w.Cell(4000, "", "", runtest.Para(w.Run(runtest.Fit(1280, 9), "姓名"), w.Run("", "张三"))) + `</w:tr></w:tbl>`
		doc := fixture{body: body}.read(t)
		wantListed(t, doc)
		runs := doc.Blocks[0].(*wordmodel.Paragraph).Runs
		if len(runs) != 3 || runs[0].FitWidth != 84 || runs[0].FitID != "7" || runs[1].FitWidth != 84 || runs[1].FitID != "7" || runs[2].FitWidth != 0 {
			t.Errorf("%v: runs %+v", w, runs)
		}
		s := doc.Blocks[1].(*wordmodel.Table).Rows[0].Cells[0].Paras[0].Sizes
		if s == nil || (*s)[0].Format == nil || (*s)[0].Format.FitWidth != 64 || (*s)[0].Format.FitID != "9" || (*s)[0].Runes != 2 {
			t.Errorf("%v: the cell's stretches %+v, want its fitted 姓名", w, s)
		}
	}
}
