package layout

import (
	"encoding/binary"
	"math/bits"
	"sort"
	"testing"

	"github.com/tdewolff/font"

	"jixiao/fonts"
	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// withKern is the TrueType font raw with a kern table (format 0) of one
// pair: left then right moved by value font units. The repository's
// faces have no kerning pairs; a clerk's Latin font may.
func withKern(t *testing.T, raw []byte, left, right rune, value int16) []byte {
	t.Helper()
	sf, err := font.ParseSFNT(raw, 0)
	if err != nil {
		t.Fatal(err)
	}
	kern := binary.BigEndian.AppendUint16(nil, 0)  // version
	kern = binary.BigEndian.AppendUint16(kern, 1)  // one subtable
	kern = binary.BigEndian.AppendUint16(kern, 0)  // its version
	kern = binary.BigEndian.AppendUint16(kern, 20) // its length
	kern = binary.BigEndian.AppendUint16(kern, 1)  // horizontal, format 0
	for _, v := range []uint16{1, 6, 0, 0, sf.GlyphIndex(left), sf.GlyphIndex(right), uint16(value)} {
		kern = binary.BigEndian.AppendUint16(kern, v)
	}
	type table struct {
		tag  string
		data []byte
	}
	n := int(binary.BigEndian.Uint16(raw[4:]))
	tables := []table{{"kern", kern}}
	for i := range n {
		rec := raw[12+16*i:]
		off, size := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		tables = append(tables, table{string(rec[:4]), raw[off : off+size]})
	}
	sort.Slice(tables, func(i, j int) bool { return tables[i].tag < tables[j].tag })
	es := bits.Len(uint(len(tables))) - 1
	out := append([]byte(nil), raw[:4]...)
	for _, v := range []int{len(tables), 16 << es, es, len(tables)*16 - 16<<es} {
		out = binary.BigEndian.AppendUint16(out, uint16(v))
	}
	at := 12 + 16*len(tables)
	var body []byte
	for _, tb := range tables {
		out = append(out, tb.tag...)
		out = binary.BigEndian.AppendUint32(out, 0) // checksum, not checked
		out = binary.BigEndian.AppendUint32(out, uint32(at+len(body)))
		out = binary.BigEndian.AppendUint32(out, uint32(len(tb.data)))
		body = append(body, tb.data...)
		for len(body)%4 != 0 {
			body = append(body, 0)
		}
	}
	return append(out, body...)
}

// TestKerningMovesPairsAsTheFontSays: a run Word kerns from a size below
// its own (w:kern) sets each pair the font kerns closer by the pair's
// amount, and its text is that much narrower; from a size above its own,
// and without w:kern, it is set at its advances.
func TestKerningMovesPairsAsTheFontSays(t *testing.T) {
	kerned := withKern(t, fonts.SerifRegular, 'A', 'V', -200)
	opt := testOptions(t)
	opt.Fonts = FontSet{Roles: map[string][]byte{"fangsong": kerned, "song": kerned, "xiaobiaosong": kerned, "hei": kerned, "kai": kerned}, Fallback: kerned}
	lay := func(rPr string) *renderer {
		doc, err := wordmodel.Read(rt.Docx(t, rt.Para(rt.Word.Run(rPr, "AVA"), rt.Word.Run(`<w:color w:val="FF0000"/>`, "x")), "", nil))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Layout(doc, opt); err != nil {
			t.Fatal(err) // the font with its kern table embeds
		}
		r, err := layout(doc, opt)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	plain, tooSmall, kernedRun := lay(""), lay(`<w:kern w:val="64"/>`), lay(`<w:kern w:val="2"/>`)
	a := textOp(t, kernedRun, "A")
	size := a.size * ptToMM
	pair := -200 / a.face.font.upem * size
	advance := float64(a.face.glyph('A').advance) / a.face.font.upem * size
	if v := textOp(t, kernedRun, "V"); !near(v.x-a.x, advance+pair) {
		t.Errorf("V %.3f mm after A, want its advance %.3f and the pair's %.3f", v.x-a.x, advance, pair)
	}
	after := func(r *renderer) float64 { return textOp(t, r, "x").x }
	if d := after(kernedRun) - after(plain); !near(d, pair) {
		t.Errorf("the kerned run is %.3f mm shorter, want %.3f (the pair A V once; V A has none)", -d, -pair)
	}
	if after(tooSmall) != after(plain) || len(kindOf(plain, opText)) != len(kindOf(tooSmall, opText)) {
		t.Errorf("kerning from 32 pt moved 16 pt text")
	}
}

// TestCellsAreKernedAsTheBody: a cell whose runs Word kerns (all of
// them, as a document kerning everything from 1 pt has it, or one run
// among plain ones) sets the font's pairs closer as a body paragraph
// does, its text after them that much further left; a cell without
// w:kern keeps its advances.
func TestCellsAreKernedAsTheBody(t *testing.T) {
	kerned := withKern(t, fonts.SerifRegular, 'A', 'V', -200)
	opt := testOptions(t)
	opt.Fonts = FontSet{Roles: map[string][]byte{"fangsong": kerned, "song": kerned, "xiaobiaosong": kerned, "hei": kerned, "kai": kerned}, Fallback: kerned}
	cell := func(runs ...string) string { return rt.Word.Cell(3000, "", "", rt.Para(runs...)) }
	kern := `<w:kern w:val="2"/>`
	body := rt.Table([]int{3000, 3000, 3000},
		cell(rt.Word.Run(kern, "AVA"), rt.Word.Run(kern, " x")),
		cell(rt.Word.Run(kern+`<w:color w:val="FF0000"/>`, "AVA"), rt.Word.Run("", " y")),
		cell(rt.Word.Run("", "AVA"), rt.Word.Run("", " z")))
	doc, err := wordmodel.Read(rt.Docx(t, body, "", nil))
	if err != nil {
		t.Fatal(err)
	}
	r, err := layout(doc, opt)
	if err != nil {
		t.Fatal(err)
	}
	a := opStarting(t, r.ops, "A")
	pair := -200 / a.face.font.upem * a.size * ptToMM
	// Where the text after AVA stands in its cell, the cells 3000 twips
	// apart.
	in := func(i int, end string) float64 { return textEnding(t, r.ops, end).x - twips(3000*i) }
	if d := in(0, "x") - in(2, "z"); !near(d, pair) {
		t.Errorf("a cell all kerned: x %.3f mm from the plain cell's z, want %.3f", d, pair)
	}
	if d := in(1, "y") - in(2, "z"); !near(d, pair) {
		t.Errorf("a kerned run in a cell: y %.3f mm from the plain cell's z, want %.3f", d, pair)
	}
	if len(textOps(r.ops, "V")) != 2 {
		t.Errorf("%d kerned V drawn alone, want 2", len(textOps(r.ops, "V")))
	}
}
