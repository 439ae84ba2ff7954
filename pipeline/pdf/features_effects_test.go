package pdf

import st "jixiao/pipeline/wordmodel/shapetest"

// The corpus' fixtures of text effects: the 字体 dialog's legacy ones as
// WPS writes them (a 红头 in 空心 or 阴影 lettering), and Word 2016's 文字
// 效果 (an outline, a fill, a shadow) as its gallery writes them; and
// 拼音指南 as Word 2016's dialog writes it (1-2-1 and centred); Word
// 2016's gradient fills of text (which LibreOffice 7.4 draws in the run's
// w:color: only the text's place is compared) and shapes' sharp shadows.

// Word 2016's gallery effect 填充: 白色; 轮廓: 蓝色, 主题色 1; 阴影.
const (
	galleryShadow  = `<w14:shadow w14:blurRad="38100" w14:dist="19050" w14:dir="2700000" w14:sx="100000" w14:sy="100000" w14:kx="0" w14:ky="0" w14:algn="tl"><w14:schemeClr w14:val="tx1"><w14:alpha w14:val="60000"/></w14:schemeClr></w14:shadow>`
	galleryOutline = `<w14:textOutline w14:w="9525" w14:cap="flat" w14:cmpd="sng" w14:algn="ctr"><w14:solidFill><w14:schemeClr w14:val="accent1"/></w14:solidFill><w14:prstDash w14:val="solid"/><w14:round/></w14:textOutline>`
	galleryWhite   = `<w14:textFill><w14:solidFill><w14:schemeClr w14:val="bg1"/></w14:solidFill></w14:textFill>`
)

// Word 2016's 文本效果 → 渐变 as its gallery writes them: 线性向下 in the
// red of the text (dark variation: 5% to the colour), 从中心 in accent 1
// with a stop at 50% alpha, 线性向右 from yellow to green.
const (
	gradientDown       = `<w14:textFill><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:srgbClr w14:val="FF0000"><w14:lumMod w14:val="5000"/><w14:lumOff w14:val="95000"/></w14:srgbClr></w14:gs><w14:gs w14:pos="74000"><w14:srgbClr w14:val="FF0000"><w14:lumMod w14:val="45000"/><w14:lumOff w14:val="55000"/></w14:srgbClr></w14:gs><w14:gs w14:pos="83000"><w14:srgbClr w14:val="FF0000"><w14:lumMod w14:val="45000"/><w14:lumOff w14:val="55000"/></w14:srgbClr></w14:gs><w14:gs w14:pos="100000"><w14:srgbClr w14:val="FF0000"/></w14:gs></w14:gsLst><w14:lin w14:ang="5400000" w14:scaled="0"/></w14:gradFill></w14:textFill>`
	gradientFromCentre = `<w14:textFill><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:schemeClr w14:val="accent1"><w14:satMod w14:val="103000"/><w14:lumMod w14:val="102000"/><w14:tint w14:val="94000"/></w14:schemeClr></w14:gs><w14:gs w14:pos="50000"><w14:schemeClr w14:val="accent1"><w14:alpha w14:val="50000"/></w14:schemeClr></w14:gs><w14:gs w14:pos="100000"><w14:schemeClr w14:val="accent1"><w14:shade w14:val="78000"/></w14:schemeClr></w14:gs></w14:gsLst><w14:path w14:path="circle"><w14:fillToRect w14:l="50000" w14:t="50000" w14:r="50000" w14:b="50000"/></w14:path></w14:gradFill></w14:textFill>`
	gradientAcross     = `<w14:textFill><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:srgbClr w14:val="FFFF00"/></w14:gs><w14:gs w14:pos="100000"><w14:srgbClr w14:val="70AD47"/></w14:gs></w14:gsLst><w14:lin w14:ang="0" w14:scaled="1"/></w14:gradFill></w14:textFill>`
)

