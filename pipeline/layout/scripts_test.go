package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/runtest"
)

// opWith is the text operation whose text holds s.
func opWith(t *testing.T, r *renderer, s string) op {
	t.Helper()
	for _, o := range r.ops {
		if o.kind == opText && strings.Contains(o.text, s) {
			return o
		}
	}
	t.Fatalf("no text operation draws %q", s)
	return op{}
}

// scriptRun is a run whose Latin fonts are 黑体 and whose East Asian
// font is 仿宋_GB2312, as Word writes them, with hint eastAsia where
// hint is set and more rPr.
func scriptRun(hint bool, rPr, text string) string {
	h := ""
	if hint {
		h = ` w:hint="eastAsia"`
	}
	return `<w:r><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="仿宋_GB2312"` + h + `/>` + rPr +
		`</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

// TestHintSetsSharedCharactersInTheEastAsianFace: the characters Chinese
// and Latin text share (· ° § α ж — “) are set in a run's High ANSI font
// (黑体) unless the run's hint is eastAsia, as Word and WPS write it on
// text typed with a Chinese input method: then in its East Asian font
// (仿宋), at that face's width. Accented Latin (pinyin é) follows the hint
// only in a Chinese run (on the grid, a cell wide as 汉字 are) (w:lang w:eastAsia zh-CN, the template's
// default). ASCII stays in the ASCII font whatever the hint.
func TestHintSetsSharedCharactersInTheEastAsianFace(t *testing.T) {
	for _, shared := range []string{"·", "°", "§", "α", "ж", "—", "“", "±", "é"} {
		for _, hint := range []bool{false, true} {
			body := runtest.Para(scriptRun(hint, "", "甲"+shared+"乙A"))
			r := laidDocx(t, runtest.Docx(t, body, "", nil))
			fang, hei := r.fs.role("fangsong"), r.fs.role("hei")
			o := opWith(t, r, shared)
			want := hei
			if hint {
				want = fang
			}
			if o.face != want {
				t.Errorf("%s hint %v: set in %s, want %s", shared, hint, o.face.family, want.family)
			}
			// On the template's grid of characters a character set in the
			// East Asian font takes a cell, as 甲 and 乙 do.
			next := opWith(t, r, "乙")
			w := want.width(shared, o.size)
			if hint {
				w = r.g.cell
			}
			if !near(next.x-o.x, w) {
				t.Errorf("%s hint %v: %.3f mm wide, want its face's %.3f", shared, hint, next.x-o.x, w)
			}
			if a := opWith(t, r, "A"); a.face != hei {
				t.Errorf("%s hint %v: A in %s, want 黑体's", shared, hint, a.face.family)
			}
		}
	}
	// Not Chinese: é keeps its High ANSI font under the hint; · follows it.
	lang := `<w:lang w:val="fr-FR" w:eastAsia="ja-JP"/>`
	r := laidDocx(t, runtest.Docx(t, runtest.Para(scriptRun(true, lang, "甲é乙·丙")), "", nil))
	if o := opWith(t, r, "é"); o.face != r.fs.role("hei") {
		t.Errorf("é of a Japanese run of hint eastAsia in %s, want 黑体's", o.face.family)
	}
	if o := opWith(t, r, "·"); o.face != r.fs.role("fangsong") {
		t.Errorf("· of a Japanese run of hint eastAsia in %s, want 仿宋's", o.face.family)
	}
}

// TestComplexScriptRunsTakeTheirComplexFont: a run of w:cs sets all its
// text in its complex-script font (w:rFonts w:cs), at its complex-script
// size (w:szCs), as Word shows it; and a run whose East Asian font is
// Times New Roman and whose Latin fonts agree sets its Chinese in its
// ASCII font.
func TestComplexScriptRunsTakeTheirComplexFont(t *testing.T) {
	run := `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="黑体"/><w:cs/><w:sz w:val="32"/><w:szCs w:val="21"/></w:rPr><w:t>数据abc</w:t></w:r>`
	r := laidDocx(t, runtest.Docx(t, runtest.Para(run), "", nil))
	for _, s := range []string{"数", "abc"} {
		if o := opWith(t, r, s); o.face != r.fs.role("hei") || o.size != 10.5 {
			t.Errorf("w:cs run: %q drawn in %s at %.1f pt, want 黑体 at 10.5", s, o.face.family, o.size)
		}
	}
	run = `<w:r><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="Times New Roman"/></w:rPr><w:t>数据abc</w:t></w:r>`
	r = laidDocx(t, runtest.Docx(t, runtest.Para(run), "", nil))
	if o := opWith(t, r, "数"); o.face != r.fs.role("hei") {
		t.Errorf("East Asian font Times New Roman: 数据 in %s, want the ASCII font's 黑体", o.face.family)
	}
}
