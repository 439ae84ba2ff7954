package layout

import (
	"image"
	"reflect"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestPicturesInTableCells: a picture wider than its cell is scaled
// down to the cell's content box, keeping its shape, and its row grows to
// hold it; a small one stands between the cell's lines of text, where its
// paragraph is, at its paragraph's alignment; the next row starts below;
// the pages handed to a back-end draw them at the same boxes.
func TestPicturesInTableCells(t *testing.T) {
	png := testPNG(t, image.NewGray(image.Rect(0, 0, 8, 4)))
	wide := wordmodel.CellPicture{Image: wordmodel.Image{Name: "wide.png", Format: "PNG", Data: png, Width: 120, Height: 60}}
	icon := wordmodel.CellPicture{Image: wordmodel.Image{Name: "icon.png", Format: "PNG", Data: png, Width: 10, Height: 5}, Before: 1, Para: 1, Align: "center"}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Table{
		Widths: []int{2000, 2000},
		Rows: []wordmodel.Row{
			{Cells: []wordmodel.Cell{{Text: "项目", Span: 1}, {Span: 1, Pictures: []wordmodel.CellPicture{wide}}}},
			{Cells: []wordmodel.Cell{{Text: "上\n下", Span: 1, Pictures: []wordmodel.CellPicture{icon}}, {Text: "末", Span: 1}}},
			{Cells: []wordmodel.Cell{{Text: "尾", Span: 1}, {Text: "行", Span: 1}}},
		},
	}}}
	opt, r, imgs := laidPictures(t, doc, 2)
	pad := opt.Preset.Table.Padding
	col := r.width() / 2
	inner := col - 2*pad
	w := imgs[0]
	if w.img.Name != "wide.png" || !near(w.x, r.left()+col+pad) || !near(w.w, inner) || !near(w.h, inner/2) || !near(w.y, r.top()+pad) {
		t.Errorf("the wide picture at %+v, want %.2f wide from %.2f, %.2f", w, inner, r.left()+col+pad, r.top()+pad)
	}
	up, down, last := textOp(t, r, "上"), textOp(t, r, "下"), textOp(t, r, "尾")
	rowTwo := r.top() + inner/2 + 2*pad
	if up.y < rowTwo {
		t.Errorf("the second row's text at %.2f, above the first row's bottom %.2f: the row did not grow", up.y, rowTwo)
	}
	i := imgs[1]
	if !near(i.x, r.left()+(col-10)/2) || i.w != 10 || i.h != 5 || !(i.y >= glyphTop(up)+0.9*up.size*ptToMM && i.y+i.h <= glyphTop(down)+0.01) {
		t.Errorf("the icon at %+v, want between 上 (%.2f) and 下 (%.2f), centred", i, up.y, down.y)
	}
	if last.y < i.y+i.h+pad {
		t.Errorf("the third row's text at %.2f, over the icon ending at %.2f", last.y, i.y+i.h)
	}
	wantPlaced(t, doc, opt, imgs)
}

// wantPlaced checks that the first page a back-end is handed draws
// pictures at the boxes of imgs, in order.
func wantPlaced(t *testing.T, doc *wordmodel.Document, opt Options, imgs []op) {
	t.Helper()
	pages, _ := laidOutPages(t, doc, opt)
	var placed []Item
	for _, it := range pages[0].Items {
		if it.Kind == Picture {
			placed = append(placed, it)
		}
	}
	if len(placed) != len(imgs) {
		t.Fatalf("%d pictures on the first page, want %d", len(placed), len(imgs))
	}
	for k, o := range imgs {
		got, want := []float64{placed[k].X, placed[k].Y, placed[k].W, placed[k].H}, []float64{o.x, o.y, o.w, o.h}
		if !reflect.DeepEqual(got, want) || placed[k].Image.Name != o.img.Name {
			t.Errorf("picture %d placed at %v (mm), want %v", k, got, want)
		}
	}
}

// kindOf are the operations of a kind r draws, in order.
func kindOf(r *renderer, kind opKind) []op {
	var out []op
	for _, o := range r.ops {
		if o.kind == kind {
			out = append(out, o)
		}
	}
	return out
}

// laidPictures lays doc out and returns its n pictures' operations.
func laidPictures(t *testing.T, doc *wordmodel.Document, n int) (Options, *renderer, []op) {
	t.Helper()
	opt := testOptions(t)
	r, err := layout(doc, opt)
	if err != nil {
		t.Fatal(err)
	}
	imgs := kindOf(r, opImage)
	if len(imgs) != n {
		t.Fatalf("%d pictures drawn, want %d", len(imgs), n)
	}
	return opt, r, imgs
}

func glyphTop(o op) float64 { return o.y - o.face.font.ascent*o.size*ptToMM }

// firstTextOp is the first text operation whose text starts with first.
func firstTextOp(t *testing.T, r *renderer, first string) op {
	t.Helper()
	for _, o := range r.ops {
		if o.kind == opText && strings.HasPrefix(o.text, first) {
			return o
		}
	}
	t.Fatalf("no text operation starts with %q", first)
	return op{}
}

// TestARowTallerThanAPageIsKeptAndSaid: a row that only a picture makes
// taller than a page (no line of text to share out, so it used to vanish)
// is drawn whole, never dropped, and the build says it runs past
// the page's foot, naming the row.
func TestARowTallerThanAPageIsKeptAndSaid(t *testing.T) {
	png := testPNG(t, image.NewGray(image.Rect(0, 0, 4, 8)))
	tall := wordmodel.CellPicture{Image: wordmodel.Image{Name: "tall.png", Format: "PNG", Data: png, Width: 20, Height: 400}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Table{
		Widths: []int{2000, 2000},
		Rows: []wordmodel.Row{
			{Cells: []wordmodel.Cell{{Text: "项目", Span: 1}, {Text: "图", Span: 1}}},
			{Cells: []wordmodel.Cell{{Span: 1}, {Span: 1, Pictures: []wordmodel.CellPicture{tall}}}},
			{Cells: []wordmodel.Cell{{Text: "尾", Span: 1}, {Text: "行", Span: 1}}},
		},
	}}}
	laidPictures(t, doc, 1)
	wantWarned(t, doc, "表格第 2 行比一页还高")
}
