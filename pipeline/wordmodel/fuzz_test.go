package wordmodel_test

import (
	"archive/zip"
	"bytes"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// FuzzRead: a damaged document.xml or numbering.xml (cut short, tags
// unclosed) is read without a panic, whole and its head alone.
func FuzzRead(f *testing.F) {
	f.Add(para(run("<w:vanish/>", "甲"), `<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>`), item(1, 0, "乙"),
		`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)
	f.Add(`<w:p><w:pPr><w:pBdr><w:bottom w:val="single"`, `<w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="page"><wp:align>`, `<w:num w:numId="1"><w:lvlOverride w:ilvl="9">`)
	f.Add(para(run("", "落款"), floating(wordAnchor, `<wp:wrapTight wrapText="largest"><wp:wrapPolygon edited="1"><wp:start x="0" y="0"/><wp:lineTo x="21600" y="21600"/><wp:lineTo x="0" y="21600"/></wp:wrapPolygon></wp:wrapTight>`)),
		`<w:r><w:drawing><wp:anchor distT="0"><wp:extent cx="1" cy="1"/><wp:wrapSquare wrapText="bothSides" distL`, "")
	// Groups, a canvas, a VML group and a note in a table cell.
	ga := st.Anchor{H: "page", V: "page", CX: 720000, CY: 720000}
	member := st.Member(2, "矩形 2", 0, 0, 360000, 360000, "rect", "", "", st.Style(true), "", "")
	f.Add(`<w:p `+st.NS+`>`+st.Run(ga.Group(1, "组合 1", [2]int{0, 0}, [2]int{720000, 720000}, member, st.Picture(3, "图片 3", "rIdImg1", 0, 0, 1, 1),
		st.SubGroup(4, "组合 4", 0, 0, 1, 1, [2]int{0, 0}, [2]int{0, 0}, member)), "")+st.Run(ga.Canvas(5, "画布 5", st.Fill("FF0000"), "", member), "")+`</w:p>`,
		`<w:p `+st.NS+`>`+st.VMLRedHead("0", "0")+`</w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:tc></w:tr></w:tbl>`, "")
	png := string(pngBytes(f))
	f.Fuzz(func(t *testing.T, body, more, numbering string) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for name, part := range map[string]string{
			"word/document.xml":            `<w:document ` + wordNS + `><w:body>` + body + more + `</w:body></w:document>`,
			"word/numbering.xml":           `<w:numbering>` + numbering + `</w:numbering>`,
			"word/_rels/document.xml.rels": `<Relationships><Relationship Id="rId1" Target="media/a.png"/><Relationship Id="rIdImg1" Target="media/image1.png"/></Relationships>`,
			"word/media/image1.png":        png,
		} {
			w, _ := zw.Create(name)
			w.Write([]byte(part))
		}
		zw.Close()
		wordmodel.Read(buf.Bytes())
		wordmodel.ReadHead(buf.Bytes(), wordmodel.HeadLimit{Blocks: len(more) % 5, Rows: len(body) % 4})
	})
}
