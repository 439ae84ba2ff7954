package wordmodel_test

import (
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// notesParts are footnotes.xml and endnotes.xml as Word writes them: the
// separators first, each note's first run its reference mark.
func notesParts() map[string]string {
	note := func(kind, id, text string) string {
		return `<w:` + kind + ` w:id="` + id + `"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:` + kind + `Ref/></w:r>` +
			run("", " "+text) + `</w:p></w:` + kind + `>`
	}
	sep := func(kind string) string {
		return `<w:` + kind + ` w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:` + kind + `><w:` + kind + ` w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:` + kind + `>`
	}
	return map[string]string{
		"word/footnotes.xml": `<w:footnotes ` + wordNS + `>` + sep("footnote") + note("footnote", "1", "资料来源：县财政局。") + note("footnote", "2", "第二条注释。") + `</w:footnotes>`,
		"word/endnotes.xml":  `<w:endnotes ` + wordNS + `>` + sep("endnote") + note("endnote", "1", "尾注内容。") + `</w:endnotes>`,
	}
}

func TestFootnotesAndEndnotesAreRead(t *testing.T) {
	ref := func(kind, id string) string {
		return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:` + kind + `Reference w:id="` + id + `"/></w:r>`
	}
	cellWithNote := `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>` + para(run("", "表中"), ref("footnote", "2")) +
		para(run("", "次行"), `<w:r><w:br/></w:r>`, run("", "第三行"), ref("endnote", "1"), ref("footnote", "1")) + `</w:tc></w:tr></w:tbl>`
	doc := fixture{parts: notesParts(), body: para(run("", "见注"), ref("footnote", "1"), run("", "后文"), ref("endnote", "1")) +
		para(run("", "再注"), ref("footnote", "2")) + cellWithNote}.read(t)
	ps := paragraphs(doc)
	first := ps[0]
	if first.Text != "见注1后文i" {
		t.Errorf("text = %q, want the marks in it", first.Text)
	}
	if r := first.Runs[2]; r.Text != "1" || r.VertAlign != "superscript" || r.Link != "#_Jxfootnote1" || first.Runs[1].Bookmark != "_Jxfootnote1Ref" {
		t.Errorf("the reference is %+v, want a raised 1", r)
	}
	if len(first.Footnotes) != 1 || first.Footnotes[0].Mark != "1" || first.Footnotes[0].Paragraphs[0].Text != "1 资料来源：县财政局。" {
		t.Errorf("footnotes = %+v", first.Footnotes)
	}
	if n := ps[1].Footnotes; len(n) != 1 || n[0].Mark != "2" {
		t.Errorf("the second paragraph's footnotes = %+v", n)
	}
	if len(doc.Endnotes) != 2 || doc.Endnotes[0].Mark != "i" || doc.Endnotes[0].Paragraphs[0].Text != "i 尾注内容。" || doc.Endnotes[1].Mark != "ii" {
		t.Errorf("endnotes = %+v", doc.Endnotes)
	}
	// Notes in a table cell are numbered on from the body's, in the
	// document's order, each with the line of the cell's text its mark is in.
	wantListed(t, doc)
	cell := doc.Blocks[len(doc.Blocks)-1].(*wordmodel.Table).Rows[0].Cells[0]
	if cell.Text != "表中3\n次行\n第三行ii4" {
		t.Errorf("cell text %q, want the marks in it", cell.Text)
	}
	if n := cell.Notes; len(n) != 2 || n[0].Mark != "3" || n[0].Line != 0 || n[1].Mark != "4" || n[1].Line != 2 || n[1].Paragraphs[0].Text != "4 资料来源：县财政局。" {
		t.Errorf("cell notes %+v", n)
	}
	// A cell's mark is a stretch of its own, linked to its note as the
	// body's are, and the note's mark back to it (its row's page).
	n := cell.Notes[0]
	if r := n.Paragraphs[0].Runs; n.Anchor != "_Jxfootnote3" || r[0].Bookmark != "_Jxfootnote3" || r[1].Link != "#_Jxfootnote3Ref" {
		t.Errorf("a cell's note's runs %+v, anchor %q", r, n.Anchor)
	}
	if !slices.Contains(cell.Bookmarks, "_Jxfootnote3Ref") {
		t.Errorf("the cell's bookmarks %v, want its reference's", cell.Bookmarks)
	}
	linked := false
	for _, rs := range *cell.Paras[0].Sizes {
		linked = linked || rs.Format != nil && rs.Format.Link == "#_Jxfootnote3" && rs.Format.VertAlign == "superscript"
	}
	if !linked {
		t.Errorf("the cell's stretches %+v, want the raised mark linked to its note", *cell.Paras[0].Sizes)
	}
}

func TestHyperlinksKeepTheirAddress(t *testing.T) {
	rels := `<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.qinyuan.gov.cn/jx?a=1&amp;b=2" TargetMode="External"/>`
	doc := fixture{rels: rels, body: para(run("", "详见"), `<w:hyperlink r:id="rIdLink" w:history="1">`+run(`<w:rStyle w:val="Hyperlink"/>`, "县政府网站")+`</w:hyperlink>`, run("", "。"),
		`<w:hyperlink w:anchor="_Toc1">`+run("", "目录")+`</w:hyperlink>`)}.read(t)
	var got []string
	for _, r := range paragraphs(doc)[0].Runs {
		got = append(got, r.Text+"→"+r.Link)
	}
	if want := "详见→|县政府网站→https://www.qinyuan.gov.cn/jx?a=1&b=2|。→|目录→#_Toc1"; strings.Join(got, "|") != want {
		t.Errorf("runs = %s, want %s", strings.Join(got, "|"), want)
	}
	// No bookmark _Toc1: the link goes nowhere, and the template is refused.
	wantListed(t, doc, "第 1 段：链接（指向的书签“_Toc1”不存在，Word 会显示“错误!未定义书签。”）")
}

// TestHeadersByPageAndLinkedSections: a section with a title page has its
// first-page header; a later section that names none has the previous
// one's (链接到前一节), even when it is the landscape attachment.
func TestHeadersByPageAndLinkedSections(t *testing.T) {
	hdr := func(text string) string {
		return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + wordNS + `>` + para(run("", text)) + `</w:hdr>`
	}
	rel := func(id, target string) string {
		return `<Relationship Id="` + id + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="` + target + `"/>`
	}
	first := `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdHA"/><w:headerReference w:type="first" r:id="rIdHB"/><w:titlePg/></w:sectPr></w:pPr></w:p>`
	doc := fixture{body: para(run("", "正文")) + first + para(run("", "附件")),
		rels:  rel("rIdHA", "header7.xml") + rel("rIdHB", "header8.xml"),
		parts: map[string]string{"word/header7.xml": hdr("沁源县财政局"), "word/header8.xml": hdr("首页页眉")}}.read(t)
	a, b := doc.Sections[0], doc.Sections[1]
	if !a.TitlePage || a.Header.First == nil || a.Header.First.Lines[0] != "首页页眉" || a.Header.Default.Lines[0] != "沁源县财政局" {
		t.Errorf("first section's headers: %+v", a.Header)
	}
	if b.Header.Default == nil || b.Header.Default.Lines[0] != "沁源县财政局" || b.Header.First == nil {
		t.Errorf("the last section names no header: it has the first one's, got %+v", b.Header)
	}
	if !doc.EvenPages || b.Footer.Default == nil || b.Footer.Even == nil {
		t.Errorf("the template's odd and even footers: %v %+v", doc.EvenPages, b.Footer)
	}
	wantListed(t, doc)
}

// TestNotesInHeadersAreListed: a header repeats on every page; a note
// referred to from it, or from a table in it, is listed, not drawn.
func TestNotesInHeadersAreListed(t *testing.T) {
	ref := `<w:r><w:footnoteReference w:id="1"/></w:r>`
	hdr := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + wordNS + `>` + para(run("", "页眉"), ref) +
		`<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>` + para(run("", "眉表"), ref) + `</w:tc></w:tr></w:tbl></w:hdr>`
	sect := `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdHA"/></w:sectPr></w:pPr></w:p>`
	parts := notesParts()
	parts["word/header7.xml"] = hdr
	doc := fixture{body: para(run("", "正文")) + sect, parts: parts,
		rels: `<Relationship Id="rIdHA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header7.xml"/>`}.read(t)
	wantListed(t, doc, "页眉（header7.xml）（“页眉”）：脚注（只在正文段落和正文表格中显示）",
		"页眉（header7.xml）表 1 第 1 行第 1 列（“眉表”）：脚注（只在正文段落和正文表格中显示）")
}

// noteRef is a reference to a note as Word writes it.
func noteRef(kind, id string) string {
	return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:` + kind + `Reference w:id="` + id + `"/></w:r>`
}

// TestSectionsNumberTheirNotes: a section's own 脚注和尾注 settings (its
// sectPr's footnotePr, as Word 2016 writes it for 应用于“本节”) number its
// notes over the document's: ①② from 3 in the first section, 一 again in
// the second, which restarts with each section.
func TestSectionsNumberTheirNotes(t *testing.T) {
	first := `<w:p><w:pPr><w:sectPr><w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numStart w:val="3"/></w:footnotePr>` +
		`<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:pPr></w:p>`
	parts := notesParts()
	parts["word/settings.xml"] = `<w:settings ` + wordNS + `><w:footnotePr><w:pos w:val="beneathText"/><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>` +
		`<w:endnotePr><w:pos w:val="sectEnd"/><w:numFmt w:val="decimal"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr></w:settings>`
	doc := fixture{parts: parts, body: para(run("", "甲"), noteRef("footnote", "1"), run("", "乙"), noteRef("footnote", "2")) + first +
		para(run("", "丙"), noteRef("footnote", "1"), noteRef("endnote", "1")),
		sectRefs: `<w:footnotePr><w:numFmt w:val="chineseCounting"/><w:numRestart w:val="eachSect"/></w:footnotePr>`}.read(t)
	wantListed(t, doc)
	ps := paragraphs(doc)
	if ps[0].Text != "甲③乙④" || ps[2].Text != "丙一1" {
		t.Errorf("texts %q, %q: want ③④ in the first section, 一 again in the second", ps[0].Text, ps[2].Text)
	}
	if n := ps[2].Footnotes; len(n) != 1 || n[0].Mark != "一" || n[0].Section != 1 || n[0].Paragraphs[0].Text != "一 资料来源：县财政局。" {
		t.Errorf("the second section's footnote %+v", n)
	}
	if len(doc.Endnotes) != 1 || doc.Endnotes[0].Section != 1 || doc.Endnotes[0].Mark != "1" {
		t.Errorf("endnotes %+v, want 1 in section 2 (numFmt decimal from settings.xml)", doc.Endnotes)
	}
	if !doc.FootnotesBelowText || !doc.EndnotesBySection {
		t.Errorf("beneath text %v, by section %v: settings.xml's w:pos not read", doc.FootnotesBelowText, doc.EndnotesBySection)
	}
}

// TestNotesNumberedOnEachPageAreMarked: 每页重新编号, in a section's
// settings or the document's, leaves each footnote its number in the
// document's order and says how the layout numbers it on its page, a
// table cell's too (its mark a linked stretch the layout renumbers).
func TestNotesNumberedOnEachPageAreMarked(t *testing.T) {
	restart := `<w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numRestart w:val="eachPage"/></w:footnotePr>`
	body := para(run("", "甲"), noteRef("footnote", "1"), run("", "乙"), noteRef("footnote", "2"))
	parts := notesParts()
	parts["word/settings.xml"] = `<w:settings ` + wordNS + `>` + restart + `</w:settings>`
	for _, f := range []fixture{{parts: notesParts(), body: body, sectRefs: restart}, {parts: parts, body: body}} {
		doc := f.read(t)
		wantListed(t, doc)
		n := paragraphs(doc)[0].Footnotes
		if len(n) != 2 || n[1].Mark != "②" || n[1].Anchor != "_Jxfootnote2" || n[1].PerPage == nil || *n[1].PerPage != (wordmodel.PageNumbering{Format: "decimalEnclosedCircleChinese", Start: 1}) {
			t.Errorf("footnotes %+v", n)
		}
	}
	cell := `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>` + body + `</w:tc></w:tr></w:tbl>`
	doc := fixture{parts: notesParts(), body: cell, sectRefs: restart}.read(t)
	wantListed(t, doc)
	if n := doc.Blocks[0].(*wordmodel.Table).Rows[0].Cells[0].Notes; len(n) != 2 || n[1].Anchor != "_Jxfootnote2" || n[1].PerPage == nil {
		t.Errorf("a cell's footnotes numbered on each page: %+v", n)
	}
}

// TestNoteMarksLinkToTheirNotes: a reference links to its note's mark and
// the mark back, through bookmarks the layout places where it draws them,
// as Word's and LibreOffice's PDFs link them.
func TestNoteMarksLinkToTheirNotes(t *testing.T) {
	doc := fixture{parts: notesParts(), body: para(run("", "甲"), noteRef("footnote", "2"), run("", "乙"), noteRef("endnote", "1"))}.read(t)
	var got []string
	for _, r := range paragraphs(doc)[0].Runs {
		got = append(got, r.Text+"→"+r.Link+"@"+r.Bookmark)
	}
	if want := "甲→@|→@_Jxfootnote1Ref|1→#_Jxfootnote1@|乙→@|→@_Jxendnote1Ref|i→#_Jxendnote1@"; strings.Join(got, "|") != want {
		t.Errorf("runs %s, want %s", strings.Join(got, "|"), want)
	}
	note := paragraphs(doc)[0].Footnotes[0].Paragraphs[0].Runs
	if note[0].Bookmark != "_Jxfootnote1" || note[1].Text != "1" || note[1].Link != "#_Jxfootnote1Ref" {
		t.Errorf("the note's mark %+v, want a bookmark and a link back", note[:2])
	}
	if end := doc.Endnotes[0].Paragraphs[0].Runs; end[0].Bookmark != "_Jxendnote1" || end[1].Link != "#_Jxendnote1Ref" {
		t.Errorf("the endnote's mark %+v", end[:2])
	}
}

// TestNotesInAFormatThePDFCannotWriteAreListed: a footnote numbered in
// a format the PDF cannot write (Hebrew letters, in settings.xml or a
// section's 脚注和尾注) is listed at its reference, naming the format,
// not numbered in decimal silently; one the PDF writes (iroha's kana) is
// not.
func TestNotesInAFormatThePDFCannotWriteAreListed(t *testing.T) {
	body := para(run("", "甲"), noteRef("footnote", "1"))
	parts := notesParts()
	parts["word/settings.xml"] = `<w:settings ` + wordNS + `><w:footnotePr><w:numFmt w:val="hebrew1"/></w:footnotePr></w:settings>`
	for _, f := range []fixture{{parts: notesParts(), body: body, sectRefs: `<w:footnotePr><w:numFmt w:val="thaiLetters"/></w:footnotePr>`}, {parts: parts, body: body}} {
		doc := f.read(t)
		format := "thaiLetters”（泰文字母）"
		if f.sectRefs == "" {
			format = "hebrew1”（希伯来字母）"
		}
		wantListed(t, doc, "第 1 段（“甲”）：脚注的编号格式“"+format)
	}
	doc := fixture{parts: notesParts(), body: body, sectRefs: `<w:footnotePr><w:numFmt w:val="irohaFullWidth"/></w:footnotePr>`}.read(t)
	wantListed(t, doc)
	if n := paragraphs(doc)[0].Footnotes; len(n) != 1 || n[0].Mark != "イ" {
		t.Errorf("footnotes %+v, want イ", n)
	}
}

// TestCustomNoteMarksLink: a custom mark (插入脚注 with 自定义标记, the
// reference's w:customMarkFollows and the mark as the run's text) links to
// its note as a number does, and the note's leading mark, which Word and
// LibreOffice write as text, back to it: in a run of its own (Word 2016,
// WPS), or with the note's text in one run, and in a table cell; the next
// note is numbered 1, the custom one counting none.
func TestCustomNoteMarksLink(t *testing.T) {
	ref := func(style, mark string) string {
		return `<w:r><w:rPr><w:rStyle w:val="` + style + `"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>` + mark + `</w:t></w:r>`
	}
	for _, tc := range []struct {
		name, ref, lead, mark string
		cell                  bool
	}{
		{"Word 2016", ref("FootnoteReference", "*"), `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>*</w:t></w:r>`, "*", false},
		{"WPS, a mark of two", ref("FootnoteReference", "注一"), `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>注一</w:t></w:r>`, "注一", false},
		{"one run", ref("FootnoteReference", "†"), `<w:r><w:t xml:space="preserve">† </w:t></w:r>`, "†", false},
		{"table cell", ref("FootnoteReference", "*"), `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>*</w:t></w:r>`, "*", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parts := notesParts()
			parts["word/footnotes.xml"] = strings.Replace(parts["word/footnotes.xml"], `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>`, tc.lead, 1)
			body := para(run("", "甲"), tc.ref, run("", "乙"), noteRef("footnote", "2"))
			if tc.cell {
				body = `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>` + body + `</w:tc></w:tr></w:tbl>`
			}
			doc := fixture{parts: parts, body: body}.read(t)
			wantListed(t, doc)
			var notes []wordmodel.Note
			if tc.cell {
				c := doc.Blocks[0].(*wordmodel.Table).Rows[0].Cells[0]
				for _, n := range c.Notes {
					notes = append(notes, n.Note)
				}
				if !slices.Contains(c.Bookmarks, "_Jxfootnote1Ref") {
					t.Errorf("the cell's bookmarks %v", c.Bookmarks)
				}
			} else {
				p := paragraphs(doc)[0]
				notes = p.Footnotes
				var got []string
				for _, r := range p.Runs {
					got = append(got, r.Text+"→"+r.Link+"@"+r.Bookmark)
				}
				if want := "甲→@|→@_Jxfootnote1Ref|" + tc.mark + "→#_Jxfootnote1@|乙→@|→@_Jxfootnote2Ref|1→#_Jxfootnote2@"; strings.Join(got, "|") != want {
					t.Errorf("runs %s, want %s", strings.Join(got, "|"), want)
				}
			}
			if len(notes) != 2 || notes[0].Mark != "" || notes[0].Anchor != "_Jxfootnote1" || notes[1].Mark != "1" {
				t.Fatalf("notes %+v", notes)
			}
			r := notes[0].Paragraphs[0].Runs
			if len(r) < 3 || r[0].Bookmark != "_Jxfootnote1" || r[1].Text != tc.mark || r[1].Link != "#_Jxfootnote1Ref" || r[2].Link != "" {
				t.Errorf("the custom note's runs %+v, want its mark linked back", r)
			}
		})
	}
}
