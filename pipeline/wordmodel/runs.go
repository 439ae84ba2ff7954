package wordmodel

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"jixiao/pipeline/wordxml"
)

// Run is a stretch of a paragraph with one formatting.
//
// Size is what the run or its character style sets (0 for the paragraph
// style's, StyleSize). The others are resolved through every layer Word applies (document defaults, paragraph
// style, character style, the run's own), so that a style that makes its
// text red makes it red in the PDF too.
type Run struct {
	Text                    string
	Bold, Italic, Underline bool
	Size                    float64 // pt; 0 for the style's
	Color                   string  // RRGGBB; "" for black
	// Font and LatinFont are the typefaces of its Chinese and its Latin
	// text (仿宋_GB2312, Times New Roman), theme fonts resolved; "" where
	// no layer names one.
	Font, LatinFont string
	// OtherFont and ComplexFont are the typefaces of its other Latin
	// text (w:hAnsi: é, “, —) and of its complex-script text (w:cs).
	// Hint (w:hint="eastAsia", which Word and WPS write on text typed
	// with a Chinese input method) sets the characters Chinese and Latin
	// text share (“” —— … · §) in Font, and where the run is Chinese
	// (its w:lang w:eastAsia) also accented Latin (pinyin ā é); Complex
	// (w:cs) sets all its text in ComplexFont (scripts.go).
	OtherFont, ComplexFont string
	Hint, Chinese, Complex bool
	// UnderlineStyle is Word's w:u value (single, double, wave, dotted …)
	// when Underline is set.
	UnderlineStyle       string
	Strike, DoubleStrike bool
	// VertAlign is superscript or subscript; "" for the baseline.
	VertAlign string
	// Position raises (positive) or lowers the run, in pt.
	Position float64
	// Highlight and Shading are the run's background, RRGGBB; "" for none.
	Highlight, Shading string
	Caps, SmallCaps    bool
	// Link is what the run links to (a w:hyperlink or a HYPERLINK field):
	// an address outside the document, or #name for the place of the
	// bookmark name in it; "" for none.
	Link string
	// Ref names the bookmark whose page a PageRefField run shows.
	Ref string
	// NumFormat is the numFmt a page number run's field shows it in (its
	// \* switch: upperRoman, numberInDash …); "" for its section's.
	NumFormat string
	// Bookmark is the name of a bookmark that starts here (w:bookmarkStart,
	// a TOC's _Toc…), for page references and links to find its page;
	// such a run has no Text.
	Bookmark string
	// Picture is 1 + the index in its paragraph's Images of the picture
	// this run stands for, in a line of text (a signature after 负责人：);
	// 0 for text. Such a run has no Text.
	Picture int
	// Emphasis is the 着重号 Word sets on each character (w:em): dot,
	// comma, circle (above the text) or underDot; "" for none.
	Emphasis string
	// Border is the box Word draws around the run's text (w:bdr), joined
	// with the next run's where that has the same; nil for none.
	Border *Border
	// Scale is the width of the run's characters in per cent of their
	// own (w:w: 150 wider, 66 narrower); 0 for 100.
	Scale float64
	// Spacing is the space Word adds after each character (w:spacing),
	// in pt; negative where the text is condensed.
	Spacing float64
	// Kern is the type size from which the run's Latin letters are
	// kerned by their font's pairs (w:kern), in pt; 0 for no kerning.
	Kern float64
	// FitWidth is the width Word spreads or squeezes the run's text to
	// (调整宽度, w:fitText), in pt, together with the neighbouring runs of
	// the same FitID, which are one stretch; 0 for the text's own.
	FitWidth float64
	FitID    string
	// Combine sets the run's text 双行合一 (eastasian.go); nil for none.
	Combine *Combine
	// OffGrid: the run's characters keep their own widths in a paragraph
	// on the character grid (w:snapToGrid w:val="0" on the run).
	OffGrid bool
	// Ruby is the 拼音指南 set over the run's text and the runs' around it
	// of the same Ruby (ruby.go); nil for none.
	Ruby *Ruby
	// Effects are its outline, fill and shadow (空心, 阴影, 阳文, 阴文,
	// 文字效果; effects.go); nil for none.
	Effects *Effects
	// Vertical is 纵横混排: the run's characters turned a quarter
	// counter-clockwise in the line, squeezed into one character's width
	// where VertCompress is set; VertID (w:id) joins the runs Word
	// writes for one selection into one turned text.
	Vertical, VertCompress bool
	VertID                 string
	// Align is the alignment tab (对齐方式制表符, w:ptab) the run's one
	// tab is; nil for a run of text or an ordinary tab.
	Align *AlignTab
}

