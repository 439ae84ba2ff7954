package wordmodel

import (
	"slices"
	"strconv"
	"strings"
)

// Shape is a line, a simple shape or a text box the PDF draws (the red
// rule under a 红头, a red ellipse of a seal, a box of text), placed as a
// floating picture is.
type Shape struct {
	// Name is the shape's name in Word's selection pane (直接连接符 3,
	// 文本框 2), by which a message names it.
	Name string
	// Geometry is line, rect, roundRect or ellipse, any other preset's
	// name (its Paths), custom for a freeform; a straight connector is a
	// line; text for a shape drawn as its Art.
	Geometry      string
	Width, Height float64 // mm, the shape's box before rotation
	// Float is where a floating shape is; nil for one in the line (an
	// inline shape), drawn as a block of its own paragraph.
	Float *Float
	// Rotation is clockwise, in degrees, about the box's centre; FlipH
	// and FlipV mirror it (a line from the bottom left to the top right
	// is a line flipped).
	Rotation     float64
	FlipH, FlipV bool
	// Outline is its line; nil for none.
	Outline *Outline
	// Fill is its inside's colour, RRGGBB; "" for none. Gradient is its
	// gradient fill (fills.go), Pattern its pattern fill (patterns.go),
	// Picture its picture fill (stretched over its box, within its
	// outline), instead; nil for none.
	Fill     string
	Gradient *Gradient
	Pattern  *Pattern
	Picture  *Image
	// Shadow is its outer shadow (shapeshadows.go); nil for none.
	Shadow *ShapeShadow
	// Glow is its 发光 (shapeshadows.go); nil for none. SoftEdge is how
	// far in from its edge its 柔化边缘 fades it out to the page, mm; 0 for
	// none.
	Glow     *Glow
	SoftEdge float64
	// InnerShadow is its 内部阴影 (innershadows.go); nil for none.
	InnerShadow *InnerShadow
	// Reflection is its 映像 (shapereflections.go); nil for none.
	Reflection *Reflection
	// Corner is a roundRect's corner radius as a share of its shorter side.
	Corner float64
	// Paths are any other preset's outline (a triangle, a heart, a
	// callout: geometry.go) or a freeform's (Geometry custom), and
	// TextRect where a text box of that shape sets its text; nil for a
	// line, rect, roundRect or ellipse.
	Paths    []Subpath
	TextRect *Box
	// Text is a text box's paragraphs, each with its own formatting; nil
	// for a shape without text. Blocks is its story where it holds a
	// table: its paragraphs (Text's) and tables in order; nil otherwise.
	Text   []*Paragraph
	Blocks []Block
	// Inset is the space between the box and its text, mm: left, top,
	// right, bottom. Anchor is where the text stands in a box taller than
	// it: t, ctr or b. AutoFit: the box grows to hold its text. NoWrap:
	// its text is not wrapped in it (wrap="none"), so that a box fitted
	// to its text is as wide as its longest line (a WPS page number's).
	Inset   [4]float64
	Anchor  string
	AutoFit bool
	NoWrap  bool
	// Upright keeps a rotated box's text level (bodyPr upright="1");
	// otherwise it turns with the box.
	Upright bool
	// Vertical is a text box's text flow by DrawingML's names (vert,
	// eaVert, vert270, mongolianVert, wordArtVert; a VML box's
	// layout-flow read as one of them, verticalFlow); "" for horizontal.
	Vertical string
	// Art is the text a shape of Geometry text is drawn as; nil for
	// any other.
	Art *TextArt
	// Framed: the shape is a frame (图文框) in a table cell (frameBox),
	// whose size the layout knows only once its text is laid out.
	// DropLines is, for a drop cap's frame there (首字下沉), how many of
	// the next paragraph's lines it spans; 0 for any other. DropHangs:
	// the drop cap hangs left of the cell's text (悬挂, dropCap margin),
	// which keeps its width, rather than standing in it (下沉).
	Framed    bool
	DropLines int
	DropHangs bool
	// Link is the box's place in a chain of linked text boxes, whose
	// story flows from box to box (links.go); nil for none. linkID is
	// the chain's id as read, vmlNext the VML box its text goes on in.
	Link    *TextLink
	linkID  string
	vmlNext string
}

