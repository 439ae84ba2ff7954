package wordmodel

import "strings"

// A document's page colour (设计 → 页面颜色, w:background) fills each
// page behind everything: one colour (w:color, RRGGBB), or the 填充效果
// Word writes as VML (v:background's fillcolor and v:fill): a gradient
// is drawn as a shape's is; a texture, pattern or picture is listed.
// Word shows it in 页面视图 where settings.xml's displayBackgroundShape
// says so (Word writes it with the colour); it prints it, and puts it in
// the PDF it saves, only with its application's option 打印背景色和图像,
// which the file does not record: the layout draws what the clerk sees and
// says so (Document.BackgroundShown).

// pageBackground reads the w:background of document.xml: a shape to fill
// the page with (Fill or Gradient; nil for none, or white), or why it is
// not drawn.
func pageBackground(part string) (*Shape, string) {
	i := next(part, "w:background", 0)
	if i < 0 {
		return nil, ""
	}
	el := part[i:end(part, i, "w:background")]
	sp := &Shape{Geometry: "rect"}
	if k := next(el, "v:background", 0); k >= 0 {
		vb := el[k:end(el, k, "v:background")]
		fill, g, why := vmlFill(startTag(vb, 0), vb)
		switch {
		case strings.Contains(why, "图案"):
			return nil, "页面背景（纹理、图案或图片填充效果）"
		case why != "":
			return nil, "页面背景（填充效果" + why + "）"
		}
		sp.Fill, sp.Gradient = fill, g
	} else {
		c := strings.ToUpper(attr(tagOf(el), "w:color"))
		if c == "" || c == "AUTO" {
			return nil, ""
		}
		var ok bool
		if sp.Fill, ok = vmlColor("#" + c); !ok {
			return nil, "页面背景（页面颜色无法识别）"
		}
	}
	if sp.Gradient == nil && (sp.Fill == "" || sp.Fill == "FFFFFF") {
		return nil, ""
	}
	// The colours are the model's own, not document.xml's memory (detach).
	sp.Fill = strings.Clone(sp.Fill)
	if g := sp.Gradient; g != nil {
		for i := range g.Stops {
			g.Stops[i].Color = strings.Clone(g.Stops[i].Color)
		}
	}
	return sp, ""
}

// backgroundShown reports whether Word shows the page colour in 页面视图.
func backgroundShown(settings string) bool { return on(settings, "w:displayBackgroundShape") }
