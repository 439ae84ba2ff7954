package layout

import (
	"cmp"
	"strings"
	"unicode"

	"jixiao/pipeline/wordmodel"
)

// A single line is as tall as Word makes it for the face its text is in,
// not for the face this layout draws it with (doc.go, "How tall a line
// is"). Word takes a face's line from its Windows metrics: OS/2
// usWinAscent + usWinDescent, plus the external leading GDI reports, the
// hhea line gap less what the Windows extent already exceeds the hhea
// extent by (never negative). The Chinese GB2312 faces Windows ships have
// an em-square extent (SimSun's 220 + 36 of 256 units), and Word sets
// their single line at 1.3 of the size (小四 12 pt: 15.6 pt, the figure
// every Chinese Word manual quotes and this layout was measured with).
//
// faceLines is every face the layout knows by name: its single line and
// its ascent, in ems of the type size; a face not in it is measured from
// the font that draws it (loaded.single). The ascent is where LibreOffice
// sets a line's type (its hhea ascender and line gap over the baseline,
// measured with its PDFs of Liberation Serif and Carlito, baseline.go);
// 0 where the type sits by the metrics of the font that draws it, as the
// Chinese faces do (measured with Noto Serif CJK drawn by both). Names
// are compared without case, spaces or underscores, so 仿宋_GB2312,
// FangSong_GB2312 and "Times New Roman" in any spelling match; a prefix
// entry (ending in *) matches a family.
var faceLines = []struct {
	m     faceMetrics
	names string // |-separated
}{
	// The GB2312 faces of Windows and of WPS (em-square metrics, 1.3).
	{faceMetrics{singleLine, 0}, "宋体|SimSun|新宋体|NSimSun|仿宋|FangSong|仿宋_GB2312|FangSong_GB2312|" +
		"楷体|KaiTi|楷体_GB2312|KaiTi_GB2312|黑体|SimHei|隶书|LiSu|幼圆|YouYuan"},
	// 方正's faces (方正小标宋简体, 方正仿宋_GBK …) have the same
	// em-square extent (ascent 880, descent 120 of 1,000 units).
	{faceMetrics{singleLine, 0}, "方正*|FZ*"},
	// Microsoft YaHei (msyh.ttc): usWinAscent 2167, usWinDescent 536,
	// hhea line gap 0, of 2048 units.
	{faceMetrics{1.3198, 1.0581}, "微软雅黑|Microsoft YaHei|Microsoft YaHei UI"},
	// DengXian (Deng.ttf, Office 2016's Chinese body face): Word's single
	// line measured at 1.30 of the size (issue #23).
	{faceMetrics{1.30, 0}, "等线|DengXian|等线 Light|DengXian Light"},
	// Times New Roman: usWinAscent 1825, usWinDescent 443, hhea line gap
	// 87, of 2048 units (also @capsizecss/metrics' timesNewRoman; the
	// metric-compatible Liberation Serif 2.1 has the same): 13.8 pt at 12;
	// its type 1825 + 87 over the baseline.
	{faceMetrics{1.1499, 0.9336}, "Times New Roman|TimesNewRoman|Times"},
	// Arial: usWinAscent 1854, usWinDescent 434, hhea line gap 67, of 2048
	// (the same in Liberation Sans 2.1); its type 1854 + 67 over the
	// baseline.
	{faceMetrics{1.1499, 0.9380}, "Arial"},
	// Calibri: usWinAscent 1950, usWinDescent 550, of 2048; its hhea gap
	// 452 is inside that extent (the same in Carlito): 13.43 pt at 11; its
	// type its hhea ascender 1536 and gap 452 over the baseline.
	{faceMetrics{1.2207, 0.9707}, "Calibri|Calibri Light"},
	// Cambria: usWinAscent 1946, usWinDescent 455, hhea line gap 0, of 2048.
	{faceMetrics{1.1724, 0.9502}, "Cambria"},
	// Courier New: usWinAscent 1705, usWinDescent 615, of 2048 (the same
	// in Liberation Mono 2.1).
	{faceMetrics{1.1328, 0.8325}, "Courier New|Courier"},
	// Verdana 2059 + 430, Georgia 1878 + 449, Segoe UI 2210 + 514, of 2048,
	// no line gap (@capsizecss/metrics; their Windows extent is the same).
	{faceMetrics{1.2153, 1.0054}, "Verdana"},
	{faceMetrics{1.1362, 0.9170}, "Georgia"},
	{faceMetrics{1.3301, 1.0791}, "Segoe UI"},
}