// Outline is a shape's line: its colour (RRGGBB), width in pt, dash
// (solid, dot, dash, sysDash, lgDash …, as a:prstDash names them) and
// compound (sng, dbl, thickThin, thinThick, tri).
type Outline struct {
	// Color is the line's colour; a line of a gradient (a:ln's
	// a:gradFill) has its Gradient too, across the shape's box as a
	// fill's is (linear or circular), Color its first stop's.
	Color    string
	Gradient *Gradient
	Width    float64
	Dash     string
	Compound string
	// Head and Tail are the arrowheads at a line's start and end
	// (arrows.go); a closed shape has none.
	Head, Tail Arrow
}

// drawnGeometry are the preset geometries the PDF draws, by DrawingML's
// names; a straight connector is drawn as a line.
var drawnGeometry = map[string]string{
	"line": "line", "straightConnector1": "line", "rect": "rect", "roundRect": "roundRect", "ellipse": "ellipse",
}

// textBoxInset is Word's default inset of a text box, in EMU: 0.1" left
// and right, 0.05" top and bottom.
var textBoxInset = [4]float64{91440, 45720, 91440, 45720}

// drawingShape reads a wps:wsp in drawing (its wp:anchor or wp:inline):
// "" when the PDF draws it (it is then added to the paragraph's shapes),
// otherwise what to list it as.
func (s *sheet) drawingShape(el, drawing string) string {
	name, hidden := drawingName("图形", drawing, "wp:docPr")
	if hidden {
		return "" // hidden in Word's selection pane: not printed
	}
	sp := &Shape{Name: name}
	sp.Width, sp.Height = extentOf(drawing)
	return s.readShape(sp, el, drawing)
}

// drawingName is what a message calls a drawing: kind with the name its
// element nv (wp:docPr, a group member's wps:cNvPr) gives it, and whether
// the selection pane hides it.
func drawingName(kind, drawing, nv string) (name string, hidden bool) {
	name = kind
	if i := next(drawing, nv, 0); i >= 0 {
		tag := startTag(drawing, i)
		if n := attr(tag, "name"); n != "" {
			name += "“" + n + "”"
		}
		h := attr(tag, "hidden")
		hidden = h == "1" || h == "true"
	}
	return name, hidden
}

// readShape reads the wps:wsp el into sp, which has its name and size
// (and its place, for a member of a group), and adds it to the
// paragraph's shapes placed by drawing; why the PDF cannot, otherwise.
func (s *sheet) readShape(sp *Shape, el, drawing string) string {
	name := sp.Name
	spPr, _ := cutElement(el, "wps:spPr")
	if strings.Contains(el, "<wps:txbx") || strings.Contains(el, "<wps:linkedTxbx") {
		sp.Geometry = "rect"
	}
	if why := sp.readGeometry(spPr); why != "" {
		return name + "（" + why + "）"
	}
	style, _ := cutElement(el, "wps:style")
	var why string
	if sp.Outline, why = s.outline(spPr, style); why != "" {
		return name + "（" + why + "）"
	}
	if why = s.readFill(sp, spPr, style); why != "" {
		return name + "（" + why + "）"
	}
	if sp.Shadow, why = s.shapeShadow(sp, spPr, style, strings.Contains(el, "<wps:txbx")); why != "" {
		return name + "（" + why + "）"
	}
	if warp := textWarp(el); warp != "" && strings.Contains(el, "<wps:txbx") {
		if sp.InnerShadow != nil || sp.Reflection != nil {
			return name + "（艺术字的内部阴影、映像效果无法显示）"
		}
		if sp.Shadow != nil || sp.Glow != nil {
			return name + "（艺术字的阴影、发光效果无法显示）"
		}
		return s.drawingTextArt(sp, el, drawing, warp)
	}
	s.readLinked(sp, el)
	if strings.Contains(el, "<wps:txbx") || sp.Link != nil {
		if why := s.boxText(sp, el); why != "" {
			return name + "（" + why + "）"
		}
		body := "" // a damaged box may have lost its wps:bodyPr
		if i := next(el, "wps:bodyPr", 0); i >= 0 {
			body = el[i:]
		}
		tag := startTag(body, 0)
		for k, side := range []string{"lIns", "tIns", "rIns", "bIns"} {
			v := textBoxInset[k]
			if a := attr(tag, side); a != "" {
				v = float64(atoi(a))
			}
			sp.Inset[k] = v / emuPerMM
		}
		sp.Anchor = attr(tag, "anchor")
		sp.Upright = attr(tag, "upright") == "1"
		sp.AutoFit = next(body, "a:spAutoFit", 0) >= 0 && next(body, "a:spAutoFit", 0) < end(body, 0, "wps:bodyPr")
		sp.NoWrap = attr(tag, "wrap") == "none"
		if v := attr(tag, "vert"); v != "" && v != "horz" {
			if !slices.Contains(verticalFlows, v) {
				return name + "（文本框中的竖排文字方向“" + v + "”无法识别）"
			}
			sp.Vertical = v
		}
		s.boxTabsPast(sp, s.where+"的文本框")
		if why := framedVertical(sp); why != "" {
			return name + "（" + why + "）"
		}
	}
	return s.addShape(sp, drawing)
}

