package layout

import (
	"image"
	"math"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// floatPicture is a w × h mm picture floating where f says, wrapped as
// mode and side with Word's default distances (3.175 mm left and right).
func floatPicture(t *testing.T, w, h float64, f wordmodel.Float, mode, side string) wordmodel.Image {
	t.Helper()
	f.Wrap = wordmodel.Wrap{Mode: mode, Side: side, Left: 3.175, Right: 3.175, Outline: wordmodel.Box{W: w, H: h}}
	return wordmodel.Image{Name: "float.png", Format: "PNG", Width: w, Height: h, Data: testPNG(t, image.NewRGBA(image.Rect(0, 0, 4, 3))), Float: &f}
}

// textBand is one band of body text: the text operations whose glyph
// boxes share a top, left to right.
type textBand struct {
	top  float64
	ops  []op
	page int
}

// text is the band's characters, left to right.
func (b textBand) text() string {
	var s strings.Builder
	for _, o := range b.ops {
		s.WriteString(o.text)
	}
	return s.String()
}

// overhang is how far a full-width glyph of the test's fonts may reach
// past its grid cell (5.64 mm type in a 5.57 mm cell).
const overhang = 0.1

// left and right are the band's glyphs' outer edges.
func (b textBand) left() float64 { return b.ops[0].x }
func (b textBand) right() float64 {
	o := b.ops[len(b.ops)-1]
	return o.x + o.face.width(o.text, o.size)
}

// bandsOf are the text bands of the layout, page by page, top down.
func bandsOf(r *renderer) []textBand {
	var out []textBand
	page := 0
	for _, o := range r.ops {
		switch {
		case o.kind == opPage:
			page++
		case o.kind == opText && o.y < r.blockBottom():
			top := gridLineTop(r, o)
			k := slices.IndexFunc(out, func(b textBand) bool { return b.page == page && near(b.top, top) })
			if k < 0 {
				out = append(out, textBand{top: top, page: page})
				k = len(out) - 1
			}
			out[k].ops = append(out[k].ops, o)
		}
	}
	for _, b := range out {
		slices.SortStableFunc(b.ops, func(a, c op) int { return int((a.x - c.x) * 1000) })
	}
	return out
}

// gridLineTop is the top of the line of body text o on the grid, one
// pitch high, where the pitch centres its type.
func gridLineTop(r *renderer, o op) float64 {
	return o.y - r.baseline(nil, true, r.linePitch(), o.size*ptToMM, o.face.font, faceMetrics{})
}

// floatDrawn is the one picture the layout draws.
func floatDrawn(t *testing.T, r *renderer) op {
	t.Helper()
	imgs := kindOf(r, opImage)
	if len(imgs) != 1 {
		t.Fatalf("%d pictures drawn", len(imgs))
	}
	return imgs[0]
}

func presetLaid(t *testing.T, blocks ...wordmodel.Block) *renderer {
	t.Helper()
	r, err := layout(&wordmodel.Document{Blocks: blocks}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func body(text string, imgs ...wordmodel.Image) *wordmodel.Paragraph {
	return &wordmodel.Paragraph{Style: "Normal", Text: text, Images: imgs}
}

// report is the text of a report paragraph, with its commas and stops.
var report = strings.Repeat("本年度项目绩效目标全部完成，资金使用合规，群众满意度较高。", 8)

// TestTopAndBottomPutsNoTextBesideThePicture: a photo wrapped top and
// bottom stands at its paragraph's place, and no line of that or the next
// paragraph stands beside it: the ones it would overlap, with its
// distance below, move under it.
func TestTopAndBottomPutsNoTextBesideThePicture(t *testing.T) {
	photo := floatPicture(t, 60, 40, wordmodel.Float{FromX: "margin", AlignX: "center", FromY: "paragraph"}, "topAndBottom", "bothSides")
	photo.Float.Wrap.Bottom = 2
	r := presetLaid(t, body("甲乙丙"), body(report, photo), body("丁戊己"))
	img := floatDrawn(t, r)
	bands := bandsOf(r)
	if first := bands[0]; !near(img.y, first.top+r.linePitch()) || !near(img.x, r.left()+(r.width()-60)/2) {
		t.Errorf("the photo at (%.2f, %.2f), its paragraph at %.2f", img.x, img.y, first.top+r.linePitch())
	}
	var under bool
	for _, b := range bands[1:] {
		if b.top < img.y+img.h+2-0.01 && b.top+r.linePitch() > img.y+0.01 {
			t.Errorf("%q stands beside the photo (%.2f–%.2f) at %.2f", b.text(), img.y, img.y+img.h, b.top)
		}
		under = under || near(b.top, img.y+img.h+2)
	}
	if !under {
		t.Errorf("no line starts right under the photo and its distance")
	}
	if !strings.HasPrefix(bands[1].text(), "本年度") {
		t.Errorf("the photo's paragraph starts with %q", bands[1].text())
	}
}

// TestSquareWrapShortensTheLinesBesideIt: a 公章 at the margin's right,
// wrapped square, shortens every line whose height overlaps it, to its
// distance; the lines stay justified to that edge, lines under it are
// whole again, and no narrowed line starts with a comma or a stop.
func TestSquareWrapShortensTheLinesBesideIt(t *testing.T) {
	seal := floatPicture(t, 40, 40, wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph", Y: 5}, "square", "bothSides")
	r := presetLaid(t, body(report+report, seal))
	img := floatDrawn(t, r)
	edge := img.x - 3.175
	beside, whole := 0, 0
	for _, b := range bandsOf(r) {
		overlaps := b.top < img.y+img.h && b.top+r.linePitch() > img.y
		switch {
		case overlaps && (b.right() > edge+overhang || b.right() < edge-r.g.cell):
			t.Errorf("%q beside the seal ends at %.2f, want at %.2f", b.text(), b.right(), edge)
		case overlaps:
			beside++
		case b.right() > edge+r.g.cell:
			whole++
		}
		if overlaps && strings.ContainsAny(firstRune(b.text()), noStart) {
			t.Errorf("the narrowed line %q starts with a closing mark", b.text())
		}
	}
	if beside != int(40/r.linePitch())+1 && beside != int(40/r.linePitch())+2 || whole == 0 {
		t.Errorf("%d lines beside the seal, %d whole ones", beside, whole)
	}
}

// TestTextFlowsOnBothSidesInOrder: a picture in the middle of the column
// wrapped on both sides has text on its left and its right in each band
// it overlaps, none over it, and the text reads left side, then right
// side, band after band, as Word flows it.
func TestTextFlowsOnBothSidesInOrder(t *testing.T) {
	pic := floatPicture(t, 50, 50, wordmodel.Float{FromX: "margin", AlignX: "center", FromY: "paragraph"}, "square", "bothSides")
	r := presetLaid(t, body(report, pic))
	img := floatDrawn(t, r)
	var read strings.Builder
	split := 0
	for _, b := range bandsOf(r) {
		read.WriteString(b.text())
		if b.top >= img.y+img.h || b.top+r.linePitch() <= img.y {
			continue
		}
		left, right := 0, 0
		for _, o := range b.ops {
			switch {
			case o.x+o.face.width(o.text, o.size) <= img.x-3.175+overhang:
				left++
			case o.x >= img.x+img.w+3.175-0.01:
				right++
			default:
				t.Errorf("%q drawn over the picture at x %.2f", o.text, o.x)
			}
		}
		if left > 0 && right > 0 {
			split++
		}
	}
	if split < int(50/r.linePitch()) {
		t.Errorf("%d bands with text on both sides", split)
	}
	if read.String() != report {
		t.Errorf("the text reads %q", read.String())
	}
}

// TestWrapSides: wrapText left keeps text on the picture's left only,
// right on its right only, largest on the wider side; room narrower than
// Word's least (a 3 mm sliver) is left empty.
func TestWrapSides(t *testing.T) {
	cases := []struct {
		side        string
		x           float64 // from the margin
		left, right bool    // text wanted on the picture's left, right
	}{
		{"left", 60, true, false},
		{"right", 60, false, true},
		{"largest", 100, true, false},
		{"largest", 20, false, true},
		{"bothSides", 3, false, true}, // 3 mm less its 3.175 mm distance: no room on the left
	}
	for _, c := range cases {
		pic := floatPicture(t, 30, 30, wordmodel.Float{FromX: "margin", X: c.x, FromY: "paragraph"}, "square", c.side)
		pic.Float.Wrap.Left = 0
		r := presetLaid(t, &wordmodel.Paragraph{Style: "Normal", Text: report, Images: []wordmodel.Image{pic}, Indent: &wordmodel.Indent{}})
		img := floatDrawn(t, r)
		var left, right bool
		for _, b := range bandsOf(r) {
			if b.top >= img.y+img.h || b.top+r.linePitch() <= img.y {
				continue
			}
			for _, o := range b.ops {
				left = left || o.x < img.x
				right = right || o.x >= img.x+img.w
			}
		}
		if left != c.left || right != c.right {
			t.Errorf("%s at %.0f mm: text on the left %v, on the right %v", c.side, c.x, left, right)
		}
	}
}

// TestAFloatWrapsTheFollowingParagraphs: a tall picture anchored in a
// one-line paragraph stays at its place, and the next paragraphs' lines
// beside it are shortened too; below it they are whole.
func TestAFloatWrapsTheFollowingParagraphs(t *testing.T) {
	pic := floatPicture(t, 40, 80, wordmodel.Float{FromX: "margin", AlignX: "left", FromY: "paragraph"}, "square", "bothSides")
	r := presetLaid(t, body("一、总体情况", pic), body("二、资金使用合规。"), body(report))
	img := floatDrawn(t, r)
	var shortened []string
	for _, b := range bandsOf(r) {
		if b.top < img.y+img.h && b.top+r.linePitch() > img.y {
			if b.left() < img.x+img.w+3.175-0.01 {
				t.Errorf("%q starts at %.2f, over the picture", b.text(), b.left())
			}
			shortened = append(shortened, b.text())
		} else if b.page == 1 && b.left() > r.left()+3*r.g.cell {
			t.Errorf("%q under the picture starts at %.2f", b.text(), b.left())
		}
	}
	if len(shortened) < int(80/r.linePitch()) || !strings.HasPrefix(shortened[1], "二、") || !strings.HasPrefix(shortened[2], "本年度") {
		t.Errorf("the lines beside the picture: %q", shortened)
	}
}

// TestAFloatGoesWithItsParagraphToTheNextPage: a paragraph whose first
// line does not fit at the page's foot takes its picture with it to the
// next page, placed from its new top; the lines the paragraph then sets
// on the page after are whole, the float staying on its own page.
func TestAFloatGoesWithItsParagraphToTheNextPage(t *testing.T) {
	pic := floatPicture(t, 40, 30, wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph"}, "square", "bothSides")
	var blocks []wordmodel.Block
	for range 21 {
		blocks = append(blocks, body("填满一行"))
	}
	long := strings.Repeat(report, 4)
	blocks = append(blocks, body("第二十二行"), body(long, pic))
	r := presetLaid(t, blocks...)
	img := floatDrawn(t, r)
	page, onPage := 0, 0
	for _, o := range r.ops {
		if o.kind == opPage {
			page++
		}
		if o.kind == opImage {
			onPage = page
		}
	}
	bands := bandsOf(r)
	k := slices.IndexFunc(bands, func(b textBand) bool { return strings.HasPrefix(b.text(), "本年度") })
	if first := bands[k]; onPage != 2 || first.page != 2 || !near(img.y, first.top) {
		t.Errorf("the picture on page %d at %.2f, its paragraph on page %d at %.2f", onPage, img.y, first.page, first.top)
	}
	k = slices.IndexFunc(bands, func(b textBand) bool { return b.page == 3 })
	if k < 0 || bands[k].right() < img.x {
		t.Errorf("the paragraph's lines on page 3: %+v", bands[k:])
	}
}

// TestAFloatAboveItsParagraphIsSaid: a wrapped picture reaching above its
// paragraph into lines already set is a warning naming it.
func TestAFloatAboveItsParagraphIsSaid(t *testing.T) {
	pic := floatPicture(t, 40, 30, wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph", Y: -20}, "square", "bothSides")
	r := presetLaid(t, body(report), body("沁源县财政局", pic))
	if len(r.warnings) != 1 || !strings.Contains(r.warnings[0], "浮动图片 float.png（段落“沁源县财政局”）高出它所在的段落") {
		t.Errorf("warnings %q", r.warnings)
	}
}

// TestAnEmptyParagraphsPhotoPushesTheTextDown: a photo wrapped top and
// bottom anchored in an empty paragraph (as Word inserts one) moves that
// line and the text after it under the photo.
func TestAnEmptyParagraphsPhotoPushesTheTextDown(t *testing.T) {
	photo := floatPicture(t, 80, 50, wordmodel.Float{FromX: "margin", AlignX: "center", FromY: "paragraph"}, "topAndBottom", "bothSides")
	r := presetLaid(t, body("前文"), body("", photo), body("后文"))
	img := floatDrawn(t, r)
	after := textOp(t, r, "后")
	if !near(gridLineTop(r, after), img.y+img.h+r.linePitch()) {
		t.Errorf("后文 at %.2f, the photo %.2f–%.2f", gridLineTop(r, after), img.y, img.y+img.h)
	}
}

// TestHeaderFloatsWrapTheHeaderOnly: a logo wrapped square at the
// header's left moves the header's line to the room on its right; the
// body's lines under it, where the logo reaches down, are whole.
func TestHeaderFloatsWrapTheHeaderOnly(t *testing.T) {
	logo := floatPicture(t, 60, 40, wordmodel.Float{FromX: "margin", AlignX: "left", FromY: "page", Y: 10}, "tight", "bothSides")
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{body(report)}, Header: []string{"沁源县财政局绩效评价报告"}, HeaderImages: []wordmodel.Image{logo}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	img := floatDrawn(t, r)
	head := textOp(t, r, "沁源县财政局绩效评价报告")
	room := r.left() + r.width() - (img.x + img.w + 3.175)
	if w := head.face.width(head.text, head.size); !near(head.x, img.x+img.w+3.175+(room-w)/2) {
		t.Errorf("the header's line at %.2f, the logo's right %.2f", head.x, img.x+img.w)
	}
	if img.y+img.h <= r.top() {
		t.Fatalf("the logo does not reach the body")
	}
	if b := bandsOf(r)[1]; b.top > img.y+img.h || b.left() > r.left()+2*r.g.cell+0.01 {
		t.Errorf("the body's first line %q starts at %.2f", b.text(), b.left())
	}
}

// TestATableGoesUnderAFloat: a table after a paragraph whose picture
// reaches down past it, too wide for the room beside it (less than half
// its width), starts under the picture and its distance, its header with
// it, rather than being drawn over it; a later row the picture would
// overlap goes under it too.
func TestATableGoesUnderAFloat(t *testing.T) {
	pic := floatPicture(t, 100, 50, wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph"}, "square", "bothSides")
	pic.Float.Wrap.Bottom = 2
	low := floatPicture(t, 40, 20, wordmodel.Float{FromX: "margin", AlignX: "left", FromY: "paragraph", Y: 120}, "square", "bothSides")
	r := presetLaid(t, body("说明", pic, low), itemTable(12))
	imgs := kindOf(r, opImage)
	head := textOp(t, r, "项目")
	if glyphTop(head) < imgs[0].y+imgs[0].h+2 {
		t.Errorf("the table's header at %.2f, over the picture ending at %.2f", glyphTop(head), imgs[0].y+imgs[0].h)
	}
	for _, o := range r.ops {
		if o.kind == opText && (o.text == "甲" || o.text == "1.00") && o.y > imgs[1].y-3.175 && glyphTop(o) < imgs[1].y+imgs[1].h {
			t.Errorf("a row's %q at %.2f, beside the low picture (%.2f–%.2f)", o.text, glyphTop(o), imgs[1].y, imgs[1].y+imgs[1].h)
		}
	}
}

// itemTable is a table not read from Word, across the text: a header row
// and rows of 甲 and 1.00.
func itemTable(rows int) *wordmodel.Table {
	t := &wordmodel.Table{Widths: []int{3000, 3000}, Rows: []wordmodel.Row{{Header: true, Cells: []wordmodel.Cell{{Text: "项目", Span: 1}, {Text: "金额", Span: 1}}}}}
	for range rows {
		t.Rows = append(t.Rows, wordmodel.Row{Cells: []wordmodel.Cell{{Text: "甲", Span: 1}, {Text: "1.00", Span: 1}}})
	}
	return t
}

// TestATableStandsBesideAFloat: a table the room beside a square-wrapped
// picture holds (half its width at least) stands beside it at its place,
// as LibreOffice lays out a Word document's: narrowed to end the
// picture's distance short of one at the right, moved in past one at the
// left keeping its width, its columns in their proportions; no cell is
// drawn over the picture.
func TestATableStandsBesideAFloat(t *testing.T) {
	for side, twips := range map[string]int{"right": 8000, "left": 6000} {
		pic := floatPicture(t, 40, 50, wordmodel.Float{FromX: "margin", AlignX: side, FromY: "paragraph"}, "square", "bothSides")
		tbl := itemTable(4)
		tbl.Width = wordmodel.TableWidth{Twips: twips}
		r := presetLaid(t, body("说明", pic), tbl)
		img := floatDrawn(t, r)
		x0, x1 := math.Inf(1), math.Inf(-1)
		for _, o := range kindOf(r, opRect) {
			x0, x1 = min(x0, o.x), max(x1, o.x+o.w)
		}
		head := textOp(t, r, "项目")
		if glyphTop(head) > img.y+img.h {
			t.Errorf("%s: the table's header at %.2f, under the picture ending at %.2f", side, glyphTop(head), img.y+img.h)
		}
		width := float64(twips) * ptToMM / 20
		switch side {
		case "right":
			if !near(x1, img.x-3.175) || !near(x0, r.left()) {
				t.Errorf("right: the table spans %.2f–%.2f, want %.2f–%.2f", x0, x1, r.left(), img.x-3.175)
			}
		case "left":
			if !near(x0, img.x+img.w+3.175) || !near(x1-x0, width) {
				t.Errorf("left: the table spans %.2f–%.2f, want from %.2f, %.2f wide", x0, x1, img.x+img.w+3.175, width)
			}
		}
	}
}

// TestAPictureBlockStandsBesideAFloat: a paragraph of a picture in the
// line only stands centred in the room beside a float where it fits
// there, and under the float where it does not.
func TestAPictureBlockStandsBesideAFloat(t *testing.T) {
	pic := floatPicture(t, 40, 60, wordmodel.Float{FromX: "margin", AlignX: "left", FromY: "paragraph"}, "square", "bothSides")
	inline := func(w float64) *wordmodel.Paragraph {
		return &wordmodel.Paragraph{Style: "Normal", Align: "center", Images: []wordmodel.Image{{Name: "inline.png", Format: "PNG", Width: w, Height: 10, Data: pic.Data}}}
	}
	r := presetLaid(t, body("说明", pic), inline(60), inline(150))
	imgs := kindOf(r, opImage) // the float in front of the text last, over the page's text
	float, narrow, wide := imgs[2], imgs[0], imgs[1]
	room := float.x + float.w + 3.175
	if !near(narrow.x, room+(r.left()+r.width()-room-60)/2) || narrow.y > float.y+float.h {
		t.Errorf("the narrow picture at (%.2f, %.2f), the float's right %.2f", narrow.x, narrow.y, float.x+float.w)
	}
	if !near(wide.x, r.left()+(r.width()-150)/2) || wide.y < float.y+float.h {
		t.Errorf("the wide picture at (%.2f, %.2f), the float's foot %.2f", wide.x, wide.y, float.y+float.h)
	}
}

// TestTextUnderAPageHighPhotoGoesOn: a photo wrapped top and bottom that
// leaves no line's room on its page, at the top of the document, sends
// its paragraph's text to the next page instead of past the page's foot.
func TestTextUnderAPageHighPhotoGoesOn(t *testing.T) {
	photo := floatPicture(t, 100, 220, wordmodel.Float{FromX: "margin", AlignX: "center", FromY: "paragraph"}, "topAndBottom", "bothSides")
	r := presetLaid(t, body(report, photo))
	bands := bandsOf(r)
	for _, b := range bands {
		if b.top+r.linePitch() > r.blockBottom()+0.01 {
			t.Errorf("%q on page %d at %.2f, past the foot %.2f", b.text(), b.page, b.top, r.blockBottom())
		}
	}
	var read strings.Builder
	for _, b := range bands {
		read.WriteString(b.text())
	}
	if bands[0].page != 2 || read.String() != report {
		t.Errorf("the text starts on page %d and reads %q above the pages' feet", bands[0].page, read.String())
	}
}

// TestTightWrapFollowsThePolygon: text wrapped tight around a picture
// whose wrap polygon is a triangle (its points edited in Word) follows the
// slope line by line: each line beside it starts its distance right of
// where the triangle reaches within the line, further right going down.
func TestTightWrapFollowsThePolygon(t *testing.T) {
	pic := floatPicture(t, 60, 60, wordmodel.Float{FromX: "margin", FromY: "paragraph"}, "tight", "right")
	pic.Float.Wrap.Polygon = &wordmodel.Polygon{Points: []wordmodel.Point{{X: 0, Y: 0}, {X: 60, Y: 60}, {X: 0, Y: 60}}}
	r := presetLaid(t, &wordmodel.Paragraph{Style: "Normal", Text: report, Images: []wordmodel.Image{pic}, Indent: &wordmodel.Indent{}})
	img := floatDrawn(t, r)
	last := math.Inf(-1)
	beside := 0
	for _, b := range bandsOf(r) {
		bottom := b.top + r.linePitch()
		if b.top >= img.y+img.h {
			continue
		}
		beside++
		reach := img.x + min(bottom-img.y, 60) // the hypotenuse x = y
		if b.left() < reach+3.175-0.01 || b.left() > reach+3.175+r.g.cell+0.01 || b.left() <= last {
			t.Errorf("%q at %.2f–%.2f starts at %.2f; the triangle reaches %.2f there", b.text(), b.top, bottom, b.left(), reach)
		}
		last = b.left()
	}
	if beside < 5 {
		t.Errorf("%d lines beside the triangle", beside)
	}
}

// TestALineItsNotesMoveIsSetInTheNextPagesRoom: a paragraph beside a tall
// float whose footnote does not fit at the page's foot goes to the next
// page with its note, and its lines there are set in that page's room
// (whole), not the room beside the float it left.
func TestALineItsNotesMoveIsSetInTheNextPagesRoom(t *testing.T) {
	pic := floatPicture(t, 40, 222, wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph"}, "square", "bothSides")
	blocks := []wordmodel.Block{body("一", pic)}
	for range 19 {
		blocks = append(blocks, body("填满一行"))
	}
	noted := body(report)
	note := &wordmodel.Paragraph{Style: "Normal", Text: strings.Repeat("注释文字", 40)}
	noted.Footnotes = []wordmodel.Note{{Mark: "1", Paragraphs: []*wordmodel.Paragraph{note}}}
	r := presetLaid(t, append(blocks, noted)...)
	bands := bandsOf(r)
	k := slices.IndexFunc(bands, func(b textBand) bool { return strings.HasPrefix(b.text(), "本年度") })
	if b := bands[k]; b.page != 2 || b.right() < r.left()+r.width()-r.g.cell {
		t.Errorf("the noted paragraph starts on page %d, its first line ending at %.2f", b.page, b.right())
	}
}

// TestAParagraphPushedToTheNextPageTakesItsFloat: a paragraph whose first
// line an earlier float pushes past the page's foot starts the next page,
// and its own picture goes there with it.
func TestAParagraphPushedToTheNextPageTakesItsFloat(t *testing.T) {
	wide := floatPicture(t, 156, 60, wordmodel.Float{FromX: "margin", FromY: "paragraph", Y: 10.5}, "square", "bothSides")
	own := floatPicture(t, 20, 20, wordmodel.Float{FromX: "margin", AlignX: "right", FromY: "paragraph"}, "square", "bothSides")
	own.Name = "own.png"
	var blocks []wordmodel.Block
	for range 17 {
		blocks = append(blocks, body("填满一行"))
	}
	r := presetLaid(t, append(blocks, body("乙", wide), body(report, own))...)
	page := 0
	for _, o := range r.ops {
		if o.kind == opPage {
			page++
		}
		if o.kind == opImage && o.img.Name == "own.png" && (page != 2 || !near(o.y, r.top())) {
			t.Errorf("the paragraph's own picture on page %d at %.2f", page, o.y)
		}
	}
}
