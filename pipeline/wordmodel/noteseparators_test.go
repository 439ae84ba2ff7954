package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestNoteSeparatorsAreRead: the rules over the notes are those the
// notes parts' special notes hold, as Word, WPS and LibreOffice write
// them and as a clerk edits them in 草稿 view (显示备注 → 脚注分隔符);
// text or a picture there is listed, never dropped.
func TestNoteSeparatorsAreRead(t *testing.T) {
	pPr := `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>`
	special := func(kind, typ, id, content string) string {
		return `<w:` + kind + ` w:type="` + typ + `" w:id="` + id + `"><w:p w:rsidR="00A41C2E" w:rsidRDefault="00A41C2E">` + pPr + content + `</w:p></w:` + kind + `>`
	}
	word := special("footnote", "separator", "-1", `<w:r><w:separator/></w:r>`) + special("footnote", "continuationSeparator", "0", `<w:r><w:continuationSeparator/></w:r>`)
	for _, tc := range []struct {
		name     string
		specials string
		want     wordmodel.NoteSeparators
		listed   []string
	}{
		{"Word's", word, wordmodel.NoteSeparators{First: wordmodel.SeparatorShort, Continued: wordmodel.SeparatorLong}, nil},
		// Word 2016 writes a third, empty, continuation notice in some
		// documents: nothing to draw.
		{"with an empty notice", word + special("footnote", "continuationNotice", "1", ""), wordmodel.NoteSeparators{First: wordmodel.SeparatorShort, Continued: wordmodel.SeparatorLong}, nil},
		// LibreOffice writes the separators with ids 0 and 1, no pPr.
		{"LibreOffice's", `<w:footnote w:id="0" w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1" w:type="continuationSeparator"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`,
			wordmodel.NoteSeparators{First: wordmodel.SeparatorShort, Continued: wordmodel.SeparatorLong}, nil},
		{"emptied", special("footnote", "separator", "-1", "") + special("footnote", "continuationSeparator", "0", `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:r>`),
			wordmodel.NoteSeparators{First: wordmodel.SeparatorNone, Continued: wordmodel.SeparatorNone}, nil},
		{"the long one over all", special("footnote", "separator", "-1", `<w:r><w:continuationSeparator/></w:r>`) + special("footnote", "continuationSeparator", "0", `<w:r><w:continuationSeparator/></w:r>`),
			wordmodel.NoteSeparators{First: wordmodel.SeparatorLong, Continued: wordmodel.SeparatorLong}, nil},
		{"none written", "", wordmodel.NoteSeparators{}, nil},
		{"a notice in words", word + special("footnote", "continuationNotice", "1", run("", "（接下页）")), wordmodel.NoteSeparators{First: wordmodel.SeparatorShort, Continued: wordmodel.SeparatorLong},
			[]string{"脚注延续标记（草稿视图 → 引用 → 显示备注）：脚注延续标记中的文字、图形或边框（只显示分隔线）"}},
		{"a separator in words", special("footnote", "separator", "-1", run("", "注：")+`<w:r><w:separator/></w:r>`) + special("footnote", "continuationSeparator", "0", `<w:r><w:continuationSeparator/></w:r>`),
			wordmodel.NoteSeparators{Continued: wordmodel.SeparatorLong}, []string{"脚注分隔符（草稿视图 → 引用 → 显示备注）：脚注分隔符中的文字、图形或边框（只显示分隔线）"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parts := map[string]string{"word/footnotes.xml": `<w:footnotes ` + wordNS + `>` + tc.specials +
				`<w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>` + run("", " 资料来源。") + `</w:p></w:footnote></w:footnotes>`}
			doc := fixture{parts: parts, body: para(run("", "见注"), `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`)}.read(t)
			if doc.FootnoteSeparators != tc.want {
				t.Errorf("separators %+v, want %+v", doc.FootnoteSeparators, tc.want)
			}
			wantListed(t, doc, tc.listed...)
		})
	}
}

// TestSeparatorsOfNotesNoneRefersToAreNotListed: a notes part whose
// notes the document never refers to shows no separator.
func TestSeparatorsOfNotesNoneRefersToAreNotListed(t *testing.T) {
	parts := map[string]string{"word/endnotes.xml": `<w:endnotes ` + wordNS + `><w:endnote w:type="separator" w:id="-1"><w:p>` + run("", "尾注：") + `</w:p></w:endnote></w:endnotes>`}
	wantListed(t, fixture{parts: parts, body: para(run("", "正文"))}.read(t))
}
