package layout

import (
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// combine is 双行合一's property as w writes it: Word with a negative id
// and its brackets, WPS with w:combine="true" first.
func combine(w rt.Writer, id, brackets string) string {
	if w == rt.WPS {
		return `<w:eastAsianLayout w:combine="true" w:id="` + id + `" w:combineBrackets="` + brackets + `"/>`
	}
	return `<w:eastAsianLayout w:id="` + id + `" w:combine="1" w:combineBrackets="` + brackets + `"/>`
}

// halves are the text operations at sizePt, by their text, in order.
func halves(ops []op, sizePt float64) []op {
	var out []op
	for _, o := range ops {
		if o.kind == opText && near(o.size, sizePt) {
			out = append(out, o)
		}
	}
	return out
}

// TestTwoLinesInOneStacksItsHalves: a 联合发文 红头's two organs, one
// stretch of two runs (the second red) in round brackets, Word's and
// WPS's: the first three characters on top, the last three under them,
// each at half the size, the upper type's top at the line's em top and
// the lower's foot at its em foot; the brackets at full size on the
// line's baseline around them, the text after the closing one. An odd
// count puts the extra character on top and centres the lower half.
func TestTwoLinesInOneStacksItsHalves(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		body := rt.Para(w.Run("", "甲"), w.Run(combine(w, "-101", "round"), "沁源县财"), w.Run(combine(w, "-101", "round")+`<w:color w:val="FF0000"/>`, "政局"), w.Run("", "文件")) +
			rt.Para(w.Run("", "乙"), w.Run(combine(w, "-102", ""), "一二三四五"), w.Run("", "后"))
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		jia, yi := opStarting(t, r.ops, "甲"), opStarting(t, r.ops, "乙")
		size, em := jia.size, jia.size*ptToMM
		f := jia.face.font
		half := halves(r.ops, size/2)
		var top, bottom string
		for _, o := range half {
			line := jia.y
			if o.y > yi.y-em {
				line = yi.y
			}
			switch {
			case near(o.y, line-f.ascent*em/2):
				top += o.text
			case near(o.y, line+f.descent*em/2):
				bottom += o.text
			default:
				t.Errorf("%v: %q at %.2f, not on a half's baseline (line's %.2f)", w, o.text, o.y, line)
			}
		}
		if top != "沁源县一二三" || bottom != "财政局四五" {
			t.Errorf("%v: upper %q, lower %q", w, top, bottom)
		}
		open, closing, after := opStarting(t, r.ops, "("), opStarting(t, r.ops, ")"), opStarting(t, r.ops, "文")
		first, zheng := opStarting(t, half, "沁"), opStarting(t, half, "政")
		if !near(open.size, size) || !near(closing.size, size) || !near(open.y, jia.y) || !(open.x < first.x && zheng.x < closing.x && closing.x < after.x) {
			t.Errorf("%v: brackets ( at %.2f ) at %.2f size %.1f around %.2f…%.2f, 文件 at %.2f", w, open.x, closing.x, open.size, first.x, zheng.x, after.x)
		}
		if zheng.color != "FF0000" || first.color != "" {
			t.Errorf("%v: colours %q %q, want the runs' own", w, first.color, zheng.color)
		}
		one, four, five := opStarting(t, half, "一"), opStarting(t, half, "四"), opStarting(t, half, "五")
		upperW, lowerW := five.x-four.x, 0.0
		lowerW = five.x + upperW - four.x
		if mid := (four.x + lowerW/2) - (one.x + 3*upperW/2); !nearly(mid, 0, 0.05) {
			t.Errorf("%v: the lower half of five is %.2f mm off the upper's middle", w, mid)
		}
	}
}

// TestTwoLinesInOneIsNeverBroken: a stretch that does not fit at a
// line's end goes whole to the next line, both halves together.
func TestTwoLinesInOneIsNeverBroken(t *testing.T) {
	w := rt.Word
	fill := strings.Repeat("财", 26)
	body := rt.Para(w.Run("", fill), w.Run(combine(w, "-5", "square"), "沁源县财政局"), w.Run("", "文件"))
	r := laidDocx(t, rt.Docx(t, body, "", nil))
	first := opStarting(t, r.ops, "财")
	upper, lower, open := opStarting(t, r.ops, "沁"), opStarting(t, r.ops, "局"), opStarting(t, r.ops, "[")
	if !(upper.y > first.y+3 && lower.y > upper.y) || !near(open.x, first.x) {
		t.Errorf("first line at %.2f from %.2f; the stretch's [ at %.2f, %.2f, halves at %.2f and %.2f: want it whole on the next line's start", first.y, first.x, open.x, open.y, upper.y, lower.y)
	}
}

// vert is 纵横混排's property as Word writes it; compress: 适应行宽.
func vert(id string, compress bool) string {
	if compress {
		return `<w:eastAsianLayout w:id="` + id + `" w:vert="1" w:vertCompress="1"/>`
	}
	return `<w:eastAsianLayout w:id="` + id + `" w:vert="1"/>`
}

