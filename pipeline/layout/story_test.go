package layout

import (
	"fmt"
	"math"
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
	"jixiao/pipeline/wordmodel/storytest"
)

// ends is where a text operation's text ends.
func ends(o op) float64 { return o.x + o.face.width(o.text, o.size) }

// footOn are the text operations of page n (from 1) of r under its text
// block: its footer's.
func footOn(r *renderer, n int) []op {
	var out []op
	for i, o := range r.ops {
		if o.kind == opText && pageOf(r, i) == n && o.y > r.blockBottom() {
			out = append(out, o)
		}
	}
	return out
}

// TestHeaderTabsPutTextAtTheirStops: 沁源县财政局⇥⇥绩效报告 in Word's and
// WPS's 页眉 style ends 绩效报告 at the style's right tab (8306 twips), a
// middle word stands centred on the centre tab, the line as wide as its
// last stop centred as a whole in the text block (the template's, 8844
// twips, is wider), as Word and LibreOffice set it; in a left-aligned
// paragraph a tab of its own puts its text at the stop and fills its
// space with its leader; a paragraph of no stops of its own goes to the
// document's default stop (420 twips in the template).
func TestHeaderTabsPutTextAtTheirStops(t *testing.T) {
	for _, w := range storytest.Writers {
		header := storytest.Para(w.Header, "", st.Text("沁源县财政局"), storytest.Tab, storytest.Tab, st.Text("绩效报告")) +
			storytest.Para(w.Header, "", st.Text("左"), storytest.Tab, st.Text("财政局"), storytest.Tab, st.Text("右")) +
			storytest.Para(w.Header, `<w:tabs><w:tab w:val="clear" w:pos="4153"/><w:tab w:val="right" w:leader="dot" w:pos="6000"/></w:tabs><w:jc w:val="left"/>`, st.Text("目录"), storytest.Tab, st.Text("页码")) +
			rt.Para(st.Text("甲"), storytest.Tab, st.Text("乙"))
		r := laidDocx(t, w.Docx(t, st.Para(st.Text("正文")), header, ""))
		left := r.left()
		if math.Abs(r.width()-twips(8844)) > 0.01 {
			t.Fatalf("the template's text block is %.2f mm wide", r.width())
		}
		centred := left + twips(8844-8306)/2
		if o := textOp(t, r, "绩效报告"); math.Abs(ends(o)-(centred+twips(8306))) > 0.05 {
			t.Errorf("%s: 绩效报告 ends at %.2f mm, want the right tab at %.2f", w.Name, ends(o), centred+twips(8306))
		}
		if o := textOp(t, r, "财政局"); math.Abs((o.x+ends(o))/2-(centred+twips(4153))) > 0.05 {
			t.Errorf("%s: 财政局 centred at %.2f mm, want the centre tab at %.2f", w.Name, (o.x+ends(o))/2, centred+twips(4153))
		}
		if o := textOp(t, r, "页码"); math.Abs(ends(o)-(left+twips(6000))) > 0.05 {
			t.Errorf("%s: 页码 ends at %.2f mm, want its own tab at %.2f", w.Name, ends(o), left+twips(6000))
		}
		dots := false
		for _, o := range r.ops {
			dots = dots || o.kind == opText && strings.Count(o.text, ".")+strings.Count(o.text, "…")+strings.Count(o.text, "·") > 3 && o.y < r.top()
		}
		if !dots {
			t.Errorf("%s: the tab's dot leader is not drawn", w.Name)
		}
		if o := textOp(t, r, "乙"); math.Abs(o.x-(left+twips(420))) > 0.05 {
			t.Errorf("%s: 乙 at %.2f mm, want the first default stop at %.2f", w.Name, o.x, left+twips(420))
		}
	}
}

