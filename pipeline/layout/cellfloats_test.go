package layout

import (
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// cellPad is Word's cell margin beside the text, 108 twips.
const cellPad = 108.0 / 20 * ptToMM

// pageOf is the page (from 1) the operation at index i of r.ops is on.
func pageOf(r *renderer, i int) int {
	n := 0
	for _, o := range r.ops[:i] {
		if o.kind == opPage {
			n++
		}
	}
	return n
}

// opIndex is the index in r.ops of the first operation of kind kind for
// which is holds.
func opIndex(t *testing.T, r *renderer, kind opKind, is func(op) bool) int {
	t.Helper()
	i := slices.IndexFunc(r.ops, func(o op) bool { return o.kind == kind && is(o) })
	if i < 0 {
		t.Fatalf("no such operation of kind %d", kind)
	}
	return i
}

func textStarting(s string) func(op) bool {
	return func(o op) bool { return strings.HasPrefix(o.text, s) }
}

// TestASealInASignatureTable: a 公章 floating in the signature table's
// right cell is drawn at its size where its anchor says (within 0.01
// mm): from the cell's content box for the column and the margin, from
// the cell's box for the page, from the paragraph's top, from the line
// and the character (the right-aligned name's end) WPS places it by;
// from the text block's column where it is not laid out in its cell (a
// WPS document's layoutInCell="0"). Behind the text it comes before all
// of the page's text.
func TestASealInASignatureTable(t *testing.T) {
	seal := func(a st.Anchor) sealtest.Float {
		a.CX, a.CY, a.Behind = 1440000, 1440000, true
		return sealtest.Float{Anchor: a}
	}
	wps := seal(st.Anchor{H: "character", V: "line", X: -1260000, Y: -720000})
	wps.WPS = true
	notInCell := seal(st.Anchor{H: "column", V: "paragraph", X: 1080000, Y: -360000})
	notInCell.InCell = "0"
	for _, tc := range []struct {
		name string
		f    sealtest.Float
		wps  bool
		x, y func(r *renderer, cellX, cellW, top float64) float64
	}{
		{"Word: column and paragraph", seal(st.Anchor{H: "column", V: "paragraph", X: 1080000, Y: -360000}), false,
			func(r *renderer, cellX, cellW, top float64) float64 { return cellX + cellPad + 30 },
			func(r *renderer, cellX, cellW, top float64) float64 { return top - 10 }},
		{"WPS: character and line", wps, true,
			func(r *renderer, cellX, cellW, top float64) float64 { return cellX + cellW - cellPad - 35 },
			func(r *renderer, cellX, cellW, top float64) float64 { return top - 20 }},
		{"page and margin in the cell", seal(st.Anchor{H: "page", V: "margin", X: 360000, Y: 180000}), false,
			func(r *renderer, cellX, cellW, top float64) float64 { return cellX + 10 },
			func(r *renderer, cellX, cellW, top float64) float64 { return top + 5 }},
		{"centred in the column, at the cell's top", seal(st.Anchor{H: "column", V: "page", AlignX: "center", AlignY: "top"}), false,
			func(r *renderer, cellX, cellW, top float64) float64 { return cellX + cellPad + (cellW-2*cellPad-40)/2 },
			func(r *renderer, cellX, cellW, top float64) float64 { return top }},
		{"right of the margin", seal(st.Anchor{H: "margin", V: "paragraph", AlignX: "right", Y: 0}), false,
			func(r *renderer, cellX, cellW, top float64) float64 { return cellX + cellW - cellPad - 40 },
			func(r *renderer, cellX, cellW, top float64) float64 { return top }},
		{"WPS, not laid out in the cell", notInCell, true,
			func(r *renderer, cellX, cellW, top float64) float64 { return r.left() + 30 },
			func(r *renderer, cellX, cellW, top float64) float64 { return top - 10 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docx := sealtest.Docx(t, sealtest.Signature(tc.f.Run(3, "公章", "rIdSeal"))+st.Para(st.Text("后文")), "")
			if tc.wps {
				docx = sealtest.AsWPS(t, docx)
			}
			_, r := laidShapes(t, docx)
			imgs := kindOf(r, opImage)
			if len(imgs) != 1 {
				t.Fatalf("%d pictures drawn", len(imgs))
			}
			o := imgs[0]
			cellX, cellW, top := r.left()+r.width()/2, r.width()/2, r.top()
			if tc.wps {
				cellX -= cellPad // a document of no Word mode: the cells' text lines up with the body's
			}
			if x, y := tc.x(r, cellX, cellW, top), tc.y(r, cellX, cellW, top); !nearly(o.x, x, 0.01) || !nearly(o.y, y, 0.01) || !nearly(o.w, 40, 0.01) || !nearly(o.h, 40, 0.01) {
				t.Errorf("the seal at (%.2f, %.2f) %.2f × %.2f mm, want (%.2f, %.2f) 40 × 40", o.x, o.y, o.w, o.h, x, y)
			}
			img := opIndex(t, r, opImage, func(op) bool { return true })
			if text := opIndex(t, r, opText, textStarting("附件")); img > text || pageOf(r, img) != 1 {
				t.Errorf("the seal behind the text is drawn at %d, on page %d; the cell's text at %d", img, pageOf(r, img), text)
			}
		})
	}
}

// TestASealInFrontOfTheText: a seal in front of the text is drawn over
// the whole table, the row under its own included, and over the
// table's lines: after all of them.
func TestASealInFrontOfTheText(t *testing.T) {
	f := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 0, Y: 0, CX: 1440000, CY: 1440000}}
	lined := strings.Replace(sealtest.Table([]int{4422, 4422},
		[]string{sealtest.Cell(4422, sealtest.Para("left", st.Text("单位"))), sealtest.Cell(4422, sealtest.Para("right", st.Text("盖章"), f.Run(3, "公章", "rIdSeal")))},
		[]string{sealtest.Cell(4422, sealtest.Para("left", st.Text("日期"))), sealtest.Cell(4422, sealtest.Para("right", st.Text("下一行")))}),
		`w:val="none" w:sz="0"`, `w:val="single" w:sz="4"`, -1)
	_, r := laidShapes(t, sealtest.Docx(t, lined+st.Para(st.Text("后文")), ""))
	img := opIndex(t, r, opImage, func(op) bool { return true })
	if text := opIndex(t, r, opText, textStarting("下一行")); img < text {
		t.Errorf("the seal in front is drawn at %d, before the next row's text at %d", img, text)
	}
	for i, o := range r.ops {
		if (o.kind == opLine || o.kind == opRect) && i > img && pageOf(r, i) == 1 {
			t.Errorf("a table line is drawn at %d, over the seal in front at %d", i, img)
			break
		}
	}
	if after := opIndex(t, r, opText, textStarting("后")); img > after {
		t.Errorf("the seal is drawn after the text after the table")
	}
}