// TestHorizontalInVerticalTurnsTheRun: 纵横混排 in horizontal text turns
// the run's characters a quarter counter-clockwise in a box as wide as
// its em is high (to whole cells on the character grid, as LibreOffice
// sets it), the text after it that far on, centred on the line's em box; with 适应行宽 a longer text is squeezed into that height and
// the line keeps its height, without it the line grows to hold it
// (unless its height is exact).
func TestHorizontalInVerticalTurnsTheRun(t *testing.T) {
	w := rt.Word
	lay := func(compress bool) *renderer {
		// Single spacing: a line of an exact height never grows.
		body := strings.Replace(rt.Para(w.Run("", "至"), w.Run(vert("3", compress), "2024"), w.Run("", "年")), "<w:jc ", `<w:spacing w:line="240" w:lineRule="auto"/><w:jc `, 1) + rt.Para(w.Run("", "下一段"))
		return laidDocx(t, rt.Docx(t, body, "", nil))
	}
	for _, compress := range []bool{true, false} {
		r := lay(compress)
		zhi, turned, nian := opStarting(t, r.ops, "至"), opStarting(t, r.ops, "2024"), opStarting(t, r.ops, "年")
		f := turned.face.font
		em := (f.ascent + f.descent) * turned.size * ptToMM
		length := turned.face.width("2024", turned.size)
		scale := 1.0
		if compress {
			scale = em / length
		}
		left := turned.x - f.ascent*turned.size*ptToMM // the box's left, the type's tops facing it
		width, cells := nian.x-left, (nian.x-left)/r.g.cell
		if turned.angle != 90 || left < zhi.x+1 || width < em-0.01 || !nearly(cells, math.Round(cells), 0.01) {
			t.Errorf("compress %v: 2024 turned %.0f° from x %.2f; 至 at %.2f, 年 at %.2f: want a box of em %.2f in whole grid cells of %.2f", compress, turned.angle, left, zhi.x, nian.x, em, r.g.cell)
		}
		mid := zhi.y - zhi.face.font.ascent*zhi.size*ptToMM + em/2
		if top := turned.y - length*scale; !nearly((turned.y+top)/2, mid, 0.05) {
			t.Errorf("compress %v: turned text from %.2f up to %.2f, want it centred on %.2f", compress, turned.y, top, mid)
		}
		if hs := turned.hscale; compress && !nearly(hs, scale, 0.001) || !compress && hs != 0 {
			t.Errorf("compress %v: squeezed to %.3f, want %.3f", compress, hs, scale)
		}
	}
	squeezed, grown := opStarting(t, lay(true).ops, "下"), opStarting(t, lay(false).ops, "下")
	if grown.y < squeezed.y+1 {
		t.Errorf("the next paragraph at %.2f after a turned run standing out, %.2f after a squeezed one: want the line grown", grown.y, squeezed.y)
	}
}

// TestHorizontalInVerticalTurnsInAHorizontalCell: 纵横混排 in a
// horizontal cell (Word's and WPS's) turns the run as in the body (and as
// LibreOffice draws it): a quarter counter-clockwise, in a box an em wide
// after the text before it, centred on the line's em box.
func TestHorizontalInVerticalTurnsInAHorizontalCell(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		body := rt.Table([]int{4000, 4000}, w.Cell(4000, "", "", rt.Para(w.Run("", "至"), w.Run(vert("3", true), "2024"), w.Run("", "年"))), w.Cell(4000, "", "", rt.Para(w.Run("", "右")))) + rt.Para(w.Run("", "表后"))
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		zhi, turned, nian := opStarting(t, r.ops, "至"), opStarting(t, r.ops, "2024"), opStarting(t, r.ops, "年")
		f := turned.face.font
		em := (f.ascent + f.descent) * turned.size * ptToMM
		left := turned.x - f.ascent*turned.size*ptToMM
		if turned.angle != 90 || left < zhi.x+1 || nian.x-left < em-0.01 || turned.hscale == 0 {
			t.Errorf("writer %d: 2024 turned %.0f° (squeezed %.2f) from x %.2f; 至 at %.2f, 年 at %.2f: want it turned and squeezed in a box of em %.2f between them", w, turned.angle, turned.hscale, left, zhi.x, nian.x, em)
		}
		length := turned.face.width("2024", turned.size) * turned.hscale
		mid := zhi.y - zhi.face.font.ascent*zhi.size*ptToMM + em/2
		if top := turned.y - length; !nearly((turned.y+top)/2, mid, 0.05) {
			t.Errorf("writer %d: turned text from %.2f up to %.2f, want it centred on %.2f", w, turned.y, top, mid)
		}
	}
}