// TestHeaderStandsAtTheHeaderDistance: a header's first line's top is
// at the section's header distance from the page's top, its 页眉
// style's rule drawn under its line, in 小五 as the style sets it; a
// header's 黑体 and 仿宋 runs are drawn in those faces.
func TestHeaderStandsAtTheHeaderDistance(t *testing.T) {
	for _, w := range storytest.Writers {
		header := storytest.Para(w.Header, "", storytest.FontRun("黑体", "沁源县财政局"), storytest.FontRun("仿宋_GB2312", "绩效公开"))
		doc, r := laidShapes(t, w.Docx(t, st.Para(st.Text("正文")), header, ""))
		hd := doc.Sections[0].HeaderDist
		// Where neither face is at hand both runs are drawn in the
		// fallback's, as one operation.
		hei, fang := firstTextOp(t, r, "沁源县财政局"), firstTextOp(t, r, "绩效公开")
		if r.fs.role("hei") == r.fs.role("fangsong") {
			fang = hei
		}
		if math.Abs(glyphTop(hei)-hd) > 0.05 || hei.size != 9 {
			t.Errorf("%s: the header's line's top at %.2f mm in %.1f pt, want at the header distance %.2f in 9", w.Name, glyphTop(hei), hei.size, hd)
		}
		if hei.face != r.fs.role("hei") || fang.face != r.fs.role("fangsong") {
			t.Errorf("%s: 黑体 and 仿宋 runs drawn in faces %p and %p, want %p and %p", w.Name, hei.face, fang.face, r.fs.role("hei"), r.fs.role("fangsong"))
		}
		rule := false
		for _, o := range linesOf(r) {
			rule = rule || o.y > glyphTop(hei)+9*ptToMM && o.y < hd+9*ptToMM*2 && o.w > r.width()-0.1
		}
		if !rule {
			t.Errorf("%s: no rule under the header's line (lines %+v)", w.Name, linesOf(r))
		}
	}
}

// TestPageNumberFooterIsDrawnAsItsParagraphs: the template's own footers,
// — 1 — right aligned on odd pages and left aligned on even ones, each
// indented 320 twips, in 宋体 四号, stand where their paragraphs put
// them, their line's foot at the footer distance from the page's foot and
// the type on it, as Word sets a line of exact height (the template's
// Normal's 579 twips).
func TestPageNumberFooterIsDrawnAsItsParagraphs(t *testing.T) {
	doc, r := laidShapes(t, rt.Docx(t, rt.PageBreak("第一页")+rt.Para(rt.Word.Run("", "第二页")), "", nil))
	sec := doc.Sections[0]
	for page, want := range map[int]float64{1: r.left() + r.width() - twips(320), 2: r.left() + twips(320)} {
		foot := footOn(r, page)
		if len(foot) == 0 {
			t.Fatalf("page %d: no footer", page)
		}
		edge := foot[0].x
		if page == 1 {
			edge = ends(foot[len(foot)-1])
		}
		if math.Abs(edge-want) > 0.05 {
			t.Errorf("page %d: the page number's edge at %.2f mm, want %.2f", page, edge, want)
		}
		o := foot[0]
		// Its line of exact height ends at the footer distance, its
		// baseline four fifths down the line, as LibreOffice sets it.
		lineH := twips(579)
		if want := sec.Height - sec.FooterDist - (1-exactAscent)*lineH; math.Abs(o.y-want) > 0.05 || o.size != 14 {
			t.Errorf("page %d: the footer's baseline at %.2f mm in %.1f pt, want %.2f in 14", page, o.y, o.size, want)
		}
		if !strings.Contains(foot[0].text+foot[len(foot)-1].text, "—") {
			t.Errorf("page %d: footer %+v", page, foot)
		}
	}
}

// TestAHeaderTableIsLaidOutAsATable: a header of a two-column table puts
// its cells side by side, each in its column; a logo floating in its
// second row is placed from that row's cell, as Word places it.
func TestAHeaderTableIsLaidOutAsATable(t *testing.T) {
	logo := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 180000, Y: 36000, CX: 720000, CY: 240000}}
	tbl := sealtest.Table([]int{3000, 5000},
		[]string{sealtest.Cell(3000, sealtest.Para("left", st.Text("沁源县财政局"))), sealtest.Cell(5000, sealtest.Para("right", st.Text("绩效公开")))},
		[]string{sealtest.Cell(3000, sealtest.Para("left", st.Text("一"))), sealtest.Cell(5000, sealtest.Para("left", st.Text("文件"), logo.Run(9, "徽标", "rIdLogo")))})
	doc, r := laidShapes(t, sealtest.Docx(t, st.Para(st.Text("正文")), tbl))
	a, b := textOp(t, r, "沁源县财政局"), textOp(t, r, "绩效公开")
	if math.Abs(a.y-b.y) > 0.01 || a.x > r.left()+twips(3000) || b.x < r.left()+twips(3000) {
		t.Errorf("the header table's cells at (%.2f, %.2f) and (%.2f, %.2f), want side by side at the column line %.2f", a.x, a.y, b.x, b.y, r.left()+twips(3000))
	}
	if glyphTop(a) < doc.Sections[0].HeaderDist-0.05 || a.y > r.top() {
		t.Errorf("the header table's first row at %.2f mm", a.y)
	}
	text := textOp(t, r, "文件")
	imgs := kindOf(r, opImage)
	if len(imgs) != 1 {
		t.Fatalf("%d pictures drawn", len(imgs))
	}
	// The first row starts at the header distance; a cell's line sets its
	// glyphs as far under its paragraph's top in either row.
	inLine := glyphTop(a) - doc.Sections[0].HeaderDist
	if x, y := text.x+5, glyphTop(text)-inLine+1; math.Abs(imgs[0].x-x) > 0.05 || math.Abs(imgs[0].y-y) > 0.05 {
		t.Errorf("the logo in the second row at (%.2f, %.2f), want (%.2f, %.2f) from its cell", imgs[0].x, imgs[0].y, x, y)
	}
}

