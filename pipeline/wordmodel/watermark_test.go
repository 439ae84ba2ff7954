package wordmodel_test

import (
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestWatermarksAreRead: the watermark Word's 设计 → 水印 and WPS's put in
// the header is read as text art, not refused as a freeform: its text,
// silver at half opacity, turned 315° (WPS: −45°), centred on the
// margins, behind the text, on odd and even pages; and Word's WordArt in
// DrawingML, its text warped plain to fill the shape, alike.
func TestWatermarksAreRead(t *testing.T) {
	forms := map[rt.Writer]string{rt.Word: rt.Word.Watermark("样稿"), rt.WPS: rt.WPS.Watermark("样稿"), drawingML: rt.DrawingWatermark("样稿")}
	for _, w := range []rt.Writer{rt.Word, rt.WPS, drawingML} {
		doc, err := wordmodel.Read(rt.WithHeader(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文")), "", nil), forms[w]))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Undrawn) > 0 {
			t.Fatalf("%v: listed %v", w, doc.Undrawn)
		}
		for _, m := range []*wordmodel.Margin{doc.Sections[0].Header.Default, doc.Sections[0].Header.Even} {
			if m == nil || len(m.Shapes) != 1 {
				t.Fatalf("%v: header %+v", w, m)
			}
			sp := m.Shapes[0]
			turn := math.Mod(sp.Rotation+360, 360)
			switch {
			case sp.Art == nil || sp.Art.Text != "样稿" || math.Abs(sp.Art.Opacity-0.5) > 0.001 || sp.Geometry != "text":
				t.Errorf("%v: art %+v", w, sp.Art)
			case sp.Fill != "C0C0C0" || math.Abs(turn-315) > 0.01 || math.Abs(sp.Width-412.4*25.4/72) > 0.02 || math.Abs(sp.Height-206.2*25.4/72) > 0.02:
				t.Errorf("%v: fill %s, turned %.2f, %.1f × %.1f mm", w, sp.Fill, sp.Rotation, sp.Width, sp.Height)
			case sp.Float == nil || !sp.Float.Behind || sp.Float.FromX != "margin" || sp.Float.AlignX != "center" || sp.Float.AlignY != "center":
				t.Errorf("%v: placed %+v", w, sp.Float)
			}
		}
		if f := doc.Sections[0].Header.Default.Shapes[0].Art.Font; f != map[rt.Writer]string{rt.Word: "等线", rt.WPS: "宋体", drawingML: "宋体"}[w] {
			t.Errorf("%v: font %q", w, f)
		}
	}
}

// drawingML stands for Word's WordArt in DrawingML among the writers.
const drawingML rt.Writer = 9

// TestWarpedWordArtIsListed: WordArt bent along a path (an arch) is
// listed, naming its warp; a plain one is drawn; one in a group is the
// group's, which is listed.
func TestWarpedWordArtIsListed(t *testing.T) {
	arch := strings.Replace(rt.DrawingWatermark("样稿"), `prst="textPlain"`, `prst="textArchUp"`, 1)
	doc, err := wordmodel.Read(rt.WithHeader(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文")), "", nil), arch))
	if err != nil {
		t.Fatal(err)
	}
	wantListed(t, doc, "页眉（header9.xml）：图形“艺术字 1”（艺术字的弯曲效果“textArchUp”无法显示）")
	// WordArt grouped with another shape is a group, not drawn alone.
	grouped := strings.Replace(strings.Replace(rt.Word.Watermark("样稿"), "<w:pict>", `<w:pict><v:group style="position:absolute;width:400pt;height:200pt" coordsize="400,200">`, 1),
		"</w:pict>", "</v:group></w:pict>", 1)
	doc, err = wordmodel.Read(rt.WithHeader(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文")), "", nil), grouped))
	if err != nil {
		t.Fatal(err)
	}
	wantListed(t, doc, "页眉（header9.xml）：组合图形中的艺术字“PowerPlusWaterMarkObject357476642”（组合中的艺术字无法显示，请取消组合）")
}
