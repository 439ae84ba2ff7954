package wordmodel_test

import (
	"math"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestALoneVMLPictureIsDrawn: a picture as Word 2003 and WPS write it (a
// v:shape of v:imagedata in w:pict) is read as a DrawingML one is: in the
// line where its style places it nowhere, its size from its CSS; floating
// where it is absolute, at its margins; a turned or mirrored one turns
// (style rotation, clockwise) and mirrors (flip) as a DrawingML one does.
// WPS's empty v:imagedata in a text box is no picture.
func TestALoneVMLPictureIsDrawn(t *testing.T) {
	pict := func(style string) string {
		return `<w:r><w:pict><v:shape id="_x0000_i1025" type="#_x0000_t75" style="` + style + `"><v:imagedata r:id="rIdImg" o:title=""/></v:shape></w:pict></w:r>`
	}
	doc := fixture{
		body: `<w:p>` + pict("width:60pt;height:30pt") + `</w:p>` +
			`<w:p>` + run("", "公章") + pict("position:absolute;margin-left:200pt;margin-top:10pt;width:72pt;height:72pt;z-index:251659264") + `</w:p>` +
			`<w:p>` + run("", "转") + pict("position:absolute;width:60pt;height:30pt;rotation:90;flip:x;z-index:251659264") + `</w:p>` +
			`<w:p>` + run("", "框") + `<w:r><w:pict><v:shape id="_x0000_s1026" o:spt="202" type="#_x0000_t202" style="position:absolute;width:60pt;height:30pt;z-index:251659265" fillcolor="#FFFFFF" filled="t" stroked="t" coordsize="21600,21600"><v:path/><v:fill on="t" focussize="0,0"/><v:stroke color="#000000"/><v:imagedata o:title=""/><o:lock v:ext="edit"/><v:textbox><w:txbxContent><w:p><w:r><w:t>框中</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`,
		rels:  `<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>`,
		parts: map[string]string{"word/media/image1.png": string(pngBytes(t))},
	}.read(t)
	inline := doc.Blocks[0].(*wordmodel.Paragraph).Images
	if len(inline) != 1 || inline[0].Float != nil || math.Abs(inline[0].Width-60*25.4/72) > 0.01 || math.Abs(inline[0].Height-30*25.4/72) > 0.01 {
		t.Errorf("inline picture read as %+v", inline)
	}
	floating := doc.Blocks[1].(*wordmodel.Paragraph).Images
	if len(floating) != 1 || floating[0].Float == nil || math.Abs(floating[0].Float.X-200*25.4/72) > 0.01 {
		t.Errorf("floating picture read as %+v", floating)
	}
	if turned := doc.Blocks[2].(*wordmodel.Paragraph).Images; len(turned) != 1 || turned[0].Rotation != 90 || !turned[0].FlipH || turned[0].FlipV {
		t.Errorf("turned picture read as %+v", turned)
	}
	if box := doc.Blocks[3].(*wordmodel.Paragraph); len(box.Images) != 0 || len(box.Shapes) != 1 || len(box.Shapes[0].Text) != 1 {
		t.Errorf("WPS's text box read as pictures %+v, shapes %+v", box.Images, box.Shapes)
	}
	if len(doc.Undrawn) != 0 {
		t.Errorf("listed %v", doc.Undrawn)
	}
}
