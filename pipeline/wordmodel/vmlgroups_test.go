package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

func TestVMLGroupMembersAreDrawnInItsBox(t *testing.T) {
	doc := shapeDoc(t, `<w:p>`+st.VMLRedHead("0", "14.2pt")+`<w:r><w:t>红头</w:t></w:r></w:p>`, nil)
	wantListed(t, doc)
	sh := wantRedHead(t, doc, func(f *wordmodel.Float) bool { return f.FromY == "paragraph" && nearMM(f.Y, 5) && f.FromX == "column" })
	if sh[0].Outline == nil || sh[0].Outline.Color != "FF0000" || sh[0].Outline.Compound != "thickThin" || sh[1].Fill != "FF0000" || len(corners(sh[1])) != 10 {
		t.Errorf("line %+v, star fill %q with %d corners", sh[0].Outline, sh[1].Fill, len(corners(sh[1])))
	}
	if len(sh[2].Text) != 1 || sh[2].Text[0].Text != "财政局" || sh[2].Fill != "" || sh[2].Outline != nil {
		t.Errorf("text box %+v", sh[2])
	}
}

func TestNestedVMLGroupsAndPictures(t *testing.T) {
	// A group 100 by 50 mm of coordinates 1000 by 500 (default origin);
	// in it a group at 500, 0, 500 by 500, of coordinates 100 by 100 from
	// 0, 0, holding a picture at its top left quarter and an oval at its
	// bottom right.
	body := `<w:p><w:r><w:pict><v:group id="组合 1" style="position:absolute;margin-left:0;margin-top:0;width:100mm;height:50mm;z-index:1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" coordsize="1000,500">` +
		`<v:rect id="矩形 2" style="position:absolute;left:0;top:0;width:500;height:500" fillcolor="blue"/>` +
		`<v:group id="组合 3" style="position:absolute;left:500;top:0;width:500;height:500" coordsize="100,100">` +
		`<v:shape id="图片 4" type="#_x0000_t75" style="position:absolute;left:0;top:0;width:50;height:50"><v:imagedata r:id="rIdImg1" o:title=""/></v:shape>` +
		`<v:oval id="椭圆 5" style="position:absolute;left:50;top:50;width:50;height:50"/>` +
		`</v:group></v:group></w:pict></w:r></w:p>`
	doc := shapeDoc(t, body, map[string]string{"word/media/image1.png": string(pngBytes(t))})
	wantListed(t, doc)
	wantNested(t, doc, 0)
	// A member not drawn lists the group and keeps none of it.
	curve := `<w:p><w:r><w:pict><v:group id="组合 6" style="position:absolute;width:10pt;height:10pt" coordsize="10,10"><v:rect id="矩形 7" style="position:absolute;width:5;height:5"/><v:shape id="任意多边形 8" type="#_x0000_t999" style="position:absolute;width:5;height:5"/></v:group></w:pict></w:r></w:p>`
	doc = shapeDoc(t, curve, nil)
	wantListed(t, doc, "第 2 段：组合图形“组合 6”中的图形“任意多边形 8”（形状类型“_x0000_t999”没有定义）")
	if n := len(shapesOf(doc)); n != 0 {
		t.Errorf("%d shapes kept of a group refused", n)
	}
}

// TestTurnedVMLGroupsInGroups: a VML group turned inside a group (style
// rotation) turns its members about its own box's centre, a picture in
// it too, as a DrawingML group's: the inner group on the right half of a
// 100 by 50 mm group, its picture filling its left half, turned a
// quarter, stands across the inner group's top, turned with it.
func TestTurnedVMLGroupsInGroups(t *testing.T) {
	body := `<w:p><w:r><w:pict><v:group id="组合 1" style="position:absolute;margin-left:0;margin-top:0;width:100mm;height:50mm;z-index:1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" coordsize="1000,500">` +
		`<v:group id="组合 3" style="position:absolute;left:500;top:0;width:500;height:500;rotation:90" coordsize="100,100">` +
		`<v:shape id="图片 4" type="#_x0000_t75" style="position:absolute;left:0;top:0;width:50;height:100;rotation:10"><v:imagedata r:id="rIdImg1" o:title=""/></v:shape>` +
		`</v:group></v:group></w:pict></w:r></w:p>`
	doc := shapeDoc(t, body, map[string]string{"word/media/image1.png": string(pngBytes(t))})
	wantListed(t, doc)
	var imgs []wordmodel.Image
	for _, b := range doc.Blocks {
		if p, ok := b.(*wordmodel.Paragraph); ok {
			imgs = append(imgs, p.Images...)
		}
	}
	if len(imgs) != 1 {
		t.Fatalf("%d pictures", len(imgs))
	}
	if p := imgs[0].Float.Part; !nearMM(p.X, 62.5) || !nearMM(p.Y, -12.5) || !nearMM(imgs[0].Rotation, 100) {
		t.Errorf("picture at %.2f, %.2f turned %.1f; want 62.5, -12.5 turned 100", p.X, p.Y, imgs[0].Rotation)
	}
}
