package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/runtest"
)

// Word 2016's 文字效果 as its gallery and its 设置文本效果格式 pane write
// them: an outline of 0.75 pt in accent 1, a fill of background 1, a
// shadow of 60% black 1.5 pt away at 45°, blurred by 3 pt.
const (
	w14Outline = `<w14:textOutline w14:w="9525" w14:cap="flat" w14:cmpd="sng" w14:algn="ctr"><w14:solidFill><w14:schemeClr w14:val="accent1"/></w14:solidFill><w14:prstDash w14:val="solid"/><w14:round/></w14:textOutline>`
	w14White   = `<w14:textFill><w14:solidFill><w14:schemeClr w14:val="bg1"/></w14:solidFill></w14:textFill>`
	w14NoFill  = `<w14:textFill><w14:noFill/></w14:textFill>`
	w14Shadow  = `<w14:shadow w14:blurRad="38100" w14:dist="19050" w14:dir="2700000" w14:sx="100000" w14:sy="100000" w14:kx="0" w14:ky="0" w14:algn="tl"><w14:srgbClr w14:val="000000"><w14:alpha w14:val="60000"/></w14:srgbClr></w14:shadow>`
)

// TestTextEffectsAreRead: the legacy effects of the 字体 dialog (as WPS
// and Word write them) and Word 2010's outline, solid fill, no fill and
// offset shadow are read as the PDF draws them and are not listed; a
// gradient fill, a perspective shadow, glow, reflection and 3-D are.
func TestTextEffectsAreRead(t *testing.T) {
	cases := []struct {
		rPr  string
		want wordmodel.Effects
	}{
		{`<w:outline/>`, wordmodel.Effects{Outline: 0.25, Fill: "FFFFFF"}},
		{`<w:outline/><w:color w:val="FF0000"/>`, wordmodel.Effects{Outline: 0.25, Fill: "FFFFFF"}},
		{`<w:shadow/>`, wordmodel.Effects{Shadow: &wordmodel.TextShadow{DX: 1.17 / 24, DY: 1.17 / 24, Em: true, Color: "C0C0C0"}}},
		{`<w:shadow/><w:color w:val="FF0000"/>`, wordmodel.Effects{Shadow: &wordmodel.TextShadow{DX: 1.17 / 24, DY: 1.17 / 24, Em: true, Color: "000000"}}},
		{`<w:emboss/>`, wordmodel.Effects{Fill: "FFFFFF", Shadow: &wordmodel.TextShadow{DX: 0.3, DY: 0.3}}},
		{`<w:imprint/>`, wordmodel.Effects{Fill: "FFFFFF", Shadow: &wordmodel.TextShadow{DX: -0.3, DY: -0.3}}},
		{`<w:imprint/><w:color w:val="C00000"/>`, wordmodel.Effects{Shadow: &wordmodel.TextShadow{DX: -0.3, DY: -0.3, Color: "C0C0C0"}}},
		{`<w:emboss w:val="0"/>`, wordmodel.Effects{}},
		{w14Outline + w14White, wordmodel.Effects{Outline: 0.75, OutlineColor: "4472C4", Fill: "FFFFFF"}},
		{w14Outline + w14NoFill, wordmodel.Effects{Outline: 0.75, OutlineColor: "4472C4", NoFill: true}},
		{`<w:outline/>` + w14NoFill, wordmodel.Effects{Outline: 0.25, NoFill: true}},
		{`<w:outline/>` + w14Outline, wordmodel.Effects{Outline: 0.75, OutlineColor: "4472C4"}},
		{w14Shadow, wordmodel.Effects{Shadow: &wordmodel.TextShadow{DX: 1.06, DY: 1.06, Color: "666666", Blur: 3}}},
		{`<w:shadow/>` + w14Shadow, wordmodel.Effects{Shadow: &wordmodel.TextShadow{DX: 1.06, DY: 1.06, Color: "666666", Blur: 3}}},
		{`<w14:textFill><w14:solidFill><w14:srgbClr w14:val="FF0000"><w14:lumMod w14:val="75000"/></w14:srgbClr></w14:solidFill></w14:textFill>`, wordmodel.Effects{Fill: "BF0000"}},
	}
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		var runs []string
		for _, c := range cases {
			runs = append(runs, w.Run(c.rPr, "效果"))
		}
		doc := fixture{body: runtest.Para(runs...)}.read(t)
		wantListed(t, doc)
		got := doc.Blocks[0].(*wordmodel.Paragraph).Runs
		if len(got) != len(cases) {
			t.Fatalf("%v: runs %+v", w, got)
		}
		for k, c := range cases {
			fx := got[k].Effects
			if c.want == (wordmodel.Effects{}) {
				if fx != nil {
					t.Errorf("%v %s: effects %+v, want none", w, c.rPr, *fx)
				}
				continue
			}
			if fx == nil {
				t.Errorf("%v %s: no effects, want %+v", w, c.rPr, c.want)
				continue
			}
			g, want := *fx, c.want
			if (g.Shadow == nil) != (want.Shadow == nil) || g.Shadow != nil && *g.Shadow != *want.Shadow {
				t.Errorf("%v %s: shadow %+v, want %+v", w, c.rPr, g.Shadow, want.Shadow)
			}
			g.Shadow, want.Shadow = nil, nil
			if g != want {
				t.Errorf("%v %s: effects %+v, want %+v", w, c.rPr, g, want)
			}
		}
	}
}

