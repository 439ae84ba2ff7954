package wordmodel

import (
	"cmp"
	"math"
	"strings"
)

// ShapeShadow is a shape's outer shadow (a:outerShdw) as the PDF draws
// it: a copy of its inside and its line, in Color (RRGGBB, as it shows
// over white at its alpha), moved DX right and DY down, mm; turned with
// the shape where RotWithShape. Only a sharp one is drawn: PDF/A-1 has no
// blur and no transparency, and a blurred shadow drawn sharp would be a
// hard dark copy Word does not show; a blurred, scaled or skewed one
// (every shadow of Word's gallery but those set to 模糊 0) and the other
// effects (glow, soft edges, reflection, an inner shadow) are listed.
type ShapeShadow struct {
	DX, DY       float64
	Color        string
	RotWithShape bool
}

// shapeEffectNames are the effects of an a:effectLst the PDF does not
// draw, as Word's 设置形状格式 pane names them.
var shapeEffectNames = [][2]string{
	{"a:innerShdw", "内部阴影"}, {"a:prstShdw", "预设阴影"}, {"a:glow", "发光"}, {"a:softEdge", "柔化边缘"},
	{"a:reflection", "映像"}, {"a:blur", "模糊"}, {"a:fillOverlay", "填充叠加"},
}

// shapeShadow reads the a:effectLst of a shape's wps:spPr into its
// shadow; nil for none, and why the PDF cannot draw its effects.
func (s *sheet) shapeShadow(sp *Shape, spPr string) (*ShapeShadow, string) {
	ln, _ := cutElement(spPr, "a:ln")
	el, _ := cutElement(strings.Replace(spPr, ln, "", 1), "a:effectLst")
	if el == "" {
		return nil, ""
	}
	var not []string
	var shadow *ShapeShadow
	if i := next(el, "a:outerShdw", 0); i >= 0 {
		sh := el[i:end(el, i, "a:outerShdw")]
		tag := startTag(sh, 0)
		plain := func(name, def string) bool { v := attr(tag, name); return v == "" || v == def }
		switch c, none, why := s.fillColor(sh); {
		case !plain("blurRad", "0"):
			not = append(not, "模糊的阴影")
		case !plain("sx", "100000") || !plain("sy", "100000") || !plain("kx", "0") || !plain("ky", "0"):
			not = append(not, "透视阴影")
		case why != "" || none:
			not = append(not, "颜色无法识别的阴影")
		case sp.Picture != nil:
			not = append(not, "图片填充形状的阴影")
		case sp.Fill == "" && sp.Gradient == nil && sp.Pattern == nil && sp.Geometry != "line":
			// Word casts the shadow of what shows: its line, its text.
			not = append(not, "无填充形状的阴影")
		default:
			dist := emuPt(attr(tag, "dist"), 0) * 25.4 / 72
			dir := float64(atoi(attr(tag, "dir"))) / 60000 * math.Pi / 180
			shadow = &ShapeShadow{DX: dist * math.Cos(dir), DY: dist * math.Sin(dir), Color: cmp.Or(c, "000000"), RotWithShape: attr(tag, "rotWithShape") != "0"}
		}
	}
	for _, e := range shapeEffectNames {
		if next(el, e[0], 0) >= 0 {
			not = append(not, e[1])
		}
	}
	if not != nil {
		return nil, strings.Join(not, "、") + "效果无法显示"
	}
	return shadow, ""
}