// TestFooterFloatsAndTables: a logo in a footer table's cell is placed
// from its cell, and a footer's logo placed from its paragraph stands
// that far from the paragraph's top.
func TestFooterFloatsAndTables(t *testing.T) {
	w := storytest.Word
	up := sealtest.Float{Anchor: st.Anchor{H: "margin", V: "paragraph", X: 0, Y: -360000, CX: 360000, CY: 180000}}
	inCell := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 72000, Y: 0, CX: 360000, CY: 180000}}
	footer := sealtest.Table([]int{4000, 4000}, []string{sealtest.Cell(4000, sealtest.Para("left", st.Text("甲栏"))), sealtest.Cell(4000, sealtest.Para("left", st.Text("乙栏"), inCell.Run(12, "格", "rIdLogo")))}) +
		storytest.Para(w.Footer, "", st.Text("第一行"), up.Run(11, "上", "rIdLogo"))
	doc, r := laidShapes(t, w.Docx(t, st.Para(st.Text("正文")), "", footer))
	sec := doc.Sections[0]
	imgs := kindOf(r, opImage)
	if len(imgs) != 2 {
		t.Fatalf("%d pictures drawn", len(imgs))
	}
	first, cell := textOp(t, r, "第一行"), textOp(t, r, "乙栏")
	// The footer's table starts it, its first row at the footer's top.
	if math.Abs(imgs[0].y-r.footTop) > 0.05 || math.Abs(imgs[0].x-(cell.x+2)) > 0.05 {
		t.Errorf("the footer table's float at (%.2f, %.2f), want (%.2f, %.2f) from its cell", imgs[0].x, imgs[0].y, cell.x+2, r.footTop)
	}
	if math.Abs(imgs[1].y-(glyphTop(first)-10)) > 0.05 || math.Abs(imgs[1].x-r.left()) > 0.05 {
		t.Errorf("the footer's float at (%.2f, %.2f), want 10 mm above its paragraph's top %.2f", imgs[1].x, imgs[1].y, glyphTop(first))
	}
	if first.y < cell.y || first.y > sec.Height-sec.FooterDist {
		t.Errorf("the footer's paragraph at %.2f mm, under its table at %.2f and above the footer distance; the footer from %.2f", first.y, cell.y, r.footTop)
	}
}

// TestAPictureInAHeaderLine: a logo in a header's line of text stands
// in the line between the words beside it.
func TestAPictureInAHeaderLine(t *testing.T) {
	w := storytest.Word
	header := storytest.Para(w.Header, `<w:jc w:val="left"/>`, st.Text("沁源县"), storytest.Inline(360000, 180000), st.Text("财政局"))
	_, r := laidShapes(t, w.Docx(t, st.Para(st.Text("正文")), header, ""))
	before, after := textOp(t, r, "沁源县"), textOp(t, r, "财政局")
	imgs := kindOf(r, opImage)
	if len(imgs) != 1 {
		t.Fatalf("%d pictures drawn", len(imgs))
	}
	img := imgs[0]
	if math.Abs(img.x-ends(before)) > 0.05 || math.Abs(after.x-(img.x+img.w)) > 0.05 || math.Abs(img.w-10) > 0.05 {
		t.Errorf("the logo at %.2f–%.2f mm, want between 沁源县 (ends %.2f) and 财政局 (starts %.2f), 10 mm wide", img.x, img.x+img.w, ends(before), after.x)
	}
	if img.y+img.h > after.y+0.5 || img.y < r.sections[0].HeaderDist-0.05 {
		t.Errorf("the logo from %.2f to %.2f mm, want on the line's baseline %.2f", img.y, img.y+img.h, after.y)
	}
}

