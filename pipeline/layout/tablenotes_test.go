package layout

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestALongTablesLaterPagesKeepNoRoomForEarlierNotes: a long footnote
// referred to above a table takes the foot of the table's first page
// only; the table's rows on the next page go down to that page's text
// foot, as in Word.
func TestALongTablesLaterPagesKeepNoRoomForEarlierNotes(t *testing.T) {
	row := func(i int) string {
		return `<w:tr>` + rt.Word.Cell(4000, "", "", rt.Para(rt.Word.Run("", fmt.Sprintf("行%02d", i)))) + `</w:tr>`
	}
	table := rt.Table([]int{4000}, rt.Word.Cell(4000, "", "", rt.Para(rt.Word.Run("", "行00"))))
	var more strings.Builder
	for i := 1; i < 60; i++ {
		more.WriteString(row(i))
	}
	table = strings.Replace(table, `</w:tbl>`, more.String()+`</w:tbl>`, 1)
	body := rt.Para(rt.Word.Run("", "见注"), footnoteRef) + table
	r := laidDocx(t, withFootnote(t, rt.Docx(t, body, "", nil), strings.Repeat("脚注内容资料来源", 40)))
	pages := glyphsOf(r)
	if len(pages) < 3 {
		t.Fatalf("%d pages, want the table over three", len(pages))
	}
	lowest := [2]float64{}
	for k := range lowest {
		for _, o := range pages[k] {
			if strings.HasPrefix(o.text, "行") || o.text == "行" {
				lowest[k] = max(lowest[k], o.y)
			}
		}
	}
	if lowest[1]-lowest[0] < 15 {
		t.Errorf("the table's rows end at %.1f mm on its first page, with the note, and at %.1f mm on the next, without: want the next page's to reach its foot (%.1f mm)", lowest[0], lowest[1], blockFoot)
	}
}