// Word 2016's 文本效果 → 渐变 → 其他渐变 with 类型 矩形 (从中心, 从右下角)
// and 路径, and its 文本轮廓 → 渐变线 (预设渐变 in accent 1, 线性向下; a
// 从中心 one in red to blue), as its 设置文本效果格式 pane writes them.
const (
	rectFromCentre = `<w14:textFill><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:srgbClr w14:val="FFC000"/></w14:gs><w14:gs w14:pos="100000"><w14:srgbClr w14:val="C00000"/></w14:gs></w14:gsLst><w14:path w14:path="rect"><w14:fillToRect w14:l="50000" w14:t="50000" w14:r="50000" w14:b="50000"/></w14:path></w14:gradFill></w14:textFill>`
	rectFromCorner = `<w14:textFill><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:schemeClr w14:val="accent1"><w14:lumMod w14:val="5000"/><w14:lumOff w14:val="95000"/></w14:schemeClr></w14:gs><w14:gs w14:pos="74000"><w14:schemeClr w14:val="accent1"><w14:lumMod w14:val="45000"/><w14:lumOff w14:val="55000"/></w14:schemeClr></w14:gs><w14:gs w14:pos="100000"><w14:schemeClr w14:val="accent1"><w14:lumMod w14:val="75000"/></w14:schemeClr></w14:gs></w14:gsLst><w14:path w14:path="rect"><w14:fillToRect w14:l="100000" w14:t="100000"/></w14:path></w14:gradFill></w14:textFill>`
	pathFromCentre = `<w14:textFill><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:srgbClr w14:val="00B050"/></w14:gs><w14:gs w14:pos="100000"><w14:srgbClr w14:val="002060"/></w14:gs></w14:gsLst><w14:path w14:path="shape"><w14:fillToRect w14:l="50000" w14:t="50000" w14:r="50000" w14:b="50000"/></w14:path></w14:gradFill></w14:textFill>`
	outlineDown    = `<w14:textOutline w14:w="12700" w14:cap="flat" w14:cmpd="sng" w14:algn="ctr"><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:schemeClr w14:val="accent1"><w14:satMod w14:val="103000"/><w14:lumMod w14:val="102000"/><w14:tint w14:val="94000"/></w14:schemeClr></w14:gs><w14:gs w14:pos="50000"><w14:schemeClr w14:val="accent1"><w14:satMod w14:val="110000"/><w14:lumMod w14:val="100000"/><w14:shade w14:val="100000"/></w14:schemeClr></w14:gs><w14:gs w14:pos="100000"><w14:schemeClr w14:val="accent1"><w14:lumMod w14:val="99000"/><w14:satMod w14:val="120000"/><w14:shade w14:val="78000"/></w14:schemeClr></w14:gs></w14:gsLst><w14:lin w14:ang="5400000" w14:scaled="0"/></w14:gradFill><w14:prstDash w14:val="solid"/><w14:round/></w14:textOutline>`
	outlineCentre  = `<w14:textOutline w14:w="19050" w14:cap="rnd" w14:cmpd="sng" w14:algn="ctr"><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:srgbClr w14:val="FF0000"/></w14:gs><w14:gs w14:pos="100000"><w14:srgbClr w14:val="0070C0"/></w14:gs></w14:gsLst><w14:path w14:path="circle"><w14:fillToRect w14:l="50000" w14:t="50000" w14:r="50000" w14:b="50000"/></w14:path></w14:gradFill><w14:prstDash w14:val="solid"/><w14:bevel/></w14:textOutline>`
)