// TestPageRefInAFooter: a footer's PAGEREF shows this layout's page of
// its bookmark, on every page.
func TestPageRefInAFooter(t *testing.T) {
	w := storytest.Word
	footer := storytest.Para(w.Footer, "", st.Text("附表见第"), `<w:fldSimple w:instr=" PAGEREF 附表 \h "><w:r><w:t>9</w:t></w:r></w:fldSimple>`, st.Text("页"))
	body := rt.PageBreak("第一页") + rt.PageBreak("第二页") + rt.Target("附表")
	doc, r := laidShapes(t, w.Docx(t, body, "", footer))
	if len(doc.Undrawn) > 0 {
		t.Fatalf("listed %v", doc.Undrawn)
	}
	for page := 1; page <= 3; page++ {
		var text string
		for _, o := range footOn(r, page) {
			text += o.text
		}
		if text != "附表见第3页" {
			t.Errorf("page %d's footer says %q, want 附表见第3页", page, text)
		}
	}
}

// TestATallHeaderPushesTheBodyDown: a header reaching below the text
// block's top moves the body's first line under it, as Word does.
func TestATallHeaderPushesTheBodyDown(t *testing.T) {
	w := storytest.Word
	var header string
	for i := range 5 {
		header += storytest.Para(w.Header, "", rt.Word.Run(`<w:sz w:val="56"/>`, wide(fmt.Sprintf("第%d行", i+1))))
	}
	_, r := laidShapes(t, w.Docx(t, st.Para(st.Text("正文")), header, ""))
	last, body := textOp(t, r, wide("第5行")), firstTextOp(t, r, "正")
	if glyphTop(last) < r.top() {
		t.Fatalf("the header ends at %.2f mm, above the text block's top %.2f: not tall enough", glyphTop(last), r.top())
	}
	if glyphTop(body) < glyphTop(last)+28*ptToMM {
		t.Errorf("the body's first line at %.2f mm, over the header's last at %.2f", glyphTop(body), glyphTop(last))
	}
}

// TestATallFooterEndsTheBodyAboveIt: a footer reaching above the bottom
// margin ends each page's body above its top, as Word does: no body
// line overlaps it.
func TestATallFooterEndsTheBodyAboveIt(t *testing.T) {
	w := storytest.Word
	var footer, body string
	for i := range 6 {
		footer += storytest.Para(w.Footer, "", rt.Word.Run(`<w:sz w:val="48"/>`, wide(fmt.Sprintf("页脚第%d行", i+1))))
	}
	for range 40 {
		body += st.Para(st.Text("正文正文正文"))
	}
	_, r := laidShapes(t, w.Docx(t, body, "", footer))
	top := glyphTop(textOp(t, r, wide("页脚第1行")))
	if top > r.blockBottom() {
		t.Fatalf("the footer starts at %.2f mm, under the text block's foot %.2f: not tall enough", top, r.blockBottom())
	}
	for i, o := range r.ops {
		if o.kind == opText && strings.HasPrefix(o.text, "正") && pageOf(r, i) == 1 && o.y > top {
			t.Fatalf("a body line on page 1 at %.2f mm, under the footer's top %.2f", o.y, top)
		}
	}
}

// TestAHeaderWarnsOnce: what a header on every page warns of (a
// character the PDF cannot draw) is said once, not once a page.
func TestAHeaderWarnsOnce(t *testing.T) {
	w := storytest.Word
	header := storytest.Para(w.Header, "", st.Text("沁源县𠀀财政局"))
	_, r := laidShapes(t, w.Docx(t, rt.PageBreak("第一页")+rt.PageBreak("第二页")+rt.Para(st.Text("第三页")), header, ""))
	n := 0
	for _, msg := range r.warnings {
		if strings.Contains(msg, "𠀀") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("warned %d times of the header's character: %q", n, r.warnings)
	}
}

// TestAPageNumberBoxOnTheOutside: a footer's page number in a text box
// aligned to the outside of the margin (WPS's 外侧 page numbers) stands
// at the right on odd pages and at the left on even ones.
func TestAPageNumberBoxOnTheOutside(t *testing.T) {
	w := storytest.Writers[1]
	box := st.Anchor{H: "margin", V: "paragraph", AlignX: "outside", CX: 720000, CY: 360000}
	number := storytest.Para(w.Footer, "", `<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>`)
	footer := storytest.Para(w.Footer, "", st.TextBox(box, "文本框 1", number, `>`))
	_, r := laidShapes(t, w.Docx(t, rt.PageBreak("第一页")+rt.Para(st.Text("第二页")), "", footer))
	for page, want := range map[int]float64{1: r.left() + r.width() - 20, 2: r.left()} {
		var x []float64
		for i, o := range r.ops {
			if o.kind == opPath && pageOf(r, i) == page && o.path.Fill == "FFFFFF" {
				bx, _, _, _ := o.path.Bounds()
				x = append(x, bx+o.path.Width/2)
			}
		}
		if len(x) != 1 || math.Abs(x[0]-want) > 0.05 {
			t.Errorf("page %d: the page number's box at %v mm, want %.2f", page, x, want)
		}
	}
}

