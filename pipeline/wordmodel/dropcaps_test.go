package wordmodel_test

import "testing"

// TestADropCapInANoteIsListed: a footnote's drop cap, which the notes at
// the page's foot do not set, is listed, naming the note.
func TestADropCapInANoteIsListed(t *testing.T) {
	letter := `<w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="2" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="720" w:lineRule="exact"/></w:pPr>` + run(`<w:position w:val="-7"/><w:sz w:val="96"/>`, "注") + `</w:p>`
	notes := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ` + wordNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">` + letter + para(run("", "文")) + `</w:footnote></w:footnotes>`
	f := fixture{body: para(run("", "正文"), `<w:r><w:footnoteReference w:id="1"/></w:r>`), parts: map[string]string{"word/footnotes.xml": notes},
		rels: `<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`}
	wantListed(t, f.read(t), "脚注 1（“注”）：首字下沉（脚注、尾注中的首字下沉无法显示）")
}
