package layout

import (
	"slices"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestFloatsInFrontAreDrawnOverThePagesText: Word stacks a picture or a
// figure set 浮于文字上方 over all of the page's text, whichever paragraph
// anchors it, and one set 衬于文字下方 under all of it. A 公章 anchored in
// the paragraph before the 落款 is drawn after the 落款 and the date; one
// behind the text before any of it.
func TestFloatsInFrontAreDrawnOverThePagesText(t *testing.T) {
	over := wordmodel.Float{FromX: "column", FromY: "paragraph", Y: 5}
	under := over
	under.Behind = true
	front := floatPicture(t, 40, 40, over, "", "")
	front.Name = "seal.png"
	back := floatPicture(t, 40, 40, under, "", "")
	back.Name = "watermark.png"
	line := &wordmodel.Shape{Name: "矩形 1", Geometry: "rect", Width: 50, Height: 5, Float: &wordmodel.Float{FromX: "column", FromY: "paragraph"}, Fill: "FF0000"}
	anchor := body("此致", front, back)
	anchor.Shapes = []wordmodel.Shape{*line}
	r := presetLaid(t, anchor, body("沁源县财政局"), body("2024年3月15日"))
	at := func(kind opKind, what func(op) bool) int {
		t.Helper()
		k := slices.IndexFunc(r.ops, func(o op) bool { return o.kind == kind && what(o) })
		if k < 0 {
			t.Fatalf("no such operation among %s", fmtOps(r))
		}
		return k
	}
	date := at(opText, func(o op) bool { return o.text == "日" })
	first := at(opText, func(o op) bool { return o.text == "此" })
	seal := at(opImage, func(o op) bool { return o.img.Name == "seal.png" })
	mark := at(opImage, func(o op) bool { return o.img.Name == "watermark.png" })
	rule := at(opPath, func(o op) bool { return o.path.Fill == "FF0000" })
	if seal < date || rule < date {
		t.Errorf("in front of the text: the seal is drawn at %d, the figure at %d, before the last text at %d", seal, rule, date)
	}
	if mark > first {
		t.Errorf("behind the text: the picture is drawn at %d, after the first text at %d", mark, first)
	}
}

// TestAFloatInFrontMovesWithItsTextOnAnAlignedPage: on a page centred
// by 页面垂直对齐, a picture in front of the text placed from its paragraph
// moves down with the paragraph (it waits for the page's end to be drawn,
// over the text); one placed from the page stays.
func TestAFloatInFrontMovesWithItsTextOnAnAlignedPage(t *testing.T) {
	imageY := func(how string) (byPara, byPage float64) {
		doc := alignedDoc(how, 3)
		seal := floatPicture(t, 20, 20, wordmodel.Float{FromX: "column", FromY: "paragraph", Y: 2}, "", "")
		seal.Name = "seal.png"
		fixed := floatPicture(t, 20, 20, wordmodel.Float{FromX: "page", FromY: "page", X: 10, Y: 250}, "", "")
		fixed.Name = "fixed.png"
		doc.Blocks[1].(*wordmodel.Paragraph).Images = []wordmodel.Image{seal, fixed}
		r, err := layout(doc, testOptions(t))
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range kindOf(r, opImage) {
			switch o.img.Name {
			case "seal.png":
				byPara = o.y
			case "fixed.png":
				byPage = o.y
			}
		}
		return byPara, byPage
	}
	para, page := imageY("")
	cPara, cPage := imageY("center")
	if cPara < para+50 {
		t.Errorf("the seal at %.1f on the centred page, %.1f at the top: it did not move with its paragraph", cPara, para)
	}
	if cPage != page {
		t.Errorf("the picture placed from the page moved from %.1f to %.1f", page, cPage)
	}
}
