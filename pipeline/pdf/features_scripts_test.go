package pdf

import (
	"fmt"
	"strings"
)

// The corpus' fixtures of which font each character takes (w:hint, w:cs)
// and of the number formats written in kana, 大字, the 甲子 cycle and
// Russian letters.

func scriptFeatures() []feature {
	latinHei := `<w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="仿宋_GB2312"`
	shared := "录入的“引号”、间隔号·、温度30°、破折号——、省略号……和±5%"
	// startAt is a level of format from start, as Word writes a list
	// whose 起始编号 is set.
	startAt := func(format string, start int) string {
		return strings.Replace(lvl(0, format, "%1、", 0), `<w:start w:val="1"/>`, fmt.Sprintf(`<w:start w:val="%d"/>`, start), 1)
	}
	formats := []string{"aiueoFullWidth", "irohaFullWidth", "japaneseCounting", "koreanDigital2", "russianLower", "russianUpper",
		"japaneseLegal", "japaneseDigitalTenThousand", "ideographZodiacTraditional"}
	var abstracts []string
	var body strings.Builder
	for i, f := range formats {
		abstracts = append(abstracts, abstractNum(i, startAt(f, 9)))
		body.WriteString(listPara(i+1, 0, f) + listPara(i+1, 0, "下一项"))
	}
	// Word 2010's 001, 002, 003: a custom numFmt in mc:Choice.
	zeros := `<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>`
	// Its label is wider than two characters: the level hangs four.
	level := strings.Replace(startAt("decimal", 9), `<w:numFmt w:val="decimal"/>`, zeros, 1)
	level = strings.Replace(level, `<w:ind w:left="640" w:hanging="640"/>`, `<w:ind w:left="1280" w:hanging="1280"/>`, 1)
	abstracts = append(abstracts, abstractNum(len(formats), level))
	body.WriteString(listPara(len(formats)+1, 0, "custom") + listPara(len(formats)+1, 0, "下一项"))
	return []feature{
		// WPS writes the hint and the language on each run typed with a
		// Chinese input method; Word the hint.
		{name: "hint-shared-characters", wps: true, body: para("", run(latinHei+` w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>`, shared)) +
			para("", run(latinHei+`/>`, shared)) + para("", run(latinHei+` w:hint="eastAsia"/>`, "拼音nín hǎo与ABC"))},
		{name: "complex-script-run", body: para("", run(`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="黑体"/><w:cs/><w:sz w:val="32"/><w:szCs w:val="21"/>`, "复杂文种格式的一段文字abc")) + text(sample)},
		{name: "numbering-scripts", parts: map[string]string{"word/numbering.xml": numbering(abstracts...)}, body: body.String()},
	}
}
