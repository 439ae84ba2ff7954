package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestArrowheadsAreRead: a:headEnd and a:tailEnd with their sizes, as
// Word writes an arrow it inserts; VML's v:stroke startarrow and endarrow
// (block, classic, open, oval, diamond) with theirs, a v:line drawn from
// right to left keeping its start's arrowhead at its start.
func TestArrowheadsAreRead(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", CX: 1800000, CY: 0}
	ln := `<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:headEnd type="oval" w="sm" len="lg"/><a:tailEnd type="stealth" w="lg" len="med"/></a:ln>`
	vml := func(from, to string) string {
		return st.Pict(`<v:line id="直接箭头连接符 2" style="position:absolute;z-index:251659264" from="` + from + `" to="` + to + `" strokeweight="1pt"><v:stroke startarrow="diamond" startarrowwidth="wide" startarrowlength="short" endarrow="open"/></v:line>`)
	}
	doc := shapeDoc(t, st.Para(st.Text("甲"), st.Run(a.Drawing(1, "直接箭头连接符 1", st.Shape(a, "straightConnector1", "", ln, "", "", "")), ""))+
		st.Para(st.Text("乙"), vml("0,0", "100pt,20pt"))+st.Para(st.Text("丙"), vml("100pt,20pt", "0,0")), nil)
	wantListed(t, doc)
	sh := shapesOf(doc)
	diamond, open := wordmodel.Arrow{Type: "diamond", Width: 5, Length: 2}, wordmodel.Arrow{Type: "arrow", Width: 3, Length: 3}
	if len(sh) != 3 || sh[0].Outline.Head != (wordmodel.Arrow{Type: "oval", Width: 2, Length: 5}) || sh[0].Outline.Tail != (wordmodel.Arrow{Type: "stealth", Width: 5, Length: 3}) ||
		sh[1].Outline.Head != diamond || sh[1].Outline.Tail != open || sh[2].Outline.Head != open || sh[2].Outline.Tail != diamond {
		for _, s := range sh {
			t.Errorf("%s: %+v", s.Name, *s.Outline)
		}
	}
}
