package wordmodel

import (
	"cmp"
)

// Frame is where a frame (图文框, w:framePr) puts its paragraph, out of
// its story's flow: the page number Word 2003's and WPS's 插入页码 put in
// a footer, a 红头 or a signature block Word 2003 positioned in the body,
// a drop cap (首字下沉). It is placed as a float is: across from the
// page, the margin or the column (hAnchor text), down from the page, the
// margin or the paragraph it is anchored to (vAnchor text: the next
// paragraph not in a frame), by offset or alignment. Float.Wrap is how
// the body's text goes round it: beside it (around, auto, tight), under
// it (notBeside), or over it (none, through), hSpace and vSpace away.
// Consecutive paragraphs of one Key are one frame.
type Frame struct {
	Float
	// Width is the frame's, in mm; 0 for its text's. Height is its
	// w:h, in mm, which Exact makes its height whatever its text and
	// otherwise the least (hRule atLeast; auto has no Height).
	Width, Height float64
	Exact         bool
	// DropCap is "drop" for a drop cap standing in the text, "margin"
	// for one hanging in the margin beside it, "" for a frame; Lines is
	// how many of the next paragraph's lines it spans.
	DropCap string
	Lines   int
	// Key is the frame's w:framePr as written: paragraphs of one key,
	// one after the other, share one frame, as Word sets them.
	Key string
}

// readFrame is a paragraph's frame, from its pPr; nil for none.
func readFrame(pPr string) *Frame {
	i := next(pPr, "w:framePr", 0)
	if i < 0 {
		return nil
	}
	tag := tagOf(pPr[i:])
	mm := func(name string) float64 {
		n, _ := parseFloat(attr(tag, name))
		return n * 25.4 / 1440
	}
	from := func(anchor string) string {
		return map[string]string{"margin": "margin", "text": "text"}[anchor]
	}
	f := &Frame{Width: mm("w:w"), Key: tag}
	if d := attr(tag, "w:dropCap"); d == "drop" || d == "margin" {
		f.DropCap = d
		f.Lines = max(1, atoi(cmp.Or(attr(tag, "w:lines"), "1")))
	}
	f.FromX = cmp.Or(from(attr(tag, "w:hAnchor")), "page")
	if f.FromX == "text" {
		f.FromX = "column"
	}
	f.FromY = cmp.Or(from(attr(tag, "w:vAnchor")), "page")
	f.X, f.Y = mm("w:x"), mm("w:y")
	f.AlignX = attr(tag, "w:xAlign")
	if f.AlignY = attr(tag, "w:yAlign"); f.AlignY == "inline" || f.FromY == "text" {
		// Word aligns a frame only in the margin or on the page; one
		// anchored to its paragraph stands at its offset from it.
		f.AlignY = ""
	}
	if f.FromY == "text" {
		f.FromY = "paragraph"
	}
	if h := mm("w:h"); h > 0 && attr(tag, "w:hRule") != "auto" {
		// Word writes hRule only where it is not atLeast, the default
		// where a height is given.
		f.Height, f.Exact = h, attr(tag, "w:hRule") == "exact"
	}
	f.Wrap = frameWrap(attr(tag, "w:wrap"), mm("w:hSpace"), mm("w:vSpace"))
	return f
}

// paragraphFrame is a paragraph's frame: its pPr's, else its style's (a
// 红头 style Word 2003 framed, a drop cap a clerk saved in a style), as
// Word frames every paragraph of such a style; styled says it is the
// style's.
func paragraphFrame(pPr string, info styleInfo) (f *Frame, styled bool) {
	if next(pPr, "w:framePr", 0) >= 0 {
		return readFrame(pPr), false
	}
	for k := len(info.pPr) - 1; k >= 0; k-- {
		if next(info.pPr[k], "w:framePr", 0) >= 0 {
			return readFrame(info.pPr[k]), true
		}
	}
	return nil, false
}

// frameWrap is how the body's text goes round a frame wrapped as mode:
// beside it on both sides (around, auto, tight: a frame's outline is its
// box), under it (notBeside), or not at all (none, through).
func frameWrap(mode string, h, v float64) Wrap {
	w := Wrap{Side: "bothSides", Left: h, Right: h, Top: v, Bottom: v}
	switch mode {
	case "none", "through":
		return Wrap{}
	case "notBeside":
		w.Mode = "topAndBottom"
	default:
		w.Mode = "square"
	}
	return w
}

// SameFrame reports whether paragraphs a and b, one after the other,
// stand in one frame: both framed alike, neither a drop cap.
func SameFrame(a, b *Paragraph) bool {
	return a.Frame != nil && b.Frame != nil && a.Frame.Key == b.Frame.Key && a.Frame.DropCap == "" && b.Frame.DropCap == ""
}

// frameBox is the text box the frame of paras (framed alike, one after
// the other in a table cell) is drawn as, anchored where the cell's next
// paragraph stands: no fill or outline but its paragraphs' own, no inset,
// as wide as the frame or (NoWrap, fitted by the layout) its text, as
// high as its text or at least its w:h, or exactly that (Exact), placed
// and wrapped as the frame, in the cell as Word lays out a float there.
// Framed marks it for the layout, which sizes its wrap's outline.
func frameBox(paras []*Paragraph) Shape {
	f := *paras[0].Frame
	sp := Shape{Name: "图文框", Geometry: "rect", Width: f.Width, Height: f.Height, AutoFit: !f.Exact, NoWrap: f.Width == 0, Framed: true}
	for _, p := range paras {
		inner := *p
		inner.Frame = nil
		sp.Text = append(sp.Text, &inner)
	}
	sp.Float = &f.Float
	sp.Float.InCell = true
	if f.DropCap != "" {
		// Its letter is set by the layout on the Lines-th line's
		// baseline, as the body's (dropcap.go), not in its exact line.
		sp.DropLines, sp.DropHangs = f.Lines, f.DropCap == "margin"
	}
	return sp
}

// frameBoxes are the boxes of a table cell's framed paragraphs, each run
// of paragraphs framed alike one box.
func frameBoxes(framed []*Paragraph) []Shape {
	var out []Shape
	for i := 0; i < len(framed); {
		j := i + 1
		for j < len(framed) && SameFrame(framed[j-1], framed[j]) {
			j++
		}
		out = append(out, frameBox(framed[i:j]))
		i = j
	}
	return out
}

// framedVertical is why a vertical text box (竖排) holding a frame cannot
// be drawn: its lines are turned into columns, and where Word puts a
// frame among them is not known; "" for any other box.
func framedVertical(sp *Shape) string {
	if sp.Vertical == "" {
		return ""
	}
	for _, p := range sp.Text {
		if p.Frame != nil && p.Frame.DropCap == "" {
			return "竖排文本框中的图文框无法显示"
		}
	}
	return ""
}