// TestTextEffectsNotDrawnAreListed: what the PDF cannot draw (3-D, an
// outline in a rectangular gradient, a shadow in perspective, a
// reflection blurred more than Word's presets or of a gradient text, a
// pattern or picture fill, which Word cannot write: [MS-DOCX]'s
// w14:textFill holds no fill, a solid or a gradient one only) is listed
// by its paragraph; a glow and a preset's reflection are read.
func TestTextEffectsNotDrawnAreListed(t *testing.T) {
	outline := `<w14:textOutline w14:w="9525" w14:cap="flat" w14:cmpd="sng" w14:algn="ctr"><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:srgbClr w14:val="FF0000"/></w14:gs><w14:gs w14:pos="100000"><w14:srgbClr w14:val="0000FF"/></w14:gs></w14:gsLst><w14:path w14:path="rect"><w14:fillToRect w14:l="100000" w14:t="100000"/></w14:path></w14:gradFill><w14:prstDash w14:val="solid"/><w14:round/></w14:textOutline>`
	perspective := `<w14:shadow w14:blurRad="12700" w14:dist="190500" w14:dir="5400000" w14:sx="100000" w14:sy="-23000" w14:kx="0" w14:ky="0" w14:algn="bl"><w14:srgbClr w14:val="000000"><w14:alpha w14:val="80000"/></w14:srgbClr></w14:shadow>`
	glow := `<w14:glow w14:rad="63500"><w14:schemeClr w14:val="accent1"><w14:alpha w14:val="60000"/><w14:satMod w14:val="175000"/></w14:schemeClr></w14:glow>`
	reflection := `<w14:reflection w14:blurRad="6350" w14:stA="55000" w14:stPos="0" w14:endA="300" w14:endPos="45500" w14:dist="0" w14:dir="5400000" w14:fadeDir="5400000" w14:sx="100000" w14:sy="-100000" w14:kx="0" w14:ky="0" w14:algn="bl"/>`
	blurred := `<w14:reflection w14:blurRad="38100" w14:stA="55000" w14:stPos="0" w14:endA="300" w14:endPos="45500" w14:dist="0" w14:dir="5400000" w14:fadeDir="5400000" w14:sx="100000" w14:sy="-100000" w14:kx="0" w14:ky="0" w14:algn="bl"/>`
	gradient := `<w14:textFill><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:srgbClr w14:val="FF0000"/></w14:gs><w14:gs w14:pos="100000"><w14:srgbClr w14:val="0000FF"/></w14:gs></w14:gsLst><w14:lin w14:ang="0" w14:scaled="0"/></w14:gradFill></w14:textFill>`
	pattern := `<w14:textFill><w14:pattFill w14:prst="pct50"><w14:fgClr><w14:srgbClr w14:val="FF0000"/></w14:fgClr><w14:bgClr><w14:srgbClr w14:val="FFFFFF"/></w14:bgClr></w14:pattFill></w14:textFill>`
	threeD := `<w14:props3d w14:extrusionH="57150" w14:contourW="0" w14:prstMaterial="warmMatte"><w14:bevelT w14:w="38100" w14:h="38100" w14:prst="circle"/></w14:props3d>`
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		doc := fixture{body: runtest.Para(w.Run(pattern, "图案")) + runtest.Para(w.Run(perspective, "透视")) + runtest.Para(w.Run(threeD, "三维")) + runtest.Para(w.Run(blurred, "模糊映像")) +
			runtest.Para(w.Run(outline, "轮廓")) + runtest.Para(w.Run(gradient+reflection, "渐变映像")) + runtest.Para(w.Run(glow+reflection, "发光映像"))}.read(t)
		wantListed(t, doc, "第 1 段（“图案”）：文字效果（图案或图片填充）", "第 2 段（“透视”）：文字效果（透视阴影）", "第 3 段（“三维”）：文字效果（三维）",
			"第 4 段（“模糊映像”）：文字效果（模糊的映像）", "第 5 段（“轮廓”）：文字效果（矩形或路径渐变的轮廓）", "第 6 段（“渐变映像”）：文字效果（渐变、空心或带轮廓文字的映像）")
		fx := doc.Blocks[6].(*wordmodel.Paragraph).Runs[0].Effects
		if fx == nil || fx.Glow == nil || fx.Glow.Radius != 5 || fx.Reflection == nil {
			t.Fatalf("%v: glow and reflection %+v", w, fx)
		}
		if r := *fx.Reflection; r != (wordmodel.Reflection{Blur: 0.5, StartAlpha: 0.55, EndAlpha: 0.003, EndPos: 0.455}) {
			t.Errorf("%v: reflection %+v", w, r)
		}
		if fx.Glow.Color == "4472C4" || fx.Glow.Color[:2] >= "C0" {
			t.Errorf("%v: the glow's colour %s is not accent 1 saturated at 60%% over white", w, fx.Glow.Color)
		}
	}
}

