package wordmodel

import (
	"html"
	"strings"

	"jixiao/pipeline/wordxml"
)

// TextArt is the text a shape is drawn as (WordArt, and the watermark
// Word's 设计 → 水印 and WPS's 插入 → 水印 put in the header: 样稿, 内部资料):
// its text stretched to fill the shape's box, in the shape's Fill,
// turned by its Rotation.
type TextArt struct {
	Text string
	// Font is the face it names (等线, 宋体); "" for the body's.
	Font string
	// Opacity is how much of its colour covers what is under it: Word's
	// watermark is 0.5 silver; 1 for opaque.
	Opacity float64
}

// vmlTextArt reads a VML shape drawn as text (a v:textpath on a text
// path shape, type #_x0000_t136, as Word and WPS write a watermark):
// handled reports that the shape is one, why what the PDF cannot draw.
func (s *sheet) vmlTextArt(el string) (why string, handled bool) {
	at := next(el, "v:shape", 0)
	if at < 0 {
		return "", false
	}
	tp := next(el, "v:textpath", at)
	if tp < 0 {
		return "", false
	}
	shape := el[at:end(el, at, "v:shape")]
	tag := shape[:strings.IndexByte(shape, '>')]
	pathTag := el[tp : tp+strings.IndexByte(el[tp:], '>')]
	sp := &Shape{Name: "水印", Geometry: "text"}
	if id := attr(tag, "id"); id != "" && !strings.HasPrefix(id, "_x0000") && !strings.HasPrefix(id, "PowerPlusWaterMark") {
		sp.Name = "艺术字“" + id + "”"
	}
	text := html.UnescapeString(attr(pathTag, "string"))
	if strings.TrimSpace(text) == "" {
		return "", true // nothing to draw
	}
	font := strings.Trim(html.UnescapeString(cssOf(html.UnescapeString(attr(pathTag, "style")))["font-family"]), `"' `)
	art := &TextArt{Text: text, Font: font, Opacity: 1}
	style := cssOf(attr(tag, "style"))
	f, why := vmlFloat(style, shape)
	if why != "" {
		return sp.Name + "（" + why + "）", true
	}
	if vmlShadowTag(shape) != "" {
		return sp.Name + "（阴影）", true
	}
	sp.Float = f
	sp.Width, sp.Height = vmlLength(style["width"]), vmlLength(style["height"])
	if r := style["rotation"]; r != "" {
		sp.Rotation = vmlNumber(r)
	}
	if off(attr(tag, "filled")) {
		return "", true // an outline of text only: Word draws nothing of a watermark so set
	}
	sp.Fill = "000000" // VML's text path is black where it names no colour
	if c := attr(tag, "fillcolor"); c != "" {
		var ok bool
		if sp.Fill, ok = vmlColor(c); !ok {
			return sp.Name + "（颜色无法识别）", true
		}
	}
	if i := next(shape, "v:fill", 0); i >= 0 {
		fl := shape[i : i+strings.IndexByte(shape[i:], '>')]
		if t := attr(fl, "type"); t != "" && t != "solid" {
			return sp.Name + "（渐变、图案或图片填充无法显示）", true
		}
		if o := attr(fl, "opacity"); o != "" {
			art.Opacity = min(max(vmlNumber(o), 0), 1)
		}
	}
	sp.Art = art
	return s.addShape(sp, ""), true
}

// drawingTextArt reads a DrawingML shape whose text is warped to fill it
// (bodyPr's a:prstTxWarp, as Word's WordArt and a watermark written in
// DrawingML have it): a plain warp is drawn as text art, its text in its
// runs' colour (w14:textFill, else w:color) or the shape's fill; any
// other warp (an arch, a wave) is listed.
func (s *sheet) drawingTextArt(sp *Shape, el, drawing, warp string) string {
	if warp != "textPlain" && warp != "textNoShape" {
		return sp.Name + "（艺术字的弯曲效果“" + warp + "”无法显示）"
	}
	q := *s
	q.undrawn = new([]Feature)
	if why := q.boxText(sp, el); why != "" {
		return sp.Name + "（" + why + "）"
	}
	if sp.Blocks != nil {
		return sp.Name + "（艺术字中的表格无法显示）"
	}
	var lines []string
	for _, p := range sp.Text {
		lines = append(lines, p.Text)
	}
	text := strings.Join(lines, " ")
	sp.Text = nil
	if strings.TrimSpace(text) == "" {
		return ""
	}
	art := &TextArt{Text: text, Opacity: 1}
	content := el[max(next(el, "w:txbxContent", 0), 0):]
	if i := next(content, "w:rFonts", 0); i >= 0 {
		art.Font = attr(content[i:i+strings.IndexByte(content[i:], '>')], "w:eastAsia")
	}
	if i := next(content, "w14:textFill", 0); i >= 0 {
		fill := content[i:end(content, i, "w14:textFill")]
		if k := next(fill, "w14:srgbClr", 0); k >= 0 {
			sp.Fill = strings.ToUpper(attr(fill[k:k+strings.IndexByte(fill[k:], '>')], "w14:val"))
		}
		if k := next(fill, "w14:alpha", 0); k >= 0 {
			// w14's alpha is how transparent the text is.
			art.Opacity = 1 - float64(atoi(attr(fill[k:k+strings.IndexByte(fill[k:], '>')], "w14:val")))/100000
		}
	} else if c, ok := wordxml.Val(content, "w:color"); ok && len(c) == 6 {
		sp.Fill = strings.ToUpper(c)
	}
	if sp.Fill == "" {
		sp.Fill = "000000"
	}
	if i := next(el, "a:alpha", 0); i >= 0 && next(el, "w14:textFill", 0) < 0 {
		art.Opacity = float64(atoi(attr(el[i:i+strings.IndexByte(el[i:], '>')], "val"))) / 100000
	}
	art.Opacity = min(max(art.Opacity, 0), 1)
	sp.Geometry, sp.Art, sp.Outline = "text", art, nil
	return s.addShape(sp, drawing)
}

// textWarp is the preset warp of a DrawingML shape's text; "" for none.
func textWarp(el string) string {
	i := next(el, "a:prstTxWarp", 0)
	if i < 0 {
		return ""
	}
	return attr(el[i:i+strings.IndexByte(el[i:], '>')], "prst")
}
