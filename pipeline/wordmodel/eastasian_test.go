package wordmodel_test

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/picturetest"
)

// TestTwoLinesInOneAndHorizontalInVerticalAreRead: 双行合一 as Word writes
// it (one w:id on each run of the stretch, brackets) and as WPS writes it
// (w:combine="true", its attributes in its order), and 纵横混排 with and
// without 适应行宽, are read onto the runs instead of being listed.
func TestTwoLinesInOneAndHorizontalInVerticalAreRead(t *testing.T) {
	wps := func(rPr, text string) string {
		return `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/>` + rPr + `<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t>` + text + `</w:t></w:r>`
	}
	doc := fixture{body: para(run(`<w:eastAsianLayout w:id="-1234" w:combine="1" w:combineBrackets="square"/>`, "沁源县"), run(`<w:color w:val="FF0000"/><w:eastAsianLayout w:id="-1234" w:combine="1" w:combineBrackets="square"/>`, "财政局"), run("", "文件")) +
		para(wps(`<w:eastAsianLayout w:combine="true" w:id="7"/>`, "联合发文")) +
		para(run("", "2024年"), run(`<w:eastAsianLayout w:id="9" w:vert="1" w:vertCompress="1"/>`, "12"), run("", "月"), run(`<w:eastAsianLayout w:id="10" w:vert="1"/>`, "31"))}.read(t)
	if len(doc.Undrawn) != 0 {
		t.Fatalf("listed: %v", doc.Undrawn)
	}
	ps := paragraphs(doc)
	r := ps[0].Runs
	if len(r) != 3 || r[0].Combine == nil || r[1].Combine == nil || *r[0].Combine != (wordmodel.Combine{ID: "-1234", Brackets: "square"}) || *r[1].Combine != *r[0].Combine || r[2].Combine != nil {
		t.Errorf("Word's stretch: %+v", r)
	}
	if c := ps[1].Runs[0].Combine; c == nil || c.ID != "7" || c.Brackets != "" {
		t.Errorf("WPS's stretch: %+v", ps[1].Runs)
	}
	v := ps[2].Runs
	if len(v) != 4 || !v[1].Vertical || !v[1].VertCompress || !v[3].Vertical || v[3].VertCompress || v[0].Vertical || v[2].Vertical {
		t.Errorf("纵横混排: %+v", v)
	}
}

// TestFittedTextIgnoresEastAsianLayout: a run fitted to a width (调整宽度)
// that also has 纵横混排 or 双行合一 is fitted text only, as Word sets it
// (MS-OI29500 2.1.75).
func TestFittedTextIgnoresEastAsianLayout(t *testing.T) {
	doc := fixture{body: para(run(`<w:fitText w:val="840" w:id="3"/><w:eastAsianLayout w:id="9" w:vert="1"/>`, "12"), run(`<w:fitText w:val="840" w:id="4"/><w:eastAsianLayout w:id="10" w:combine="1"/>`, "甲乙"))}.read(t)
	r := paragraphs(doc)[0].Runs
	if len(r) != 2 || r[0].Vertical || r[0].FitWidth != 42 || r[1].Combine != nil || r[1].FitWidth != 42 {
		t.Errorf("fitted runs: %+v", r)
	}
}

// TestLineNumbersAreRead: a section's w:lnNumType as Word writes it (its
// start one less than the first number, its distance in twips, Word's
// 自动 a quarter inch where it has none) and the Line Number style's type;
// a paragraph suppressing them, by its own properties or its style's.
func TestLineNumbersAreRead(t *testing.T) {
	styles := `<w:style w:type="character" w:styleId="LineNumber"><w:name w:val="line number"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体"/><w:sz w:val="21"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:customStyle="1" w:styleId="Quiet"><w:name w:val="无行号"/><w:basedOn w:val="Normal"/><w:pPr><w:suppressLineNumbers/></w:pPr></w:style>`
	body := para(run("", "一")) + `<w:p><w:pPr><w:pStyle w:val="Quiet"/></w:pPr>` + run("", "二") + `</w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:suppressLineNumbers/></w:pPr>` + run("", "三") + `</w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Quiet"/><w:suppressLineNumbers w:val="0"/></w:pPr>` + run("", "四") + `</w:p>`
	doc := fixture{body: body, styles: styles, sectRefs: `<w:lnNumType w:countBy="5" w:start="9" w:distance="567" w:restart="newSection"/>`}.read(t)
	ln := doc.Sections[0].LineNumbers
	if ln == nil || ln.CountBy != 5 || ln.Start != 10 || math.Abs(ln.Distance-10.0) > 0.01 || ln.Restart != "newSection" || ln.Size != 10.5 || ln.Font != "黑体" {
		t.Errorf("line numbers = %+v", ln)
	}
	var quiet []bool
	for _, p := range paragraphs(doc) {
		quiet = append(quiet, p.NoLineNumbers)
	}
	if len(quiet) != 4 || quiet[0] || !quiet[1] || !quiet[2] || quiet[3] {
		t.Errorf("suppressed = %v, want false true true false", quiet)
	}
	plain := fixture{body: para(run("", "一")), sectRefs: `<w:lnNumType w:countBy="1"/>`}.read(t).Sections[0].LineNumbers
	if plain == nil || plain.Start != 1 || math.Abs(plain.Distance-6.35) > 0.01 || plain.Restart != "newPage" || plain.Size == 0 {
		t.Errorf("defaults = %+v, want from 1, a quarter inch, each page, Normal's size", plain)
	}
	if none := (fixture{body: para(run("", "一")), sectRefs: `<w:lnNumType w:countBy="0"/>`}).read(t).Sections[0].LineNumbers; none != nil {
		t.Errorf("countBy 0 numbers lines: %+v", none)
	}
}

