package layout

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/fieldtest"
	rt "jixiao/pipeline/wordmodel/runtest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// greenLine bounds how far the ends of runtest.Placed's 1 pt lines
// stand beyond the table's edges: half the line, and the joins.
const greenLine = 0.25

// tableSpans are the left and right ends of the green lines drawn on
// each page, from page 1.
func tableSpans(r *renderer) [][2]float64 {
	var out [][2]float64
	for _, o := range r.ops {
		if o.kind == opPage {
			out = append(out, [2]float64{1e9, -1e9})
		}
		if o.kind == opFill && o.color == "00C000" {
			s := &out[len(out)-1]
			s[0], s[1] = min(s[0], o.x), max(s[1], o.x+o.w)
		}
	}
	return out
}

// rowsOf are n rows of two cells of widths, the first cell's text
// numbered from prefix.
func rowsOf(n int, header bool, prefix string, widths []int) []string {
	var out []string
	for i := range n {
		out = append(out, rt.Row(header, rt.Word.Cell(widths[0], "", "", rt.Para(rt.Word.Run("", wide(fmt.Sprintf("%s%d", prefix, i+1))))),
			rt.Word.Cell(widths[1], "", "", rt.Para(rt.Word.Run("", "乙")))))
	}
	return out
}

// TestATableIsAsWideAsWordMakesIt: a table is as wide as its w:tblW says
// in twips, in fiftieths of a percent or as "NN%" of the text's width,
// or, where it says auto, as its grid; it stands centred, at the right,
// or indented by its w:tblInd (to its border in Word 2013's mode, to its
// first cell's text in Word 2010's), or where its style's w:jc puts it;
// a table wider than the text runs into the right margin, unwarned.
func TestATableIsAsWideAsWordMakesIt(t *testing.T) {
	tw := twips
	centredStyle := `<w:style w:type="table" w:styleId="Centred"><w:name w:val="Centred Table"/><w:tblPr><w:jc w:val="center"/><w:tblInd w:w="900" w:type="dxa"/></w:tblPr></w:style>`
	for _, tc := range []struct {
		name, props, style string
		widths             []int
		compat             int
		// left and width are the table's in twips from the text's
		// left edge; centred and right ones are computed.
		left, width int
		align       string
	}{
		{"dxa, centred", `<w:tblW w:w="5442" w:type="dxa"/><w:jc w:val="center"/>`, "", []int{2721, 2721}, 15, 0, 5442, "center"},
		{"fiftieths of a percent, right", `<w:tblW w:w="2000" w:type="pct"/><w:jc w:val="end"/>`, "", []int{1000, 1000}, 15, 0, 8844 * 2 / 5, "right"},
		{"a percentage as Word 2010 writes it", `<w:tblW w:w="50%" w:type="pct"/>`, "", []int{1000, 3000}, 15, 0, 8844 / 2, ""},
		{"auto: the grid's sum, indented", `<w:tblW w:w="0" w:type="auto"/><w:tblInd w:w="640" w:type="dxa"/>`, "", []int{2000, 3000}, 15, 640, 5000, ""},
		{"indented in Word 2010's mode", `<w:tblW w:w="0" w:type="auto"/><w:tblInd w:w="640" w:type="dxa"/>`, "", []int{2000, 3000}, 14, 640 - 108, 5000, ""},
		{"nil: the grid's sum", `<w:tblW w:w="0" w:type="nil"/>`, "", []int{1500, 1500}, 15, 0, 3000, ""},
		{"fixed layout: its tblW, not its grid", `<w:tblW w:w="6000" w:type="dxa"/><w:tblLayout w:type="fixed"/>`, "", []int{2000, 2000}, 15, 0, 6000, ""},
		{"centred by its style", `<w:tblStyle w:val="Centred"/><w:tblW w:w="4000" w:type="dxa"/>`, centredStyle, []int{2000, 2000}, 15, 0, 4000, "center"},
		{"its own jc over its style's", `<w:tblStyle w:val="Centred"/><w:tblW w:w="4000" w:type="dxa"/><w:jc w:val="left"/>`, centredStyle, []int{2000, 2000}, 15, 900, 4000, ""},
		{"wider than the text", `<w:tblW w:w="9800" w:type="dxa"/>`, "", []int{4900, 4900}, 15, 0, 9800, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := rt.Placed(tc.props, tc.widths, rowsOf(2, false, "甲", tc.widths)...) + rt.Para(rt.Word.Run("", "后文"))
			docx := rt.Compat(t, rt.Docx(t, body, "", nil), tc.compat)
			if tc.style != "" {
				docx = rt.WithStyle(t, docx, tc.style)
			}
			r := laidDocx(t, docx)
			left := r.left() + tw(tc.left)
			switch tc.align {
			case "center":
				left = r.left() + (r.width()-tw(tc.width))/2
			case "right":
				left = r.left() + r.width() - tw(tc.width)
			}
			got := tableSpans(r)[0]
			if !nearly(got[0], left, greenLine+0.01) || !nearly(got[1], left+tw(tc.width), greenLine+0.01) {
				t.Errorf("the table's lines from %.2f to %.2f mm, want %.2f to %.2f", got[0], got[1], left, left+tw(tc.width))
			}
			if len(r.warnings) > 0 {
				t.Errorf("warned: %v", r.warnings)
			}
			// The grid's columns share the width in their proportions.
			a, b := textOp(t, r, wide("甲1")), textOp(t, r, "乙")
			if want := left + tw(tc.width)*float64(tc.widths[0])/float64(tc.widths[0]+tc.widths[1]) + cellPad; !nearly(b.x, want, 0.05) || !nearly(a.x, left+cellPad, 0.05) {
				t.Errorf("the cells' text at %.2f and %.2f, want %.2f and %.2f", a.x, b.x, left+cellPad, want)
			}
		})
	}
}

