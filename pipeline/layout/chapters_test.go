package layout

import (
	"image"
	"image/color"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel/fieldtest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// withLists adds numbering.xml holding numbering, styles and parts (a
// picture bullet's) to docx, with their relationships and content
// types as Word writes them.
func withLists(t *testing.T, docx []byte, numbering, styles string, parts map[string]string) []byte {
	t.Helper()
	edits := map[string]func(string) string{
		"word/numbering.xml": func(string) string {
			return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` + rt.NS + `>` + numbering + `</w:numbering>`
		},
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`, 1)
		},
		"[Content_Types].xml": func(s string) string {
			return strings.Replace(s, "</Types>", `<Default Extension="png" ContentType="image/png"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`, 1)
		},
		"word/styles.xml": func(s string) string { return strings.Replace(s, "</w:styles>", styles+"</w:styles>", 1) },
	}
	for name, content := range parts {
		edits[name] = func(string) string { return content }
	}
	return opctest.Edit(t, docx, edits)
}

// chapterList is a heading list as Word's 多级列表 writes it, level 1 in
// the style heading 1 (第一章), level 2 in heading 2 (一.1).
const chapterList = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/><w:lvlText w:val="第%1章"/><w:lvlJc w:val="left"/><w:suff w:val="space"/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:suff w:val="space"/></w:lvl>` +
	`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`

// headingStyles are 标题 1 and 标题 2 as a Chinese Word names their ids.
const headingStyles = `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>`

func heading(style, text, bookmark string) string {
	mark := ""
	if bookmark != "" {
		mark = `<w:bookmarkStart w:id="9" w:name="` + bookmark + `"/>`
	}
	return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>` + mark + rt.Word.Run("", text) + `<w:bookmarkEnd w:id="9"/></w:p>`
}

// TestChapterPageNumbers: a section numbering its pages with chapters
// (w:chapStyle 1, the separator of each kind Word offers) shows the last
// 标题 1's number (二 of 第二章, in its level's format) before the page's: in the footer of each page, the
// first page of chapter 2 already 第2章 though its header is drawn
// before its heading, in a PAGE field in the text, in a reference to a
// heading's page (a TOC's number); a 标题 2 does not change it.
// LibreOffice (7.x) does not read w:chapStyle, its PDF showing the page's
// number alone, so this follows Word's documented behaviour, not an
// interop comparison.
func TestChapterPageNumbers(t *testing.T) {
	w := rt.Word
	page := fieldtest.Complex("1", " PAGE ")
	body := heading("1", "总体情况", "") + rt.Para(w.Run("", "本页"), page, w.Run("", "见"), fieldtest.Complex("9", ` PAGEREF _Toc2 \h `)) +
		heading("2", "小节", "") + rt.PageBreak("续") + rt.PageBreak("再续") +
		strings.Replace(heading("1", "主要做法", "_Toc2"), "<w:pPr>", `<w:pPr><w:pageBreakBefore/>`, 1)
	for sep, want := range map[string]string{"hyphen": "-", "period": ".", "emDash": "—"} {
		docx := rt.Docx(t, body, `<w:pgNumType w:start="1" w:chapStyle="1" w:chapSep="`+sep+`"/>`, nil)
		docx = rt.WithHeader(t, docx, rt.Para(w.Run("", "页眉"), page))
		r := laidDocx(t, withLists(t, docx, chapterList, headingStyles, nil))
		pages := pagesOf(r)
		if len(pages) != 3 {
			t.Fatalf("%s: %d pages, want 3", sep, len(pages))
		}
		for k, ch := range []string{"一", "一", "二"} {
			no := ch + want + string(rune('1'+k))
			var shown []string
			for _, o := range pages[k] {
				if o.kind == opText && strings.Contains(o.text, no) {
					shown = append(shown, o.text)
				}
			}
			// The header and the footer, and on page 1 the field in the text.
			if n := map[bool]int{true: 3, false: 2}[k == 0]; len(shown) != n {
				t.Errorf("%s: page %d shows %q %d times (%q), want %d", sep, k+1, no, len(shown), opTexts(pages[k]), n)
			}
		}
		if ref := "见二" + want + "3"; !strings.Contains(strings.ReplaceAll(opTexts(pages[0]), " ", ""), ref) {
			t.Errorf("%s: page 1 says %q, want the reference %q", sep, opTexts(pages[0]), ref)
		}
	}
}

