package wordmodel

import (
	"bytes"
	"cmp"
	"fmt"
	"image"
	_ "image/gif"  // converted to PNG
	_ "image/jpeg" // DecodeConfig of the pictures the PDF draws
	"image/png"
	"path"
	"strings"
	"unicode/utf8"

	_ "golang.org/x/image/bmp" // converted to PNG
	_ "golang.org/x/image/tiff"

	"jixiao/pipeline/wordxml"
)

// Image is a picture the PDF draws: one standing in a paragraph of its
// own (a 红头 logo), or one floating over the text (a 公章 over the
// signature).
type Image struct {
	Name   string // the part's name, such as image1.png
	Data   []byte
	Format string  // PNG or JPEG
	Width  float64 // mm
	Height float64 // mm
	// Rotation turns it clockwise about its box's centre, degrees (a:xfrm
	// rot); its place and the room in the line are its box's, unturned,
	// as Word keeps them.
	Rotation float64
	// FlipH and FlipV mirror it across its box's upright and level
	// middle lines (a:xfrm flipH, flipV), before it is turned.
	FlipH, FlipV bool
	// Crop is what of the picture Word cuts off its sides (crop.go); the
	// rest fills the box.
	Crop Crop
	// Frame is the picture's shape and line (图片形状, 图片边框; crop.go),
	// in its box: the picture is drawn within the shape's outline, the
	// line over it. nil for a rectangle without a line.
	Frame *Shape
	// Shadow is its outer shadow (shapeshadows.go): of its box or its
	// Frame's shape; nil for none. Glow is its 发光, likewise; SoftEdge
	// how far in from its box's edge its 柔化边缘 fades it out, mm.
	Shadow   *ShapeShadow
	Glow     *Glow
	SoftEdge float64
	// Reflection is its 映像 (shapereflections.go): the picture as it
	// shows in its box, mirrored under it and fading; nil for none.
	Reflection *Reflection
	// Float is where a floating picture is; nil for one in the line.
	Float *Float
	// Group is what a group or a drawing canvas set in the line of text
	// (嵌入型) draws in the picture's box, which has no Data: its
	// members, each standing in the box by its Float.Part; nil for a
	// picture.
	Group *Group
}

// Group is an inline group's or canvas's members (groups.go), in its box.
type Group struct {
	Shapes []Shape
	Images []Image
}

// Float places a floating picture: an offset in mm from what it is
// relative to, or an alignment there (left, center, right; top, center,
// bottom), as Word's wp:positionH and wp:positionV say; and how the text
// flows around it.
type Float struct {
	FromX, FromY   string // page, margin, column, character; page, margin, paragraph, line
	X, Y           float64
	AlignX, AlignY string
	Behind         bool // drawn behind the text (behindDoc)
	Wrap           Wrap
	// InCell places one anchored in a table cell relative to the cell
	// (layoutInCell="1"; any float there in a document of Word 2013 and
	// later, which ignores "0"): the page is the cell's box, the margin
	// and the column its content box. Outside a cell it means nothing.
	InCell bool
	// At is how many characters of its paragraph's Text stand before the
	// float's anchor: the character and the line it is relative to.
	At int
	// Part places a member of a group (组合图形) or a drawing canvas
	// (绘图画布): the float places the group's box, the member stands in
	// it; nil for an object on its own.
	Part *Part
}

// Part is where a group's member stands in the group's box: X, Y from
// its top left corner, and the box's size W by H, mm.
type Part struct{ X, Y, W, H float64 }

// emuPerMM is DrawingML's unit: 36,000 EMU to the millimetre.
const emuPerMM = 36000

// picture is what a pic:pic in drawing (its wp:inline or wp:anchor) is:
// "" when the PDF draws it (it is then added to the paragraph's images),
// otherwise what to list it as.
func (s *sheet) picture(el, drawing string) string {
	anchored := strings.HasPrefix(drawing, "<wp:anchor")
	kind := "图片"
	if anchored {
		kind = "浮动图片"
	}
	target := s.target(el, `r:embed="`)
	name := kind + target
	if s.images == nil {
		if s.drawnHere() {
			return "" // hidden
		}
		return name // a note: not drawn there
	}
	img, why := s.readImage(strings.TrimSpace(target), strings.TrimPrefix(s.rels[relID(el, `r:embed="`)], "/word/"), drawing)
	if why != "" {
		return name + "（" + why + "）"
	}
	*s.images = append(*s.images, img)
	return ""
}

