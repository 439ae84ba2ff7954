package wordmodel_test

import (
	"strings"
	"testing"
)

// TestHiddenTextIsLeftOut: text Word hides, by the run's own w:vanish, a
// character style's or a paragraph style's, and w:specVanish, is not read;
// a paragraph whose mark is hidden too and shows nothing is left out
// whole. w:webHidden hides only in Web view: Word prints it.
func TestHiddenTextIsLeftOut(t *testing.T) {
	f := fixture{
		styles: `<w:style w:type="character" w:customStyle="1" w:styleId="Secret"><w:name w:val="隐藏说明"/><w:rPr><w:vanish/></w:rPr></w:style>` +
			`<w:style w:type="character" w:customStyle="1" w:styleId="SecretChild"><w:name w:val="隐藏说明2"/><w:basedOn w:val="Secret"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style>` +
			`<w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="内部批注"/><w:basedOn w:val="Normal"/><w:rPr><w:vanish/></w:rPr></w:style>`,
		body: para(run("", "公开"), run("<w:vanish/>", "（内部：勿公开）"), run("", "文字")) +
			para(run(`<w:rStyle w:val="Secret"/>`, "样式隐藏"), run("", "甲"), run(`<w:rStyle w:val="SecretChild"/>`, "继承隐藏")) +
			`<w:p><w:pPr><w:pStyle w:val="Note"/></w:pPr>` + run("", "整段隐藏") + `</w:p>` +
			`<w:p><w:pPr><w:pStyle w:val="Note"/></w:pPr>` + run(`<w:vanish w:val="0"/>`, "样式隐藏但本段显示") + `</w:p>` +
			`<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>` + run("<w:vanish/>", "标记也隐藏") + `</w:p>` +
			para(run("<w:specVanish/>", "特殊隐藏"), run("", "乙")) +
			para(run("", "目录"), run("<w:webHidden/>", "12")) +
			para(run("<w:vanish/><w:b/>", "隐藏"), `<w:r><w:rPr><w:vanish/></w:rPr><w:tab/><w:br/></w:r>`, run("", "丙")),
	}
	got := strings.Join(texts(f.read(t)), "|")
	want := "公开文字|甲|样式隐藏但本段显示|乙|目录12|丙"
	if got != want {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}

// TestTextInASymbolFont: a tick typed in Wingdings (þ, as Word stores text
// set in a symbol font) is the tick the clerk sees, Chinese beside it set
// in the East Asian font stays; a character with no mapping is listed.
func TestTextInASymbolFont(t *testing.T) {
	wingdings := `<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:eastAsia="仿宋_GB2312"/>`
	f := fixture{body: para(run(wingdings, "þ"), run("", "已完成 "), run(wingdings, "¨未完成")) + para(run(wingdings, "!"))}
	doc := f.read(t)
	if got := strings.Join(texts(doc), "|"); got != "☑已完成 ☐未完成|!" {
		t.Errorf("texts = %q", got)
	}
	wantListed(t, doc, "第 2 段（“!”）：符号（Wingdings 字体的“!”）")
}
