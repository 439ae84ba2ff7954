package wordmodel

import (
	"bytes"
	"cmp"
	"image/color"
	"image/png"
	"math"
	"strconv"
	"strings"
)

// ShapeShadow is a shape's outer shadow (a:outerShdw) as the PDF draws
// it: a copy of its inside and its line, in Color (RRGGBB, as it shows
// over white at its alpha), moved DX right and DY down, mm; turned with
// the shape where RotWithShape. A blurred one (every shadow of Word's
// gallery but those set to 模糊 0) fades out over Blur mm (blurRad) on
// either side of the copy's edge: PDF/A-1 has no blur and no
// transparency, so the layout draws it as a picture of it over the white
// page (blurshadow.go there), which may hide nothing drawn under it. A
// skewed or turned over one (透视) and reflection are listed; soft
// edges, glow (below) and inner shadows (innershadows.go) are drawn.
type ShapeShadow struct {
	DX, DY       float64
	Color        string
	RotWithShape bool
	Blur         float64
	// SX and SY scale the copy across and down (shares; 0 for 1) about
	// Align, the point of its bounds it keeps (a:outerShdw's algn: tl,
	// t, tr, l, ctr, r, bl, b, br; "" for b), before it is moved: Word's
	// 居中偏移 shadow is 102% of its shape, about its centre.
	SX, SY float64
	Align  string
}

// Glow is a shape's or a picture's 发光 (a:glow): its silhouette (its
// inside and line) grown and faded out over Radius mm around it, in
// Color (RRGGBB, as it shows over white at its alpha), under it; drawn as
// a blurred shadow is (a picture over the white page).
type Glow struct {
	Radius float64
	Color  string
}

// shapeEffectNames are the effects of an a:effectLst the PDF does not
// draw, as Word's 设置形状格式 pane names them.
var shapeEffectNames = [][2]string{
	{"a:prstShdw", "预设阴影"}, {"a:blur", "模糊"}, {"a:fillOverlay", "填充叠加"},
}

