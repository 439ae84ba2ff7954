package wordmodel

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// East Asian typesetting Word draws within a line or in the margin: 双行合一
// and 纵横混排 of a run (w:eastAsianLayout), line numbers of a section
// (w:lnNumType) and page numbers with a chapter's number (w:pgNumType
// w:chapStyle). Each is read here; the layout draws them.

// Combine is 双行合一: a stretch of text set in two lines of half its size
// in the height of one line, within brackets at full size.
type Combine struct {
	// ID joins the runs Word writes for one stretch (w:id); "" where the
	// run is a stretch of its own.
	ID string
	// Brackets is round, square, angle or curly; "" for none.
	Brackets string
}

// eastAsian reads a run's w:eastAsianLayout: 双行合一 wins over 纵横混排
// where both are set, as Word's dialogs allow only one; a run fitted to a
// width (调整宽度, read before) is set as fitted text only, as Word sets
// it (MS-OI29500 2.1.75: Word ignores the element beside w:fitText).
func eastAsian(f *Run, all props) {
	tag := all.tag("w:eastAsianLayout")
	if tag == "" || f.FitWidth > 0 {
		return
	}
	switch {
	case truth(attr(tag, "w:combine")):
		f.Combine = &Combine{ID: attr(tag, "w:id"), Brackets: bracketsOf(attr(tag, "w:combineBrackets"))}
	case truth(attr(tag, "w:vert")):
		f.Vertical, f.VertCompress, f.VertID = true, truth(attr(tag, "w:vertCompress")), attr(tag, "w:id")
	}
}

// truth reads an ST_OnOff attribute.
func truth(v string) bool { return v == "1" || v == "true" || v == "on" }

func bracketsOf(v string) string {
	switch v {
	case "round", "square", "angle", "curly":
		return v
	}
	return ""
}

// uprightUnmarked reports whether a 双行合一 run has a mark its halves
// do not show standing in an upright column (its colour, weight, size
// and background they show).
func uprightUnmarked(r Run) bool {
	return r.Underline || r.Strike || r.DoubleStrike || r.Border != nil || r.Emphasis != "" || r.VertAlign != "" || r.Position != 0 ||
		r.Link != "" || r.Scale != 0 || r.Spacing != 0 || r.FitWidth != 0
}

// eastAsianInCell lists what of 双行合一 a cell of text direction does
// not show: its marks in upright vertical text, whose halves stand there
// as two columns of characters (a cell turned upwards sets it all in its
// turned line). 纵横混排 stands level on the page in any vertical cell
// (across an upright column, turned back in a line turned upwards) and
// turns, as in the body (and as LibreOffice draws it), in a horizontal
// cell.
func (s *sheet) eastAsianInCell(direction string, paras []*Paragraph) {
	for _, para := range paras {
		shown := func(has func(Run) bool) bool {
			return slices.ContainsFunc(para.Runs, func(r Run) bool { return has(r) && strings.TrimSpace(r.Text) != "" })
		}
		if direction != "" && direction != "btLr" && shown(func(r Run) bool { return r.Combine != nil && uprightUnmarked(r) }) {
			*s.undrawn = append(*s.undrawn, Feature{What: "竖排文字单元格中带下划线、删除线、边框、着重号、上下标、超链接或字符缩放和间距的双行合一", Where: s.where, Text: para.Text})
		}
	}
}

// LineNumbers are a section's line numbers (行号, w:lnNumType): every
// CountBy-th counted line of the body numbered in the left margin,
// Distance mm left of the text, from Start, again from Start on each
// page (Restart "newPage"), each section ("newSection") or never
// ("continuous").
type LineNumbers struct {
	CountBy, Start int
	Distance       float64
	Restart        string
	// Size and Font are the numbers' type, the Line Number style's over
	// Normal's: pt (0 for the layout's body size) and East Asian font.
	Size      float64
	Font      string
	LatinFont string
}

// autoDistance is Word's 自动 distance of line numbers from the text,
// a quarter of an inch, in mm.
const autoDistance = 6.35