// TestASealOnThePageOfItsLine: a row split over two pages draws each
// seal with the part showing its anchor's paragraph, placed from that
// paragraph's line there: one anchored in the first paragraph on the
// first page, one in the 40th on the second, each as far from its
// paragraph's text as the other.
func TestASealOnThePageOfItsLine(t *testing.T) {
	f := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 360000, Y: -180000, CX: 720000, CY: 720000, Behind: true}}
	var paras []string
	for i := range 45 {
		text := st.Text("第" + strings.Repeat("一", i%3+1) + "段")
		switch i {
		case 0:
			paras = append(paras, sealtest.Para("left", st.Text("首段"), f.Run(3, "公章", "rIdSeal")))
		case 39:
			paras = append(paras, sealtest.Para("left", st.Text("四十段"), f.Run(4, "公章", "rIdSeal")))
		default:
			paras = append(paras, sealtest.Para("left", text))
		}
	}
	body := sealtest.Table([]int{8844}, []string{sealtest.Cell(8844, paras...)})
	_, r := laidShapes(t, sealtest.Docx(t, body, ""))
	var seals []int
	for i, o := range r.ops {
		if o.kind == opImage {
			seals = append(seals, i)
		}
	}
	if len(seals) != 2 {
		t.Fatalf("%d seals drawn", len(seals))
	}
	first, fortieth := opIndex(t, r, opText, textStarting("首段")), opIndex(t, r, opText, textStarting("四十段"))
	if pageOf(r, seals[0]) != 1 || pageOf(r, seals[1]) != 2 || pageOf(r, fortieth) != 2 {
		t.Fatalf("seals on pages %d and %d, 四十段 on %d", pageOf(r, seals[0]), pageOf(r, seals[1]), pageOf(r, fortieth))
	}
	d1 := r.ops[seals[0]].y - r.ops[first].y
	d2 := r.ops[seals[1]].y - r.ops[fortieth].y
	if !nearly(d1, d2, 0.01) || !nearly(r.ops[seals[1]].x, r.left()+cellPad+10, 0.01) {
		t.Errorf("the seals are %.2f and %.2f mm from their paragraphs' text; the second at x %.2f", d1, d2, r.ops[seals[1]].x)
	}
}

