package wordmodel_test

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/fieldtest"
)

// tocDoc is a document with a TOC of three levels as saver writes it, and
// the headings it lists, bookmarked (one bookmark ends in the next
// paragraph).
func tocDoc(t *testing.T, saver fieldtest.Saver) (*wordmodel.Document, []fieldtest.Entry) {
	t.Helper()
	prefix := "_Toc15345"
	if saver == fieldtest.LibreOffice {
		prefix = "__RefHeading___Toc15345"
	}
	entries := []fieldtest.Entry{
		{Level: 1, Text: "一、基本情况", Bookmark: prefix + "01", Stale: 9},
		{Level: 2, Text: "（一）事前评价", Bookmark: prefix + "02", Stale: 10},
		{Level: 3, Text: "1.项目概况", Bookmark: prefix + "03", Stale: 11},
	}
	body := fieldtest.Title() + fieldtest.TOC(saver, entries)
	for i, e := range entries {
		body += fieldtest.Heading("Normal", e, i == 1) + para(run("", "正文。"))
	}
	return fixture{body: body, styles: fieldtest.Styles()}.read(t), entries
}

func TestTOCLinesRefertoTheirBookmarks(t *testing.T) {
	for _, saver := range []fieldtest.Saver{fieldtest.Word, fieldtest.WPS, fieldtest.LibreOffice} {
		t.Run(fmt.Sprint(saver), func(t *testing.T) {
			doc, entries := tocDoc(t, saver)
			ps := paragraphs(doc)
			for i, e := range entries {
				line := ps[1+i]
				if want := e.Text + "\t" + wordmodel.PageRefField; line.Text != want {
					t.Errorf("TOC line %d = %q, want %q (Word's stale %d left out)", i+1, line.Text, want, e.Stale)
				}
				last := line.Runs[len(line.Runs)-1]
				if last.Text != wordmodel.PageRefField || last.Ref != e.Bookmark || last.Link != "#"+e.Bookmark {
					t.Errorf("TOC line %d's page run = %+v, want a reference to %s linked to it", i+1, last, e.Bookmark)
				}
				if line.Runs[0].Link != "#"+e.Bookmark {
					t.Errorf("TOC line %d's text links to %q, want #%s", i+1, line.Runs[0].Link, e.Bookmark)
				}
				if len(line.Tabs) != 1 || line.Tabs[0].Align != "right" || line.Tabs[0].Leader != "dot" || line.Tabs[0].Pos != fieldtest.TextWidth {
					t.Errorf("TOC line %d's tabs = %+v, want a right tab with dot leader at the text block's edge", i+1, line.Tabs)
				}
			}
			// Each heading carries its bookmark before its text.
			found := map[string]bool{}
			for _, p := range ps {
				for _, r := range p.Runs {
					if r.Bookmark != "" {
						found[r.Bookmark] = true
						if r.Text != "" {
							t.Errorf("a bookmark's run has text %q", r.Text)
						}
					}
				}
			}
			for _, e := range entries {
				if !found[e.Bookmark] {
					t.Errorf("bookmark %s not read", e.Bookmark)
				}
			}
			wantListed(t, doc)
		})
	}
}

func TestPageFieldsInTheBody(t *testing.T) {
	body := para(run("", "第"), fieldtest.Complex("3", " PA", "GE ", `\* MERGEFORMAT`), run("", "页，共"),
		fieldtest.Simple(` NUMPAGES \* Arabic `, "9"), run("", "页，本节"), fieldtest.Complex("2", " SECTIONPAGES "), run("", "页"))
	doc := fixture{body: body}.read(t)
	want := "第" + wordmodel.PageField + "页，共" + wordmodel.NumPagesField + "页，本节" + wordmodel.SectionPagesField + "页"
	if got := paragraphs(doc)[0].Text; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
	wantListed(t, doc)
}

func TestHyperlinkFields(t *testing.T) {
	mark := `<w:bookmarkStart w:id="7" w:name="附表"/>`
	body := para(run("", "见"), fieldtest.Char("begin"), fieldtest.Instr(` HYPERLINK "https://www.qinyuan.gov.cn/jx?a=1&amp;b=2" `, `\o "提示"`), fieldtest.Char("separate"),
		run("", "网站"), fieldtest.Char("end"), run("", "和"), fieldtest.Simple(` HYPERLINK \l "附表" `, "附表"), run("", "。")) +
		`<w:p>` + mark + run("", "附表") + `<w:bookmarkEnd w:id="7"/></w:p>`
	doc := fixture{body: body}.read(t)
	var got []string
	for _, r := range paragraphs(doc)[0].Runs {
		got = append(got, r.Text+"→"+r.Link)
	}
	if want := "见→|网站→https://www.qinyuan.gov.cn/jx?a=1&b=2|和→|附表→#附表|。→"; strings.Join(got, "|") != want {
		t.Errorf("runs = %s, want %s", strings.Join(got, "|"), want)
	}
	wantListed(t, doc)
}