// TestAHeaderFloatFromItsCharacter: a logo a header places from the
// character it is anchored at and from that character's line (as WPS
// places one) stands that far from them.
func TestAHeaderFloatFromItsCharacter(t *testing.T) {
	w := storytest.Writers[1]
	logo := sealtest.Float{Anchor: st.Anchor{H: "character", V: "line", X: 36000, Y: -72000, CX: 360000, CY: 180000}, WPS: true}
	header := storytest.Para(w.Header, `<w:jc w:val="right"/>`, st.Text("沁源县财政局"), logo.Run(5, "徽标", "rIdLogo"), st.Text("文件"))
	_, r := laidShapes(t, w.Docx(t, st.Para(st.Text("正文")), header, ""))
	text := firstTextOp(t, r, "沁源县财政局")
	imgs := kindOf(r, opImage)
	if len(imgs) != 1 {
		t.Fatalf("%d pictures drawn", len(imgs))
	}
	at := text.x + text.face.width("沁源县财政局", text.size)
	if math.Abs(imgs[0].x-(at+1)) > 0.05 || math.Abs(imgs[0].y-(glyphTop(text)-2)) > 0.05 {
		t.Errorf("the logo at (%.2f, %.2f), want 1 mm right of 局's end %.2f and 2 mm above its line's top %.2f", imgs[0].x, imgs[0].y, at, glyphTop(text))
	}
}

// TestAFramedPageNumber: a page number in a frame (图文框) aligned to the
// outside of the margin, as Word 2003's and WPS's 插入页码 write it,
// stands at the right margin on odd pages and at the left on even ones,
// at the top of the footer's paragraph after it; nothing is listed.
func TestAFramedPageNumber(t *testing.T) {
	for _, w := range storytest.Writers {
		frame := `<w:framePr w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="outside" w:y="1"/>`
		footer := storytest.Para(w.Footer, frame, st.Text("— "), `<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>`, st.Text(" —")) +
			storytest.Para(w.Footer, "")
		_, r := laidShapes(t, w.Docx(t, rt.PageBreak("第一页")+rt.Para(st.Text("第二页")), "", footer))
		for page := 1; page <= 2; page++ {
			foot := footOn(r, page)
			if len(foot) == 0 {
				t.Fatalf("%s: page %d has no page number", w.Name, page)
			}
			edge, want := foot[0].x, r.left()
			if page == 1 {
				edge, want = ends(foot[len(foot)-1]), r.left()+r.width()
			}
			// Its type stands at the frame's top by its face's ascent: the
			// template's Latin face, Times New Roman, as Word sets it.
			tnr, _ := faceLine("Times New Roman")
			if top := foot[0].y - tnr.ascent*foot[0].size*ptToMM; math.Abs(edge-want) > 0.05 || math.Abs(top-(r.footTop+twips(1))) > 0.05 {
				t.Errorf("%s: page %d's number from %.2f at %.2f mm, want its edge at %.2f, its top at %.2f", w.Name, page, edge, top, want, r.footTop+twips(1))
			}
		}
	}
}

// TestWPSPageNumberBoxes: WPS's page number, a text box fitted to its
// text and aligned across the margin, stands as wide as its number there:
// at the right margin on odd pages and the left on even ones where it is
// on the outside, centred where centred.
func TestWPSPageNumberBoxes(t *testing.T) {
	w := storytest.Writers[1]
	for _, align := range []string{"outside", "center"} {
		_, r := laidShapes(t, w.Docx(t, rt.PageBreak("第一页")+rt.Para(st.Text("第二页")), "", storytest.PageNumberBox(align)+storytest.Para(w.Footer, "")))
		for page := 1; page <= 2; page++ {
			foot := footOn(r, page)
			if len(foot) == 0 {
				t.Fatalf("%s: page %d has no page number", align, page)
			}
			from, to := foot[0].x, ends(foot[len(foot)-1])
			want := map[bool]float64{true: r.left() + r.width() - (to - from), false: r.left()}[page == 1]
			if align == "center" {
				want = r.left() + (r.width()-(to-from))/2
			}
			if math.Abs(from-want) > 0.05 {
				t.Errorf("%s: page %d's number from %.2f to %.2f mm, want from %.2f", align, page, from, to, want)
			}
		}
	}
}
