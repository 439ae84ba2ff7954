package wordmodel_test

import (
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestVMLShadowsAreRead: a VML shape's plain shadow (Word 2003's 阴影样式
// 1, WPS's 外部阴影 without blur, a line's) is read as a solid copy, its
// colour (gray where unset, a transparent one as it shows over white)
// and offset (2 pt where unset); a shadow off is none. A double or
// perspective one, one a matrix skews, a translucent one in front of the
// text that text may pass under, and a picture's are listed.
func TestVMLShadowsAreRead(t *testing.T) {
	rect := func(id, shadow, style string) string {
		return st.Pict(`<v:rect id="` + id + `" style="position:absolute;margin-left:10pt;margin-top:10pt;width:100pt;height:50pt;z-index:1` + style + `" fillcolor="#ffc000" strokecolor="#0070c0" strokeweight="1pt">` + shadow + `<w10:wrap type="square"/></v:rect>`)
	}
	body := st.Para(st.Text("一"), rect("矩形 1", `<v:shadow on="t" offset="6pt,6pt"/>`, "")) +
		st.Para(st.Text("二"), rect("_x0000_s1027", `<v:fill on="t" focussize="0,0"/><v:stroke color="#0070C0"/><v:imagedata o:title=""/><v:shadow on="t" color="#000000" opacity="32768f" offset="3pt,-3pt" origin="-32768f,-32768f" matrix="65536f,0f,0f,65536f"/><o:lock v:ext="edit"/>`, "")) +
		st.Para(st.Text("三"), rect("矩形 3", `<v:shadow on="t"/>`, "")) +
		st.Para(st.Text("四"), rect("矩形 4", `<v:shadow on="f" offset="6pt,6pt"/>`, "")) +
		st.Para(st.Text("五"), st.Pict(`<v:line id="直线 5" style="position:absolute;z-index:5" from="0,0" to="200pt,0" strokecolor="red" strokeweight="2pt"><v:shadow on="t" color="#7f7f7f" offset="1pt,2pt"/></v:line>`)) +
		st.Para(st.Text("双重"), rect("矩形 6", `<v:shadow on="t" type="double" offset="3pt,3pt" offset2="-3pt,-3pt"/>`, "")) +
		st.Para(st.Text("透视"), rect("矩形 7", `<v:shadow on="t" type="perspective" matrix="66847f,,,24576f"/>`, "")) +
		st.Para(st.Text("斜"), rect("矩形 8", `<v:shadow on="t" matrix=",-45875f,,32768f"/>`, "")) +
		st.Para(st.Text("半透明"), st.Pict(`<v:rect id="矩形 9" style="position:absolute;width:100pt;height:50pt;z-index:9" fillcolor="red"><v:shadow on="t" opacity=".5"/></v:rect>`)) +
		st.Para(st.Text("图"), st.Pict(`<v:shape id="图片 10" type="#_x0000_t75" style="position:absolute;width:50pt;height:50pt;z-index:10"><v:imagedata r:id="rIdImg1" o:title=""/><v:shadow on="t"/></v:shape>`))
	doc := shapeDoc(t, body, map[string]string{"word/media/image1.png": string(pngBytes(t))})
	wantListed(t, doc,
		"第 7 段（“双重”）：阴影（双重、浮凸或透视阴影）",
		"第 8 段（“透视”）：阴影（双重、浮凸或透视阴影）",
		"第 9 段（“斜”）：阴影（透视或缩放的阴影）",
		"第 10 段（“半透明”）：图形“矩形 9”（半透明的阴影（浮于文字上方））",
		"第 11 段（“图”）：图片 image1.png（阴影）",
	)
	pt := 25.4 / 72
	sh := shapesOf(doc)
	if len(sh) != 8 {
		t.Fatalf("%d shapes, want 8 (those whose shadow is listed kept)", len(sh))
	}
	for k, want := range []struct {
		color  string
		dx, dy float64
	}{{"808080", 6 * pt, 6 * pt}, {"808080", 3 * pt, -3 * pt}, {"808080", 2 * pt, 2 * pt}, {}, {"7F7F7F", 1 * pt, 2 * pt}} {
		got := sh[k].Shadow
		switch {
		case want.color == "" && got != nil:
			t.Errorf("%s: a shadow off is %+v", sh[k].Name, got)
		case want.color != "" && (got == nil || got.Color != want.color || !nearMM(got.DX, want.dx) || !nearMM(got.DY, want.dy)):
			t.Errorf("%s's shadow = %+v, want %+v", sh[k].Name, got, want)
		}
	}
}
