package wordmodel

import (
	"cmp"
	"math/bits"
	"strconv"
)

// Pattern is a shape's pattern fill (a:pattFill, VML's v:fill of type
// pattern): a cell of 8 by 8 dots, a row a byte from the top, its
// leftmost dot the high bit, each set dot in Fg and the rest in Bg,
// repeated across the shape at Office's 96 dots to the inch.
type Pattern struct {
	Rows   [8]byte
	Fg, Bg string
}

// patternCells are the preset patterns (a:pattFill's prst) drawn: the
// percentages as ordered dots of that share, the lines, grids and
// checks as Office's 图案 gallery shows them. Others (bricks,
// confetti, diamonds, weave, plaid, shingle, sphere, divot, trellis,
// wave, zigzag and the dashed lines) are refused.
var patternCells = map[string][8]byte{
	"horz": {0xFF}, "ltHorz": {0xFF, 0, 0, 0, 0xFF}, "narHorz": {0xFF, 0, 0xFF, 0, 0xFF, 0, 0xFF}, "dkHorz": {0xFF, 0xFF, 0, 0, 0xFF, 0xFF},
	"vert": repeatRow(0x80), "ltVert": repeatRow(0x88), "narVert": repeatRow(0xAA), "dkVert": repeatRow(0xCC),
	"dnDiag": diagonal(0x80, false), "ltDnDiag": diagonal(0x88, false), "dkDnDiag": diagonal(0xCC, false), "wdDnDiag": diagonal(0xE0, false),
	"upDiag": diagonal(0x80, true), "ltUpDiag": diagonal(0x88, true), "dkUpDiag": diagonal(0xCC, true), "wdUpDiag": diagonal(0xE0, true),
	"cross": {0xFF, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80}, "smGrid": {0xFF, 0x88, 0x88, 0x88, 0xFF, 0x88, 0x88, 0x88},
	"lgGrid":  {0xFF, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80},
	"smCheck": {0xCC, 0xCC, 0x33, 0x33, 0xCC, 0xCC, 0x33, 0x33}, "lgCheck": {0xF0, 0xF0, 0xF0, 0xF0, 0x0F, 0x0F, 0x0F, 0x0F},
	"diagCross": orRows(diagonal(0x80, false), diagonal(0x80, true)),
}

func init() {
	for _, n := range []int{5, 10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90} {
		patternCells["pct"+strconv.Itoa(n)] = dots(n)
	}
}

func repeatRow(b byte) (r [8]byte) {
	for i := range r {
		r[i] = b
	}
	return r
}

// diagonal is a row's dots moved one to the right each row down (up:
// to the left), a line from the top left down to the right.
func diagonal(b byte, up bool) (r [8]byte) {
	for i := range r {
		if up {
			r[i] = bits.RotateLeft8(b, i)
		} else {
			r[i] = bits.RotateLeft8(b, -i)
		}
	}
	return r
}

func orRows(a, b [8]byte) (r [8]byte) {
	for i := range r {
		r[i] = a[i] | b[i]
	}
	return r
}

// bayer is the 8 by 8 ordered-dither matrix: dot (x, y) is among the
// first bayer[y][x] of 64 to be set as a share grows, spread evenly.
var bayer = [8][8]int{
	{0, 32, 8, 40, 2, 34, 10, 42}, {48, 16, 56, 24, 50, 18, 58, 26}, {12, 44, 4, 36, 14, 46, 6, 38}, {60, 28, 52, 20, 62, 30, 54, 22},
	{3, 35, 11, 43, 1, 33, 9, 41}, {51, 19, 59, 27, 49, 17, 57, 25}, {15, 47, 7, 39, 13, 45, 5, 37}, {63, 31, 55, 23, 61, 29, 53, 21},
}

// dots is a cell with pct percent of its dots set, evenly spread.
func dots(pct int) (r [8]byte) {
	n := (pct*64 + 50) / 100
	for y := range r {
		for x := range 8 {
			if bayer[y][x] < n {
				r[y] |= 0x80 >> x
			}
		}
	}
	return r
}

// pattern reads an a:pattFill: its preset and its two colours (black
// on white where it names none).
func (s *sheet) pattern(el string) (*Pattern, string) {
	prst := attr(startTag(el, 0), "prst")
	cell, ok := patternCells[prst]
	if !ok {
		return nil, "的图案“" + prst + "”无法显示"
	}
	p := &Pattern{Rows: cell, Fg: "000000", Bg: "FFFFFF"}
	for _, side := range []struct {
		name string
		to   *string
	}{{"a:fgClr", &p.Fg}, {"a:bgClr", &p.Bg}} {
		if i := next(el, side.name, 0); i >= 0 {
			c, _, why := s.fillColor(el[i:end(el, i, side.name)])
			if why != "" || c == "" {
				return nil, cmp.Or(why, "的图案颜色无法识别")
			}
			*side.to = c
		}
	}
	return p, ""
}
