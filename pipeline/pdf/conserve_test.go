package pdf

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
)

// The content-conservation check: every character a reader of the
// document sees reaches our pages, in order, every picture is drawn, and
// no hidden text is. The document is read here by a deliberately simple
// walk of its XML that shares nothing with wordmodel, so that a loss in
// the reader cannot hide itself in the check.

// visible is what the independent reader found in a document.
type visible struct {
	// streams are runs of text that must appear in order: the body, each
	// header, footer, notes part and text box on its own, since they are
	// drawn elsewhere on the page than where they stand in the XML.
	streams []textStream
	// hidden are the texts of runs marked w:vanish.
	hidden []string
	// pictures are the bytes of every picture a blip or a VML imagedata
	// embeds, by its part's name.
	pictures map[string][]byte
}

type textStream struct {
	where string
	text  []rune
}

// anyChar stands for a character the simple reader cannot name (a symbol
// of a font it has no table for): it matches whatever is drawn.
const anyChar = unicode.ReplacementChar

// symbols are the Wingdings characters clerks put in forms, as Word's
// 插入符号 writes them.
var symbols = map[string]rune{"F0FE": '☑', "F0A8": '☐', "F0FD": '☒', "F06F": '□', "F0FC": '✓'}

// symbolRunes is a w:t's text with a symbol font's private-use
// characters (LibreOffice saves Wingdings' ☑ as U+F0FE in w:t, not as
// w:sym) named as the symbols table names them.
func symbolRunes(s string) []rune {
	rs := []rune(s)
	for i, r := range rs {
		if r >= 0xF020 && r <= 0xF0FF {
			if named, ok := symbols[fmt.Sprintf("%04X", r)]; ok {
				rs[i] = named
			} else {
				rs[i] = anyChar
			}
		}
	}
	return rs
}

// pageFields are fields whose result is the page they stand on, which
// our layout writes anew: their saved result is not content.
var pageFields = map[string]bool{"PAGE": true, "NUMPAGES": true, "SECTIONPAGES": true, "PAGEREF": true}

// readVisible reads docx's document, headers, footers and notes.
func readVisible(docx []byte) (*visible, error) {
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		return nil, err
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		parts[f.Name], err = io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
	}
	v := &visible{pictures: map[string][]byte{}}
	var names []string
	for name := range parts {
		base := path.Base(name)
		if path.Dir(name) == "word" && (base == "document.xml" || base == "footnotes.xml" || base == "endnotes.xml" ||
			strings.HasPrefix(base, "header") || strings.HasPrefix(base, "footer")) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		rels := relTargets(parts[path.Join("word/_rels", path.Base(name)+".rels")])
		if err := v.walk(name, parts[name], func(id string) {
			if target, ok := rels[id]; ok {
				full := path.Join("word", target)
				v.pictures[full] = parts[full]
			}
		}); err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
	return v, nil
}

// relTargets maps a rels part's ids to their targets.
func relTargets(raw []byte) map[string]string {
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	xml.Unmarshal(raw, &rels)
	out := map[string]string{}
	for _, r := range rels.Rel {
		out[r.ID] = r.Target
	}
	return out
}

// field is a complex or simple field the walk is inside.
type field struct {
	instr  string
	result bool
}

func (f field) page() bool {
	words := strings.Fields(f.instr)
	return f.result && len(words) > 0 && pageFields[strings.ToUpper(words[0])]
}