func relID(el, attr string) string {
	_, rest, _ := strings.Cut(el, attr)
	id, _, _ := strings.Cut(rest, `"`)
	return id
}

// readImage reads the picture's part and its size and place; why says
// why the PDF cannot draw it.
func (s *sheet) readImage(name, target, drawing string) (Image, string) {
	img, why := s.loadPicture(name, target, drawing)
	if why != "" {
		return Image{}, why
	}
	img.Width, img.Height = extentOf(drawing)
	if img.Width <= 0 || img.Height <= 0 {
		return Image{}, "没有尺寸"
	}
	turn(&img, drawing)
	if why := s.pictureFormat(&img, drawing, blipFillOf(drawing)); why != "" {
		return Image{}, why
	}
	if !strings.HasPrefix(drawing, "<wp:anchor") {
		return img, ""
	}
	f, why := float(drawing, s.inCell)
	if f != nil {
		f.At = s.textAt
	}
	img.Float = f
	return img, why
}

// loadImage reads the picture's part: a PNG or JPEG as it is, any other
// format the image packages read as PNG; why says why the PDF cannot.
func (s *sheet) loadImage(name, target string) (Image, string) {
	data, ok := s.media["word/"+path.Clean(target)]
	if !ok || target == "" {
		return Image{}, "文件缺失或为外部链接"
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width == 0 {
		return Image{}, unreadable(target)
	}
	if format != "png" && format != "jpeg" {
		if data, err = asPNG(data); err != nil {
			return Image{}, strings.ToUpper(format) + " 图片无法读取"
		}
		format = "png"
	}
	return Image{Name: name, Data: data, Format: strings.ToUpper(format)}, ""
}

// turn reads the rotation and mirroring of the picture in el (its
// pic:spPr's a:xfrm).
func turn(img *Image, el string) {
	if i := next(el, "pic:spPr", 0); i >= 0 {
		if x := next(el, "a:xfrm", i); x >= 0 && x < end(el, i, "pic:spPr") {
			tag := startTag(el, x)
			img.Rotation = float64(atoi(attr(tag, "rot"))) / 60000
			img.FlipH, img.FlipV = attr(tag, "flipH") == "1", attr(tag, "flipV") == "1"
		}
	}
}

// unreadable says why a picture the image packages cannot read is not
// drawn: a Windows metafile (a chart or drawing pasted from Office) is
// vector instructions the PDF cannot replay.
func unreadable(target string) string {
	switch strings.ToLower(path.Ext(target)) {
	case ".emf", ".wmf", ".emz", ".wmz":
		return "EMF、WMF 矢量图无法显示；请在 Word 中右键另存为 PNG 图片后重新插入"
	}
	return "只支持 PNG、JPEG、GIF、BMP、TIFF 格式"
}

// asPNG converts a GIF (its first frame, as Word prints it), BMP or TIFF
// picture to PNG, which the PDF embeds; PNG keeps every pixel.
func asPNG(data []byte) ([]byte, error) {
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("decode picture: %w", err)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encode picture: %w", err)
	}
	return buf.Bytes(), nil
}

func emu(v string) float64 {
	n, _ := parseFloat(v)
	return n / emuPerMM
}

// float reads a floating picture's place and how the text wraps around
// it; inCell says it is anchored in a table cell, where its layoutInCell
// is read.
func float(anchor string, inCell bool) (*Float, string) {
	wrap, why := readWrap(anchor)
	if why != "" {
		return nil, why
	}
	tag := anchor[:strings.IndexByte(anchor, '>')]
	f := &Float{Behind: attr(tag, "behindDoc") == "1", Wrap: wrap, InCell: inCell && attr(tag, "layoutInCell") != "0"}
	axis := func(name string, from *string, offset *float64, align *string) {
		i := next(anchor, name, 0)
		if i < 0 {
			*from = "page"
			return
		}
		el := anchor[i:end(anchor, i, name)]
		*from = attr(el[:strings.IndexByte(el, '>')], "relativeFrom")
		if v, ok := elementText(el, "wp:posOffset"); ok {
			*offset = emu(v)
		} else if v, ok := elementText(el, "wp:align"); ok {
			*align = v
		}
	}
	axis("wp:positionH", &f.FromX, &f.X, &f.AlignX)
	axis("wp:positionV", &f.FromY, &f.Y, &f.AlignY)
	if why := f.check(); why != "" {
		return nil, why
	}
	return f, ""
}

