package wordmodel

import (
	"cmp"
	"strconv"
)

// Frame is where a frame (图文框, w:framePr) puts its paragraph, out of
// its story's flow: the page number Word 2003's and WPS's 插入页码 put in
// a footer. It is placed as a float is: across from the page, the margin
// or the column (hAnchor text), down from the page, the margin or where
// the paragraph would stand (vAnchor text), by offset or alignment.
// Width is the frame's, in mm; 0 for its text's.
type Frame struct {
	Float
	Width float64
}

// readFrame is a header's or footer's paragraph's frame, from its pPr;
// nil for none, and for a drop cap, which is listed.
func readFrame(pPr string) *Frame {
	i := next(pPr, "w:framePr", 0)
	if i < 0 {
		return nil
	}
	tag := tagOf(pPr[i:])
	if d := attr(tag, "w:dropCap"); d == "drop" || d == "margin" {
		return nil
	}
	mm := func(name string) float64 {
		n, _ := strconv.ParseFloat(attr(tag, name), 64)
		return n * 25.4 / 1440
	}
	from := func(anchor string) string {
		return map[string]string{"margin": "margin", "text": "text"}[anchor]
	}
	f := &Frame{Width: mm("w:w")}
	f.FromX = cmp.Or(from(attr(tag, "w:hAnchor")), "page")
	if f.FromX == "text" {
		f.FromX = "column"
	}
	f.FromY = cmp.Or(from(attr(tag, "w:vAnchor")), "page")
	if f.FromY == "text" {
		f.FromY = "paragraph"
	}
	f.X, f.Y = mm("w:x"), mm("w:y")
	f.AlignX = attr(tag, "w:xAlign")
	if f.AlignY = attr(tag, "w:yAlign"); f.AlignY == "inline" {
		f.AlignY = ""
	}
	return f
}