// wrappedCell lays out a full-width cell of a long paragraph with a 20 mm
// seal anchored at its start, 10 mm into the cell's text and level with
// the paragraph's top (or its line's, where byLine), wrapped as wrap
// says; it returns the renderer and the seal's box.
func wrappedCell(t *testing.T, wrap string, byLine bool) (*renderer, op) {
	t.Helper()
	v := "paragraph"
	if byLine {
		v = "line"
	}
	f := sealtest.Float{Anchor: st.Anchor{H: "column", V: v, X: 360000, Y: 0, CX: 720000, CY: 720000, Wrap: wrap}}
	text := strings.Repeat("绩效评价", 30) + "末尾"
	body := sealtest.Table([]int{8844}, []string{sealtest.Cell(8844, sealtest.Para("left", f.Run(3, "公章", "rIdSeal"), st.Text(text)))}) + sealtest.Para("left", st.Text("表后"))
	_, r := laidShapes(t, sealtest.Docx(t, body, ""))
	imgs := kindOf(r, opImage)
	if len(imgs) != 1 {
		t.Fatalf("%d seals drawn", len(imgs))
	}
	return r, imgs[0]
}

// TestACellsTextFlowsAroundItsSeal: a cell's text flows around a seal laid
// out in the cell and set to wrap as the body's flows around a float:
// square on both sides, its lines level with the seal set left and right
// of it and its distances, none over it, and those under it across the
// cell again; top and bottom, no line beside it at all; a seal placed by
// its line alike (celllines.go). None is warned of.
func TestACellsTextFlowsAroundItsSeal(t *testing.T) {
	dist := 114300.0 / 36000 // distL and distR
	for _, tc := range []struct {
		wrap   string
		byLine bool
	}{{`wp:wrapSquare wrapText="bothSides"`, false}, {"wp:wrapTopAndBottom", false}, {`wp:wrapSquare wrapText="bothSides"`, true}} {
		wrap := tc.wrap
		r, seal := wrappedCell(t, wrap, tc.byLine)
		left, right, beside, under := seal.x-dist, seal.x+seal.w+dist, 0, 0
		for _, o := range kindOf(r, opText) {
			if o.text == "表后" || !strings.ContainsAny(o.text, "绩效评价末尾") {
				continue
			}
			x1 := o.x + o.face.width(o.text, o.size)
			level := o.y > seal.y && o.y-o.size*ptToMM < seal.y+seal.h
			switch {
			case level && x1 > left+0.01 && o.x < right-0.01:
				t.Errorf("%s: %q from %.2f to %.2f mm over the seal (%.2f to %.2f)", wrap, o.text, o.x, x1, left, right)
			case level:
				beside++
			case o.y > seal.y+seal.h && o.x < left:
				under++
			}
		}
		if square := strings.Contains(wrap, "Square"); square && beside == 0 || !square && beside > 0 || under == 0 {
			t.Errorf("%s: %d lines beside the seal, %d under it across the cell", wrap, beside, under)
		}
		if len(r.warnings) > 0 {
			t.Errorf("%s: warned %q", wrap, r.warnings)
		}
	}
}