// verticalFlows are the vertical text flows of a text box the layout
// sets: Word's 竖排 (eaVert: East Asian characters upright, the lines
// from the right), all text turned a quarter right (vert) or left
// (vert270), Mongolian (lines from the left) and stacked (wordArtVert).
var verticalFlows = []string{"vert", "eaVert", "vert270", "mongolianVert", "wordArtVert"}

// verticalFlow is a VML text box's layout-flow (and Word's
// mso-layout-flow-alt beside it) as DrawingML's vert: Word 2003's and
// WPS's 竖排 text box writes vertical-ideographic, "rotate all text"
// vertical, bottom-to-top turns it the other way.
func verticalFlow(css map[string]string) (string, bool) {
	switch {
	case css["layout-flow"] == "" || css["layout-flow"] == "horizontal" || css["layout-flow"] == "horizontal-ideographic":
		return "", true
	case css["mso-layout-flow-alt"] == "bottom-to-top":
		return "vert270", true
	case css["layout-flow"] == "vertical-ideographic":
		return "eaVert", true
	case css["layout-flow"] == "vertical":
		return "vert", true
	}
	return "", false
}

// addShape places a shape read from a drawing (its wp:anchor or
// wp:inline; a VML shape comes placed) and keeps it with the paragraph;
// why the PDF cannot, otherwise.
func (s *sheet) addShape(sp *Shape, drawing string) string {
	if sp.Float == nil && strings.HasPrefix(drawing, "<wp:anchor") {
		f, why := float(drawing, s.inCell)
		if why != "" {
			return sp.Name + "（" + why + "）"
		}
		sp.Float = f
	}
	if sp.Link != nil && s.shapes != nil {
		if why := s.keepLinked(sp); why != "" {
			return sp.Name + "（" + why + "）"
		}
	}
	if sp.Float != nil {
		sp.Float.At = s.textAt
	} else if s.shapes != nil && s.images != nil {
		// In the line it is set as a picture is, a group of one
		// (Image.Group), where it stands among the text; alone in a body
		// paragraph it is a block of its own again (inlineShapes).
		one := *sp
		one.Float = &Float{Part: &Part{W: sp.Width, H: sp.Height}}
		*s.images = append(*s.images, Image{Name: sp.Name, Width: sp.Width, Height: sp.Height, Group: &Group{Shapes: []Shape{one}}})
		return ""
	}
	if s.shapes == nil {
		if s.drawnHere() {
			return "" // hidden
		}
		return sp.Name + "（脚注、尾注中的图形无法显示）"
	}
	*s.shapes = append(*s.shapes, *sp)
	return ""
}

// drawnHere reports whether the paragraphs being read are ones whose
// pictures and shapes the PDF draws: the body's, its tables', the
// headers' and footers', text boxes'.
func (s *sheet) drawnHere() bool { return s.inBody || s.inMargin || s.inCell || s.inBox }

// ownLines reports whether the paragraph being read is laid out in lines
// of its own, as the body's are: the body's, a text box's, a header's or
// footer's outside its tables; a table cell's lines are set by its cell.
func (s *sheet) ownLines() bool { return (s.inBody || s.inBox || s.inMargin) && !s.inCell }