// TestChapterPageNumbersTakeTheHeadingsFullNumber: 包含章节号 from 标题 2
// (w:chapStyle 2) leads the page's number with the heading's full number
// as its label shows it, 一.1 of “一.1” under 第一章, not the level's own 1,
// the label's text before and after it (第…章) left out.
func TestChapterPageNumbersTakeTheHeadingsFullNumber(t *testing.T) {
	w := rt.Word
	page := fieldtest.Complex("1", " PAGE ")
	body := heading("1", "总体情况", "") + heading("2", "小节", "") + rt.Para(w.Run("", "本页"), page) + heading("2", "二节", "") + rt.Para(w.Run("", "再页"), page)
	docx := rt.Docx(t, body, `<w:pgNumType w:start="1" w:chapStyle="2" w:chapSep="hyphen"/>`, nil)
	r := laidDocx(t, withLists(t, docx, chapterList, headingStyles, nil))
	text := strings.ReplaceAll(opTexts(r.ops), " ", "")
	if !strings.Contains(text, "本页一.1-1") || !strings.Contains(text, "再页一.2-1") {
		t.Errorf("the text %q, want 一.1-1 and 一.2-1", text)
	}
}

// TestPictureBulletsAreDrawnAtTheLabel: a list whose bullet is a picture
// (Word's 定义新项目符号 → 图片) draws the picture where the label
// stands, as high as the label's type is large, in its proportions,
// standing on the baseline, the text after it at the hanging indent; in
// a table's cell too, at the cell's content box's left, the text after it.
func TestPictureBulletsAreDrawnAtTheLabel(t *testing.T) {
	item := `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="840" w:hanging="840"/><w:jc w:val="left"/></w:pPr>` + rt.Word.Run("", "图标项") + `</w:p>`
	for _, inCell := range []bool{false, true} {
		body := item
		if inCell {
			body = rt.Table([]int{4000, 4000}, rt.Word.Cell(4000, "", "", item), rt.Word.Cell(4000, "", "", rt.Para(rt.Word.Run("", "右")))) + rt.Para(rt.Word.Run("", "表后"))
		}
		r := laidDocx(t, picBulletDocx(t, body))
		pics, text := kindOf(r, opImage), opStarting(t, r.ops, "图")
		if len(pics) != 1 {
			t.Fatalf("in a cell %v: %d pictures drawn, want the bullet", inCell, len(pics))
		}
		p, size := pics[0], text.size*ptToMM
		at := text.x - 840.0/20*ptToMM
		if inCell {
			at = r.left() + 108.0/20*ptToMM // the cell's left margin
		}
		if !nearly(p.h, size, 0.01) || !nearly(p.w, 2*size, 0.01) || !near(p.y+p.h, text.y) || !near(p.x, at) || text.x < p.x+p.w {
			t.Errorf("in a cell %v: bullet %.2f×%.2f at %.2f, %.2f; text at %.2f on %.2f: want %.2f high, twice as wide, on the baseline at %.2f", inCell, p.w, p.h, p.x, p.y, text.x, text.y, size, at)
		}
	}
}

// picBulletDocx is body in a document whose list 1 has a picture bullet
// 12 by 6 pt, as Word writes it (a VML shape in w:numPicBullet).
func picBulletDocx(t *testing.T, body string) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 20, 10))
	for x := range 20 {
		img.Set(x, 5, color.NRGBA{B: 200, A: 255})
	}
	list := `<w:numPicBullet w:numPicBulletId="0"><w:pict><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:12pt;height:6pt" o:bullet="t"><v:imagedata r:id="rId1" o:title="bullet"/></v:shape></w:pict></w:numPicBullet>` +
		`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="` + "\uF0B7" + `"/><w:lvlPicBulletId w:val="0"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="840" w:hanging="840"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
	return withLists(t, rt.Docx(t, body, "", nil), list, "", map[string]string{
		"word/_rels/numbering.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`,
		"word/media/image1.png":         string(testPNG(t, img)),
	})
}