// TestHorizontalInVerticalStandsAcrossAVerticalCell: in a cell of
// vertical text (tbRl, WPS's tbRlV) 纵横混排 sets the run's digits
// across the column, reading left to right, centred on the column's
// middle like the upright characters around it, an em of the column
// long; with 适应行宽 a run wider than an em is squeezed into it,
// without it the column widens to hold it.
func TestHorizontalInVerticalStandsAcrossAVerticalCell(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		cell := func(compress bool, digits string) string {
			return rt.Table([]int{2400}, w.Cell(2400, "tbRl", "", rt.Para(w.Run("", "年"), w.Run(vert("4", compress), digits), w.Run("", "月"))))
		}
		r := laidDocx(t, rt.Docx(t, cell(true, "12")+rt.Para(w.Run("", "隔"))+cell(true, "123")+rt.Para(w.Run("", "隔"))+cell(false, "2024"), "", nil))
		months, years := textOps(r.ops, "月"), textOps(r.ops, "年")
		var mids []float64
		for k, digits := range []string{"12", "123", "2024"} {
			d, yue, nian := opStarting(t, r.ops, digits), months[k], years[k]
			em := d.size * ptToMM
			mid := yue.x + yue.face.width("月", yue.size)/2
			mids = append(mids, mid)
			squeeze, length := 1.0, d.face.width(digits, d.size)
			if d.hscale > 0 {
				squeeze = d.hscale
			}
			if d.angle != 0 || !nearly(d.x+length*squeeze/2, mid, 0.01) || !nearly(d.y-nian.y, em, 0.01) || !nearly(yue.y-d.y, em, 0.01) {
				t.Errorf("%v %s: at %.2f, %.2f turned %.0f°, squeezed %.2f; 年 on %.2f, 月 on %.2f centred on %.2f: want it across the column, an em after 年", w, digits, d.x, d.y, d.angle, squeeze, nian.y, yue.y, mid)
			}
			if want := min(1, em/length); k < 2 && !nearly(squeeze, want, 0.001) || k == 2 && squeeze != 1 {
				t.Errorf("%v %s: squeezed to %.3f", w, digits, squeeze)
			}
		}
		// The column stands at the cell's right (vAlign top), widened to
		// the left by 2024's two ems over its line's height.
		if mids[2] > mids[0]-0.3 {
			t.Errorf("%v: the column of 2024 centred on %.2f, of 12 on %.2f: want it wider", w, mids[2], mids[0])
		}
	}
}

// TestTwoLinesInOneInACell: a table cell's 双行合一 (a 红头 set in a
// table) stacks its halves as a paragraph's do, in the cell's colour
// where all its text has one, in a run's own among others.
func TestTwoLinesInOneInACell(t *testing.T) {
	w := rt.Word
	red := `<w:color w:val="FF0000"/>`
	cell := func(rPr string) string {
		return w.Cell(4000, "", "", rt.Para(w.Run(rPr, "甲"), w.Run(combine(w, "-7", "")+rPr, "沁源县"), w.Run(combine(w, "-7", "")+red, "财政局"), w.Run(rPr, "文件")))
	}
	r := laidDocx(t, rt.Docx(t, rt.Table([]int{4000, 4000}, cell(""), cell(red)), "", nil))
	jias := textOps(r.ops, "甲")
	if len(jias) != 2 {
		t.Fatalf("%d cells' 甲 drawn", len(jias))
	}
	for k, jia := range jias {
		em, f := jia.size*ptToMM, jia.face.font
		var top, bottom string
		for _, o := range halves(r.ops, jia.size/2) {
			if math.Abs(o.x-jia.x) > 40 {
				continue // the other cell's
			}
			switch {
			case near(o.y, jia.y-f.ascent*em/2):
				top += o.text
			case near(o.y, jia.y+f.descent*em/2):
				bottom += o.text
				if o.color != "FF0000" {
					t.Errorf("cell %d: %q in %q, want red", k, o.text, o.color)
				}
			}
			if k == 1 && o.color != "FF0000" {
				t.Errorf("the red cell's %q in %q", o.text, o.color)
			}
		}
		if top != "沁源县" || bottom != "财政局" {
			t.Errorf("cell %d: upper %q, lower %q", k, top, bottom)
		}
	}
}

// TestATurnedPageNumberIsDrawnPlainAndSaid: a page number set 纵横混排
// in a model (wordmodel lists it in a template) is drawn as the page's
// number, upright, and the build says so.
func TestATurnedPageNumberIsDrawnPlainAndSaid(t *testing.T) {
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "第" + wordmodel.PageField + "页",
		Runs: []wordmodel.Run{{Text: "第"}, {Text: wordmodel.PageField, Vertical: true, VertCompress: true}, {Text: "页"}}}}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	if o := opStarting(t, r.ops, "1"); o.angle != 0 || len(r.warnings) != 1 || !strings.Contains(r.warnings[0], "“第[页码]页”中的页码设了双行合一或纵横混排") {
		t.Errorf("page number turned %.0f°, warnings %q", o.angle, r.warnings)
	}
}