// boxText reads a text box's story, as the document's own: its
// paragraphs with their formatting, lists and pictures in their lines,
// and its tables (a table's named by the box: 第 3 段的文本框中的表 1).
func (s *sheet) boxText(sp *Shape, el string) string {
	i := next(el, "w:txbxContent", 0)
	if i < 0 {
		return ""
	}
	content := el[i:end(el, i, "w:txbxContent")]
	q := *s
	q.inBody, q.inCell, q.inMargin, q.inBox = false, false, false, true
	q.images, q.shapes = nil, nil
	q.where = s.where + "的文本框"
	box := q.where
	sp.Text = []*Paragraph{}
	var blocks []Block
	tables := 0
	eachBlock(content, func(el string, i, e int) {
		switch el {
		case "w:p":
			para, _ := q.paragraph(content[i:e])
			if !para.Hidden {
				joinBox(lastParagraph(blocks), para)
				sp.Text = append(sp.Text, para)
				blocks = append(blocks, para)
			}
		case "w:tbl":
			tables++
			q.inCell = true
			blocks = append(blocks, q.table(content[i:e], tables))
			q.inCell, q.cellStyle, q.where = false, nil, box
		}
	})
	if tables > 0 {
		sp.Blocks = blocks
	}
	return ""
}

// outline is a shape's line: spPr's a:ln, its colour else the style's
// lnRef colour; a line of no fill is none.
func (s *sheet) outline(spPr, style string) (*Outline, string) {
	ln, _ := cutElement(spPr, "a:ln")
	ref, _ := cutElement(style, "a:lnRef")
	o := &Outline{Width: 0.75, Dash: "solid", Compound: "sng"}
	if ln != "" {
		tag := ln[:strings.IndexByte(ln, '>')]
		if w := attr(tag, "w"); w != "" {
			o.Width = float64(atoi(w)) / 12700
		}
		if c := attr(tag, "cmpd"); c != "" {
			o.Compound = c
		}
		if v, ok := aval(ln, "a:prstDash"); ok {
			o.Dash = v
		}
		var why, whyTail string
		o.Head, why = drawingArrow(ln, "a:headEnd")
		o.Tail, whyTail = drawingArrow(ln, "a:tailEnd")
		if why += whyTail; why != "" {
			return nil, "线条" + why
		}
	}
	if g, why := s.lineGradient(ln); why != "" || g != nil {
		if why != "" {
			return nil, "线条" + why
		}
		o.Gradient, o.Color = g, g.Stops[0].Color
		if why := o.style(ln); why != "" {
			return nil, why
		}
		return o, ""
	}
	color, none, why := s.fillColor(ln)
	switch {
	case why != "":
		return nil, "线条" + why
	case none:
		return nil, ""
	case color == "" && ref != "" && attr(ref, "idx") != "0":
		color, _, why = s.fillColor(ref)
		if ln == "" || attr(ln[:strings.IndexByte(ln, '>')], "w") == "" {
			o.Width = map[string]float64{"1": 0.5, "2": 1, "3": 1.5}[attr(ref[:strings.IndexByte(ref, '>')], "idx")]
		}
		if why != "" {
			return nil, "线条" + why
		}
	case color == "" && ln == "":
		return nil, "" // neither the shape nor its style draws a line
	}
	o.Color = color
	if o.Color == "" {
		o.Color = "000000"
	}
	if why := o.style(ln); why != "" {
		return nil, why
	}
	return o, ""
}

// style says why the line's compound or dashes (of its a:ln, ln) are not
// drawn; "" where they are.
func (o *Outline) style(ln string) string {
	if !slices.Contains(strings.Fields("sng dbl thickThin thinThick tri"), o.Compound) || next(ln, "a:custDash", 0) >= 0 ||
		!slices.Contains(strings.Fields("solid dash sysDash sysDot dot lgDash dashDot lgDashDot lgDashDotDot sysDashDot sysDashDotDot"), o.Dash) {
		return "线条的样式无法显示"
	}
	return ""
}

// shapeFill is a shape's fill: spPr's own, else its style's fillRef.
func (s *sheet) shapeFill(spPr, style string) (string, string) {
	// The outline's fill is not the shape's.
	own, _ := cutElement(spPr, "a:ln")
	own = strings.Replace(spPr, own, "", 1)
	if c, none, why := s.fillColor(own); why != "" || none || c != "" {
		if why != "" {
			return "", "填充" + why
		}
		return c, ""
	}
	ref, _ := cutElement(style, "a:fillRef")
	if ref == "" || attr(ref, "idx") == "0" {
		return "", ""
	}
	c, _, why := s.fillColor(ref)
	if why != "" {
		return "", "填充" + why
	}
	return c, ""
}

