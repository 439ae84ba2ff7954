package pdf

import "strings"

// The parts every fixture has as Chinese Word 2016 saves a document a
// clerk began from 空白文档 and restyled: style ids are Word's Chinese
// ones ("a" 正文, "1" 标题 1, "a3" 页眉 …), the document defaults refer to
// the theme's fonts, 正文 is set to 仿宋_GB2312 三号 as GB/T 9704 asks.

// wordStyles is styles.xml: document defaults, a few latent styles (Word
// writes 376; their count matters to no reader) and the styles the
// fixtures use.
func wordStyles(wps bool) string {
	var b strings.Builder
	b.WriteString(xmlHead + `<w:styles ` + wordNS + `><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`)
	b.WriteString(`<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/><w:lsdException w:name="heading 2" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/><w:lsdException w:name="toc 1" w:semiHidden="1" w:uiPriority="39" w:unhideWhenUsed="1"/><w:lsdException w:name="Table Grid" w:uiPriority="39"/></w:latentStyles>`)
	normal := `<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:sz w:val="32"/>`
	if wps {
		// WPS names every script's font and repeats the size for complex scripts.
		normal = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`
	}
	for _, s := range []struct{ kind, id, name, extra, pPr, rPr string }{
		{"paragraph", "a", "Normal", ` w:default="1"`, `<w:widowControl w:val="0"/><w:jc w:val="both"/>`, normal},
		{"paragraph", "1", "heading 1", `<w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/>`, `<w:keepNext/><w:keepLines/><w:spacing w:before="340" w:after="330" w:line="578" w:lineRule="auto"/><w:outlineLvl w:val="0"/>`, `<w:rFonts w:eastAsia="黑体"/><w:b/><w:bCs/><w:kern w:val="44"/><w:sz w:val="44"/><w:szCs w:val="44"/>`},
		{"paragraph", "2", "heading 2", `<w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="20"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>`, `<w:keepNext/><w:keepLines/><w:spacing w:before="260" w:after="260" w:line="416" w:lineRule="auto"/><w:outlineLvl w:val="1"/>`, `<w:rFonts w:eastAsia="楷体_GB2312"/><w:b/><w:bCs/>`},
		{"character", "a0", "Default Paragraph Font", ` w:default="1"`, "", ""},
		{"character", "10", "标题 1 字符", `<w:basedOn w:val="a0"/><w:link w:val="1"/><w:uiPriority w:val="9"/>`, "", `<w:b/><w:bCs/><w:kern w:val="44"/><w:sz w:val="44"/>`},
		{"character", "20", "标题 2 字符", `<w:basedOn w:val="a0"/><w:link w:val="2"/><w:uiPriority w:val="9"/>`, "", `<w:b/><w:bCs/>`},
		{"paragraph", "a3", "header", `<w:basedOn w:val="a"/><w:link w:val="a4"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>`, `<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="center"/>`, `<w:sz w:val="18"/><w:szCs w:val="18"/>`},
		{"character", "a4", "页眉 字符", `<w:basedOn w:val="a0"/><w:link w:val="a3"/><w:uiPriority w:val="99"/>`, "", `<w:sz w:val="18"/>`},
		{"paragraph", "a5", "footer", `<w:basedOn w:val="a"/><w:link w:val="a6"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>`, `<w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/>`, `<w:sz w:val="18"/><w:szCs w:val="18"/>`},
		{"character", "a6", "页脚 字符", `<w:basedOn w:val="a0"/><w:link w:val="a5"/><w:uiPriority w:val="99"/>`, "", `<w:sz w:val="18"/>`},
		{"paragraph", "a7", "footnote text", `<w:basedOn w:val="a"/><w:link w:val="a8"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>`, `<w:snapToGrid w:val="0"/><w:jc w:val="left"/>`, `<w:sz w:val="18"/><w:szCs w:val="18"/>`},
		{"character", "a8", "脚注文本 字符", `<w:basedOn w:val="a0"/><w:link w:val="a7"/><w:uiPriority w:val="99"/><w:semiHidden/>`, "", `<w:sz w:val="18"/>`},
		{"character", "a9", "footnote reference", `<w:basedOn w:val="a0"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>`, "", `<w:vertAlign w:val="superscript"/>`},
		{"paragraph", "aa", "endnote text", `<w:basedOn w:val="a"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>`, `<w:snapToGrid w:val="0"/><w:jc w:val="left"/>`, `<w:sz w:val="21"/>`},
		{"character", "ab", "endnote reference", `<w:basedOn w:val="a0"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>`, "", `<w:vertAlign w:val="superscript"/>`},
		{"character", "ac", "Hyperlink", `<w:basedOn w:val="a0"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>`, "", `<w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/>`},
		{"paragraph", "ad", "Title", `<w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="10"/><w:qFormat/>`, `<w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>`, `<w:rFonts w:ascii="Times New Roman" w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/>`},
		{"paragraph", "ae", "正文缩进两字", `<w:basedOn w:val="a"/><w:qFormat/>`, `<w:ind w:firstLineChars="200" w:firstLine="640"/>`, ""},
		{"paragraph", "af", "红色强调段", `<w:basedOn w:val="ae"/><w:next w:val="a"/><w:qFormat/>`, `<w:spacing w:before="290" w:beforeLines="50"/>`, `<w:color w:val="C00000"/>`},
		{"character", "af0", "要点", `<w:basedOn w:val="a0"/><w:uiPriority w:val="1"/><w:qFormat/>`, "", `<w:rFonts w:eastAsia="黑体"/><w:b/>`},
		{"paragraph", "af1", "List Paragraph", `<w:basedOn w:val="a"/><w:uiPriority w:val="34"/><w:qFormat/>`, `<w:ind w:firstLineChars="200" w:firstLine="420"/>`, ""},
		{"paragraph", "11", "toc 1", `<w:basedOn w:val="a"/><w:next w:val="a"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>`, `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs>`, ""},
		{"paragraph", "21", "toc 2", `<w:basedOn w:val="a"/><w:next w:val="a"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>`, `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs><w:ind w:leftChars="200" w:left="640"/>`, ""},
	} {
		b.WriteString(`<w:style w:type="` + s.kind + `"` + s.extra[:strings.Index(s.extra+"<", "<")] + ` w:styleId="` + s.id + `"><w:name w:val="` + s.name + `"/>` + s.extra[strings.Index(s.extra+"<", "<"):])
		if s.pPr != "" {
			b.WriteString(`<w:pPr>` + s.pPr + `</w:pPr>`)
		}
		if s.rPr != "" {
			b.WriteString(`<w:rPr>` + s.rPr + `</w:rPr>`)
		}
		b.WriteString(`</w:style>`)
	}
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)
	b.WriteString(`<w:style w:type="table" w:styleId="af2"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}

// wordSettings is settings.xml as Word 2016 writes it (WPS: its own
// compatibility mode and no rsids), extra (w:evenAndOddHeaders …) after
// the default tab stop where Word puts it.
func wordSettings(wps bool, extra string) string {
	compat := `<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>`
	tail := `<w:rsids><w:rsidRoot w:val="00A41C2E"/><w:rsid w:val="003F1C2E"/><w:rsid w:val="0057B9E4"/><w:rsid w:val="00A41C2E"/><w:rsid w:val="00D21A6B"/><w:rsid w:val="00E3C0A1"/></w:rsids><m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>`
	if wps {
		compat = strings.Replace(compat, `w:val="15"`, `w:val="14"`, 1)
		tail = `<m:mathPr><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>`
	}
	return xmlHead + `<w:settings ` + wordNS + `><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="420"/>` + extra +
		`<w:drawingGridVerticalSpacing w:val="579"/><w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/><w:characterSpacingControl w:val="compressPunctuation"/>` +
		compat + tail + `<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/><w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="2049"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>`
}

// fontTable is the fonts the fixtures name, as Word lists them.
var fontTable = func() string {
	var b strings.Builder
	b.WriteString(xmlHead + `<w:fonts ` + wordNS + `>`)
	for _, f := range []struct{ name, alt, charset, family, pitch string }{
		{"Times New Roman", "", "00", "roman", "variable"},
		{"宋体", "SimSun", "86", "auto", "variable"},
		{"仿宋_GB2312", "仿宋", "86", "modern", "fixed"},
		{"黑体", "SimHei", "86", "modern", "fixed"},
		{"楷体_GB2312", "楷体", "86", "modern", "fixed"},
		{"方正小标宋简体", "", "86", "script", "fixed"},
		{"等线", "DengXian", "86", "auto", "variable"},
		{"等线 Light", "", "86", "auto", "variable"},
		{"Wingdings", "", "02", "auto", "variable"},
		{"Arial", "", "00", "swiss", "variable"},
	} {
		b.WriteString(`<w:font w:name="` + f.name + `">`)
		if f.alt != "" {
			b.WriteString(`<w:altName w:val="` + f.alt + `"/>`)
		}
		b.WriteString(`<w:charset w:val="` + f.charset + `"/><w:family w:val="` + f.family + `"/><w:pitch w:val="` + f.pitch + `"/></w:font>`)
	}
	return b.String() + `</w:fonts>`
}()

// theme is theme1.xml's colour and font schemes (Office 2013–2022); the
// effect and format schemes, which no fixture's text uses, left short.
const theme = xmlHead + `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题​​"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>` +
	`<a:fontScheme name="Office"><a:majorFont><a:latin typeface="等线 Light" panose="020F0302020204030204"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont><a:minorFont><a:latin typeface="等线" panose="020F0502020204030204"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont></a:fontScheme>` +
	`<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`
