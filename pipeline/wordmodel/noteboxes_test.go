package wordmodel_test

import (
	"testing"
)

// TestNoteParagraphsKeepTheirBordersAndShading: a footnote's or an
// endnote's paragraphs keep their 边框和底纹 (Word's 设计 → 页面边框 →
// 边框/底纹, applied to 段落), as Word and WPS write them, two paragraphs
// of one note in one box; they are drawn, not listed.
func TestNoteParagraphsKeepTheirBordersAndShading(t *testing.T) {
	box := `<w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="4" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>`
	shd := `<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6" w:themeFill="background2"/>`
	notePara := func(kind, pPr, text string, mark bool) string {
		ref := ""
		if mark {
			ref = `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:` + kind + `Ref/></w:r>`
		}
		return `<w:p><w:pPr><w:pStyle w:val="FootnoteText"/>` + pPr + `</w:pPr>` + ref + run("", text) + `</w:p>`
	}
	parts := map[string]string{
		"word/footnotes.xml": `<w:footnotes ` + wordNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">` +
			notePara("footnote", box+shd, " 资料来源：", true) + notePara("footnote", box+shd, "县财政局。", false) + `</w:footnote></w:footnotes>`,
		"word/endnotes.xml": `<w:endnotes ` + wordNS + `><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote><w:endnote w:id="1">` +
			notePara("endnote", shd, " 尾注有底纹。", true) + `</w:endnote></w:endnotes>`,
	}
	doc := fixture{parts: parts, body: para(run("", "见注"), `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`,
		`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:endnoteReference w:id="1"/></w:r>`)}.read(t)
	wantListed(t, doc)
	notes := paragraphs(doc)[0].Footnotes
	if len(notes) != 1 || len(notes[0].Paragraphs) != 2 {
		t.Fatalf("footnotes %+v", notes)
	}
	first, second := notes[0].Paragraphs[0], notes[0].Paragraphs[1]
	if first.Borders == nil || first.Borders.Top == nil || first.Shading != "E7E6E6" || !first.Borders.WithNext || second.Borders == nil || !second.Borders.WithPrevious {
		t.Errorf("the footnote's paragraphs: %+v and %+v, want both boxed and shaded, in one box", first, second)
	}
	if len(doc.Endnotes) != 1 || doc.Endnotes[0].Paragraphs[0].Shading != "E7E6E6" {
		t.Errorf("endnotes %+v, want the shading kept", doc.Endnotes)
	}
}

// TestATableInANoteIsListed: Word lets a table into a footnote (插入 →
// 表格 there); the PDF does not lay one out at the page's foot, so it is
// listed rather than its cells' text set one paragraph under another.
func TestATableInANoteIsListed(t *testing.T) {
	parts := map[string]string{
		"word/footnotes.xml": `<w:footnotes ` + wordNS + `><w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>` + run("", " 注") + `</w:p>` +
			`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>` + para(run("", "项目")) + `</w:tc><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>` + para(run("", "金额")) + `</w:tc></w:tr></w:tbl>` +
			`<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr></w:p></w:footnote></w:footnotes>`,
	}
	doc := fixture{parts: parts, body: para(run("", "见注"), `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`)}.read(t)
	wantListed(t, doc, "脚注 1：表格（脚注、尾注中的表格无法显示）")
}

// TestASectionSuppressingItsEndnotes: 页面设置 → 版式 → 取消尾注 marks the
// section (w:noEndnote, after w:cols where Word 2016 writes it), whose
// endnotes the layout moves to the next section's end; not listed.
func TestASectionSuppressingItsEndnotes(t *testing.T) {
	first := `<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>` +
		`<w:cols w:space="425"/><w:noEndnote/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:pPr></w:p>`
	parts := notesParts()
	parts["word/settings.xml"] = `<w:settings ` + wordNS + `><w:endnotePr><w:pos w:val="sectEnd"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr></w:settings>`
	doc := fixture{parts: parts, body: para(run("", "甲"), noteRef("endnote", "1")) + first + para(run("", "乙"))}.read(t)
	wantListed(t, doc)
	if len(doc.Sections) != 2 || !doc.Sections[0].NoEndnotes || doc.Sections[1].NoEndnotes || !doc.EndnotesBySection {
		t.Errorf("sections %+v, by section %v: want the first's endnotes suppressed", doc.Sections, doc.EndnotesBySection)
	}
}