// fillColor reads the fill element x holds (a:solidFill, a:noFill) or
// the colour it holds directly (a style's reference); none for noFill.
func (s *sheet) fillColor(x string) (color string, none bool, why string) {
	for _, kind := range [][2]string{{"a:gradFill", "渐变"}, {"a:pattFill", "图案填充"}, {"a:blipFill", "图片填充"}} {
		if next(x, kind[0], 0) >= 0 {
			return "", false, "的" + kind[1] + "无法显示"
		}
	}
	if i := next(x, "a:noFill", 0); i >= 0 && (next(x, "a:solidFill", 0) < 0 || i < next(x, "a:solidFill", 0)) {
		return "", true, ""
	}
	for _, kind := range []string{"a:srgbClr", "a:schemeClr", "a:sysClr", "a:prstClr"} {
		i := next(x, kind, 0)
		if i < 0 {
			continue
		}
		el := x[i:end(x, i, kind)]
		tag := el[:strings.IndexByte(el, '>')]
		var base string
		switch kind {
		case "a:srgbClr":
			base = attr(tag, "val")
		case "a:schemeClr":
			base = s.theme["color:"+schemeAlias(attr(tag, "val"))]
		case "a:sysClr":
			base = attr(tag, "lastClr")
		case "a:prstClr":
			base = presetColors[attr(tag, "val")]
		}
		if len(base) != 6 {
			return "", false, "的颜色无法识别"
		}
		return modifyColor(strings.ToUpper(base), el), false, ""
	}
	return "", false, ""
}

func schemeAlias(name string) string {
	if a, ok := map[string]string{"tx1": "dk1", "bg1": "lt1", "tx2": "dk2", "bg2": "lt2"}[name]; ok {
		return a
	}
	return name
}

// presetColors are the DrawingML preset colours Office writes.
var presetColors = map[string]string{"red": "FF0000", "black": "000000", "white": "FFFFFF", "blue": "0000FF", "green": "008000", "yellow": "FFFF00"}

func atoi(v string) int {
	n, _ := strconv.Atoi(strings.TrimSpace(v))
	return n
}

// aval is the val attribute of the first <name> in s: DrawingML's
// properties, unlike WordprocessingML's, are not prefixed.
func aval(s, name string) (string, bool) {
	i := next(s, name, 0)
	if i < 0 {
		return "", false
	}
	return attr(s[i:i+strings.IndexByte(s[i:], '>')], "val"), true
}

// BoxText is the text of the text boxes anchored in the paragraph, a line
// a paragraph, in the order the PDF draws it: before the paragraph's own
// text those placed with the paragraph and those of groups in its line
// (before), after it those placed
// from the line or the character of their anchor, which the layout places
// once the paragraph's lines are set.
func (p *Paragraph) BoxText(before bool) []string {
	var shapes []Shape
	for _, sp := range p.Shapes {
		// A shape in the line stands alone in its paragraph: before.
		if sp.Float == nil && before || sp.Float != nil && ByLine(sp.Float) != before {
			shapes = append(shapes, sp)
		}
	}
	if before {
		shapes = append(shapes, groupShapes(p.Images)...)
	}
	return boxText(shapes)
}

// groupShapes are the shapes of the groups set in the line among imgs
// (Image.Group), whose text boxes are drawn with the line.
func groupShapes(imgs []Image) []Shape {
	var out []Shape
	for _, img := range imgs {
		if img.Group != nil {
			out = append(out, img.Group.Shapes...)
		}
	}
	return out
}

// ByLine reports whether a float is placed from the line or the character
// its anchor stands at, which the layout knows once the paragraph's lines
// are set; the text does not wrap around it (one placed by its character
// that the text wraps around is refused; one placed by its line is placed
// by its paragraph's first line).
func ByLine(f *Float) bool {
	return f.Wrap.Mode == "" && (f.FromX == "character" || f.FromY == "line")
}

// BoxText is the text of the text boxes anchored in the cell's
// paragraphs, a line a paragraph, in order: what the PDF draws after the
// cell's own text (the cell's boxes are drawn once its text is). It is not part of Text, which the check counts a
// table's figures in.
func (c *Cell) BoxText() []string {
	var out []string
	for _, sp := range c.Shapes {
		out = append(out, boxText([]Shape{sp.Shape})...)
	}
	for _, pic := range c.Pictures {
		out = append(out, boxText(groupShapes([]Image{pic.Image}))...)
	}
	return out
}