// Plain reports whether the run has no formatting of its own.
func (r Run) Plain() bool {
	r.Text = ""
	return r == Run{}
}

// highlights are the colours Word's w:highlight names.
var highlights = map[string]string{
	"yellow": "FFFF00", "green": "00FF00", "cyan": "00FFFF", "magenta": "FF00FF", "blue": "0000FF", "red": "FF0000",
	"darkBlue": "000080", "darkCyan": "008080", "darkGreen": "008000", "darkMagenta": "800080", "darkRed": "800000",
	"darkYellow": "808000", "darkGray": "808080", "lightGray": "C0C0C0", "black": "000000", "white": "FFFFFF",
}

// runFormat resolves a run's formatting; all are the layers from document
// defaults to the run's own, local only the character style's and the
// run's own. hidden reports text Word does not print (w:vanish, also via
// a style, and w:specVanish); w:webHidden is hidden only in Web view, and
// printed.
func runFormat(all, local props) (f Run, hidden bool) {
	if all.on("w:vanish") || all.on("w:specVanish") {
		return f, true
	}
	f.Bold, f.Italic = all.on("w:b"), all.on("w:i")
	if v, ok := all.val("w:u"); ok && v != "none" && v != "0" {
		f.Underline = true
		f.UnderlineStyle = v
		if v == "" || v == "1" || v == "true" {
			f.UnderlineStyle = "single"
		}
	}
	if v, ok := local.val("w:sz"); ok {
		if n, err := parseFloat(v); err == nil {
			f.Size = n / 2
		}
	}
	if v, ok := all.val("w:color"); ok && v != "auto" && v != "000000" && len(v) == 6 {
		f.Color = strings.ToUpper(v)
	}
	f.Strike, f.DoubleStrike = all.on("w:strike"), all.on("w:dstrike")
	if v, _ := all.val("w:vertAlign"); v == "superscript" || v == "subscript" {
		f.VertAlign = v
	}
	if v, ok := all.val("w:position"); ok {
		if n, err := parseFloat(v); err == nil {
			f.Position = n / 2 // half-points
		}
	}
	if v, ok := all.val("w:highlight"); ok {
		f.Highlight = highlights[v]
	}
	if fill := fillOf(all.tag("w:shd")); fill != "" {
		f.Shading = fill
	}
	f.Caps, f.SmallCaps = all.on("w:caps"), all.on("w:smallCaps")
	if v, ok := all.val("w:snapToGrid"); ok && (v == "0" || v == "false" || v == "off") {
		f.OffGrid = true
	}
	// w:effect (Word 97's animated text: blinking, marching ants) is not
	// drawn: Word 2007 and later no longer show it either, nor print it.
	spacing(&f, all)
	fitText(&f, local)
	eastAsian(&f, all)
	return f, false
}

// fitText reads 调整宽度 (w:fitText): Word writes it on each run of the
// stretch, with the stretch's id, on the run itself only; a stretch of
// no id is its run alone.
func fitText(f *Run, local props) {
	tag := local.tag("w:fitText")
	if tag == "" {
		return
	}
	if n, err := parseFloat(attr(tag, "w:val")); err == nil && n > 0 {
		f.FitWidth, f.FitID = n/20, attr(tag, "w:id")
	}
}