// walk reads one part's text into streams, a text box's into one of its
// own; embed is told each picture's relationship id.
func (v *visible) walk(name string, raw []byte, embed func(id string)) error {
	d := xml.NewDecoder(bytes.NewReader(raw))
	var (
		stack   []string
		fields  []field
		open    = []int{len(v.streams)} // the streams being written, innermost last
		hidden  bool                    // the current run is w:vanish
		hideRun strings.Builder
		boxes   int
		skip    int // depth inside mc:Fallback, which repeats mc:Choice
	)
	v.streams = append(v.streams, textStream{where: name})
	add := func(r ...rune) {
		s := &v.streams[open[len(open)-1]]
		s.text = append(s.text, r...)
	}
	inPage := func() bool {
		for _, f := range fields {
			if f.page() {
				return true
			}
		}
		return false
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch el := tok.(type) {
		case xml.StartElement:
			stack = append(stack, el.Name.Local)
			attr := func(local string) string {
				for _, a := range el.Attr {
					if a.Name.Local == local {
						return a.Value
					}
				}
				return ""
			}
			if skip > 0 || el.Name.Local == "Fallback" {
				skip++
				continue
			}
			parent := ""
			if len(stack) > 2 {
				parent = stack[len(stack)-3]
			}
			switch el.Name.Local {
			case "r":
				hidden = false
			case "vanish":
				if parent == "r" && attr("val") != "0" && attr("val") != "false" {
					hidden = true
				}
			case "txbxContent":
				boxes++
				open = append(open, len(v.streams))
				v.streams = append(v.streams, textStream{where: fmt.Sprintf("%s 文本框 %d", name, boxes)})
			case "fldChar":
				switch attr("fldCharType") {
				case "begin":
					fields = append(fields, field{})
				case "separate":
					if len(fields) > 0 {
						fields[len(fields)-1].result = true
					}
				case "end":
					if len(fields) > 0 {
						fields = fields[:len(fields)-1]
					}
				}
			case "fldSimple":
				fields = append(fields, field{instr: attr("instr"), result: true})
			case "sym":
				if r, ok := symbols[strings.ToUpper(attr("char"))]; ok && !hidden {
					add(r)
				} else if !hidden {
					add(anyChar)
				}
			case "noBreakHyphen":
				if !hidden && !inPage() {
					add('-')
				}
			case "blip", "imagedata":
				for _, a := range el.Attr {
					if a.Name.Local == "embed" || a.Name.Local == "id" && el.Name.Local == "imagedata" {
						embed(a.Value)
					}
				}
			}
		case xml.EndElement:
			local := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if skip > 0 {
				skip--
				continue
			}
			switch local {
			case "txbxContent":
				open = open[:len(open)-1]
			case "fldSimple":
				fields = fields[:len(fields)-1]
			case "r":
				if hideRun.Len() > 0 {
					v.hidden = append(v.hidden, hideRun.String())
					hideRun.Reset()
				}
			}
		case xml.CharData:
			if skip > 0 || len(stack) == 0 {
				continue
			}
			switch stack[len(stack)-1] {
			case "t":
				if hidden {
					hideRun.Write(el)
				} else if !inPage() {
					add(symbolRunes(string(el))...)
				}
			case "instrText":
				if len(fields) > 0 {
					fields[len(fields)-1].instr += string(el)
				}
			}
		}
	}
}

// drawn is what our layout put on its pages: the text of every glyph
// run in drawing order, and the bytes and names of every picture: one
// cut or recoloured at load (wordmodel's develop) no longer has its
// part's bytes and is found by its name.
type drawn struct {
	text      []rune
	pictures  [][]byte
	developed []string
}

