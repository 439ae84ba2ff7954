package pdf

import (
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// craftedFeature is the corpus fixture named name with every match of re
// in its body and parts replaced by repl.
func craftedFeature(t *testing.T, name, re, repl string) feature {
	t.Helper()
	for _, f := range allFeatures(t) {
		if f.name != name {
			continue
		}
		r := regexp.MustCompile(re)
		parts := map[string]string{}
		for k, v := range f.parts {
			parts[k] = r.ReplaceAllString(v, repl)
		}
		f.body, f.parts = r.ReplaceAllString(f.body, repl), parts
		return f
	}
	t.Fatalf("no fixture %s", name)
	return feature{}
}

// TestANaNPositionDoesNotHangTheLayout: a text box placed at
// margin-left:NaNpt (found by the hunt) was a float whose bottom compared
// with nothing, and the layout looked for room below it for ever. The
// reader now takes NaN for the unreadable number it is.
func TestANaNPositionDoesNotHangTheLayout(t *testing.T) {
	// A DrawingML box's effect extent, read as a number of EMUs, went the
	// same way.
	for _, edit := range []string{"margin-left:NaNpt", "margin-top:NaNpt", "margin-top:1e309pt", "height:Infpt", `<wp:effectExtent l="0" t="NaN"`} {
		fixture, prop := "vml-textbox", edit[:max(0, strings.IndexByte(edit, ':'))]+`:[0-9.]+pt`
		if strings.HasPrefix(edit, "<wp:") {
			fixture, prop = "text-box-table", `<wp:effectExtent l="0" t="[0-9]+"`
		}
		f := craftedFeature(t, fixture, prop, edit)
		if !strings.Contains(f.body, edit) {
			t.Fatalf("%s: not in the fixture", edit)
		}
		doc, err := wordmodel.Read(f.docx(t))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := Render(doc, testOptions(t)); err != nil {
			t.Errorf("%s: %v", edit, err)
		}
	}
}

// TestAListStartingPastWordsLongestLabelIsListed: a level starting at
// 2147483647 in a letter format would be a label of 82 million letters,
// built for every paragraph of the list (over a gigabyte, found by the
// hunt). Word's label is at most 31 characters; such a list is listed, its
// label not built.
func TestAListStartingPastWordsLongestLabelIsListed(t *testing.T) {
	f := craftedFeature(t, "numbering-latin", `<w:start w:val="[0-9]+"/>`, `<w:start w:val="2147483647"/>`)
	doc, err := wordmodel.Read(f.docx(t))
	if err != nil {
		t.Fatal(err)
	}
	listed := 0
	for _, u := range doc.Undrawn {
		if strings.Contains(u.What, "超过 Word 编号的 31 个字符") {
			listed++
		}
	}
	if listed == 0 {
		t.Errorf("not listed: %v", doc.Undrawn)
	}
	if _, _, err := Render(doc, testOptions(t)); err != nil {
		t.Error(err)
	}
}

// TestANaNBorderWidthIsNotDrawn: a character border w:sz="NaN" in a
// vertical cell (found by the hunt) took 2.7 GB and 20 s before the reader
// refused NaN; it reads as no width, as a misspelt number does.
func TestANaNBorderWidthIsNotDrawn(t *testing.T) {
	f := craftedFeature(t, "vertical-cell-marks", `<w:bdr w:val="single" w:sz="[0-9]+"`, `<w:bdr w:val="single" w:sz="NaN"`)
	if !strings.Contains(f.body, `w:sz="NaN"`) {
		t.Fatal("no character border in the fixture")
	}
	doc, err := wordmodel.Read(f.docx(t))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := Render(doc, testOptions(t)); err != nil {
		t.Error(err)
	}
}

// TestATextBoxShapeWithoutItsTextboxIsRead: a VML shape of the text box's
// type (o:spt 202) whose v:textbox is gone (found by the hunt) panicked
// the reader; it is a box with no text.
func TestATextBoxShapeWithoutItsTextboxIsRead(t *testing.T) {
	for _, fixture := range []string{"vml-textbox", "text-box-linked-wps"} {
		f := craftedFeature(t, fixture, `(?s)<v:textbox[ >].*?</v:textbox>`, ``)
		if strings.Contains(f.body, "<v:textbox") {
			t.Fatalf("%s: a v:textbox left", fixture)
		}
		doc, err := wordmodel.Read(f.docx(t))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := Render(doc, testOptions(t)); err != nil {
			t.Errorf("%s: %v", fixture, err)
		}
	}
}
