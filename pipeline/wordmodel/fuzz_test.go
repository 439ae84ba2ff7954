package wordmodel_test

import (
	"archive/zip"
	"bytes"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// FuzzRead: a damaged document.xml or numbering.xml (cut short, tags
// unclosed) is read without a panic.
func FuzzRead(f *testing.F) {
	f.Add(para(run("<w:vanish/>", "甲"), `<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>`), item(1, 0, "乙"),
		`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)
	f.Add(`<w:p><w:pPr><w:pBdr><w:bottom w:val="single"`, `<w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="page"><wp:align>`, `<w:num w:numId="1"><w:lvlOverride w:ilvl="9">`)
	f.Add(para(run("", "落款"), floating(wordAnchor, `<wp:wrapTight wrapText="largest"><wp:wrapPolygon edited="1"><wp:start x="0" y="0"/><wp:lineTo x="21600" y="21600"/><wp:lineTo x="0" y="21600"/></wp:wrapPolygon></wp:wrapTight>`)),
		`<w:r><w:drawing><wp:anchor distT="0"><wp:extent cx="1" cy="1"/><wp:wrapSquare wrapText="bothSides" distL`, "")
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
	})
}