// Word 2016's 文本效果 → 发光 (5 pt in accent 1, 18 pt in orange) and 映像
// (紧密映像, 接触; 半映像, 4 pt 偏移) as its gallery writes them.
const (
	glowAccent    = `<w14:glow w14:rad="63500"><w14:schemeClr w14:val="accent1"><w14:alpha w14:val="60000"/><w14:satMod w14:val="175000"/></w14:schemeClr></w14:glow>`
	glowWide      = `<w14:glow w14:rad="228600"><w14:schemeClr w14:val="accent2"><w14:alpha w14:val="40000"/><w14:satMod w14:val="175000"/></w14:schemeClr></w14:glow>`
	reflectTight  = `<w14:reflection w14:blurRad="6350" w14:stA="55000" w14:stPos="0" w14:endA="300" w14:endPos="45500" w14:dist="0" w14:dir="5400000" w14:fadeDir="5400000" w14:sx="100000" w14:sy="-100000" w14:kx="0" w14:ky="0" w14:algn="bl"/>`
	reflectOffset = `<w14:reflection w14:blurRad="6350" w14:stA="50000" w14:stPos="0" w14:endA="300" w14:endPos="55000" w14:dist="50800" w14:dir="5400000" w14:fadeDir="5400000" w14:sx="100000" w14:sy="-100000" w14:kx="0" w14:ky="0" w14:algn="bl"/>`
)

// shadowedShapes are a text box and a rectangle with Word 2016's 阴影
// 外部 偏移: 右下 set to 模糊 0 (40% black, 3 pt at 45°; a green one
// 6 pt down), each with the VML fallback's v:shadow Word writes beside
// it, floating by the text.
func shadowedShapes() string {
	const mm = 36000
	box := st.Anchor{H: "margin", V: "paragraph", X: 10 * mm, Y: 20 * mm, CX: 60 * mm, CY: 20 * mm}
	rect := st.Anchor{H: "margin", V: "paragraph", X: 90 * mm, Y: 20 * mm, CX: 40 * mm, CY: 20 * mm}
	shadow := `<a:effectLst><a:outerShdw dist="38100" dir="2700000" algn="tl" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw></a:effectLst>`
	green := `<a:effectLst><a:outerShdw dist="76200" dir="5400000" algn="t" rotWithShape="0"><a:srgbClr val="00B050"/></a:outerShdw></a:effectLst>`
	vml := func(id, style, fill, offset string) string {
		return `<v:rect id="` + id + `" o:spid="_x0000_s10` + id[len(id)-1:] + `" style="position:absolute;` + style + `;z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" fillcolor="` + fill + `" strokecolor="#c00000" strokeweight="1pt"><v:shadow on="t" color="black" opacity="26214f" origin="-.5,-.5" offset="` + offset + `"/></v:rect>`
	}
	inside := para(`<w:jc w:val="center"/>`, run("", "带阴影的文本框"))
	return para("", run("", "正文"), st.Run(box.Drawing(2, "文本框 2", st.Shape(box, "rect", "", st.Fill("FFFFFF")+st.Ln(12700, "", "", "C00000")+shadow, "", inside, ">")),
		vml("文本框 2", "margin-left:28.35pt;margin-top:56.7pt;width:170.1pt;height:56.7pt", "white", ".74836mm,.74836mm")),
		st.Run(rect.Drawing(3, "矩形 3", st.Shape(rect, "rect", "", st.Fill("FFC000")+st.Ln(12700, "", "", "C00000")+green, st.Style(true), "", "")),
			vml("矩形 3", "margin-left:255.15pt;margin-top:56.7pt;width:113.4pt;height:56.7pt", "#ffc000", "0,2.11667mm"))) + text(sample)
}