// TestChapterPageNumbersAreRead: w:chapStyle and each w:chapSep Word
// offers; a heading's outline level comes from its style.
func TestChapterPageNumbersAreRead(t *testing.T) {
	styles := `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`
	body := `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>` + run("", "总体情况") + `</w:p>` + para(run("", "正文"))
	for sep, want := range map[string]string{"": "-", "hyphen": "-", "period": ".", "colon": ":", "emDash": "—", "enDash": "–"} {
		attr := ""
		if sep != "" {
			attr = ` w:chapSep="` + sep + `"`
		}
		f := listed(body, styles, abstract(0, lvl(0, "decimal", "第%1章", `<w:suff w:val="space"/>`)), num(1, 0, ""))
		f.sectRefs = `<w:pgNumType w:start="1" w:chapStyle="1"` + attr + `/>`
		doc := f.read(t)
		s := doc.Sections[0]
		if s.ChapterLevel != 1 || s.ChapterSep != want || len(doc.Undrawn) != 0 {
			t.Errorf("chapSep %q: level %d sep %q, listed %v", sep, s.ChapterLevel, s.ChapterSep, doc.Undrawn)
		}
		ps := paragraphs(doc)
		if ps[0].Outline != 1 || ps[1].Outline != 0 || ps[0].Label == nil || ps[0].Label.Text != "第1章 " || ps[0].LabelNumber != "1" {
			t.Errorf("outline levels %d %d, label %+v, its number %q", ps[0].Outline, ps[1].Outline, ps[0].Label, ps[0].LabelNumber)
		}
	}
}

