package shapetest

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/templates"
)

// Docx is the built-in template with its body replaced, the drawings'
// namespaces declared and parts added, as Word saves it.
func Docx(t testing.TB, body string, parts map[string]string) []byte {
	t.Helper()
	edits := map[string]func(string) string{"word/document.xml": func(s string) string {
		s = strings.Replace(s, "<w:document ", "<w:document "+NS+" ", 1)
		return s[:strings.Index(s, "<w:body>")+len("<w:body>")] + body + s[strings.LastIndex(s, "<w:sectPr>"):]
	}}
	for name, content := range parts {
		edits[name] = func(string) string { return content }
	}
	return opctest.Edit(t, templates.Disclosure, edits)
}

// DocxWithPicture is Docx with the PNG pic as the relationship rIdImg1
// (media/image1.png), its content type declared, as Word saves a
// picture, for a group's pic:pic (Picture) to show.
func DocxWithPicture(t testing.TB, body string, pic []byte) []byte {
	t.Helper()
	return opctest.Edit(t, Docx(t, body, map[string]string{"word/media/image1.png": string(pic)}), map[string]func(string) string{
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`, 1)
		},
		"[Content_Types].xml": func(s string) string {
			return strings.Replace(s, `<Default Extension="xml"`, `<Default Extension="png" ContentType="image/png"/><Default Extension="xml"`, 1)
		},
	})
}

// Para is a paragraph of Normal style without its first-line indent,
// holding runs.
func Para(runs ...string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// Text is a run of text.
func Text(s string) string { return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` }

// RedRule is the line Word draws under a 红头 (Insert → Shapes → Line): 156
// mm, 3 pt thick-thin red, y EMU under its paragraph's top.
func RedRule(y int) string {
	a := Anchor{H: "column", V: "paragraph", X: 0, Y: y, CX: 5616000}
	vml := `<v:line id="直接连接符 1" style="position:absolute;z-index:251659264" from="0,0" to="442.2pt,0" strokecolor="red" strokeweight="3pt"><v:stroke linestyle="thickThin"/></v:line>`
	return Run(a.Drawing(1, "直接连接符 1", Shape(a, "line", "", Ln(38100, "thickThin", "", "FF0000"), Style(false), "", "")), vml)
}

// TextBox is a text box as Word 2016 writes it: DrawingML with its VML
// fallback, white, a black ¾ pt outline, at a's place, holding paragraphs;
// bodyPr closes wps:bodyPr's start tag (with an anchor or a:spAutoFit).
func TextBox(a Anchor, name, paragraphs, bodyPr string) string {
	vml := `<v:shape id="` + name + `" type="#_x0000_t202" style="position:absolute;width:100pt;height:50pt;z-index:251659264"><v:textbox><w:txbxContent>` + paragraphs + `</w:txbxContent></v:textbox></v:shape>`
	return Run(a.Drawing(9, name, Shape(a, "rect", "", Fill("FFFFFF")+Ln(9525, "", "", "000000"), "", paragraphs, bodyPr)), vml)
}