// TestATableWiderThanThePage: a table that would pass the page's edge,
// at the left or centred past both, is narrowed to the page from where it
// starts (the page's left edge at the least), and the build says so
// naming it.
func TestATableWiderThanThePage(t *testing.T) {
	for _, tc := range []struct{ name, props string }{
		{"at the left", `<w:tblW w:w="13000" w:type="dxa"/>`},
		{"centred", `<w:tblW w:w="13000" w:type="dxa"/><w:jc w:val="center"/>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			widths := []int{6500, 6500}
			r := laidDocx(t, rt.Docx(t, rt.Placed(tc.props, widths, rowsOf(2, false, "宽表", widths)...), "", nil))
			left := r.left()
			if strings.Contains(tc.props, "center") {
				left = 0
			}
			got := tableSpans(r)[0]
			if !nearly(got[0], left, greenLine) || !nearly(got[1], r.g.w, greenLine) {
				t.Errorf("the table's lines from %.2f to %.2f mm, want %.2f to the page's edge %.2f", got[0], got[1], left, r.g.w)
			}
			if len(r.warnings) != 1 || !strings.Contains(r.warnings[0], "首格为“"+wide("宽表1")+"”的表格") || !strings.Contains(r.warnings[0], "超出了页面") {
				t.Errorf("warnings %q, want one naming the table 宽表1 as passing the page", r.warnings)
			}
		})
	}
}

// TestANarrowCentredTableOverTwoPages: a centred table half the text wide
// whose rows run onto a second page repeats its header there, at its
// place, its lines and text where they are on the first page.
func TestANarrowCentredTableOverTwoPages(t *testing.T) {
	widths := []int{2211, 2211}
	rows := append(rowsOf(1, true, "表头", widths), rowsOf(60, false, "行", widths)...)
	body := rt.Placed(`<w:tblW w:w="4422" w:type="dxa"/><w:jc w:val="center"/>`, widths, rows...)
	r := laidDocx(t, rt.Docx(t, body, "", nil))
	spans := tableSpans(r)
	left := r.left() + (r.width()-twips(4422))/2
	if len(spans) < 2 {
		t.Fatalf("%d pages, want the table over two", len(spans))
	}
	for p, s := range spans {
		if !nearly(s[0], left, greenLine+0.01) || !nearly(s[1], left+twips(4422), greenLine+0.01) {
			t.Errorf("page %d: the table's lines from %.2f to %.2f mm, want from %.2f", p+1, s[0], s[1], left)
		}
	}
	var heads []float64
	for i, o := range r.ops {
		if o.kind == opText && o.text == wide("表头1") {
			heads = append(heads, o.x)
			if pageOf(r, i) != len(heads) {
				t.Errorf("header %d drawn on page %d", len(heads), pageOf(r, i))
			}
		}
	}
	if len(heads) != len(spans) || !nearly(heads[len(heads)-1], left+cellPad, 0.05) {
		t.Errorf("the header drawn at x %v on %d pages, want at %.2f on each", heads, len(spans), left+cellPad)
	}
}

// TestASealInANarrowCentredTable: a 公章 floating in the second cell of a
// centred signature table, placed from its column (the cell), stands
// from that cell's text where the table is, not where a table across the
// text would put it.
func TestASealInANarrowCentredTable(t *testing.T) {
	f := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 360000, CX: 720000, CY: 720000, Behind: true}}
	table := sealtest.Table([]int{2000, 3000}, []string{sealtest.Cell(2000, sealtest.Para("left", st.Text("附件"))),
		sealtest.Cell(3000, sealtest.Para("right", st.Text("沁源县财政局"), f.Run(3, "公章", "rIdSeal")))})
	table = strings.Replace(table, `<w:tblBorders>`, `<w:jc w:val="center"/><w:tblBorders>`, 1)
	_, r := laidShapes(t, sealtest.Docx(t, table, ""))
	left := r.left() + (r.width()-twips(5000))/2
	imgs := kindOf(r, opImage)
	if want := left + twips(2000) + cellPad + 10; len(imgs) != 1 || !nearly(imgs[0].x, want, 0.01) {
		t.Errorf("seals drawn %+v, want one at x %.2f", imgs, want)
	}
}

// TestAPageFieldInACellOnPageTwo: a PAGE field in the table's first row
// shows 1, one in the part of a split row drawn on the second page 2.
func TestAPageFieldInACellOnPageTwo(t *testing.T) {
	widths := []int{4422, 4422}
	page := func(label string) string {
		return rt.Row(false, rt.Word.Cell(4422, "", "", rt.Para(rt.Word.Run("", label))),
			rt.Word.Cell(4422, "", "", `<w:p>`+noDigitRoom+fieldtest.Text("第")+fieldtest.Simple("PAGE", "1")+fieldtest.Text("页")+`</w:p>`))
	}
	// The last row splits over pages, its field in the part overleaf.
	long := `<w:p>` + noDigitRoom + fieldtest.Text("第") + fieldtest.Simple("PAGE", "1") + fieldtest.Text("页") + `</w:p>`
	for i := range 20 {
		long = rt.Para(rt.Word.Run("", fmt.Sprintf("段%d", i+1))) + long
	}
	rows := append([]string{page("首行")}, rowsOf(5, false, "行", widths)...)
	rows = append(rows, rt.Row(false, rt.Word.Cell(4422, "", "", rt.Para(rt.Word.Run("", "末行"))), rt.Word.Cell(4422, "", "", long)))
	r := laidDocx(t, rt.Docx(t, rt.Placed(`<w:tblW w:w="0" w:type="auto"/>`, widths, rows...), "", nil))
	var got, want []string
	for i, o := range r.ops {
		if o.kind == opText && strings.HasPrefix(o.text, "第") && strings.HasSuffix(o.text, "页") {
			got, want = append(got, o.text), append(want, fmt.Sprintf("第%d页", pageOf(r, i)))
		}
	}
	if len(got) != 2 || !slices.Equal(got, want) || want[1] != "第2页" || pageOf(r, opIndex(t, r, opText, textStarting("末行"))) != 1 {
		t.Errorf("the fields read %q, want %q, the second on page 2, its row begun on page 1", got, want)
	}
}

// twips is a length in twips in mm.
func twips(n int) float64 { return float64(n) / 20 * ptToMM }

// TestAPageFieldInAMergeOverTwoPages: a vertical merge carried onto the
// second page repeats its text there, its PAGE field showing 2.
func TestAPageFieldInAMergeOverTwoPages(t *testing.T) {
	field := `<w:p>` + noDigitRoom + fieldtest.Text("第") + fieldtest.Simple("PAGE", "1") + fieldtest.Text("页") + `</w:p>`
	merged := func(restart bool, paras string) string {
		val := ""
		if restart {
			val = ` w:val="restart"`
		}
		return `<w:tc><w:tcPr><w:tcW w:w="4422" w:type="dxa"/><w:vMerge` + val + `/></w:tcPr>` + paras + `</w:tc>`
	}
	var rows []string
	for i := range 40 {
		paras := rt.Para(rt.Word.Run("", ""))
		if i == 0 {
			paras = field
		}
		rows = append(rows, rt.Row(false, merged(i == 0, paras), rt.Word.Cell(4422, "", "", rt.Para(rt.Word.Run("", wide(fmt.Sprintf("行%d", i+1)))))))
	}
	r := laidDocx(t, rt.Docx(t, rt.Placed(`<w:tblW w:w="0" w:type="auto"/>`, []int{4422, 4422}, rows...), "", nil))
	var got, want []string
	for i, o := range r.ops {
		if o.kind == opText && strings.HasPrefix(o.text, "第") && strings.HasSuffix(o.text, "页") {
			got, want = append(got, o.text), append(want, fmt.Sprintf("第%d页", pageOf(r, i)))
		}
	}
	if len(got) < 2 || !slices.Equal(got, want) {
		t.Errorf("the merge's fields read %q, want %q, on two pages at least", got, want)
	}
}

// TestARowStandsWhereItsOwnPlacePutsIt: a row whose w:tblPrEx or trPr
// places it otherwise than its table (centred, indented and narrower, at
// the right) is drawn there, its text and its lines shifted with it; the
// table's other rows, and a row repeating the jc the table takes from its
// style, stay at the table's place.
func TestARowStandsWhereItsOwnPlacePutsIt(t *testing.T) {
	style := `<w:style w:type="table" w:styleId="Centred"><w:name w:val="Centred Table"/><w:tblPr><w:jc w:val="center"/></w:tblPr></w:style>`
	cell := func(text string) string { return rt.Word.Cell(4000, "", "", rt.Para(rt.Word.Run("", text))) }
	for _, c := range []struct {
		name, props string
		// left and width of the table's rows, then of the shifted ones,
		// in twips from the text's left edge.
		left, width   int
		rows          []string
		lefts, widths []int
	}{
		{"a left table", `<w:tblW w:w="4000" w:type="dxa"/>`, 0, 4000,
			[]string{cell("甲"), rt.OwnRow(`<w:jc w:val="center"/>`, "", cell("乙")), rt.OwnRow(`<w:tblW w:w="3000" w:type="dxa"/><w:tblInd w:w="567" w:type="dxa"/>`, "", cell("丙")),
				rt.OwnRow("", `<w:jc w:val="right"/>`, cell("丁"))},
			[]int{0, (8844 - 4000) / 2, 567, 8844 - 4000}, []int{4000, 4000, 3000, 4000}},
		{"a table centred by its style", `<w:tblStyle w:val="Centred"/><w:tblW w:w="4000" w:type="dxa"/>`, (8844 - 4000) / 2, 4000,
			[]string{cell("甲"), rt.OwnRow(`<w:jc w:val="center"/>`, "", cell("乙")), rt.OwnRow(`<w:jc w:val="left"/><w:tblInd w:w="300" w:type="dxa"/>`, "", cell("丙"))},
			[]int{(8844 - 4000) / 2, (8844 - 4000) / 2, 300}, []int{4000, 4000, 4000}},
	} {
		var rows []string
		for _, row := range c.rows {
			if !strings.HasPrefix(row, "<w:tr>") {
				row = rt.Row(false, row)
			}
			rows = append(rows, row)
		}
		docx := rt.WithStyle(t, rt.Docx(t, rt.Placed(c.props, []int{4000}, rows...), "", nil), style)
		r := laidDocx(t, docx)
		left := r.left()
		for i, text := range []string{"甲", "乙", "丙", "丁"}[:len(c.rows)] {
			o := textOp(t, r, text)
			x0, w := left+twips(c.lefts[i]), twips(c.widths[i])
			if !nearly(o.x, x0+twips(108), 0.01) {
				t.Errorf("%s: row %d's text at %.2f mm, want %.2f", c.name, i+1, o.x, x0+twips(108))
			}
			// Its top line and its bottom line, over and under its text,
			// start and end with it, a shifted row's beside them.
			top, under := -1.0, 1e9
			for _, f := range kindOf(r, opFill) {
				if f.color == "00C000" && f.w > f.h {
					if f.y < o.y-3 {
						top = max(top, f.y)
					} else if f.y > o.y {
						under = min(under, f.y)
					}
				}
			}
			for _, y := range []float64{top, under} {
				starts, ends := false, false
				for _, f := range kindOf(r, opFill) {
					if f.color == "00C000" && f.w > f.h && nearly(f.y, y, 0.01) {
						starts = starts || nearly(f.x, x0, greenLine)
						ends = ends || nearly(f.x+f.w, x0+w, greenLine)
					}
				}
				if !starts || !ends {
					t.Errorf("%s: row %d's line at %.2f mm does not span it (%.2f to %.2f mm)", c.name, i+1, y, x0, x0+w)
				}
			}
		}
	}
}
