package layout

import (
	"slices"
	"strings"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// placedWord is a word on page 1, mm: its left, its top as poppler reads
// it (0.95 of the size over the baseline) and its right.
type placedWord struct {
	x0, y0, x1 float64
	text       string
}

// wordsBoth are the words of page 1 of docx, LibreOffice's (pdftotext
// -bbox) and ours, read alike: from the baseline, so that the faces' own
// ascents do not count (LibreOffice's PDF gives its faces none).
func wordsBoth(t *testing.T, docx []byte) (lo, ours []placedWord) {
	t.Helper()
	for _, w := range libreOfficeWords(t, docx) {
		if w.page == 1 {
			lo = append(lo, placedWord{w.x0, w.y0, w.x1, w.text})
		}
	}
	for _, o := range kindOf(laidDocx(t, docx), opText) {
		ours = append(ours, placedWord{o.x, o.y - 0.95*o.size*ptToMM, o.x + o.face.width(o.text, o.size), o.text})
	}
	return lo, ours
}

// lineStarts are the left ends of the lines of words holding none of
// skip, by line (words within 1 mm down are one line), top to bottom.
func lineStarts(words []placedWord, skip string) (tops, starts []float64) {
	for _, w := range words {
		if strings.ContainsAny(w.text, skip) || w.y0 > 250 {
			continue
		}
		k := slices.IndexFunc(tops, func(y float64) bool { return nearly(y, w.y0, 1) })
		if k < 0 {
			tops, starts = append(tops, w.y0), append(starts, w.x0)
			continue
		}
		starts[k] = min(starts[k], w.x0)
	}
	return tops, starts
}

// firstWord is the first word that starts with prefix.
func firstWord(t *testing.T, words []placedWord, prefix string) placedWord {
	t.Helper()
	for _, w := range words {
		if strings.HasPrefix(w.text, prefix) {
			return w
		}
	}
	t.Fatalf("no word starts with %q", prefix)
	return placedWord{}
}

// unpunctuated is body text of many lines without punctuation, which
// LibreOffice hangs in the margin at a line's end where the PDF does not.
var unpunctuated = strings.Repeat("沁源县财政局部门整体支出绩效自评报告", 10)

// frameLine is the left and right ends of the words of frame line text
// (characters none of the body has) standing within 1 mm of y0 down.
func frameLine(words []placedWord, text string, y0 float64) (x0, x1 float64) {
	x0, x1 = 1e9, -1e9
	for _, w := range words {
		if strings.ContainsAny(w.text, text) && nearly(w.y0, y0, 1) {
			x0, x1 = min(x0, w.x0), max(x1, w.x1)
		}
	}
	return x0, x1
}

// TestFramesAsLibreOfficeLaysThemOut: a Word 2003 frame beside the text
// (w:wrap around, anchored to the paragraph after it, placed from the
// page) and WPS's centred 红头 frame the text goes under (notBeside,
// exact height, from the page's top) stand where LibreOffice puts them:
// each line's top within 1 mm, its left (its centre where centred: the
// frame's text is off the grid, in LibreOffice's own face, whose width
// is not ours) within 1 mm. The body's lines stand as LibreOffice's do:
// as many, as many beside the frame, each from the same left within 1
// mm, its top within 1 mm, but for those under WPS's frame, which
// LibreOffice puts on the next line of the document grid and the PDF
// right under the frame, as under any float: within one grid line.
// Skipped without LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestFramesAsLibreOfficeLaysThemOut(t *testing.T) {
	word := `<w:framePr w:w="2880" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="7201" w:y="1"/>`
	wps := `<w:framePr w:w="5669" w:h="1134" w:hRule="exact" w:vSpace="113" w:wrap="notBeside" w:vAnchor="page" w:hAnchor="page" w:xAlign="center" w:y="2835"/>`
	for _, tc := range []struct {
		name, body string
		lines      []string
		centred    bool
		under      float64 // how far down a body line may be off
	}{
		{"Word 2003", st.Para(st.Text("前文")) + framedPara(word, "", st.Text("签发：甲乙")) + framedPara(word, "", st.Text("核稿：丙丁")) + st.Para(st.Text(unpunctuated)),
			[]string{"签发：甲乙", "核稿：丙丁"}, false, 1},
		{"WPS", framedPara(wps, `<w:jc w:val="center"/>`, st.Text("晋省厅署")) + framedPara(wps, `<w:jc w:val="center"/>`, st.Text("函件")) + st.Para(st.Text(unpunctuated)),
			[]string{"晋省厅署", "函件"}, true, 10.3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lo, ours := wordsBoth(t, st.Docx(t, tc.body, nil))
			for _, line := range tc.lines {
				first := string([]rune(line)[:1])
				a, b := firstWord(t, ours, first), firstWord(t, lo, first)
				x0, x1 := frameLine(ours, line, a.y0)
				lx0, lx1 := frameLine(lo, line, b.y0)
				x, lx := x0, lx0
				if tc.centred {
					x, lx = (x0+x1)/2, (lx0+lx1)/2
				}
				if !nearly(x, lx, 1) || !nearly(a.y0, b.y0, 1) {
					t.Errorf("the frame's %s at (%.2f, %.2f), LibreOffice's at (%.2f, %.2f)", line, x, a.y0, lx, b.y0)
				}
			}
			skip := strings.Join(tc.lines, "") + "—1"
			tops, starts := lineStarts(ours, skip)
			loTops, loStarts := lineStarts(lo, skip)
			if len(tops) != len(loTops) {
				t.Fatalf("%d body lines at %v, LibreOffice's %d at %v", len(tops), tops, len(loTops), loTops)
			}
			for i := range tops {
				if !nearly(tops[i], loTops[i], max(1, tc.under)) || !nearly(starts[i], loStarts[i], 1) {
					t.Errorf("line %d from (%.2f, %.2f), LibreOffice's from (%.2f, %.2f)", i+1, starts[i], tops[i], loStarts[i], loTops[i])
				}
			}
			// A line beside the frame ends left of it.
			beside := func(words []placedWord, tops []float64) int {
				left := 1e9
				for _, w := range words {
					if strings.ContainsAny(w.text, strings.Join(tc.lines, "")) {
						left = min(left, w.x0)
					}
				}
				n := 0
				for _, y := range tops {
					end := 0.0
					for _, w := range words {
						if nearly(w.y0, y, 1) && !strings.ContainsAny(w.text, skip) {
							end = max(end, w.x1)
						}
					}
					if end < left {
						n++
					}
				}
				return n
			}
			// Under WPS's frame no line is beside it; its text's width is
			// LibreOffice's face's, which is not ours.
			if a, b := beside(ours, tops), beside(lo, loTops); a != b && !tc.centred {
				t.Errorf("%d body lines beside the frame, LibreOffice's %d", a, b)
			}
		})
	}
}