// spacing reads the run's emphasis marks, border, character scale,
// character spacing and kerning.
func spacing(f *Run, all props) {
	if v, ok := all.val("w:em"); ok && v != "none" {
		f.Emphasis = v
	}
	if b := readLine(all.tag("w:bdr")); b.Style != "none" {
		f.Border = b
	}
	if v, ok := all.val("w:w"); ok {
		if n, err := parseFloat(v); err == nil && n > 0 && n != 100 {
			f.Scale = min(n, 600)
		}
	}
	if v, ok := all.val("w:spacing"); ok {
		if n, err := parseFloat(v); err == nil {
			f.Spacing = n / 20 // twips
		}
	}
	if v, ok := all.val("w:kern"); ok {
		if n, err := parseFloat(v); err == nil && n > 0 {
			f.Kern = n / 2 // half-points
		}
	}
}

// runInfo is a run's resolved formatting, whether it is hidden, and what
// of it the PDF does not draw.
type runInfo struct {
	run    Run
	hidden bool
	found  []string
	// symbols is the symbol font (Wingdings, Symbol) the run's text is
	// set in, whose characters are not the letters they are coded as.
	symbols string
}

// format resolves the formatting of the run r (its whole w:r) in a
// paragraph of style (its styleKey), whose layers are para. Runs of a long
// table repeat a few formattings many times, so each is resolved once per
// style.
func (s *sheet) format(style string, para props, r string) runInfo {
	own := ""
	if gt := strings.IndexByte(r, '>'); gt >= 0 && wordxml.At(r, gt+1, "w:rPr") {
		own = r[gt+1 : end(r, gt+1, "w:rPr")]
	}
	byOwn := s.formats[style]
	if f, ok := byOwn[own]; ok {
		return f
	}
	var all, local props = para, nil
	if own != "" {
		if v, ok := wordxml.Val(own, "w:rStyle"); ok {
			local = append(local, s.styles[v].rPr...)
		}
		local = append(local, own)
		all = append(append(props(nil), para...), local...)
	}
	var f runInfo
	if f.run, f.hidden = runFormat(all, local); !f.hidden {
		f.found = append(undrawnFormat(all), undrawnEffects(all)...)
		f.run.Effects = s.effects(all, f.run.Color)
		f.run.Font, f.run.LatinFont = s.theme.font(all, "w:eastAsia"), s.theme.font(all, "w:ascii")
		s.scripts(&f.run, all)
	}
	if font := attr(all.tag("w:rFonts"), "w:ascii"); isSymbolFont(font) {
		f.symbols = font
	}
	if byOwn == nil {
		byOwn = map[string]runInfo{}
		s.formats[style] = byOwn
	}
	byOwn[strings.Clone(own)] = f // the key outlives the part's text
	return f
}

// verticalMarks are the run formatting a vertical cell's text does not
// show, each with what the clerk calls it. A cell turned to read upwards
// (btLr) is a level line turned and shows all of a run's formatting; an
// upright column (tbRl, tbRlV, tbLrV) shows its colour, weight, size,
// italic, capitals, lines, backgrounds, scripts, emphasis marks, text
// borders, character spacing, links, 纵横混排 selections with their
// marks, scripts and spacing, 拼音指南, and its characters' scale (w:w,
// a squeezed 调整宽度) along the column, not the rest.
var verticalMarks = []struct {
	name string
	has  func(Run) bool
}{
	// A 拼音指南's base and guide stand as characters only.
	{"带格式的拼音指南", func(r Run) bool {
		return r.Ruby != nil && (uprightUnmarked(r) || r.Highlight != "" || r.Shading != "" || uprightUnmarked(r.Ruby.Run) || r.Ruby.Highlight != "" || r.Ruby.Shading != "")
	}},
}