// check says why the PDF cannot place a float: what it is relative to
// is not a place the layout knows.
func (f *Float) check() string {
	for _, from := range []string{f.FromX, f.FromY} {
		switch from {
		case "page", "margin", "column", "paragraph", "line", "character", "leftMargin", "rightMargin", "topMargin", "bottomMargin":
		default:
			return fmt.Sprintf("位置相对于%s", cmp.Or(relativeNames[from], "“"+from+"”"))
		}
	}
	if f.FromX == "paragraph" || f.FromX == "line" {
		return "水平位置相对于段落"
	}
	return ""
}

// relativeNames are Word's names for what a picture's place may be
// relative to, in the 布局 dialog.
var relativeNames = map[string]string{"insideMargin": "内边距", "outsideMargin": "外边距"}

// elementText is the text of the first <name> in s.
func elementText(s, name string) (string, bool) {
	i := wordxml.Next(s, name, 0, len(s))
	if i < 0 {
		return "", false
	}
	gt := i + strings.IndexByte(s[i:], '>')
	e := strings.Index(s[gt:], "</")
	if e < 0 {
		return "", false
	}
	return strings.TrimSpace(s[gt+1 : gt+e]), true
}

// inlineWithText keeps the places among the text of a paragraph's
// pictures in its line, where the PDF draws them there (body paragraphs,
// keep); elsewhere it takes out those pictures, when the paragraph has
// text, and lists them. A paragraph of pictures only has no places: its
// pictures are a block of their own.
func inlineWithText(para *Paragraph, keep bool) []string {
	text := strings.TrimSpace(para.Text) != ""
	if keep && text {
		return nil
	}
	runs := para.Runs[:0]
	for _, r := range para.Runs {
		if r.Picture == 0 {
			runs = append(runs, r)
		}
	}
	para.Runs = runs
	if !text {
		return nil
	}
	var found []string
	kept := para.Images[:0]
	for _, img := range para.Images {
		if img.Float != nil {
			kept = append(kept, img)
			continue
		}
		found = append(found, "图片 "+img.Name+"（与文字在同一行，请将图片单独放一段）")
	}
	para.Images = kept
	return found
}

// cellPictures keeps the pictures of a cell's paragraph k, with before
// lines of the cell's text above it, and reports whether the paragraph is
// pictures only. Floating pictures and shapes are kept with the paragraph
// they are anchored in (k, before), drawn at their place in the cell.
func (s *sheet) cellPictures(c *Cell, para *Paragraph, k, before int) bool {
	inLine := 0
	label := 0
	if para.Label != nil {
		label = utf8.RuneCountInString(para.Label.Text)
	}
	inCell := func(f *Float) {
		// The cell's text line holds the label before the paragraph's text.
		f.At += label
		f.InCell = f.InCell || s.cellAlways
	}
	text := strings.TrimSpace(para.Text) != ""
	// A vertical cell sets a picture of its own paragraph as one among
	// text, turned with its column (layout's verticalcell.go), as Word
	// turns it: a column of the picture alone.
	inText := text || c.Direction != ""
	if inText && !text {
		// inlineWithText took a paragraph of pictures only out of its
		// runs: its pictures stand in its line one after the other.
		for i, img := range para.Images {
			if img.Float == nil {
				para.Runs = append(para.Runs, Run{Picture: i + 1})
			}
		}
	}
	for _, img := range para.Images {
		if img.Float != nil {
			inCell(img.Float)
			c.Floats = append(c.Floats, CellFloat{Image: img, Before: before, Para: k})
			continue
		}
		if inText {
			// Set in its line among the text, as in the body: its run's
			// stretch (RunSize.Picture) holds it.
			inLine++
			continue
		}
		inLine++
		c.Pictures = append(c.Pictures, CellPicture{Image: img, Before: before, Para: k, Align: para.Align, OnGrid: para.Spacing != nil && !para.Spacing.NoGrid})
	}
	if !inText {
		para.Images = nil
	}
	for _, sp := range para.Shapes {
		inCell(sp.Float)
		c.Shapes = append(c.Shapes, CellShape{Shape: sp, Before: before, Para: k})
	}
	para.Shapes = nil
	return inLine > 0 && !inText
}

// anchorsInRunes counts the paragraph's floats' anchors (Float.At, read
// as bytes of its text) in characters.
func anchorsInRunes(para *Paragraph) {
	count := func(f *Float) {
		if f != nil {
			f.At = utf8.RuneCountInString(para.Text[:min(f.At, len(para.Text))])
		}
	}
	for i := range para.Images {
		count(para.Images[i].Float)
	}
	for i := range para.Shapes {
		count(para.Shapes[i].Float)
	}
}
