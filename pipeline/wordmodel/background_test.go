package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// withBackground is a document whose w:background is bg, before its body,
// where Word 2016 writes it, settings.xml as given.
func withBackground(t *testing.T, bg, settings string) *wordmodel.Document {
	t.Helper()
	return withBackgroundParts(t, bg, settings, "", nil)
}

// withBackgroundParts is withBackground with the document's further
// relationships and parts (a fill effect's picture).
func withBackgroundParts(t *testing.T, bg, settings, rels string, parts map[string]string) *wordmodel.Document {
	t.Helper()
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<w:document ` + wordNS + `>` + bg + `<w:body>` + para(run("", "正文")) +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`
	all := map[string]string{"word/document.xml": doc, "word/settings.xml": `<w:settings ` + wordNS + `>` + settings + `</w:settings>`}
	for k, v := range parts {
		all[k] = v
	}
	return fixture{parts: all, rels: rels}.read(t)
}

// TestPageColourIsRead: 页面颜色 is a rect shape filling the page with the
// colour, 填充效果's gradient (VML, as Word writes it) a gradient; white
// fills nothing; a texture whose picture is missing is listed; whether
// Word's 页面视图 shows it is displayBackgroundShape.
func TestPageColourIsRead(t *testing.T) {
	shown := `<w:displayBackgroundShape/>`
	doc := withBackground(t, `<w:background w:color="FFF2CC" w:themeColor="accent4" w:themeTint="33"/>`, shown)
	if bg := doc.Background; bg == nil || bg.Fill != "FFF2CC" || bg.Gradient != nil || !doc.BackgroundShown {
		t.Errorf("page colour %+v, shown %v", bg, doc.BackgroundShown)
	}
	wantListed(t, doc)
	gradient := `<w:background w:color="FFF2CC"><v:background id="_x0000_s1025" o:bwmode="white" fillcolor="#fff2cc" o:targetscreensize="1024,768"><v:fill color2="#bdd6ee" focus="100%" type="gradient"/></v:background></w:background>`
	doc = withBackground(t, gradient, shown)
	if bg := doc.Background; bg == nil || bg.Gradient == nil || len(bg.Gradient.Stops) != 2 {
		t.Errorf("gradient background %+v", bg)
	}
	wantListed(t, doc)
	if doc = withBackground(t, `<w:background w:color="FFFFFF"/>`, shown); doc.Background != nil {
		t.Errorf("a white page has a background %+v", doc.Background)
	}
	if doc = withBackground(t, `<w:background w:color="FFF2CC"/>`, ""); doc.Background == nil || doc.BackgroundShown {
		t.Errorf("without displayBackgroundShape: %+v, shown %v", doc.Background, doc.BackgroundShown)
	}
	picture := `<w:background w:color="FFFFFF"><v:background id="_x0000_s1025" o:bwmode="white" o:targetscreensize="1024,768"><v:fill r:id="rId5" o:title="纸纹" recolor="t" type="tile"/></v:background></w:background>`
	doc = withBackground(t, picture, shown)
	if doc.Background != nil || len(doc.Undrawn) != 1 || doc.Undrawn[0].What != "页面背景（填充效果的图片文件缺失或为外部链接）" {
		t.Errorf("a texture: %+v, listed %+v", doc.Background, doc.Undrawn)
	}
}
