package layout

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// tabbed is a cell paragraph as w writes one with a tab stop (stops, the
// w:tab elements of its w:tabs) and ind its indent's attributes, holding
// runs.
func tabbed(stops, ind string, runs ...string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:tabs>` + stops + `</w:tabs><w:ind ` + ind + `/><w:jc w:val="left"/></w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// tabRun is a tab's run as w writes it.
func tabRun(w rt.Writer) string {
	if w == rt.WPS {
		return `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:tab/></w:r>`
	}
	return `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:tab/></w:r>`
}

const noIndent = `w:firstLineChars="0" w:firstLine="0"`

// leaderCell is a one-cell table of the forms clerks make with leaders:
// 姓名……（签字） to a right stop, 日期 and an underscore line to fill in
// (a left stop, nothing after it), a bold 第一章, hyphens and a red 12 at
// a right stop, 单位, middle dots and 万元 at an alignment tab's right,
// 合计 and dots to 12.50's decimal point, 甲 indented 2 characters
// (420 twips) with dots to a centre stop and 乙 centred on it.
func leaderCell(w rt.Writer) string {
	stop := func(val, leader string, pos int) string {
		return `<w:tab w:val="` + val + `" w:leader="` + leader + `" w:pos="` + strconv.Itoa(pos) + `"/>`
	}
	tab := tabRun(w)
	cell := w.Cell(5000, "", "",
		tabbed(stop("right", "dot", 4000), noIndent, w.Run("", "姓名"), tab, w.Run("", "（签字）")),
		tabbed(stop("left", "underscore", 3800), noIndent, w.Run("", "日期"), tab),
		tabbed(stop("right", "hyphen", 4000), noIndent, w.Run(`<w:b/>`, "第一章"), tab, w.Run(`<w:color w:val="FF0000"/>`, "12")),
		rt.Para(w.Run("", "单位"), `<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="middleDot"/></w:r>`, w.Run("", "万元")),
		tabbed(stop("decimal", "dot", 3000), noIndent, w.Run("", "合计"), tab, w.Run("", "12.50")),
		tabbed(stop("center", "dot", 3000), `w:firstLine="420"`, w.Run("", "甲"), tab, w.Run("", "乙")))
	return rt.Table([]int{5000}, cell) + rt.Para(w.Run("", "表后"))
}

// TestLeadersInACell: a tab's leader in a table cell is drawn as a body
// paragraph's (drawLeader): in the tab's size on the line's baseline, its
// last character ending where the text after the tab begins, at most one
// character from where the text before it ends; the stops measured from
// the cell's content box (its left at 姓名): （签字） and 12 end at the
// right stop, the underscore line at the left stop, 万元 at the box's
// right, 12.50's point at the decimal stop, 乙 centred on the centre
// stop after a first-line indent.
func TestLeadersInACell(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		doc, r := laidShapes(t, rt.Docx(t, leaderCell(w), "", nil))
		if len(doc.Undrawn) > 0 {
			t.Fatalf("%v: listed %v", w, doc.Undrawn)
		}
		end := func(o op) float64 { return o.x + o.face.width(o.text, o.size) }
		name := firstTextOp(t, r, "姓名")
		left, right := name.x, name.x+twips(5000)-2*twips(108)
		for _, c := range []struct {
			before, leader, after string
			stop                  float64
		}{
			{"姓名", ".", "（签字）", twips(4000)},
			{"日期", "_", "", twips(3800)},
			{"第一章", "-", "12", twips(4000)},
			{"单位", "·", "万元", right - left},
			{"合计", ".", "12.50", twips(3000)},
			{"甲", ".", "乙", twips(3000)},
		} {
			before := firstTextOp(t, r, c.before)
			lead := leaderAfter(r, before)
			if strings.Trim(lead.text, c.leader) != "" || lead.y != before.y || lead.size != before.size {
				t.Errorf("%v: %s's leader %q at %.2f size %.1f, want %q on its baseline %.2f size %.1f", w, c.before, lead.text, lead.y, lead.size, c.leader, before.y, before.size)
				continue
			}
			cw := lead.face.width(c.leader, lead.size)
			if gap := lead.x - end(before); gap < -0.01 || gap > 1.5*cw+0.01 {
				t.Errorf("%v: %s's leader from %.2f, %s ends at %.2f", w, c.before, lead.x, c.before, end(before))
			}
			stop := left + c.stop
			switch c.after {
			case "":
				if !nearly(end(lead), stop, 0.01) {
					t.Errorf("%v: %s's line ends at %.2f, want the stop %.2f", w, c.before, end(lead), stop)
				}
				continue
			case "12.50":
				after := firstTextOp(t, r, c.after)
				if point := after.x + after.face.width("12", after.size); !nearly(point, stop, 0.05) {
					t.Errorf("%v: 12.50's point at %.2f, want the decimal stop %.2f", w, point, stop)
				}
			case "乙":
				after := firstTextOp(t, r, c.after)
				if mid := (after.x + end(after)) / 2; !nearly(mid, stop, 0.05) {
					t.Errorf("%v: 乙's middle at %.2f, want the centre stop %.2f (the first line indented to %.2f)", w, mid, stop, before.x)
				}
				if !nearly(before.x, left+twips(420), 0.05) {
					t.Errorf("%v: 甲 at %.2f, want the first-line indent %.2f", w, before.x, left+twips(420))
				}
			default:
				if after := firstTextOp(t, r, c.after); !nearly(end(after), stop, 0.05) {
					t.Errorf("%v: %s ends at %.2f, want the stop %.2f", w, c.after, end(after), stop)
				}
			}
			if after := firstTextOp(t, r, c.after); !nearly(end(lead), after.x, 0.01) {
				t.Errorf("%v: %s's leader ends at %.2f, %s begins at %.2f", w, c.before, end(lead), c.after, after.x)
			}
		}
		if red, hyphens := firstTextOp(t, r, "12"), leaderAfter(r, firstTextOp(t, r, "第一章")); red.color != "FF0000" || hyphens.color == "FF0000" {
			t.Errorf("%v: 12 in %q, the hyphens in %q: want the red the run's, the leader the tab's", w, red.color, hyphens.color)
		}
	}
}

// leaderAfter is the first text operation after before's that is a
// leader: one character repeated.
func leaderAfter(r *renderer, before op) op {
	k := 0
	for k < len(r.ops) && r.ops[k] != before {
		k++
	}
	for _, o := range r.ops[k:] {
		if n := utf8.RuneCountInString(o.text); o.kind == opText && n > 2 && strings.Count(o.text, o.text[:len(o.text)/n]) == n {
			return o
		}
	}
	return op{}
}

// TestACellsLeaderIsInTheFontSubset: a cell is drawn from a second
// wrapping that marks no glyph used, so a leader character found nowhere
// else in the document must be marked while the layout measures, or the
// embedded font leaves it out and the PDF shows the leader blank.
func TestACellsLeaderIsInTheFontSubset(t *testing.T) {
	doc, err := wordmodel.Read(rt.Docx(t, leaderCell(rt.Word), "", nil))
	if err != nil {
		t.Fatal(err)
	}
	l, err := Layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range "_-·" {
		in := false
		for _, f := range l.fs.all {
			if g := f.glyph(c); g.index != 0 && f.used[g.index] {
				in = true
			}
		}
		if !in {
			t.Errorf("the leader %q is in no font's subset", c)
		}
	}
}