// TestTextGradientsAreRead: Word 2016's linear, circular and rectangular
// gradient fills are read into Effects.Gradient, their stops' colours as
// they show over white, a gradient outline into OutlineGradient with its
// width, and none is listed.
func TestTextGradientsAreRead(t *testing.T) {
	lin := `<w14:textFill><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:srgbClr w14:val="FF0000"/></w14:gs><w14:gs w14:pos="100000"><w14:srgbClr w14:val="0000FF"><w14:alpha w14:val="50000"/></w14:srgbClr></w14:gs></w14:gsLst><w14:lin w14:ang="5400000" w14:scaled="0"/></w14:gradFill></w14:textFill>`
	circle := `<w14:textFill><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:schemeClr w14:val="accent1"/></w14:gs><w14:gs w14:pos="100000"><w14:schemeClr w14:val="accent1"><w14:lumMod w14:val="50000"/></w14:schemeClr></w14:gs></w14:gsLst><w14:path w14:path="circle"><w14:fillToRect w14:l="50000" w14:t="50000" w14:r="50000" w14:b="50000"/></w14:path></w14:gradFill></w14:textFill>`
	rect := `<w14:textFill><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:srgbClr w14:val="FF0000"/></w14:gs><w14:gs w14:pos="100000"><w14:srgbClr w14:val="0000FF"/></w14:gs></w14:gsLst><w14:path w14:path="rect"><w14:fillToRect w14:l="100000" w14:t="100000"/></w14:path></w14:gradFill></w14:textFill>`
	outline := `<w14:textOutline w14:w="12700" w14:cap="flat" w14:cmpd="sng" w14:algn="ctr"><w14:gradFill><w14:gsLst><w14:gs w14:pos="0"><w14:srgbClr w14:val="FF0000"/></w14:gs><w14:gs w14:pos="100000"><w14:srgbClr w14:val="0000FF"/></w14:gs></w14:gsLst><w14:lin w14:ang="5400000" w14:scaled="0"/></w14:gradFill><w14:prstDash w14:val="solid"/><w14:round/></w14:textOutline>`
	for _, w := range []runtest.Writer{runtest.Word, runtest.WPS} {
		doc := fixture{body: runtest.Para(w.Run(`<w:color w:val="FF0000"/>`+lin, "线性"), w.Run(circle, "射线"), w.Run(rect, "矩形"), w.Run(outline, "轮廓"))}.read(t)
		wantListed(t, doc)
		runs := doc.Blocks[0].(*wordmodel.Paragraph).Runs
		if len(runs) != 4 || runs[0].Effects == nil || runs[1].Effects == nil || runs[2].Effects == nil || runs[3].Effects == nil {
			t.Fatalf("%v: runs %+v", w, runs)
		}
		if g := runs[2].Effects.Gradient; g == nil || g.Path != "rect" || g.Focus != (wordmodel.Box{X: 1, Y: 1}) || len(g.Stops) != 2 {
			t.Errorf("%v: rectangular gradient %+v", w, g)
		}
		if fx := runs[3].Effects; fx.OutlineGradient == nil || fx.Outline != 1 || fx.OutlineColor != "" || fx.OutlineGradient.Angle != 90 || fx.OutlineGradient.Stops[1].Color != "0000FF" {
			t.Errorf("%v: gradient outline %+v", w, fx)
		}
		g := runs[0].Effects.Gradient
		if g == nil || g.Path != "" || g.Angle != 90 || len(g.Stops) != 2 || g.Stops[0].Color != "FF0000" || g.Stops[1].Color != "8080FF" || g.Stops[1].Pos != 1 {
			t.Errorf("%v: linear gradient %+v", w, g)
		}
		g = runs[1].Effects.Gradient
		if g == nil || g.Path != "circle" || g.Focus != (wordmodel.Box{X: 0.5, Y: 0.5}) || len(g.Stops) != 2 || g.Stops[0].Color != "4472C4" {
			t.Errorf("%v: circular gradient %+v", w, g)
		}
	}
}
