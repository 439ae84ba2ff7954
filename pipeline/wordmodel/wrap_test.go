package wordmodel_test

import (
	"math"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// floating is a picture anchored as Word or WPS writes one: open is the
// wp:anchor's start tag (its distances and flags), wrap its wrap element.
// The picture is 40 × 30 mm, its effects 1 mm to the right (a shadow).
func floating(open, wrap string) string {
	return `<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>` + open + `<wp:simplePos x="0" y="0"/>` +
		`<wp:positionH relativeFrom="column"><wp:posOffset>2880000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>36000</wp:posOffset></wp:positionV>` +
		`<wp:extent cx="1440000" cy="1080000"/><wp:effectExtent l="0" t="0" r="36000" b="0"/>` + wrap +
		`<wp:docPr id="3" name="图片 3"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="3" name="图片 3"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1440000" cy="1080000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`
}

const (
	// wordAnchor is Word 2016's: distL and distR 114300 EMU (3.175 mm).
	wordAnchor = `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="0B1C2D3E" wp14:editId="4F5A6B7C">`
	// wpsAnchor is WPS Office's: the same distances, no wp14 ids, and
	// text kept 2 mm above and below.
	wpsAnchor = `<wp:anchor distT="72000" distB="72000" distL="114300" distR="114300" simplePos="0" relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">`
)

// TestWrapIsRead: each wrap Word's and WPS's 布局 dialog writes is read
// with its side, distances and outline: the box grown by its effects, or a
// tight or through wrap's polygon (its points in order, scaled to the
// picture) and its bounding box; the anchor's distances
// are stronger than the wrap element's, as LibreOffice reads them (a
// wrap's own count where the anchor has none); wrapNone is the zero Wrap.
func TestWrapIsRead(t *testing.T) {
	square := box(0, 0, 41, 30)
	cases := []struct {
		name, open, wrap string
		want             wordmodel.Wrap
	}{
		{"Word 四周型", wordAnchor, `<wp:wrapSquare wrapText="bothSides"/>`, wordmodel.Wrap{Mode: "square", Side: "bothSides", Left: 3.175, Right: 3.175, Outline: square}},
		{"Word 四周型，只在右侧", wordAnchor, `<wp:wrapSquare wrapText="right"/>`, wordmodel.Wrap{Mode: "square", Side: "right", Left: 3.175, Right: 3.175, Outline: square}},
		{"Word 四周型，最宽一侧", wordAnchor, `<wp:wrapSquare wrapText="largest" distL="180000"/>`, wordmodel.Wrap{Mode: "square", Side: "largest", Left: 3.175, Right: 3.175, Outline: square}},
		{"四周型，距离只在环绕元素上", `<wp:anchor simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">`, `<wp:wrapSquare wrapText="bothSides" distT="36000" distL="180000"/>`, wordmodel.Wrap{Mode: "square", Side: "bothSides", Top: 1, Left: 5, Outline: square}},
		{"Word 紧密型", wordAnchor, `<wp:wrapTight wrapText="bothSides"><wp:wrapPolygon edited="0"><wp:start x="0" y="0"/><wp:lineTo x="0" y="21098"/><wp:lineTo x="21098" y="21098"/><wp:lineTo x="21098" y="0"/><wp:lineTo x="0" y="0"/></wp:wrapPolygon></wp:wrapTight>`,
			wordmodel.Wrap{Mode: "tight", Side: "bothSides", Left: 3.175, Right: 3.175, Outline: box(0, 0, 40*21098.0/21600, 30*21098.0/21600)}},
		{"Word 穿越型，多边形超出图片", wordAnchor, `<wp:wrapThrough wrapText="left"><wp:wrapPolygon edited="1"><wp:start x="-540" y="0"/><wp:lineTo x="10800" y="-1080"/><wp:lineTo x="21600" y="21600"/><wp:lineTo x="-540" y="0"/></wp:wrapPolygon></wp:wrapThrough>`,
			wordmodel.Wrap{Mode: "through", Side: "left", Left: 3.175, Right: 3.175, Outline: box(-1, -1.5, 41, 31.5)}},
		{"Word 上下型", wordAnchor, `<wp:wrapTopAndBottom/>`, wordmodel.Wrap{Mode: "topAndBottom", Side: "bothSides", Left: 3.175, Right: 3.175, Outline: square}},
		{"WPS 上下型，自带上下距离", wpsAnchor, `<wp:wrapTopAndBottom distT="36000" distB="0"/>`, wordmodel.Wrap{Mode: "topAndBottom", Side: "bothSides", Top: 2, Bottom: 2, Left: 3.175, Right: 3.175, Outline: square}},
		{"WPS 四周型", wpsAnchor, `<wp:wrapSquare wrapText="bothSides"/>`, wordmodel.Wrap{Mode: "square", Side: "bothSides", Top: 2, Bottom: 2, Left: 3.175, Right: 3.175, Outline: square}},
		{"WPS 紧密型", wpsAnchor, `<wp:wrapTight wrapText="bothSides"><wp:wrapPolygon><wp:start x="0" y="0"/><wp:lineTo x="0" y="21600"/><wp:lineTo x="21600" y="21600"/><wp:lineTo x="21600" y="0"/><wp:lineTo x="0" y="0"/></wp:wrapPolygon></wp:wrapTight>`,
			wordmodel.Wrap{Mode: "tight", Side: "bothSides", Top: 2, Bottom: 2, Left: 3.175, Right: 3.175, Outline: box(0, 0, 40, 30)}},
		{"浮于文字上方", wordAnchor, `<wp:wrapNone/>`, wordmodel.Wrap{}},
	}
	for _, c := range cases {
		doc := fixture{
			body:  para(run("", "落款"), floating(c.open, c.wrap)),
			rels:  `<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>`,
			parts: map[string]string{"word/media/image1.png": string(pngBytes(t))},
		}.read(t)
		if len(doc.Undrawn) > 0 {
			t.Errorf("%s: refused %v", c.name, doc.Undrawn)
			continue
		}
		imgs := paragraphs(doc)[0].Images
		if len(imgs) != 1 || imgs[0].Float == nil {
			t.Errorf("%s: pictures %+v", c.name, imgs)
			continue
		}
		f := imgs[0].Float
		if f.FromX != "column" || !mmNear(f.X, 80) || f.FromY != "paragraph" || !mmNear(f.Y, 1) || !sameWrap(f.Wrap, c.want) {
			t.Errorf("%s: float %+v, want wrap %+v", c.name, *f, c.want)
		}
		if poly := f.Wrap.Polygon; (c.want.Mode == "tight" || c.want.Mode == "through") != (poly != nil) {
			t.Errorf("%s: polygon %v", c.name, poly)
		} else if poly != nil && (len(poly.Points) < 4 || poly.Points[0] != (wordmodel.Point{X: c.want.Outline.X, Y: 0}) && c.want.Mode == "through") {
			t.Errorf("%s: polygon %v", c.name, poly.Points)
		}
	}
}

// TestWrapsThePDFCannotLayOutAreListed: a wrap side Word does not write
// and an anchor with no wrap at all are listed by name, not guessed.
func TestWrapsThePDFCannotLayOutAreListed(t *testing.T) {
	doc := fixture{
		body:  para(run("", "甲"), floating(wordAnchor, `<wp:wrapSquare wrapText="inside"/>`)) + para(run("", "乙"), floating(wordAnchor, "")),
		rels:  `<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>`,
		parts: map[string]string{"word/media/image1.png": string(pngBytes(t))},
	}.read(t)
	wantListed(t, doc,
		"第 1 段（“甲”）：浮动图片 image1.png（文字环绕的一侧“inside”无法识别）",
		"第 2 段（“乙”）：浮动图片 image1.png（没有文字环绕方式）",
	)
}

// TestAWrappedPictureInACellIsRead: a picture floating in a table cell
// (layoutInCell), text wrapping around it, is read with its wrap, not
// listed: the layout draws it and warns that the cell's text does not
// flow around it.
func TestAWrappedPictureInACellIsRead(t *testing.T) {
	cell := `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>` + para(run("", "盖章处"), floating(wordAnchor, `<wp:wrapSquare wrapText="bothSides"/>`)) + `</w:tc>`
	doc := fixture{
		body:  `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr>` + cell + `</w:tr></w:tbl>`,
		rels:  `<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>`,
		parts: map[string]string{"word/media/image1.png": string(pngBytes(t))},
	}.read(t)
	wantListed(t, doc)
	f := doc.Blocks[0].(*wordmodel.Table).Rows[0].Cells[0].Floats
	if len(f) != 1 || f[0].Float.Wrap.Mode != "square" || f[0].Float.Wrap.Side != "bothSides" || !f[0].Float.InCell {
		t.Errorf("the cell's floats = %+v", f)
	}
}

// box is a wordmodel.Box, shorter.
func box(x, y, w, h float64) wordmodel.Box { return wordmodel.Box{X: x, Y: y, W: w, H: h} }

func mmNear(a, b float64) bool { return math.Abs(a-b) < 0.001 }

func sameWrap(a, b wordmodel.Wrap) bool {
	return a.Mode == b.Mode && a.Side == b.Side && mmNear(a.Top, b.Top) && mmNear(a.Bottom, b.Bottom) && mmNear(a.Left, b.Left) && mmNear(a.Right, b.Right) &&
		mmNear(a.Outline.X, b.Outline.X) && mmNear(a.Outline.Y, b.Outline.Y) && mmNear(a.Outline.W, b.Outline.W) && mmNear(a.Outline.H, b.Outline.H)
}