// verticalOnly lists, for a paragraph of a cell of the vertical text
// direction, the formatting its runs have that the PDF does not draw
// there.
func (s *sheet) verticalOnly(para *Paragraph, direction string) {
	var names []string
	if para.Shading != "" {
		names = append(names, "段落底纹")
	}
	if para.Borders != nil {
		names = append(names, "段落边框")
	}
	for _, m := range verticalMarks {
		if direction == "btLr" {
			break
		}
		for _, r := range para.Runs {
			if strings.TrimSpace(r.Text) != "" && m.has(r) {
				names = append(names, m.name)
				break
			}
		}
	}
	if len(names) > 0 {
		*s.undrawn = append(*s.undrawn, Feature{What: "竖排文字的格式（" + strings.Join(names, "、") + "）", Where: s.where, Text: para.Text})
	}
}

// fillOf is the colour a w:shd tag fills with, RRGGBB; "" for none or
// white. A pattern of pctN (Word 2003's table styles write them, and
// solid) in a colour (w:color) covers N% of the fill: the PDF draws
// their blend, as it looks printed.
func fillOf(tag string) string {
	fill := strings.ToUpper(attr(tag, "w:fill"))
	if len(fill) != 6 {
		fill = "FFFFFF" // auto: no fill, the page's white under the pattern
	}
	val, color := attr(tag, "w:val"), strings.ToUpper(attr(tag, "w:color"))
	pct := -1.0
	switch {
	case len(color) != 6:
		// A pattern of the automatic colour: generators write solid
		// meaning the fill; taken as they mean it.
	case val == "solid":
		pct = 100
	case strings.HasPrefix(val, "pct"):
		if n, err := parseFloat(val[3:]); err == nil {
			pct = n
		}
	}
	if pct > 0 {
		fill = blend(color, fill, pct/100)
	}
	if fill == "FFFFFF" {
		return ""
	}
	return fill
}

// blend is share of colour a over the rest of colour b, both RRGGBB.
func blend(a, b string, share float64) string {
	x, _ := strconv.ParseUint(a, 16, 32)
	y, _ := strconv.ParseUint(b, 16, 32)
	out := 0
	for shift := 16; shift >= 0; shift -= 8 {
		ca, cb := float64(x>>shift&0xff), float64(y>>shift&0xff)
		out |= int(math.Round(ca*share+cb*(1-share))) << shift
	}
	return fmt.Sprintf("%06X", out)
}

// shadingOf is the colour paragraph properties fill the paragraph with
// (fillOf); set says they have a w:shd, which may set none over a
// style's.
func shadingOf(pPr string) (fill string, set bool) {
	if next(pPr, "w:shd", 0) < 0 {
		return "", false
	}
	_, own := cutElement(pPr, "w:rPr") // the paragraph mark's, not the paragraph's
	tag := props{own}.tag("w:shd")
	return fillOf(tag), tag != ""
}

// layers are the run property layers of a paragraph of style: the
// document defaults, in a table cell its table style's layers, and the
// style's chain, made once a style and place in a table (key).
func (s *sheet) layers(key string, info styleInfo) props {
	if l, ok := s.styleLayers[key]; ok {
		return l
	}
	l := props{s.defaults}
	if s.cellStyle != nil {
		l = append(l, s.cellStyle.rPr...)
	}
	l = append(l, info.rPr...)
	s.styleLayers[strings.Clone(key)] = l
	return l
}

// styleKey names a paragraph style in the caches of resolved formatting:
// in a styled table's cell, with the table style's layers of the cell.
func (s *sheet) styleKey(style string) string {
	if s.cellStyle == nil {
		return style
	}
	return style + "\x00" + s.cellStyle.key
}

// undrawnFormat names the run formatting the PDF does not draw: a
// border of Word's art or 3-D kinds (emphasis marks and the usual
// borders are drawn).
func undrawnFormat(all props) []string {
	b := readLine(all.tag("w:bdr"))
	switch {
	case b.Style == "none":
	case threeD[b.Style]:
		return []string{"文字边框（立体线型“" + b.Style + "”）"}
	case !borderStyles[b.Style]:
		return []string{"文字边框（" + undrawnLine(b.Style) + "）"}
	}
	return nil
}

// threeD are Word's 3-D line styles.
var threeD = map[string]bool{"threeDEmboss": true, "threeDEngrave": true, "outset": true, "inset": true}