// shapeShadow reads the a:effectLst of a shape's wps:spPr, else that of
// the theme's effect style its wps:style refers to, into its shadow (nil
// for none) and its glow (sp.Glow), or why the PDF cannot draw its
// effects. text: the shape is a text box.
func (s *sheet) shapeShadow(sp *Shape, spPr, style string, text bool) (*ShapeShadow, string) {
	ln, _ := cutElement(spPr, "a:ln")
	el, _ := cutElement(strings.Replace(spPr, ln, "", 1), "a:effectLst")
	var not []string
	if el == "" && next(spPr, "a:effectDag", 0) < 0 {
		el = s.styleEffects(style)
		// An effect style's 3-D (Office 2007's themes) is the shape's.
		if next(el, "a:sp3d", 0) >= 0 || next(el, "a:scene3d", 0) >= 0 {
			not = append(not, "三维")
		}
		if next(el, "a:effectDag", 0) >= 0 {
			not = append(not, "图形")
		}
	}
	if el == "" {
		return nil, ""
	}
	var shadow *ShapeShadow
	if i := next(el, "a:outerShdw", 0); i >= 0 {
		sh := el[i:end(el, i, "a:outerShdw")]
		tag := startTag(sh, 0)
		plain := func(name, def string) bool { v := attr(tag, name); return v == "" || v == def }
		switch c, none, why := s.fillColor(sh); {
		case !plain("kx", "0") || !plain("ky", "0") || shadowScale(attr(tag, "sx")) <= 0 || shadowScale(attr(tag, "sy")) <= 0:
			// Skewed or turned over (Word's 透视 shadows).
			not = append(not, "透视阴影")
		case why != "" || none:
			not = append(not, "颜色无法识别的阴影")
		case sp.Picture != nil:
			not = append(not, "图片填充形状的阴影")
		case text && sp.Fill == "" && sp.Gradient == nil && sp.Pattern == nil:
			// Word casts the shadow of what shows: a box without fill
			// casts its text's; one without text, its line's.
			not = append(not, "无填充文本框的阴影")
		default:
			dist := emuPt(attr(tag, "dist"), 0) * 25.4 / 72
			dir := float64(atoi(attr(tag, "dir"))) / 60000 * math.Pi / 180
			shadow = &ShapeShadow{DX: dist * math.Cos(dir), DY: dist * math.Sin(dir), Color: cmp.Or(c, "000000"), RotWithShape: attr(tag, "rotWithShape") != "0",
				Blur: max(emuPt(attr(tag, "blurRad"), 0), 0) * 25.4 / 72, Align: attr(tag, "algn")}
			if sx, sy := shadowScale(attr(tag, "sx")), shadowScale(attr(tag, "sy")); sx != 1 || sy != 1 {
				shadow.SX, shadow.SY = sx, sy
			}
		}
	}
	var glow *Glow
	if i := next(el, "a:glow", 0); i >= 0 {
		g := el[i:end(el, i, "a:glow")]
		rad := emuPt(attr(startTag(g, 0), "rad"), 0) * 25.4 / 72
		switch c, none, why := s.fillColor(g); {
		case rad <= 0:
		case why != "" || none:
			not = append(not, "颜色无法识别的发光")
		case sp.Picture != nil:
			not = append(not, "图片填充形状的发光")
		case text && sp.Fill == "" && sp.Gradient == nil && sp.Pattern == nil:
			// Word makes the glow of what shows: its text's.
			not = append(not, "无填充文本框的发光")
		default:
			glow = &Glow{Radius: rad, Color: cmp.Or(c, "000000")}
		}
	}
	var inner *InnerShadow
	if i := next(el, "a:innerShdw", 0); i >= 0 {
		var why string
		if inner, why = s.innerShadow(sp, el[i:end(el, i, "a:innerShdw")], text); why != "" {
			not = append(not, why)
		} else if inner != nil && (shadow != nil || glow != nil || next(el, "a:softEdge", 0) >= 0) {
			// Each is a picture of its own: one would hide the other.
			inner = nil
			not = append(not, "与阴影、发光或柔化边缘同用的内部阴影")
		}
	}
	soft := 0.0
	if i := next(el, "a:softEdge", 0); i >= 0 {
		soft = emuPt(attr(startTag(el, i), "rad"), 0) * 25.4 / 72
		line := sp.Outline
		switch {
		case soft <= 0:
		case shadow != nil || glow != nil:
			// Word casts them from the faded shape.
			not = append(not, "与阴影或发光同用的柔化边缘")
		case sp.Gradient != nil || sp.Pattern != nil || sp.Picture != nil || line != nil && line.Gradient != nil:
			not = append(not, "渐变、图案或图片填充形状的柔化边缘")
		case text && sp.Fill == "":
			not = append(not, "无填充文本框的柔化边缘")
		}
	}
	var mirror *Reflection
	if i := next(el, "a:reflection", 0); i >= 0 {
		var why string
		others := shadow != nil || glow != nil || soft > 0 || inner != nil
		if mirror, why = shapeReflection(sp, el[i:end(el, i, "a:reflection")], text, others); why != "" {
			not = append(not, why)
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
	sp.Glow, sp.SoftEdge, sp.InnerShadow, sp.Reflection = glow, soft, inner, mirror
	return shadow, ""
}

// shadowScale is an a:outerShdw's sx or sy as a share, 1 where it has
// none.
func shadowScale(v string) float64 {
	if v == "" {
		return 1
	}
	n, err := parseFloat(v)
	if err != nil {
		return 0
	}
	return n / 100000
}

// officeEffects are the Office theme's effect styles (Word 2013 to 2021),
// which Word uses where a document has no theme part of its own: the
// third, a shape style's 强烈效果, casts a blurred shadow.
var officeEffects = [3]string{"<a:effectLst/>", "<a:effectLst/>",
	`<a:effectLst><a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="0"><a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst>`}

// readEffects adds the theme's effect styles (raw's, else Office's) to
// t, as effect:1 … effect:3, each its effectStyle's content: a shape's
// style refers to one by its effectRef.
func readEffects(raw string, t theme) {
	styles := officeEffects[:]
	if i := next(raw, "a:effectStyleLst", 0); i >= 0 {
		lst := raw[i:end(raw, i, "a:effectStyleLst")]
		styles = nil
		for k := next(lst, "a:effectStyle", 0); k >= 0; k = next(lst, "a:effectStyle", end(lst, k, "a:effectStyle")) {
			el := lst[k:end(lst, k, "a:effectStyle")]
			styles = append(styles, el[len(startTag(el, 0))+1:])
		}
	}
	for k, st := range styles {
		t["effect:"+strconv.Itoa(k+1)] = st
	}
}

// styleEffects is the content of the theme's effect style a shape's
// wps:style refers to (its effectRef's idx, 1 on; 0 for none), its
// placeholder colour (phClr) the effectRef's own; "" for none.
func (s *sheet) styleEffects(style string) string {
	ref, _ := cutElement(style, "a:effectRef")
	idx := atoi(attr(startTag(ref, 0), "idx"))
	if idx <= 0 {
		return ""
	}
	// One the theme lacks is none, as Word shows it.
	el := s.theme["effect:"+strconv.Itoa(min(idx, 1000))]
	if c := next(ref, "a:schemeClr", 0); c >= 0 {
		el = strings.ReplaceAll(el, `val="phClr"`, `val="`+attr(startTag(ref, c), "val")+`"`)
	}
	return el
}

// pictureShadow reads a picture's effects (its pic:spPr's a:effectLst)
// into img.Shadow: a sharp outer shadow of its box or shape, where the
// picture is opaque; why not, otherwise. A picture with transparency
// (a PNG with alpha, a transparent colour) casts the shadow of what of it
// shows, which is listed.
func (s *sheet) pictureShadow(img *Image, spPr string) string {
	frame := Shape{Geometry: "rect", Fill: "FFFFFF"}
	if img.Frame != nil {
		frame = *img.Frame
		frame.Fill = "FFFFFF"
	}
	sh, why := s.shapeShadow(&frame, spPr, "", false)
	switch {
	case why != "":
		return strings.TrimSuffix(why, "效果无法显示") + "效果无法显示"
	case (sh != nil || frame.Glow != nil) && seeThroughImage(img) &&
		(img.Frame != nil || !img.Crop.IsZero() || img.Rotation != 0 || img.FlipH || img.FlipV || sh != nil && (sh.SX != 0 || sh.SY != 0)):
		// One of its pixels is drawn as they stand in its box.
		return "裁剪过的、带边框或形状的、旋转的透明图片的阴影或发光效果无法显示"
	case frame.SoftEdge > 0 && (img.Frame != nil || !img.Crop.IsZero() || seeThroughImage(img) || img.Format != "PNG" && img.Format != "JPEG"):
		return "裁剪过的、带边框或形状的和透明图片的柔化边缘效果无法显示"
	}
	if frame.InnerShadow != nil {
		return "图片的内部阴影效果无法显示"
	}
	if why := reflectedPicture(img, frame.Reflection); why != "" {
		return why
	}
	img.Shadow, img.Glow, img.SoftEdge, img.Reflection = sh, frame.Glow, frame.SoftEdge, frame.Reflection
	return ""
}

// SeeThrough reports whether img may have pixels that are not opaque
// (seeThroughImage): its shadow is then of what of it shows.
func (img *Image) SeeThrough() bool { return seeThroughImage(img) }

// seeThroughImage reports whether img may have pixels that are not
// opaque: a PNG with an alpha channel or a transparent palette entry.
func seeThroughImage(img *Image) bool {
	if img.Format != "PNG" {
		return false
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(img.Data))
	if err != nil {
		return true
	}
	if m, ok := cfg.ColorModel.(color.Palette); ok {
		for _, c := range m {
			if _, _, _, a := c.RGBA(); a != 0xffff {
				return true
			}
		}
		return false
	}
	// Go reads an opaque PNG as RGBA or grey, one with an alpha channel
	// or a transparent colour (tRNS) as NRGBA.
	switch cfg.ColorModel {
	case color.RGBAModel, color.RGBA64Model, color.GrayModel, color.Gray16Model:
		return false
	}
	return true
}