// TestALogoInAHeaderTableIsDrawnInItsCell: a logo floating in the second
// cell of a header table is drawn on every page from that cell's text,
// not from the text block's edge.
func TestALogoInAHeaderTableIsDrawnInItsCell(t *testing.T) {
	f := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 180000, Y: 36000, CX: 720000, CY: 240000}}
	header := sealtest.Table([]int{2000, 4000}, []string{sealtest.Cell(2000, sealtest.Para("left", st.Text("徽"))), sealtest.Cell(4000, sealtest.Para("right", st.Text("沁源县财政局"), f.Run(9, "徽标", "rIdLogo")))})
	body := sealtest.Para("left", st.Text("正文")) + `<w:p><w:r><w:br w:type="page"/></w:r></w:p>` + sealtest.Para("left", st.Text("第二页"))
	doc, r := laidShapes(t, sealtest.Docx(t, body, header))
	var logos []op
	for _, o := range kindOf(r, opImage) {
		if o.img.Name == "logo.png" {
			logos = append(logos, o)
		}
	}
	if len(logos) != 2 {
		t.Fatalf("%d logos drawn on 2 pages", len(logos))
	}
	x, y := r.left()+2000.0/20*ptToMM+cellPad+5, doc.Sections[0].HeaderDist+1
	for _, o := range logos {
		if !nearly(o.x, x, 0.01) || !nearly(o.y, y, 0.01) || !nearly(o.w, 20, 0.01) {
			t.Errorf("the logo at (%.2f, %.2f) %.2f mm wide, want (%.2f, %.2f) 20", o.x, o.y, o.w, x, y)
		}
	}
}

// TestASealInALaterRowOnItsPage: a table of 60 rows spans pages; the
// seal in its last row's cell is drawn on the page that row lands on,
// from that row's paragraph there.
func TestASealInALaterRowOnItsPage(t *testing.T) {
	f := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 360000, Y: 180000, CX: 720000, CY: 720000, Behind: true}}
	var rows [][]string
	for i := range 59 {
		rows = append(rows, []string{sealtest.Cell(4422, sealtest.Para("left", st.Text("项目"+strings.Repeat("甲", i%4+1)))), sealtest.Cell(4422, sealtest.Para("right", st.Text("100")))})
	}
	rows = append(rows, []string{sealtest.Cell(4422, sealtest.Para("left", st.Text("单位"))), sealtest.Cell(4422, sealtest.Para("right", st.Text("末行盖章"), f.Run(3, "公章", "rIdSeal")))})
	_, r := laidShapes(t, sealtest.Docx(t, sealtest.Table([]int{4422, 4422}, rows...), ""))
	img := opIndex(t, r, opImage, func(op) bool { return true })
	last := opIndex(t, r, opText, textStarting("末行"))
	if pageOf(r, last) < 2 || pageOf(r, img) != pageOf(r, last) {
		t.Fatalf("the seal on page %d, its row on page %d", pageOf(r, img), pageOf(r, last))
	}
	// As far under its row's text as in a table of that row alone, 10 mm
	// into the right cell's text.
	_, alone := laidShapes(t, sealtest.Docx(t, sealtest.Table([]int{4422, 4422}, rows[59]), ""))
	want := alone.ops[opIndex(t, alone, opImage, func(op) bool { return true })].y - alone.ops[opIndex(t, alone, opText, textStarting("末行"))].y
	if o := r.ops[img]; !nearly(o.x, r.left()+r.width()/2+cellPad+10, 0.01) || !nearly(o.y-r.ops[last].y, want, 0.01) {
		t.Errorf("the seal at (%.2f, %.2f), %.2f mm under its row's text, want %.2f", o.x, o.y, o.y-r.ops[last].y, want)
	}
}