// picBulletParts are numbering.xml with a picture bullet as Word writes
// it (a VML shape in w:numPicBullet) or as Word 2013 and later also
// write it (a w:drawing), its .rels and the picture.
func picBulletParts(t *testing.T, bullet string, png []byte) fixture {
	a := abstract(0, `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="`+"\uF0B7"+`"/><w:lvlPicBulletId w:val="0"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/><w:color w:val="auto"/></w:rPr></w:lvl>`)
	f := listed(item(1, 0, "图标项"), "", `<w:numPicBullet w:numPicBulletId="0">`+bullet+`</w:numPicBullet>`+a, num(1, 0, ""))
	f.parts["word/_rels/numbering.xml.rels"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`
	if png != nil {
		f.parts["word/media/image1.png"] = string(png)
	}
	return f
}

const (
	vmlBullet     = `<w:pict><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"/><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:12pt;height:6pt" o:bullet="t"><v:imagedata r:id="rId1" o:title="bullet"/></v:shape></w:pict>`
	drawingBullet = `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="114300" cy="57150"/><wp:docPr id="1" name="图片 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rId1"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>`
)

// TestPictureBulletsAreRead: the picture of a picture bullet, VML or
// DrawingML, becomes the paragraph's label picture at its proportions,
// the label's text its suffix alone; a bullet whose picture is missing is
// listed, naming the paragraph.
func TestPictureBulletsAreRead(t *testing.T) {
	for name, bullet := range map[string]string{"VML": vmlBullet, "drawing": drawingBullet} {
		doc := picBulletParts(t, bullet, pngBytes(t)).read(t)
		p := paragraphs(doc)[0]
		if len(doc.Undrawn) != 0 || p.LabelPicture == nil || p.Label == nil || p.Label.Text != "\t" {
			t.Fatalf("%s: listed %v, picture %v, label %+v", name, doc.Undrawn, p.LabelPicture != nil, p.Label)
		}
		if pic := p.LabelPicture; pic.Format != "PNG" || math.Abs(pic.Width/pic.Height-2) > 0.01 {
			t.Errorf("%s: picture %s %.2f×%.2f, want a PNG twice as wide as high", name, pic.Format, pic.Width, pic.Height)
		}
	}
	// Cropped to its right half (Word's 裁剪 of the bullet's picture): cut.
	cropped := strings.Replace(vmlBullet, `o:title="bullet"`, `o:title="bullet" cropleft="0.5"`, 1)
	if pic := paragraphs(picBulletParts(t, cropped, picturetest.Bands(t, "png")).read(t))[0].LabelPicture; pic == nil || !bytes.Equal(pic.Data[:4], []byte("\x89PNG")) || bytes.Equal(pic.Data, picturetest.Bands(t, "png")) {
		t.Errorf("the cropped bullet's picture is drawn whole")
	}
	doc := picBulletParts(t, vmlBullet, nil).read(t)
	if len(doc.Undrawn) != 1 || !strings.Contains(doc.Undrawn[0].String(), "第 1 段（“图标项”）：含图片项目符号") || paragraphs(doc)[0].LabelPicture != nil {
		t.Errorf("a missing picture: %v", doc.Undrawn)
	}
}

// TestPictureBulletsInCells: a picture bullet in a table cell is the
// first stretch of its paragraph, a picture of no characters at the
// label's type size (the body's label picture), in a cell of vertical
// text too (tbRl, btLr), where it turns as a picture in the line does.
func TestPictureBulletsInCells(t *testing.T) {
	tc := func(dir string) string {
		pr := `<w:tcW w:w="4000" w:type="dxa"/>`
		if dir != "" {
			pr += `<w:textDirection w:val="` + dir + `"/>`
		}
		return `<w:tc><w:tcPr>` + pr + `</w:tcPr>` + item(1, 0, "图标项") + `</w:tc>`
	}
	f := picBulletParts(t, vmlBullet, pngBytes(t))
	f.body = `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr>` + tc("") + tc("tbRl") + `</w:tr></w:tbl>`
	doc := f.read(t)
	row := doc.Blocks[0].(*wordmodel.Table).Rows[0]
	plain := row.Cells[0]
	if plain.Text != "\t图标项" || len(plain.Paras) != 1 || plain.Paras[0].Sizes == nil {
		t.Fatalf("the cell: %q %+v", plain.Text, plain.Paras)
	}
	first := (*plain.Paras[0].Sizes)[0]
	if pic := first.Picture; pic == nil || first.Runes != 0 || math.Abs(pic.Height-first.Size*25.4/72) > 0.01 || math.Abs(pic.Width-2*pic.Height) > 0.01 {
		t.Errorf("the bullet's stretch = %+v", first)
	}
	if len(doc.Undrawn) != 0 {
		t.Errorf("listed %v", doc.Undrawn)
	}
	for _, c := range row.Cells[1:] {
		if v := c.Paras[0].Sizes; v == nil || (*v)[0].Picture == nil || (*v)[0].Picture.Height != first.Picture.Height || (*v)[0].Runes != 0 {
			t.Errorf("the %s cell's bullet: %+v", c.Direction, v)
		}
	}
}

// TestATurnedPageNumberIsListed: a PAGE field set 纵横混排 (or 双行合一)
// is listed, naming its paragraph: the layout draws page numbers plain.
func TestATurnedPageNumberIsListed(t *testing.T) {
	vert := `<w:rPr><w:eastAsianLayout w:id="5" w:vert="1" w:vertCompress="1"/></w:rPr>`
	field := `<w:r>` + vert + `<w:fldChar w:fldCharType="begin"/></w:r><w:r>` + vert + `<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r>` + vert + `<w:fldChar w:fldCharType="separate"/></w:r><w:r>` + vert + `<w:t>1</w:t></w:r><w:r>` + vert + `<w:fldChar w:fldCharType="end"/></w:r>`
	doc := fixture{body: para(run("", "第"), field, run("", "页"))}.read(t)
	if len(doc.Undrawn) != 1 || !strings.Contains(doc.Undrawn[0].String(), "第 1 段（“第[页码]页”）：含设了双行合一或纵横混排的页码") {
		t.Errorf("listed: %v", doc.Undrawn)
	}
}
