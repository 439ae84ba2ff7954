package layout

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// scriptFormats are the number formats whose signs are Japanese kana,
// 大字, the 甲子 cycle, Russian letters or English words.
var scriptFormats = []string{"aiueoFullWidth", "irohaFullWidth", "japaneseLegal", "japaneseDigitalTenThousand",
	"koreanDigital2", "ideographZodiacTraditional", "russianLower", "russianUpper", "dollarText", "japaneseCounting"}

// TestListLabelsInScriptFormatsAreDrawn: a list numbered in each of
// scriptFormats, as Word writes it (start 1 and 47, a label 、), shows
// its labels in the repository's fonts, no character missing, each
// where its text starts less its hanging indent.
func TestListLabelsInScriptFormatsAreDrawn(t *testing.T) {
	for _, format := range scriptFormats {
		var list, body strings.Builder
		for i, start := range []int{1, 47} {
			fmt.Fprintf(&list, `<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="%s"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1680" w:hanging="1680"/></w:pPr></w:lvl></w:abstractNum>`, i, start, format)
			body.WriteString(`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + fmt.Sprint(i+1) + `"/></w:numPr><w:jc w:val="left"/></w:pPr>` + rt.Word.Run("", "项目") + `</w:p>`)
		}
		list.WriteString(`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`)
		r := laidDocx(t, withLists(t, rt.Docx(t, body.String(), "", nil), list.String(), "", nil))
		for _, w := range r.warnings {
			if strings.Contains(w, "字体中都没有") {
				t.Errorf("%s: %s", format, w)
			}
		}
		var drawn strings.Builder
		for _, o := range r.ops {
			if o.kind == opText {
				drawn.WriteString(o.text)
			}
		}
		for _, n := range []int{1, 47} {
			// Spaces are not drawn, only passed over.
			if label := strings.ReplaceAll(wordmodel.FormatNumber(n, format), " ", "") + "、"; !strings.Contains(drawn.String(), label+"项目") {
				t.Errorf("%s: label %q not drawn in %q", format, label, drawn.String())
			}
		}
	}
}

// TestFormatGlyphsHoldEveryPageNumbersSigns: the signs the measuring
// pass puts in the fonts' subsets for a page number's format hold every
// sign a page up to 300 shows in it, the formats that cycle through a set
// (46 and 48 kana, 29 letters, 60 year names) too.
func TestFormatGlyphsHoldEveryPageNumbersSigns(t *testing.T) {
	for _, format := range append(scriptFormats, "ideographTraditional", "chineseCountingThousand", "lowerRoman") {
		have := formatGlyphs(format)
		for n := 1; n <= 300; n++ {
			for _, c := range wordmodel.FormatNumber(n, format) {
				if !strings.ContainsRune(have, c) {
					t.Errorf("%s: %c of page %d not among its glyphs", format, c, n)
					break
				}
			}
		}
	}
}
