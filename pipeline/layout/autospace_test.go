package layout

import (
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
	st "jixiao/pipeline/wordmodel/shapetest"
	"jixiao/pipeline/wordmodel/storytest"
)

// spacedPara is a body paragraph off the template's character grid
// (w:snapToGrid w:val="0", as a clerk's paragraph in a document without
// a grid) with pPr's 中文版式 settings, holding text in 16 pt.
func spacedPara(pPr, text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:snapToGrid w:val="0"/>` + pPr +
		`<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>` +
		`<w:r><w:rPr><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// TestChineseMeetingLatinOrDigitsGetsRoom: 自动调整中文与西文的间距 and
// 中文与数字的间距, on where Word writes nothing, put a fifth of the type's
// size (3.2 pt at 16 pt) where a Chinese character meets a Latin word or
// a number, as LibreOffice sets it; w:autoSpaceDE/DN w:val="0" in the
// paragraph take it away, each for its own kind; a full-width mark takes
// none.
func TestChineseMeetingLatinOrDigitsGetsRoom(t *testing.T) {
	const gap = 3.2 * ptToMM
	for _, c := range []struct {
		name, pPr, text string
		rooms           []float64
	}{
		{"Latin", "", "中文abc中文", []float64{gap, gap}},
		{"digits", "", "共15个", []float64{gap, gap}},
		{"a year", "", "2023年", []float64{gap}},
		{"Latin off", `<w:autoSpaceDE w:val="0"/>`, "中文abc中文", nil},
		{"digits kept with Latin off", `<w:autoSpaceDE w:val="0"/>`, "共15个", []float64{gap, gap}},
		{"digits off", `<w:autoSpaceDN w:val="0"/>`, "共15个", nil},
		{"Latin kept with digits off", `<w:autoSpaceDN w:val="0"/>`, "中文abc中文", []float64{gap, gap}},
		{"both off", `<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`, "共15个abc", nil},
		{"on", `<w:autoSpaceDE/><w:autoSpaceDN w:val="1"/>`, "共15个", []float64{gap, gap}},
		{"marks", "", "（2023）", nil},
	} {
		_, r := laidShapes(t, st.Docx(t, spacedPara(c.pPr, c.text), nil))
		if got := textRooms(r); !nearSlice(got, c.rooms) {
			t.Errorf("%s: %q has room %.3f mm between its stretches, want %.3f", c.name, c.text, got, c.rooms)
		}
	}
}

// textRooms is the room, mm, between each text operation of the first
// line and the glyph advances of the one before it (none where they are
// drawn as one).
func textRooms(r *renderer) []float64 {
	var rooms []float64
	var last *op
	for i := range r.ops {
		o := &r.ops[i]
		if o.kind != opText {
			continue
		}
		if last != nil && !near(o.y, last.y) {
			break
		}
		if last != nil {
			if room := o.x - last.x - last.face.width(last.text, last.size); !near(room, 0) {
				rooms = append(rooms, room)
			}
		}
		last = o
	}
	return rooms
}

func nearSlice(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !near(a[i], b[i]) {
			return false
		}
	}
	return true
}

// TestCharactersOnTheGridGetNoRoom: in a paragraph set on the template's
// character grid (指定行和字符网格) the grid's cells space the Chinese
// characters, and LibreOffice adds no room beside them: the seed
// document's body keeps its lines.
func TestCharactersOnTheGridGetNoRoom(t *testing.T) {
	para := func(pPr string) string {
		return `<w:p><w:pPr><w:pStyle w:val="Normal"/>` + pPr + `</w:pPr>` + st.Text("共15个项目abc") + `</w:p>`
	}
	_, on := laidShapes(t, st.Docx(t, para(""), nil))
	_, off := laidShapes(t, st.Docx(t, para(`<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`), nil))
	if a, b := textOp(t, on, "abc").x, textOp(t, off, "abc").x; !near(a, b) {
		t.Errorf("on the grid abc stands at %.3f mm, %.3f without autospace", a, b)
	}
}

// wide sets s's digits full-width (０１): a fixture's “第01行” drawn as
// one text operation, with no room between its digits and its Chinese.
func wide(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '０'
		}
		return r
	}, s)
}

// narrow undoes wide.
func narrow(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// noDigitRoom is the pPr of a fixture's paragraph “第 PAGE 页”, its
// number's field drawn as one text operation with its words.
const noDigitRoom = `<w:pPr><w:autoSpaceDN w:val="0"/></w:pPr>`

// TestAHeaderGetsTheRoomToo: a header's paragraph, off the grid as Word
// sets headers, has the room between 第 and 3 and between 3 and 季度;
// unticked in its pPr it has none.
func TestAHeaderGetsTheRoomToo(t *testing.T) {
	const gap = 2.1 * ptToMM // 10.5 pt
	w := storytest.Word
	for _, c := range []struct {
		pPr   string
		rooms []float64
	}{
		{"", []float64{gap, gap}},
		{`<w:autoSpaceDN w:val="0"/>`, nil},
	} {
		header := storytest.Para(w.Header, c.pPr, rt.Word.Run(`<w:sz w:val="21"/>`, "第3季度"))
		_, r := laidShapes(t, w.Docx(t, st.Para(st.Text("正文")), header, ""))
		if got := textRooms(r); !nearSlice(got, c.rooms) {
			t.Errorf("%q: the header's 第3季度 has room %.3f mm, want %.3f", c.pPr, got, c.rooms)
		}
	}
}