// TestMissingBookmarksAreRefused: Word prints 错误!未定义书签。 for a page
// reference to a bookmark the document lacks; the template is refused. A
// table cell's reference is kept with its bookmark's name.
func TestMissingBookmarksAreRefused(t *testing.T) {
	body := para(run("", "见第"), fieldtest.Complex("3", " PAGEREF _Toc999 \\h "), run("", "页")) +
		`<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>` + para(fieldtest.Complex("4", " PAGEREF 表中 ")) + `</w:tc></w:tr></w:tbl>` +
		`<w:p><w:bookmarkStart w:id="1" w:name="表中"/>` + run("", "正文") + `<w:bookmarkEnd w:id="1"/></w:p>`
	doc := fixture{body: body}.read(t)
	wantListed(t, doc, "第 1 段：页码引用（指向的书签“_Toc999”不存在，Word 会显示“错误!未定义书签。”）")
	if got := paragraphs(doc)[0].Text; got != "见第"+wordmodel.PageRefField+"页" {
		t.Errorf("text = %q", got)
	}
	// The cell's reference to a bookmark that exists is kept, by name.
	if c := doc.Blocks[1].(*wordmodel.Table).Rows[0].Cells[0]; c.Text != wordmodel.PageRefField || len(c.Refs) != 1 || c.Refs[0] != "表中" {
		t.Errorf("the cell = %q %v, want its reference to 表中", c.Text, c.Refs)
	}
}

// TestALinkInACellIsCarried: a link in a table cell reaches the layout
// with the stretch of text it covers, to be clicked in the PDF.
func TestALinkInACellIsCarried(t *testing.T) {
	body := `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>` +
		para(run("", "详"), `<w:hyperlink w:anchor="正文">`+run("", "见正文")+`</w:hyperlink>`) + `</w:tc></w:tr></w:tbl>` +
		`<w:p><w:bookmarkStart w:id="1" w:name="正文"/>` + run("", "正文") + `<w:bookmarkEnd w:id="1"/></w:p>`
	doc := fixture{body: body}.read(t)
	wantListed(t, doc)
	c := doc.Blocks[0].(*wordmodel.Table).Rows[0].Cells[0]
	if s := c.Paras[0].Sizes; s == nil || len(*s) != 2 || (*s)[0].Format != nil || (*s)[1].Runes != 3 || (*s)[1].Format == nil || (*s)[1].Format.Link != "#正文" {
		t.Errorf("stretches %+v, want 详 plain and 见正文 linked to #正文", s)
	}
}

// TestATabInAPageReferencesResult: LibreOffice, saving a Word TOC again,
// moves each line's tab into its PAGEREF's result; the tab stays, before
// the page number's placeholder.
func TestATabInAPageReferencesResult(t *testing.T) {
	body := `<w:p><w:hyperlink w:anchor="_Toc1">` + run("", "一、基本情况") + fieldtest.Char("begin") + fieldtest.Instr("PAGEREF _Toc1 \\h") + fieldtest.Char("separate") +
		`<w:r><w:rPr><w:rStyle w:val="IndexLink"/></w:rPr><w:tab/><w:t>9</w:t></w:r>` + fieldtest.Char("end") + `</w:hyperlink></w:p>` +
		`<w:p><w:bookmarkStart w:id="0" w:name="_Toc1"/>` + run("", "一、基本情况") + `<w:bookmarkEnd w:id="0"/></w:p>`
	doc := fixture{body: body}.read(t)
	if got := paragraphs(doc)[0].Text; got != "一、基本情况\t"+wordmodel.PageRefField {
		t.Errorf("text = %q, want the tab and the reference", got)
	}
	wantListed(t, doc)
}

// LibreOffice saves a field it does not resolve (STYLEREF "标题 1",
// MERGEFIELD, REF) with its result's runs w:vanish and the field's end
// in a run that is not: Word keeps the result's formatting when it
// updates the field, so nothing shows, and no placeholder is written at
// the end either.
func TestAFieldsHiddenResultStaysHidden(t *testing.T) {
	hiddenPage := `<w:r><w:fldChar w:fldCharType="begin"></w:fldChar></w:r><w:r><w:rPr></w:rPr><w:instrText xml:space="preserve">PAGE \* MERGEFORMAT</w:instrText></w:r>` +
		`<w:r><w:rPr></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>1</w:t></w:r><w:r></w:r><w:r><w:rPr></w:rPr><w:fldChar w:fldCharType="end"/></w:r>`
	doc := fixture{body: para(run("", "第"), hiddenPage, run("", "页，共"), fieldtest.Complex("9", " NUMPAGES "), run("", "页"))}.read(t)
	if got, want := paragraphs(doc)[0].Text, "第页，共"+wordmodel.NumPagesField+"页"; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
}
