package wordmodel

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/templates"
)

// keepsStyles is a styles.xml as Word 2016 or WPS writes it: defaults
// holding pPrDefault's pPr, the default paragraph style's pPr, and the
// 标题 1 style with keepNext and keepLines as the built-in headings carry.
func keepsStyles(defaultPPr, normalPPr string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi"/><w:kern w:val="2"/><w:sz w:val="21"/></w:rPr></w:rPrDefault><w:pPrDefault>` + defaultPPr + `</w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr>` + normalPPr + `<w:jc w:val="both"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="340" w:after="330" w:line="578" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:kern w:val="44"/><w:sz w:val="44"/></w:rPr></w:style>` +
		`<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/></w:tblPr></w:style></w:styles>`
}

// TestKeepRulesAreReadThroughStyles: widow control is on only where the
// document turns it on (in pPrDefault, as English Word 2016 writes it, or
// in Normal) and off where Chinese Word and WPS write w:val="0" in
// Normal; 标题 1 keeps with the next paragraph and its lines together; a
// paragraph's own pPr turns any of them on or off.
func TestKeepRulesAreReadThroughStyles(t *testing.T) {
	body := `<w:p><w:r><w:t>正文</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>一、标题</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:keepLines/><w:widowControl w:val="0"/></w:pPr><w:r><w:t>段中不分页</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="1"/><w:keepNext w:val="0"/><w:widowControl/></w:pPr><w:r><w:t>不与下段同页</w:t></w:r></w:p>` +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`
	for _, c := range []struct {
		name, defaults, normal string
		widows                 bool
	}{
		{"Word 2016 pPrDefault", `<w:pPr><w:widowControl/><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>`, "", true},
		{"Normal", "", `<w:widowControl/>`, true},
		{"WPS Normal off", "", `<w:widowControl w:val="0"/>`, false},
		{"Chinese Word, default on, Normal off", `<w:pPr><w:widowControl/></w:pPr>`, `<w:widowControl w:val="0"/>`, false},
		{"nothing said: on, as English Word and LibreOffice take it", "", "", true},
	} {
		docx := opctest.Edit(t, templates.Disclosure, map[string]func(string) string{
			"word/styles.xml": opctest.Set(keepsStyles(c.defaults, c.normal)),
			"word/document.xml": func(s string) string {
				return s[:strings.Index(s, "<w:body>")+len("<w:body>")] + body + "</w:body></w:document>"
			},
		})
		doc, err := Read(docx)
		if err != nil {
			t.Fatal(err)
		}
		want := []Keeps{
			{WidowControl: c.widows},
			{KeepNext: true, KeepLines: true, WidowControl: c.widows},
			{KeepLines: true},
			{KeepLines: true, WidowControl: true},
		}
		for i, w := range want {
			p := doc.Blocks[i].(*Paragraph)
			if p.Spacing == nil || p.Spacing.Keeps != w {
				t.Errorf("%s: %q keeps %+v, want %+v", c.name, p.Text, p.Spacing, w)
			}
		}
	}
}
