package wordmodel

import (
	"fmt"
	"path"
	"strings"

	"jixiao/pipeline/wordxml"
)

// Feature is something in a Word document that the PDF does not show: a
// picture, a chart, a footnote. The build refuses a template that has one
// rather than publish a PDF without it.
type Feature struct {
	What  string // 图片 image1.png, 公式, 脚注
	Where string // 第 3 段, 表 1 第 2 行第 3 列, 页眉（header1.xml）
	Text  string // the paragraph's text, by which the clerk finds it
}

// Place is where the feature is, with the start of its paragraph's text.
func (f Feature) Place() string {
	if t := strings.TrimSpace(fieldNames.Replace(f.Text)); t != "" {
		return fmt.Sprintf("%s（“%s”）", f.Where, excerptOf(t, 12))
	}
	return f.Where
}

func (f Feature) String() string { return f.Place() + "：" + f.Message() }

// Message says what the PDF would lack, and what to do.
func (f Feature) Message() string {
	if advice, ok := advised[f.What]; ok {
		return "含" + f.What + "；" + advice
	}
	return "含" + f.What + "，PDF 中不会显示；请从模板中删除，或改用文字表达"
}

func excerptOf(s string, n int) string {
	rs := []rune(s)
	if len(rs) > n {
		return string(rs[:n]) + "…"
	}
	return s
}

// undrawn are the elements the PDF does not draw, each with what the
// clerk calls it; what returns "" for an occurrence that is drawn (a shape
// that is a text box). Drawing a kind of object is removing its entry.
var undrawn = []struct {
	element string
	what    func(s *sheet, el, drawing string) string
}{
	{"pic:pic", (*sheet).picture},
	{"c:chart", named("图表")},
	{"m:oMath", named("公式")},
	{"dgm:relIds", named("SmartArt 图形")},
	{"w:object", named("嵌入对象（OLE）")},
	{"w:footnoteReference", noteShown("脚注", "footnote")},
	{"w:endnoteReference", noteShown("尾注", "endnote")},
}

func named(what string) func(*sheet, string, string) string {
	return func(*sheet, string, string) string { return what }
}

// target is " image1.png" for the relationship the element's attribute
// names; "" where it names none.
func (s *sheet) target(el, attr string) string {
	_, rest, ok := strings.Cut(el, attr)
	if !ok {
		return ""
	}
	id, _, _ := strings.Cut(rest, `"`)
	if t := s.rels[id]; t != "" {
		return " " + path.Base(t)
	}
	return ""
}

// readWhole are the elements whose reader reads their content too: a
// group's members are not read again as lone shapes.
var readWhole = map[string]bool{"wpg:wgp": true, "wpc:wpc": true}

// undrawnNamed indexes undrawn by element name: the reader asks at every
// tag of the document.
var undrawnNamed = map[string]int{}

func init() {
	// Shapes join the table here: a text box's paragraphs are read with
	// it, which a static table's initialisation cannot refer to.
	undrawn = append(undrawn, []struct {
		element string
		what    func(s *sheet, el, drawing string) string
	}{
		{"wps:wsp", (*sheet).drawingShape},
		{"wpg:wgp", (*sheet).drawingGroup},
		{"wpc:wpc", (*sheet).drawingGroup},
		{"w:pict", func(s *sheet, el, _ string) string { return s.vmlShape(el) }},
	}...)
	for k, u := range undrawn {
		undrawnNamed[u.element] = k
	}
}

// undrawnAt reports what the element at p[i] is if the PDF does not draw
// it, and where the reading goes on; "" and i+1 for anything else but a
// group drawn, read whole with its members (groups.go). name is the
// element's; d the drawings of p.
func (s *sheet) undrawnAt(p string, i int, name string, d *drawings) (what string, next int) {
	k, ok := undrawnNamed[name]
	if !ok {
		return "", i + 1
	}
	u := undrawn[k]
	e := end(p, i, u.element)
	if what := u.what(s, p[i:e], d.of(i)); what != "" || readWhole[name] {
		return what, e
	}
	return "", i + 1
}

// drawings finds the wp:anchor or wp:inline element each element of one
// paragraph is in, the elements met in order: it looks back at the
// nearest of each start tag as a search from each element would, but
// reads the paragraph once. A paragraph of 14,450 pictures (found by the
// hunt) was read back to its start for each, for minutes.
type drawings struct {
	p    string
	at   int
	last [2]int // the nearest "<wp:anchor", "<wp:inline" before at; -1 none
}

var drawingNames = [2]string{"wp:anchor", "wp:inline"}

func newDrawings(p string) *drawings { return &drawings{p: p, last: [2]int{-1, -1}} }

// of is the drawing p[i] is in; "" if none. i never goes back.
func (d *drawings) of(i int) string {
	p := d.p
	for k, name := range drawingNames {
		tag := "<" + name
		// A tag across the last place looked at is found from here.
		from := max(0, d.at-len(tag)+1)
		for from < i {
			j := strings.Index(p[from:i], tag)
			if j < 0 {
				break
			}
			d.last[k] = from + j
			from += j + 1
		}
	}
	d.at = max(d.at, i)
	for k, name := range drawingNames {
		if j := d.last[k]; j >= 0 && wordxml.At(p, j, name) {
			if e := end(p, j, name); e > i {
				return p[j:e]
			}
		}
	}
	return ""
}

// relationships reads a part's .rels: Id to Target.
func relationships(rels string) map[string]string {
	out := map[string]string{}
	for _, r := range wordxml.Elements(rels, "Relationship", 0, len(rels)) {
		tag := rels[r.Start : r.Start+strings.IndexByte(rels[r.Start:], '>')]
		out[attr(tag, "Id")] = attr(tag, "Target")
	}
	return out
}

// Undrawn reads a .docx (a template) and returns what it has that the PDF
// does not show, in the order met.
func Undrawn(docx []byte) ([]Feature, error) {
	doc, err := Read(docx)
	if err != nil {
		return nil, err
	}
	return doc.Undrawn, nil
}