func layDrawn(t *testing.T, doc *wordmodel.Document) drawn {
	t.Helper()
	laid, err := layout.Layout(doc, testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	var d drawn
	laid.Pages(func(p layout.Page) error {
		for _, it := range p.Items {
			switch {
			case it.Kind == layout.Glyphs && !it.Copy: // a shadow's copy is no text
				d.text = append(d.text, []rune(it.Text)...)
			case it.Image != nil:
				d.pictures = append(d.pictures, it.Image.Data)
				d.developed = append(d.developed, it.Image.Name)
			}
		}
		return nil
	})
	return d
}

// fold makes text comparable: no white space, letters in upper case
// (w:caps draws them so), every hyphen the ASCII one (a non-breaking
// hyphen is drawn as U+2011).
func fold(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for _, r := range rs {
		switch {
		case unicode.IsSpace(r):
		case r == '\u2011' || r == '\u2010' || r == '\u00AD':
			out = append(out, '-')
		default:
			out = append(out, unicode.ToUpper(r))
		}
	}
	return out
}

// conserved lists what of v is missing from d, or drawn although hidden;
// undrawn are pictures' names lint lists as not drawn.
func conserved(v *visible, d drawn, undrawn []string) []string {
	var problems []string
	ours := fold(d.text)
	for _, s := range v.streams {
		want, at, missing := fold(s.text), 0, 0
		for i, r := range want {
			k := -1
			for j := at; j < len(ours); j++ {
				if ours[j] == r || r == anyChar {
					k = j
					break
				}
			}
			if k < 0 {
				if missing < 3 {
					problems = append(problems, fmt.Sprintf("%s：“%s【%c】%s”中的“%c”没有画出", s.where,
						string(want[max(0, i-8):i]), r, string(want[i+1:min(len(want), i+8)]), r))
				}
				missing++
				continue
			}
			at = k + 1
		}
	}
	var shown strings.Builder
	for _, s := range v.streams {
		shown.WriteString(string(fold(s.text)))
	}
	for _, h := range v.hidden {
		// Hidden text that is also shown (a REF's hidden result, its
		// bookmark's text) is drawn as often as it is shown.
		if f := string(fold([]rune(h))); len([]rune(f)) > 1 && strings.Count(string(ours), f) > strings.Count(shown.String(), f) {
			problems = append(problems, fmt.Sprintf("隐藏文字“%s”画进了 PDF", h))
		}
	}
next:
	for _, name := range slices.Sorted(maps.Keys(v.pictures)) {
		for _, p := range d.pictures {
			if samePicture(p, v.pictures[name]) {
				continue next
			}
		}
		if slices.Contains(d.developed, path.Base(name)) {
			continue
		}
		for _, u := range undrawn {
			if strings.Contains(u, path.Base(name)) {
				continue next
			}
		}
		problems = append(problems, fmt.Sprintf("图片 %s 没有画出，lint 也未列出", name))
	}
	return problems
}

// TestNoFeatureLosesContent: for every fixture of the corpus, what Word
// shows reaches our pages and what it hides does not.
func TestNoFeatureLosesContent(t *testing.T) {
	var report []string
	for _, f := range allFeatures(t) {
		docx := f.docx(t)
		v, err := readVisible(docx)
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		doc, err := wordmodel.Read(docx)
		if err != nil {
			report = append(report, f.name+": "+err.Error())
			continue
		}
		var undrawn []string
		for _, u := range doc.Undrawn {
			undrawn = append(undrawn, u.What)
		}
		for _, p := range conserved(v, layDrawn(t, doc), undrawn) {
			report = append(report, f.name+": "+p)
		}
	}
	if len(report) > 0 {
		t.Errorf("%d losses:\n%s", len(report), strings.Join(report, "\n"))
	}
}

// The check finds a lost character, a lost picture and hidden text drawn.
func TestConservedFindsLosses(t *testing.T) {
	v := &visible{streams: []textStream{{where: "word/document.xml", text: []rune("甲乙 丙")}}, hidden: []string{"隐藏"},
		pictures: map[string][]byte{"word/media/image1.png": []byte("png")}}
	if got := conserved(v, drawn{text: []rune("甲乙丙"), pictures: [][]byte{[]byte("png")}}, nil); len(got) != 0 {
		t.Errorf("all drawn, yet: %v", got)
	}
	if got := conserved(v, drawn{text: []rune("甲乙丙"), pictures: [][]byte{[]byte("cut")}, developed: []string{"image1.png"}}, nil); len(got) != 0 {
		t.Errorf("the picture drawn cropped, yet: %v", got)
	}
	if got := conserved(v, drawn{text: []rune("丙甲乙隐藏")}, nil); len(got) != 3 {
		t.Errorf("丙 out of order, hidden text drawn and the picture lost should be three problems: %v", got)
	}
	if got := conserved(v, drawn{text: []rune("甲乙丙")}, []string{"图片 image1.png"}); len(got) != 0 {
		t.Errorf("a picture lint lists is no loss: %v", got)
	}
}

// As LibreOffice saves them: Wingdings' ☑ as U+F0FE typed in w:t, and a
// REF's result hidden beside its bookmark's shown text.
func TestConservedReadsWhatLibreOfficeSaves(t *testing.T) {
	v := &visible{streams: []textStream{{where: "word/document.xml", text: symbolRunes("\uF0FE已完成财政局")}}, hidden: []string{"财政局"}}
	if string(v.streams[0].text) != "☑已完成财政局" {
		t.Errorf("read %q", string(v.streams[0].text))
	}
	if got := conserved(v, drawn{text: []rune("☑已完成财政局")}, nil); len(got) != 0 {
		t.Errorf("the shown 财政局 is no hidden text drawn: %v", got)
	}
	if got := conserved(v, drawn{text: []rune("☑已完成财政局财政局")}, nil); len(got) != 1 {
		t.Errorf("the hidden 财政局 drawn too should be a problem: %v", got)
	}
}

// The simple reader honours what Word does not show.
func TestReadVisibleSkipsWhatWordHides(t *testing.T) {
	body := para("", run("", "甲"), run(`<w:vanish/>`, "藏"), `<w:del w:id="1" w:author="a"><w:r><w:delText>删</w:delText></w:r></w:del>`, run("", "乙"),
		pageField(), `<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>`, `<w:r><w:noBreakHyphen/></w:r>`, `<w:r><w:softHyphen/></w:r>`,
		`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>选</w:t></mc:Choice><mc:Fallback><w:t>替</w:t></mc:Fallback></mc:AlternateContent></w:r>`)
	v, err := readVisible(feature{name: "t", body: body}.docx(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(v.streams[0].text); got != "甲乙☑-选" || strings.Join(v.hidden, ",") != "藏" {
		t.Errorf("read %q, hidden %q", got, v.hidden)
	}
}

// allFeatures is the whole corpus.
func allFeatures(t testing.TB) []feature {
	all := slices.Concat(
		textFeatures(), pageFeatures(t), moreFeatures(t), pictureFeatures(t),
		sealFeatures(t), boxFeatures(t), effectFeatures(), pageSetupFeatures(t),
		fillFeatures(t),
		scriptFeatures(),
		noteFeatures(t),
		linkedFeatures(t),
		frames3Features(t),
		verticalCellFeatures(t),
		verticalCell2Features(t),
		leaderFeatures(t),
		keepsFeatures(t),
		notes3Features(t),
		wpsFeatures(t),
		lineRuleFeatures(),
		cellFaceFeatures(),
		cellTabFeatures(),
		blurFeatures(t),
		linkedPlacesFeatures(t),
		boxfixFeatures(t),
		innerShadowFeatures(t),
		shapeReflectionFeatures(t),
		autospaceFeatures(),
	)
	seen := map[string]bool{}
	for _, f := range all {
		if seen[f.name] {
			t.Fatalf("two fixtures named %s", f.name)
		}
		seen[f.name] = true
	}
	return all
}
