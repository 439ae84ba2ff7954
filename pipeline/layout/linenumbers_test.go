package layout

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// numbersIn are the line numbers drawn on each page: text operations left
// of the text's margin (28 mm in the template), by page, top down.
func numbersIn(r *renderer) [][]op {
	var out [][]op
	for _, page := range pagesOf(r) {
		var nums []op
		for _, o := range page {
			if o.kind == opText && o.x < 25 && o.angle == 0 {
				nums = append(nums, o)
			}
		}
		sort.SliceStable(nums, func(i, j int) bool { return nums[i].y < nums[j].y })
		out = append(out, nums)
	}
	return out
}

func opTexts(ops []op) string {
	var s []string
	for _, o := range ops {
		s = append(s, o.text)
	}
	return strings.Join(s, " ")
}

// TestLineNumbersStandLeftOfEachBodyLine: 行号 every line as Word numbers
// a draft: each line of a paragraph of three lines and an empty
// paragraph counted, a table's lines, a header's and a paragraph that
// suppresses them not; each number on its line's baseline, its right
// edge the distance (567 twips, 10 mm) left of the text.
func TestLineNumbersStandLeftOfEachBodyLine(t *testing.T) {
	w := rt.Word
	long := strings.Repeat("预算绩效管理", 12)
	quiet := strings.Replace(rt.Para(w.Run("", "不计")), "<w:jc ", `<w:suppressLineNumbers/><w:jc `, 1)
	body := rt.Para(w.Run("", "一行")) + rt.Para(w.Run("", long)) + rt.Para() +
		rt.Table([]int{4000}, w.Cell(4000, "", "", rt.Para(w.Run("", "表内")))) + quiet + rt.Para(w.Run("", "末行"))
	docx := rt.WithHeader(t, rt.Docx(t, body, `<w:lnNumType w:countBy="1" w:distance="567" w:restart="continuous"/>`, nil), rt.Para(w.Run("", "页眉")))
	r := laidDocx(t, docx)
	nums := numbersIn(r)[0]
	if got := opTexts(nums); got != "1 2 3 4 5 6" {
		t.Fatalf("numbers %q, want 1 to 6: one line, three, an empty one, the last", got)
	}
	left := opStarting(t, r.ops, "一").x
	for _, n := range nums {
		if right := n.x + n.face.width(n.text, n.size); !nearly(right, left-10, 0.01) {
			t.Errorf("%s ends at %.2f, want 10 mm left of the text at %.2f", n.text, right, left)
		}
	}
	yu := textOps(r.ops, "预")
	for k, want := range []float64{opStarting(t, r.ops, "一").y, yu[0].y, yu[len(yu)-1].y, opStarting(t, r.ops, "末").y} {
		n := nums[[]int{0, 1, 3, 5}[k]]
		if !near(n.y, want) {
			t.Errorf("%s on %.2f, want its line's baseline %.2f", n.text, n.y, want)
		}
	}
	if empty := nums[4]; !(empty.y > yu[len(yu)-1].y+3 && empty.y < opStarting(t, r.ops, "表").y) {
		t.Errorf("the empty paragraph's 5 on %.2f, not between the long paragraph and the table", empty.y)
	}
}

// TestLineNumbersRestartAsTheSectionSays: every second line numbered
// (countBy 2), from the start the section gives (w:start 9: 10), again
// on each page (Word's default), never (continuous), or in each section.
func TestLineNumbersRestartAsTheSectionSays(t *testing.T) {
	w := rt.Word
	lines := func(n int) string {
		s := ""
		for i := range n {
			s += rt.Para(w.Run("", fmt.Sprintf("第%d行", i)))
		}
		return s
	}
	for restart, want := range map[string][]string{
		"newPage":    {"10 12", "10 12"},
		"continuous": {"10 12", "14 16"},
	} {
		body := lines(3) + rt.PageBreak("第3行") + lines(4)
		r := laidDocx(t, rt.Docx(t, body, `<w:lnNumType w:countBy="2" w:start="8" w:restart="`+restart+`"/>`, nil))
		var got []string
		for _, page := range numbersIn(r) {
			got = append(got, opTexts(page))
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: %q, want %q", restart, got, want)
		}
	}
	// Two sections, a page each: newSection restarts where the second
	// begins, newPage would too, continuous would not.
	sect := `<w:p><w:pPr><w:sectPr><w:lnNumType w:countBy="1" w:restart="newSection"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/></w:sectPr></w:pPr>` + w.Run("", "节末") + `</w:p>`
	r := laidDocx(t, rt.Docx(t, lines(2)+sect+lines(2), `<w:lnNumType w:countBy="1" w:restart="newSection"/>`, nil))
	var got []string
	for _, page := range numbersIn(r) {
		got = append(got, opTexts(page))
	}
	if strings.Join(got, "|") != "1 2 3|1 2" {
		t.Errorf("newSection: %q, want 1 2 3 then 1 2", got)
	}
}