func effectFeatures() []feature {
	return []feature{
		{name: "legacy-effects", wps: true, body: wpsPara(`<w:jc w:val="center"/>`, wpsRun(`<w:color w:val="FF0000"/><w:outline/>`, "沁源县财政局文件")) +
			wpsPara("", wpsRun(`<w:shadow/>`, "阴影字"), wpsRun("", "，"), wpsRun(`<w:emboss/>`, "阳文"), wpsRun("", "，"), wpsRun(`<w:imprint/>`, "阴文"),
				wpsRun("", "，"), wpsRun(`<w:b/><w:color w:val="C00000"/><w:shadow/>`, "红色粗体阴影")) + text(sample)},
		{name: "text-effects-2010", body: para(`<w:jc w:val="center"/>`, run(`<w:color w:val="FFFFFF" w:themeColor="background1"/>`+galleryShadow+galleryOutline+galleryWhite, "预算绩效管理")) +
			para("", run(`<w:color w:val="FF0000"/>`+`<w14:textOutline w14:w="12700" w14:cap="rnd" w14:cmpd="sng" w14:algn="ctr"><w14:solidFill><w14:srgbClr w14:val="FF0000"/></w14:solidFill><w14:prstDash w14:val="solid"/><w14:bevel/></w14:textOutline><w14:textFill><w14:noFill/></w14:textFill>`, "轮廓无填充"),
				run("", "，"), run(`<w14:textFill><w14:solidFill><w14:srgbClr w14:val="0070C0"><w14:lumMod w14:val="75000"/></w14:srgbClr></w14:solidFill></w14:textFill>`, "文本填充")) + text(sample)},
		{name: "text-gradient-2010", body: para(`<w:jc w:val="center"/>`, run(`<w:b/><w:color w:val="FF0000"/>`+gradientDown, "预算绩效管理")) +
			para("", run(`<w:color w:val="4472C4" w:themeColor="accent1"/>`+gradientFromCentre, "射线渐变"), run("", "，"), run(`<w:color w:val="70AD47"/>`+gradientAcross, "线性向右")) + text(sample)},
		{name: "text-gradient-rect", body: para(`<w:jc w:val="center"/>`, run(`<w:b/><w:color w:val="C00000"/>`+rectFromCentre, "预算绩效管理")) +
			para("", run(`<w:color w:val="4472C4" w:themeColor="accent1"/>`+rectFromCorner, "矩形渐变"), run("", "，"), run(`<w:color w:val="00B050"/>`+pathFromCentre, "路径渐变"), run("", "，"),
				run(`<w:color w:val="FFFFFF" w:themeColor="background1"/>`+outlineDown+galleryWhite, "渐变轮廓"), run("", "，"),
				run(`<w:b/><w:color w:val="FF0000"/>`+outlineCentre+`<w14:textFill><w14:noFill/></w14:textFill>`, "空心渐变轮廓")) + text(sample)},
		{name: "text-glow-reflection", body: para(`<w:jc w:val="center"/>`, run(`<w:b/><w:color w:val="C00000"/>`+reflectOffset, "预算绩效管理")) +
			para("", run(glowAccent, "发光文字"), run("", "，"), run(`<w:color w:val="FFFFFF" w:themeColor="background1"/>`+glowWide, "宽发光"), run("", "，"),
				run(`<w:color w:val="4472C4" w:themeColor="accent1"/>`+reflectTight, "紧密映像")) + para("", run("", " ")) + text(sample)},
		{name: "shape-shadow", body: shadowedShapes()},
		{name: "east-asian-marks", body: para("", run("", "联合"), run(`<w:u w:val="single"/><w:eastAsianLayout w:id="1" w:combine="1"/>`, "沁源财政"),
			run("", "发文，"), run(`<w:strike/><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/><w:eastAsianLayout w:id="2" w:vert="1"/>`, "12"), run("", "月")) + text(sample)},
		{name: "ruby", body: para("", run("", "地名"), rubyRun("distributeSpace", "qìn yuán", "沁源"), rubyRun("center", "xiàn", "县"), run("", "。")) + text(sample) +
			table([]int{3000, 5834}, "", row("", cell(3000, para("", run("", "单位"))), cell(5834, para("", rubyRun("center", "cái zhèng jú", "财政局"), run("", "（盖章）")))))},
	}
}

// rubyRun is a 拼音指南 over base as Word 2016 writes it: the w:ruby in a
// run, its guide half the size of the base (三号, 16 pt), raised 15 pt.
func rubyRun(align, guide, base string) string {
	return `<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="` + align + `"/><w:hps w:val="16"/><w:hpsRaise w:val="30"/><w:hpsBaseText w:val="32"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt>` +
		run(`<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="16"/>`, guide) + `</w:rt><w:rubyBase>` +
		run(`<w:rFonts w:hint="eastAsia"/>`, base) + `</w:rubyBase></w:ruby></w:r>`
}
