package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestRunScriptsAreRead: w:hint, the run's East Asian language, its High
// ANSI and complex-script fonts and w:cs are read as Word and WPS write
// them, through styles (the template's defaults are zh-CN); a run of w:cs
// takes its w:szCs, w:bCs and w:iCs; a right-to-left run (w:rtl) is
// listed, its marks and spaces ordered as the layout does not.
func TestRunScriptsAreRead(t *testing.T) {
	doc := fixture{body: para(
		run(`<w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>`, "“甲”"),
		run(`<w:rFonts w:ascii="Arial" w:hAnsi="Calibri" w:cs="黑体"/><w:lang w:eastAsia="ja-JP"/>`, "乙"),
		run(`<w:rFonts w:cs="黑体"/><w:cs/><w:b/><w:iCs/><w:sz w:val="32"/><w:szCs w:val="21"/>`, "丙"),
		run(`<w:rtl/>`, "丁"), run(`<w:rtl w:val="0"/>`, "戊"))}.read(t)
	wantListed(t, doc, `第 1 段（““甲”乙丙丁戊”）：从右向左的文字（w:rtl）`)
	runs := paragraphs(doc)[0].Runs
	byText := map[string]wordmodel.Run{}
	for _, r := range runs {
		byText[r.Text] = r
	}
	if r := byText["“甲”"]; !r.Hint || !r.Chinese || r.Complex {
		t.Errorf("hint run %+v, want Hint and Chinese", r)
	}
	if r := byText["乙"]; r.Hint || r.Chinese || r.LatinFont != "Arial" || r.OtherFont != "Calibri" || r.ComplexFont != "黑体" {
		t.Errorf("fonts run %+v, want Arial, Calibri, 黑体, not Chinese", r)
	}
	if r := byText["丙"]; !r.Complex || r.Size != 10.5 || r.Bold || !r.Italic {
		t.Errorf("w:cs run %+v, want complex at 10.5 pt, not bold, italic", r)
	}
	if r := byText["戊"]; r.Complex {
		t.Errorf("w:rtl off run %+v, want not complex", r)
	}
}