func boxText(shapes []Shape) []string {
	var out []string
	for _, sp := range shapes {
		for _, b := range sp.Story() {
			switch b := b.(type) {
			case *Paragraph:
				out = append(out, b.BoxText(true)...)
				out = append(out, b.Text)
				out = append(out, b.BoxText(false)...)
			case *Table:
				out = append(out, storyLines([]Block{b})...)
			}
		}
	}
	return out
}

// Story is a text box's blocks: Blocks where it holds a table, its
// paragraphs otherwise.
func (sp *Shape) Story() []Block {
	if sp.Blocks != nil {
		return sp.Blocks
	}
	out := make([]Block, len(sp.Text))
	for i, p := range sp.Text {
		out[i] = p
	}
	return out
}

// inlineShapes makes a shape set in the line (嵌入型, a picture of one
// shape: shapeOfOne) alone in a body paragraph, with no text, label or
// picture beside it, the block of its own the layout draws it as.
func inlineShapes(para *Paragraph, body bool) {
	if !body || len(para.Images) != 1 || strings.TrimSpace(para.Text) != "" || para.Label != nil {
		return
	}
	sp, ok := shapeOfOne(para.Images[0])
	if !ok {
		return
	}
	para.Images = nil
	para.Runs = slices.DeleteFunc(para.Runs, func(r Run) bool { return r.Picture > 0 })
	para.Shapes = append(para.Shapes, sp)
}

// shapeOfOne is the shape img stands for where it is one set in the
// line (addShape): a group of that one shape filling its box.
func shapeOfOne(img Image) (Shape, bool) {
	g := img.Group
	if g == nil || len(g.Images) != 0 || len(g.Shapes) != 1 {
		return Shape{}, false
	}
	sp := g.Shapes[0]
	if p := sp.Float.Part; p == nil || p.X != 0 || p.Y != 0 || p.W != img.Width || p.H != img.Height || sp.Width != img.Width || sp.Height != img.Height {
		return Shape{}, false
	}
	sp.Float = nil
	return sp, true
}

// readGeometry reads the geometry of spPr (a shape's or a picture's
// shape properties) into sp, whose size is known: its preset or
// freeform, turn and mirroring, a roundRect's corner; why not, otherwise.
func (sp *Shape) readGeometry(spPr string) string {
	var def, avLst string
	if i := next(spPr, "a:prstGeom", 0); i >= 0 {
		geom := spPr[i:end(spPr, i, "a:prstGeom")]
		prst := attr(startTag(geom, 0), "prst")
		g, ok := drawnGeometry[prst]
		if !ok {
			if def, ok = presetDefinition(prst); !ok {
				return "形状“" + prst + "”无法识别"
			}
			g, avLst = prst, geom
		}
		sp.Geometry = g
	} else if i := next(spPr, "a:custGeom", 0); i >= 0 {
		sp.Geometry, def = "custom", spPr[i:end(spPr, i, "a:custGeom")]
	}
	if sp.Geometry == "" {
		return "没有形状"
	}
	if i := next(spPr, "a:xfrm", 0); i >= 0 {
		tag := spPr[i : i+strings.IndexByte(spPr[i:], '>')]
		sp.Rotation = float64(atoi(attr(tag, "rot"))) / 60000
		sp.FlipH, sp.FlipV = attr(tag, "flipH") == "1", attr(tag, "flipV") == "1"
	}
	if def != "" {
		paths, text := shapeGeometry(def, sp.Width, sp.Height, avLst)
		if len(paths) == 0 {
			return "自由曲线或任意多边形没有路径"
		}
		sp.Paths, sp.TextRect = paths, &text
	}
	if sp.Geometry == "roundRect" {
		sp.Corner = 16667.0 / 100000
		if i := next(spPr, "a:gd", 0); i >= 0 {
			if f := attr(spPr[i:i+strings.IndexByte(spPr[i:], '>')], "fmla"); strings.HasPrefix(f, "val ") {
				sp.Corner = float64(atoi(strings.TrimPrefix(f, "val "))) / 100000
			}
		}
	}
	return ""
}
