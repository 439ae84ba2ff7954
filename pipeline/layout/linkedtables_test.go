package layout

import (
	"fmt"
	"strings"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestATableGoesOnInTheNextLinkedBox: a table of rows 10 mm high (exact)
// in a chain of two linked boxes, after a line of text, fills the first
// box with the rows it holds whole and goes on at the second box's
// inside top and left with the rest, none split; every row's text drawn
// once, in order, and the text after the table follows it in the second
// box. Word 2016's boxes and WPS's VML alike.
func TestATableGoesOnInTheNextLinkedBox(t *testing.T) {
	var rows string
	for i := 1; i <= 6; i++ {
		rows += `<w:tr><w:trPr><w:trHeight w:val="567" w:hRule="exact"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="2835" w:type="dxa"/></w:tcPr>` + st.Para(st.Text(wide(fmt.Sprintf("行%d", i)))) + `</w:tc></w:tr>`
	}
	table := `<w:tbl><w:tblPr><w:tblW w:w="2835" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="2835"/></w:tblGrid>` + rows + `</w:tbl>`
	exact := `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:spacing w:line="400" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>`
	story := exact + st.Text("表前") + `</w:p>` + table + exact + st.Text("表后") + `</w:p>`
	first := st.Anchor{H: "page", V: "page", X: 30 * emu, Y: 50 * emu, CX: 60 * emu, CY: 40 * emu}
	second := st.Anchor{H: "page", V: "page", X: 110 * emu, Y: 50 * emu, CX: 60 * emu, CY: 60 * emu}
	pt := func(mm float64) float64 { return mm / ptToMM }
	wps := st.VMLLinkedBoxes(story, [4]float64{pt(30), pt(50), pt(60), pt(40)}, [4]float64{pt(110), pt(50), pt(60), pt(60)})
	for k := range wps {
		wps[k] = strings.ReplaceAll(wps[k], "mso-position-horizontal-relative:margin;", "mso-position-horizontal-relative:page;mso-position-vertical-relative:page;")
	}
	for _, tc := range []struct {
		name string
		runs []string
	}{{"Word", st.LinkedBoxes(story, ">", first, second)}, {"WPS", wps}} {
		t.Run(tc.name, func(t *testing.T) {
			_, r := laidShapes(t, st.Docx(t, st.Para(append([]string{st.Text("锚")}, tc.runs...)...), nil))
			var order []string
			box := map[string]int{}
			ys := map[string]float64{}
			for _, o := range kindOf(r, opText) {
				if !strings.ContainsAny(o.text, "行表") {
					continue
				}
				order = append(order, o.text)
				k := 0
				if o.x > 100 {
					k = 1
				}
				box[o.text], ys[o.text] = k, o.y
				left := [2]float64{30, 110}[k] + 2.54
				if o.x < left-0.01 || o.y < 50+1.27 || o.y > 50+[2]float64{40, 60}[k]-1.27 {
					t.Errorf("%q at (%.2f, %.2f): outside box %d's inside", o.text, o.x, o.y, k+1)
				}
				if strings.HasPrefix(o.text, "行") && !nearly(o.x, left+twips(108), 0.05) {
					t.Errorf("%q at %.2f: want its cell's content left %.2f", o.text, o.x, left+twips(108))
				}
			}
			want := []string{"表前", wide("行1"), wide("行2"), wide("行3"), wide("行4"), wide("行5"), wide("行6"), "表后"}
			if strings.Join(order, " ") != strings.Join(want, " ") {
				t.Fatalf("drawn %q, want %q", order, want)
			}
			var firstOn2 string
			for _, s := range want {
				if box[s] == 1 {
					firstOn2 = s
					break
				}
			}
			if firstOn2 == "" || box["表前"] != 0 || box["行1"] != 0 || box["表后"] != 1 {
				t.Fatalf("the boxes: %v", box)
			}
			// The first row in the second box stands at its top: its text
			// less than a row under the inside's top.
			if y := ys[firstOn2]; y > 50+1.27+10 {
				t.Errorf("%s, the second box's first row, has its text at %.2f: not at the box's top", firstOn2, y)
			}
			// The first box holds as many rows as fit: the next would
			// have run past its inside's foot.
			var last string
			for _, s := range want {
				if box[s] == 0 {
					last = s
				}
			}
			if bottomOfRow := ys[last] + 10; bottomOfRow+10 < 50+40-1.27-3 {
				t.Errorf("the first box's last row %s ends about %.2f, room for another above %.2f", last, bottomOfRow, 50+40-1.27)
			}
		})
	}
}