// lineNumbers reads a sectPr's w:lnNumType; nil for none.
func (s *sheet) lineNumbers(sect string) *LineNumbers {
	i := next(sect, "w:lnNumType", 0)
	if i < 0 {
		return nil
	}
	tag := tagOf(sect[i:])
	n := &LineNumbers{CountBy: 1, Start: 1, Distance: autoDistance, Restart: "newPage"}
	if v, err := strconv.Atoi(attr(tag, "w:countBy")); err == nil && v > 0 {
		n.CountBy = v
	} else if err == nil {
		return nil // countBy 0: Word numbers no line
	}
	if v, err := strconv.Atoi(attr(tag, "w:start")); err == nil && v >= 0 {
		n.Start = v + 1 // Word writes the number before the first
	}
	if v, err := parseFloat(attr(tag, "w:distance")); err == nil && v > 0 {
		n.Distance = v / 20 * 25.4 / 72
	}
	switch r := attr(tag, "w:restart"); r {
	case "newSection", "continuous":
		n.Restart = r
	}
	all := props{s.defaults}
	all = append(all, s.styles["Normal"].rPr...)
	all = append(all, s.styles[s.lineNumberStyle()].rPr...)
	if v, ok := all.val("w:sz"); ok {
		if sz, err := parseFloat(v); err == nil && sz > 0 {
			n.Size = sz / 2
		}
	}
	n.Font, n.LatinFont = s.theme.font(all, "w:eastAsia"), s.theme.font(all, "w:ascii")
	return n
}

// lineNumberStyle is the id of the character style Word sets line
// numbers in, known by its name (行号 is its id in a Chinese Word's
// styles.xml, LineNumber in an English one's); "" where there is none.
func (s *sheet) lineNumberStyle() string {
	if _, ok := s.styles["LineNumber"]; ok {
		return "LineNumber"
	}
	found := ""
	for id, st := range s.styles {
		if strings.EqualFold(st.name, "line number") && (found == "" || id < found) {
			found = id // the same on every run where two have the name
		}
	}
	return found
}

// chapterSeparators are what w:chapSep puts between the chapter's number
// and the page's.
var chapterSeparators = map[string]string{"": "-", "hyphen": "-", "period": ".", "colon": ":", "emDash": "—", "enDash": "–"}

// chapters reads a w:pgNumType's chapter numbering into sec: the heading
// level whose number leads the page's (w:chapStyle) and the separator.
func chapters(sec *Section, tag string) {
	n, err := strconv.Atoi(attr(tag, "w:chapStyle"))
	if err != nil || n < 1 || n > 9 {
		return
	}
	if sep, ok := chapterSeparators[attr(tag, "w:chapSep")]; ok {
		sec.ChapterLevel, sec.ChapterSep = n, sep
	}
}

// outlineAndLines reads a paragraph's outline level and whether its
// lines go uncounted in line numbers, through its style chain.
func outlineAndLines(para *Paragraph, pPr string, info styleInfo) {
	layers := append(props(nil), info.pPr...)
	layers = append(layers, pPr)
	para.NoLineNumbers = layers.on("w:suppressLineNumbers")
	if v, ok := layers.val("w:outlineLvl"); ok {
		if n, err := strconv.Atoi(v); err == nil && n >= 0 && n < 9 {
			para.Outline = n + 1
		}
	}
}

// unnumberedChapters lists a section whose page numbers take a chapter's
// number from a heading level no numbered paragraph has: Word shows an
// error message in its page numbers there.
func unnumberedChapters(doc *Document) []Feature {
	var out []Feature
	for k, sec := range doc.Sections {
		if sec.ChapterLevel == 0 || slices.ContainsFunc(doc.Blocks, func(b Block) bool {
			p, ok := b.(*Paragraph)
			return ok && p.Outline == sec.ChapterLevel && p.LabelNumber != ""
		}) {
			continue
		}
		out = append(out, Feature{What: fmt.Sprintf("包含章节号的页码（文档中没有带编号的第 %d 级标题，Word 会在页码处显示错误信息）", sec.ChapterLevel), Where: sectionPlace(doc, k)})
	}
	return out
}

// sectionPlace names section k's page setup, as the clerk finds it.
func sectionPlace(doc *Document, k int) string {
	if len(doc.Sections) == 1 {
		return "页面设置"
	}
	return fmt.Sprintf("第 %d 节的页面设置", k+1)
}

// turnedNumbers lists a page number (PAGE, NUMPAGES, SECTIONPAGES,
// PAGEREF) set 双行合一 or 纵横混排: the layout sets a number again on
// the page its line lands on, as text of its own.
func turnedNumbers(para *Paragraph) []string {
	for _, r := range para.Runs {
		if (r.Combine != nil || r.Vertical) && strings.ContainsAny(r.Text, PageField+NumPagesField+SectionPagesField+PageRefField) {
			return []string{"设了双行合一或纵横混排的页码"}
		}
	}
	return nil
}