// faceMetrics are a face's single line and the ascent its type stands
// at in its line, in ems; ascent 0: the drawing font's.
type faceMetrics struct{ single, ascent float64 }

// faceLine is the single line of the face named name, in ems; false for
// a face not in faceLines.
func faceLine(name string) (faceMetrics, bool) {
	key := faceKey(name)
	if key == "" {
		return faceMetrics{}, false
	}
	for _, f := range faceLines {
		for n := range strings.SplitSeq(f.names, "|") {
			n = faceKey(n)
			if prefix, ok := strings.CutSuffix(n, "*"); ok && strings.HasPrefix(key, prefix) || n == key {
				return f.m, true
			}
		}
	}
	return faceMetrics{}, false
}

// faceKey is a face's name as faceLines compares it.
func faceKey(name string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '_' {
			return -1
		}
		return unicode.ToLower(r)
	}, name)
}

// faceSingle is the metrics of the face named name whose text this
// layout draws in drawn: the table's, else drawn's own single line. The
// answers are kept: runs name a few faces many times.
func (r *renderer) faceSingle(name string, drawn *face) faceMetrics {
	m, seen := r.singles[name]
	if !seen {
		m, _ = faceLine(name) // zero: not in the table
		if r.singles == nil {
			r.singles = map[string]faceMetrics{}
		}
		r.singles[name] = m
	}
	if m.single == 0 {
		return faceMetrics{single: drawn.font.single}
	}
	return m
}

// nameFaces gives units, a run's, the single lines of the faces the run
// names for their text (faceSingle): each unit that of the font its
// characters are set in (scripts.go), drawn in that slot's face of
// faces. A face the run does not name is left to its paragraph or cell.
func (r *renderer) nameFaces(units []unit, run wordmodel.Run, faces *scriptFaces) {
	names := [4]string{slotASCII: run.LatinFont, slotOther: cmp.Or(run.OtherFont, run.LatinFont), slotEast: run.Font, slotComplex: run.ComplexFont}
	var ms [4]faceMetrics
	var known [4]bool
	for i := range units {
		_, s := faces.face(units[i].text)
		if !known[s] {
			if names[s] != "" {
				ms[s] = r.faceSingle(names[s], faces.by[s])
			}
			known[s] = true
		}
		units[i].single, units[i].ascent = float32(ms[s].single), float32(ms[s].ascent)
	}
}

// naturalLine is the single line of a line of units set in sizePt, in
// mm, and the size and face of the text that makes it: its tallest
// text's, each unit at its own size and in its own face (ea and latin are
// those of a unit naming none, by its script); 0, 0 for a line of no
// text. Spaces and a superscript or subscript, set smaller than its run,
// do not count: a line of one (a cell's ¹) stays its paragraph's.
func naturalLine(line []unit, sizePt float64, ea, latin faceMetrics) (natural, size float64, m faceMetrics) {
	for _, u := range line {
		if u.img != nil || u.space || u.text == "" || u.deco != nil && u.deco.rise != 0 {
			continue
		}
		um := faceMetrics{float64(u.single), float64(u.ascent)}
		if um.single == 0 {
			um = latin
			if isWide(u.text) {
				um = ea
			}
		}
		s := sizePt * cmp.Or(u.scale, 1)
		if n := s * ptToMM * um.single; n > natural {
			natural, size, m = n, s, um
		}
	}
	return natural, size, m
}

// cellSingles are the single lines, in ems, of the East Asian and the
// Latin face all of c's text is in, drawn in face; the roles' where its
// runs differ or name none, its Latin text then taking the East Asian
// face's.
func (r *renderer) cellSingles(c wordmodel.Cell, face *face) [2]faceMetrics {
	ea := faceMetrics{single: singleLine}
	if c.Font != "" {
		ea = r.faceSingle(c.Font, face)
	}
	latin := ea
	if c.LatinFont != "" {
		latin = r.faceSingle(c.LatinFont, face)
	}
	return [2]faceMetrics{ea, latin}
}