// TestCellFootnotesNumberedOnTheirRowsPage: 每页重新编号 with marks in a
// table's cells (the section's footnotePr, as Word 2016 writes it for
// 应用于“本节”) numbers each note from ① on the page its row is drawn
// on: ①② on the first page, ① again on the second, in the cell and at
// the note alike; the marks link to their notes as the body's do.
func TestCellFootnotesNumberedOnTheirRowsPage(t *testing.T) {
	note := func(id int, text string) string {
		return fmt.Sprintf(`<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>`, id, text)
	}
	ref := func(id int) string {
		return fmt.Sprintf(`<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>`, id)
	}
	marked := map[int]int{3: 1, 6: 2, 30: 3}
	var rows strings.Builder
	for i := range 40 {
		runs := []string{rt.Word.Run("", fmt.Sprintf("行%02d", i))}
		if id, ok := marked[i]; ok {
			runs = append(runs, ref(id))
		}
		rows.WriteString(`<w:tr>` + rt.Word.Cell(4000, "", "", rt.Para(runs...)) + `</w:tr>`)
	}
	table := rt.Table([]int{4000}, rt.Word.Cell(4000, "", "", rt.Para(rt.Word.Run("", "表头"))))
	table = strings.Replace(table, `</w:tbl>`, rows.String()+`</w:tbl>`, 1)
	docx := withFootnote(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文"))+table, `<w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numRestart w:val="eachPage"/></w:footnotePr>`, nil), "")
	docx = opctest.Edit(t, docx, map[string]func(string) string{"word/footnotes.xml": func(s string) string {
		i := strings.Index(s, `<w:footnote w:id="1">`)
		return s[:i] + note(1, "第一条") + note(2, "第二条") + note(3, "第三条") + `</w:footnotes>`
	}})
	r := laidDocx(t, docx)
	pages := glyphsOf(r)
	if len(pages) < 2 {
		t.Fatalf("%d pages, want the table over two", len(pages))
	}
	want := []string{"①②①②", "①①"}
	for k := range 2 {
		marks := ""
		for _, o := range pages[k] {
			if strings.ContainsAny(o.text, "①②③") {
				marks += o.text
			}
		}
		if marks != want[k] {
			t.Errorf("page %d's marks %q, want %q (the cells' then the notes')", k+1, marks, want[k])
		}
	}
	links := 0
	for _, o := range kindOf(r, opLink) {
		if strings.HasPrefix(o.text, "#_Jxfootnote") {
			links++
		}
	}
	if links != 6 {
		t.Errorf("%d links between the cells' marks and their notes, want 6", links)
	}
}

// TestCustomNoteMarksAreLinks: a custom mark (自定义标记 *, as Word 2016
// writes it) is a link to its note at the page's foot, and the note's *
// a link back, each over its own glyph, both bookmarks placed: in the
// body and in a table's cell.
func TestCustomNoteMarksAreLinks(t *testing.T) {
	ref := `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>`
	for _, inCell := range []bool{false, true} {
		body := rt.Para(rt.Word.Run("", "见注"), ref, rt.Word.Run("", "后文"))
		if inCell {
			body = rt.Table([]int{4000}, rt.Word.Cell(4000, "", "", body))
		}
		docx := withFootnote(t, rt.Docx(t, body, "", nil), "注释内容")
		docx = opctest.Edit(t, docx, map[string]func(string) string{"word/footnotes.xml": func(s string) string {
			return strings.Replace(s, `<w:footnoteRef/>`, `<w:t>*</w:t>`, 1)
		}})
		r := laidDocx(t, docx)
		var to, back *op
		for _, o := range kindOf(r, opLink) {
			switch o.text {
			case "#_Jxfootnote1":
				to = &o
			case "#_Jxfootnote1Ref":
				back = &o
			}
		}
		if to == nil || back == nil {
			t.Fatalf("in a cell %v: links %+v, want the mark's to its note and back", inCell, kindOf(r, opLink))
		}
		if to.y > 150 || back.y < 200 || to.w > 4 || back.w > 4 {
			t.Errorf("in a cell %v: the mark's link at %.1f mm (%.1f wide), the note's at %.1f mm (%.1f wide)", inCell, to.y, to.w, back.y, back.w)
		}
		for _, name := range []string{"_Jxfootnote1", "_Jxfootnote1Ref"} {
			if _, ok := r.marks[name]; !ok {
				t.Errorf("in a cell %v: bookmark %s not placed", inCell, name)
			}
		}
	}
}

// TestFootnotesOfAFrameStandAtItsPagesFoot: a footnote referred to from
// a framed paragraph (图文框, as Word 2016 writes its framePr) is drawn at
// the foot of the page the frame stands on, under the rule, its mark
// linked, as Word draws it; numbered ①② on that page where the notes
// start again on each page, the frame's note before its anchor's.
func TestFootnotesOfAFrameStandAtItsPagesFoot(t *testing.T) {
	framed := `<w:p><w:pPr><w:framePr w:w="2880" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="7201" w:y="1"/></w:pPr>` +
		rt.Word.Run("", "框中有脚注") + footnoteRef + `</w:p>`
	second := `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>`
	for _, perPage := range []bool{false, true} {
		sect := ""
		if perPage {
			sect = `<w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numRestart w:val="eachPage"/></w:footnotePr>`
		}
		docx := withFootnote(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文第一段"))+framed+rt.Para(rt.Word.Run("", "锚定段落"), second), sect, nil), "框中的脚注")
		docx = opctest.Edit(t, docx, map[string]func(string) string{"word/footnotes.xml": func(s string) string {
			return strings.Replace(s, `</w:footnotes>`, `<w:footnote w:id="2"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t>锚定段落的脚注</w:t></w:r></w:p></w:footnote></w:footnotes>`, 1)
		}})
		r := laidDocx(t, docx)
		// The first page's glyphs, a line of them by baseline; the
		// marks in the text and the notes, not the footer's page number.
		lines := map[float64]string{}
		marks := ""
		for _, o := range glyphsOf(r)[0] {
			y := math.Round(o.y*2) / 2
			lines[y] += o.text
			if strings.Contains("12①②", o.text) && o.y < 265 {
				marks += o.text
			}
		}
		at := func(text string) float64 {
			for y, l := range lines {
				if strings.HasPrefix(l, text) {
					return y
				}
			}
			return 0
		}
		note, anchorNote, frame := at("框中的脚注"), at("锚定段落的脚注"), at("框中有脚注")
		if note < 200 || anchorNote <= note || frame == 0 || frame > 100 {
			t.Fatalf("per page %v: the frame's note at %.1f mm, the anchor's at %.1f, the frame's text at %.1f: want the notes at the page's foot, the frame's first; lines %v", perPage, note, anchorNote, frame, lines)
		}
		want := "1212" // the frame's reference, the anchor's, then the notes' marks
		if perPage {
			want = "①②①②"
		}
		if marks != want {
			t.Errorf("per page %v: marks %q, want %q", perPage, marks, want)
		}
		for _, name := range []string{"_Jxfootnote1", "_Jxfootnote1Ref"} {
			if _, ok := r.marks[name]; !ok {
				t.Errorf("per page %v: bookmark %s not placed", perPage, name)
			}
		}
	}
}
