package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestPageBordersAreRead: a section's page borders are read as Word and
// WPS write them, each side's line, where they are measured from, on
// which pages and whether behind the text; a side set to none has no
// line; an art border (苹果, 星星) is listed as not drawn, with its
// section.
func TestPageBordersAreRead(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		sides := w.PgBorders(`w:offsetFrom="page" w:display="notFirstPage" w:zOrder="back"`, rt.Side{Style: "double", Sz: 12, Color: "FF0000", Space: 24},
			rt.Side{Style: "dotted", Sz: 4, Color: "auto", Space: 20}, rt.Side{Style: "none", Sz: 0, Color: "auto"}, rt.Side{Style: "single", Sz: 8, Color: "0000FF", Space: 31})
		doc, err := wordmodel.Read(rt.Docx(t, rt.Para(w.Run("", "正文")), sides, nil))
		if err != nil {
			t.Fatal(err)
		}
		b := doc.Sections[0].PageBorders
		switch {
		case len(doc.Undrawn) > 0:
			t.Errorf("%v: listed %v", w, doc.Undrawn)
		case b == nil:
			t.Fatalf("%v: no page borders", w)
		case !b.FromPage || b.Display != "notFirstPage" || !b.Back || b.Shows(true) || !b.Shows(false):
			t.Errorf("%v: %+v", w, b)
		case *b.Top != (wordmodel.Border{Style: "double", Width: 1.5, Space: 24, Color: "FF0000"}) || *b.Left != (wordmodel.Border{Style: "dotted", Width: 0.5, Space: 20}):
			t.Errorf("%v: top %+v, left %+v", w, b.Top, b.Left)
		case b.Bottom != nil || *b.Right != (wordmodel.Border{Style: "single", Width: 1, Space: 31, Color: "0000FF"}):
			t.Errorf("%v: bottom %+v, right %+v", w, b.Bottom, b.Right)
		}
		art := w.PgBorders("", rt.Side{Style: "apples", Sz: 20, Color: "auto", Space: 24})
		doc, err = wordmodel.Read(rt.Docx(t, rt.Para(w.Run("", "正文")), art, nil))
		if err != nil {
			t.Fatal(err)
		}
		wantListed(t, doc, "第 1 节：页面边框（艺术型边框“apples”）")
		if doc.Sections[0].PageBorders != nil {
			t.Errorf("%v: an art border is drawn", w)
		}
		doc, _ = wordmodel.Read(rt.Docx(t, rt.Para(w.Run("", "正文")), "", nil))
		if doc.Sections[0].PageBorders != nil {
			t.Errorf("%v: page borders where there are none: %+v", w, doc.Sections[0].PageBorders)
		}
	}
}
