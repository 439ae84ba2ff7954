package wordmodel

import (
	"strconv"
	"strings"

	"jixiao/pipeline/wordxml"
)

// Column is one of a section's text columns (分栏): its width and the
// gap after it to the next, in mm.
type Column struct{ Width, Space float64 }

// defaultColumnSpace is the gap between columns where w:cols names none:
// the spec's 720 twips (Word writes its own 425 in a Chinese template).
const defaultColumnSpace = 720

// readColumns reads a sectPr's w:cols into s: equal columns sharing the
// text block's width (w:num, w:space), or, where w:equalWidth is off and
// w:col children give them, each column's own width and gap, as Word, WPS
// and LibreOffice write either; w:sep draws a line between them. One
// column leaves s.Columns nil. Whether the section starts on the page the
// last one ends on (w:type continuous) is read with them: the columns of
// the section before it are then balanced. Any other section starts a
// page, an odd- or even-numbered one where w:type says oddPage or
// evenPage (Parity).
func readColumns(sect string, s *Section) {
	switch v, _ := wordxml.Val(sect, "w:type"); v {
	case "continuous":
		s.Continuous = true
	case "oddPage":
		s.Parity = "odd"
	case "evenPage":
		s.Parity = "even"
	}
	i := next(sect, "w:cols", 0)
	if i < 0 {
		return
	}
	el := sect[i:]
	tag := el[:strings.IndexByte(el, '>')]
	if !strings.HasSuffix(tag, "/") {
		el = sect[i:end(sect, i, "w:cols")]
	} else {
		el = tag
	}
	twips := func(v string, def float64) float64 {
		if n, err := parseFloat(v); err == nil {
			return n * 25.4 / 1440
		}
		return def * 25.4 / 1440
	}
	space := twips(attr(tag, "w:space"), defaultColumnSpace)
	var cols []Column
	// equalWidth is on unless it says off; Word writes w:col children
	// only when it is.
	if eq := attr(tag, "w:equalWidth"); eq == "0" || eq == "false" || eq == "off" {
		for k := next(el, "w:col", 0); k >= 0; k = next(el, "w:col", k+1) {
			c := el[k : k+strings.IndexByte(el[k:], '>')]
			cols = append(cols, Column{Width: twips(attr(c, "w:w"), 0), Space: twips(attr(c, "w:space"), 0)})
		}
	}
	if len(cols) == 0 {
		n, _ := strconv.Atoi(attr(tag, "w:num"))
		block := s.Width - s.Left - s.Right
		for k := range n {
			cols = append(cols, Column{Width: (block - float64(n-1)*space) / float64(n), Space: space})
			if k == n-1 {
				cols[k].Space = 0
			}
		}
	}
	if len(cols) < 2 {
		return
	}
	cols[len(cols)-1].Space = 0
	s.Columns = cols
	sep := attr(tag, "w:sep")
	s.ColumnLine = sep == "1" || sep == "true" || sep == "on"
}
