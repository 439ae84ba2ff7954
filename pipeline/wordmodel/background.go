package wordmodel

import "strings"

// A document's page colour (设计 → 页面颜色, w:background) fills each
// page behind everything: one colour (w:color, RRGGBB), or the 填充效果
// Word writes as VML (v:background's fillcolor and v:fill): a gradient
// is drawn as a shape's is; a texture (type tile), a pattern (type
// pattern, its 8 by 8 picture) or a picture (type frame), each with its
// r:id, as a VML shape's picture fill is (tile.go). A texture or a
// pattern picture of another size is tiled from the page's top left
// over a box as large as the largest page, each page showing its own
// top left part of it (the picture's Width and Height are that box's);
// a picture is stretched over each page (its Width and Height 0).
// Word shows it in 页面视图 where settings.xml's displayBackgroundShape
// says so (Word writes it with the colour); it prints it, and puts it in
// the PDF it saves, only with its application's option 打印背景色和图像,
// which the file does not record: the layout draws what the clerk sees and
// says so (Document.BackgroundShown).

// pageBackground reads the w:background of document.xml: a shape to fill
// pages of at most w by h mm with (Fill, Gradient, Pattern or Picture;
// nil for none, or white), or why it is not drawn.
func (s *sheet) pageBackground(part string, w, h float64) (*Shape, string) {
	i := next(part, "w:background", 0)
	if i < 0 {
		return nil, ""
	}
	el := part[i:end(part, i, "w:background")]
	sp := &Shape{Geometry: "rect", Width: w, Height: h}
	if k := next(el, "v:background", 0); k >= 0 {
		vb := el[k:end(el, k, "v:background")]
		tag := startTag(vb, 0)
		pictured, why := s.vmlPictured(sp, tag, vb)
		if !pictured {
			sp.Fill, sp.Gradient, why = vmlFill(tag, vb)
		}
		switch {
		case strings.Contains(why, "图案或图片"):
			return nil, "页面背景（纹理、图案或图片填充效果）"
		case why != "":
			return nil, "页面背景（填充效果" + why + "）"
		}
		if img := sp.Picture; img != nil && attr(startTag(vb, next(vb, "v:fill", 0)), "type") == "frame" {
			img.Width, img.Height = 0, 0
		}
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
	if sp.Gradient == nil && sp.Pattern == nil && sp.Picture == nil && (sp.Fill == "" || sp.Fill == "FFFFFF") {
		return nil, ""
	}
	// The colours are the model's own, not document.xml's memory (detach).
	sp.Fill = strings.Clone(sp.Fill)
	if g := sp.Gradient; g != nil {
		for i := range g.Stops {
			g.Stops[i].Color = strings.Clone(g.Stops[i].Color)
		}
	}
	if p := sp.Pattern; p != nil {
		p.Fg, p.Bg = strings.Clone(p.Fg), strings.Clone(p.Bg)
	}
	if img := sp.Picture; img != nil {
		img.Name = strings.Clone(img.Name)
	}
	return sp, ""
}

// largestPage is the width and height of the document's largest page,
// mm (A4 where it has no section).
func largestPage(sections []Section) (w, h float64) {
	if len(sections) == 0 {
		return 210, 297
	}
	for _, sec := range sections {
		w, h = max(w, sec.Width), max(h, sec.Height)
	}
	return w, h
}

// backgroundShown reports whether Word shows the page colour in 页面视图.
func backgroundShown(settings string) bool { return on(settings, "w:displayBackgroundShape") }
