package wordmodel_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestAutoSpaceIsReadThroughTheStyles: 自动调整中文与西文/数字的间距 are
// on where nothing says otherwise; unticked in the Normal style or in
// docDefaults (w:val="0", as WPS writes it) they are off in its
// paragraphs, and a paragraph's own w:autoSpaceDE turns the first back on.
func TestAutoSpaceIsReadThroughTheStyles(t *testing.T) {
	const off = `<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`
	for _, c := range []struct {
		name, normal, defaults, pPr string
		latin, digits               bool // off
	}{
		{"nothing written", "", "", "", false, false},
		{"Normal unticked", off, "", "", true, true},
		{"docDefaults unticked", "", off, "", true, true},
		{"the paragraph ticks Latin again", off, "", `<w:autoSpaceDE/>`, false, true},
		{"the paragraph unticks digits", "", "", `<w:autoSpaceDN w:val="0"/>`, false, true},
	} {
		docx := st.Docx(t, `<w:p><w:pPr><w:pStyle w:val="Normal"/>`+c.pPr+`</w:pPr>`+st.Text("共15个项目abc")+`</w:p>`, nil)
		docx = opctest.Edit(t, docx, map[string]func(string) string{"word/styles.xml": func(s string) string {
			s = strings.Replace(s, `w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>`, `w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>`+c.normal, 1)
			if c.defaults != "" {
				s = strings.Replace(s, `<w:pPrDefault/>`, `<w:pPrDefault><w:pPr>`+c.defaults+`</w:pPr></w:pPrDefault>`, 1)
				s = strings.Replace(s, `<w:pPrDefault><w:pPr>`, `<w:pPrDefault><w:pPr>`+c.defaults, 1)
			}
			return s
		}})
		doc, err := wordmodel.Read(docx)
		if err != nil {
			t.Fatal(err)
		}
		p := doc.Blocks[0].(*wordmodel.Paragraph)
		if r := p.Spacing.LineRules; r.NoSpaceLatin != c.latin || r.NoSpaceDigits != c.digits {
			t.Errorf("%s: Latin off %v, digits off %v; want %v, %v", c.name, r.NoSpaceLatin, r.NoSpaceDigits, c.latin, c.digits)
		}
	}
}
