package ingest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// A writer is how one program lays out a workbook's XML. The corpus below
// writes the same and unusual content as Excel, WPS, LibreOffice, the
// OpenXML SDK (prefixed elements) and Excel's Strict Open XML write it,
// so that the reader is held to what real files look like rather than
// to excelize's own output.
type writer struct {
	name    string
	decl    string // the XML declaration and what follows it
	ns      string // SpreadsheetML's namespace
	relNS   string
	prefix  string // "x:" or ""
	rootExt string // more attributes of the root
	rowAttr func(r int) string
	quote   byte
	sep     string // between attributes
}

var writers = []writer{
	{name: "excel", decl: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n", ns: mainNS, relNS: relNS,
		rootExt: ` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"`,
		rowAttr: func(r int) string { return fmt.Sprintf(` r="%d" spans="1:6" x14ac:dyDescent="0.25"`, r) }, quote: '"', sep: " "},
	{name: "wps", decl: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n", ns: mainNS, relNS: relNS,
		rowAttr: func(r int) string { return fmt.Sprintf(` r="%d" ht="20.1" customHeight="1"`, r) }, quote: '"', sep: " "},
	{name: "libreoffice", decl: `<?xml version="1.0" encoding="UTF-8"?>` + "\n", ns: mainNS, relNS: relNS,
		rowAttr: func(r int) string {
			return fmt.Sprintf(` r="%d" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"`, r)
		}, quote: '"', sep: " "},
	{name: "sdk", decl: `<?xml version="1.0" encoding="utf-8"?>`, ns: mainNS, relNS: relNS, prefix: "x:",
		rowAttr: func(r int) string { return fmt.Sprintf(` r="%d"`, r) }, quote: '"', sep: " "},
	{name: "strict", decl: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n", ns: strictMainNS, relNS: strictRelNS,
		rowAttr: func(r int) string { return fmt.Sprintf(` r="%d"`, r) }, quote: '"', sep: " "},
	{name: "odd", decl: "<?xml version='1.0'?>\n", ns: mainNS, relNS: relNS, prefix: "s:",
		rowAttr: func(r int) string { return fmt.Sprintf("\n\tr = '%d'", r) }, quote: '\'', sep: "\n\t "},
}

// tc is a cell as a writer writes it: kind is its t attribute, body its
// content (<v>, <f>, <is>), ref its r attribute ("-" for none).
type tc struct{ ref, kind, style, body string }

func (w writer) el(name string) string { return w.prefix + name }

func (w writer) attrs(kv ...string) string {
	var b strings.Builder
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			continue
		}
		fmt.Fprintf(&b, "%s%s=%c%s%c", w.sep, kv[i], w.quote, kv[i+1], w.quote)
	}
	return b.String()
}

// sheet writes a worksheet part: rows of cells, then merged ranges.
func (w writer) sheet(rows map[int][]tc, order []int, merges []string) string {
	var b strings.Builder
	b.WriteString(w.decl)
	xmlns := "xmlns"
	if w.prefix != "" {
		xmlns += ":" + strings.TrimSuffix(w.prefix, ":")
	}
	fmt.Fprintf(&b, `<%s %s="%s" xmlns:r="%s"%s>`, w.el("worksheet"), xmlns, w.ns, w.relNS, w.rootExt)
	fmt.Fprintf(&b, `<%s ref="A1"/><%s><%s tabSelected="1" workbookViewId="0"/></%s>`, w.el("dimension"), w.el("sheetViews"), w.el("sheetView"), w.el("sheetViews"))
	fmt.Fprintf(&b, `<%s><%s min="1" max="2" width="12"/></%s><%s>`, w.el("cols"), w.el("col"), w.el("cols"), w.el("sheetData"))
	for _, r := range order {
		attr := w.rowAttr(r)
		if r < 0 {
			attr = "" // a row without r
		}
		if len(rows[r]) == 0 {
			fmt.Fprintf(&b, "<%s%s/>", w.el("row"), attr)
			continue
		}
		fmt.Fprintf(&b, "<%s%s>", w.el("row"), attr)
		for _, c := range rows[r] {
			ref := c.ref
			if ref == "-" {
				ref = ""
			}
			open := w.el("c") + w.attrs("r", ref, "s", c.style, "t", c.kind)
			if c.body == "" {
				fmt.Fprintf(&b, "<%s/>", open)
				continue
			}
			body := strings.NewReplacer("<v>", "<"+w.el("v")+">", "</v>", "</"+w.el("v")+">", "<f>", "<"+w.el("f")+">", "</f>", "</"+w.el("f")+">",
				"<is>", "<"+w.el("is")+">", "</is>", "</"+w.el("is")+">", "<t>", "<"+w.el("t")+">", "</t>", "</"+w.el("t")+">",
				"<r>", "<"+w.el("r")+">", "</r>", "</"+w.el("r")+">").Replace(c.body)
			fmt.Fprintf(&b, "<%s>%s</%s>", open, body, w.el("c"))
		}
		fmt.Fprintf(&b, "</%s>", w.el("row"))
	}
	fmt.Fprintf(&b, "</%s>", w.el("sheetData"))
	if len(merges) > 0 {
		fmt.Fprintf(&b, `<%s count="%d">`, w.el("mergeCells"), len(merges))
		for _, m := range merges {
			fmt.Fprintf(&b, "<%s%s/>\n", w.el("mergeCell"), w.attrs("ref", m))
		}
		fmt.Fprintf(&b, "</%s>", w.el("mergeCells"))
	}
	fmt.Fprintf(&b, `<%s left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></%s>`, w.el("pageMargins"), w.el("worksheet"))
	return b.String()
}

// sst writes a shared-strings part from string items' inner XML.
func (w writer) sst(items []string) string {
	var b strings.Builder
	b.WriteString(w.decl)
	xmlns := "xmlns"
	if w.prefix != "" {
		xmlns += ":" + strings.TrimSuffix(w.prefix, ":")
	}
	fmt.Fprintf(&b, `<%s %s="%s" count="%d" uniqueCount="%d">`, w.el("sst"), xmlns, w.ns, len(items), len(items))
	for _, it := range items {
		it = strings.NewReplacer("<t", "<"+w.el("t"), "</t>", "</"+w.el("t")+">", "<r>", "<"+w.el("r")+">", "</r>", "</"+w.el("r")+">",
			"<rPh", "<"+w.el("rPh"), "</rPh>", "</"+w.el("rPh")+">", "<rPr>", "<"+w.el("rPr")+">", "</rPr>", "</"+w.el("rPr")+">",
			"<b/>", "<"+w.el("b")+"/>").Replace(it)
		fmt.Fprintf(&b, "<%s>%s</%s>", w.el("si"), it, w.el("si"))
	}
	fmt.Fprintf(&b, "</%s>", w.el("sst"))
	return b.String()
}

func (w writer) styles() string {
	xmlns := "xmlns"
	if w.prefix != "" {
		xmlns += ":" + strings.TrimSuffix(w.prefix, ":")
	}
	return w.decl + fmt.Sprintf(`<%s %s="%s"><%s count="1"><%s numFmtId="176" formatCode="0.00_ "/></%s>`+
		`<%s count="3"><%s numFmtId="0"/><%s numFmtId="14"/><%s numFmtId="176"/></%s></%s>`,
		w.el("styleSheet"), xmlns, w.ns, w.el("numFmts"), w.el("numFmt"), w.el("numFmts"),
		w.el("cellXfs"), w.el("xf"), w.el("xf"), w.el("xf"), w.el("cellXfs"), w.el("styleSheet"))
}

// book packs a workbook of the named sheets (in order) with the writer's
// workbook, relationships, styles and shared strings.
func (w writer) book(t testing.TB, names []string, sheets []string, sst []string) []byte {
	t.Helper()
	xmlns := "xmlns"
	if w.prefix != "" {
		xmlns += ":" + strings.TrimSuffix(w.prefix, ":")
	}
	rel := "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	if w.ns == strictMainNS {
		rel = "http://purl.oclc.org/ooxml/officeDocument/relationships"
	}
	var wb, rels, types strings.Builder
	fmt.Fprintf(&wb, `%s<%s %s="%s" xmlns:r="%s"><%s>`, w.decl, w.el("workbook"), xmlns, w.ns, w.relNS, w.el("sheets"))
	rels.WriteString(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	types.WriteString(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
	files := map[string]string{}
	var order []string
	add := func(name, body string) { files[name] = body; order = append(order, name) }
	for i, n := range names {
		fmt.Fprintf(&wb, `<%s name="%s" sheetId="%d" r:id="rId%d"/>`, w.el("sheet"), n, i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, rel, i+1)
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
		add(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), sheets[i])
	}
	fmt.Fprintf(&wb, "</%s></%s>", w.el("sheets"), w.el("workbook"))
	fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>`, len(names)+1, rel)
	add("xl/styles.xml", w.styles())
	if sst != nil {
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%s/sharedStrings" Target="sharedStrings.xml"/>`, len(names)+2, rel)
		add("xl/sharedStrings.xml", w.sst(sst))
	}
	rels.WriteString("</Relationships>")
	types.WriteString("</Types>")
	add("xl/workbook.xml", wb.String())
	add("xl/_rels/workbook.xml.rels", rels.String())
	add("[Content_Types].xml", types.String())
	add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="`+rel+`/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	return zipOf(t, order, files)
}

func zipOf(t testing.TB, order []string, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range order {
		fw, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(files[name]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// corpusSST is the shared strings of the corpus: plain, rich text with
// phonetic runs, entities and character references, escapes.
var corpusSST = []string{
	`<t>项目名称</t>`,
	`<t>单位</t>`,
	`<t>金额（万元）</t>`,
	`<r><t>沁源</t></r><r><rPr><b/></rPr><t xml:space="preserve">县 A&amp;B </t></r><rPh sb="0" eb="2"><t>しんげん</t></rPh>`,
	`<t>&#x4E2D;&#20013;&lt;&gt;&quot;&apos;</t>`,
	`<t>line_x000D_two</t>`,
	`<t xml:space="preserve">  空格  </t>`,
	`<t/>`,
}

// corpusRows is the content of the corpus sheet: every cell type, refs
// in every form, rows and cells without r.
func corpusRows() (map[int][]tc, []int) {
	rows := map[int][]tc{
		1: {{"A1", "s", "", "<v>0</v>"}, {"B1", "s", "", "<v>1</v>"}, {"C1", "s", "", "<v>2</v>"}, {"D1", "inlineStr", "", "<is><t>内联</t></is>"}},
		2: {{"A2", "s", "", "<v>3</v>"}, {"B2", "s", "", "<v>4</v>"}, {"C2", "", "2", "<v>10.5</v>"}, {"D2", "b", "", "<v>1</v>"},
			{"E2", "e", "", "<f>1/0</f><v>#DIV/0!</v>"}, {"F2", "str", "", "<f>A2&amp;\"x\"</f><v>沁源x</v>"}},
		3:  {{"a3", "s", "", "<v>5</v>"}, {"$B$3", "", "1", "<v>45292</v>"}, {"c3", "n", "", "<v>1.5E-3</v>"}, {"-", "inlineStr", "", "<is><r><t>富</t></r><r><t>文本</t></r></is>"}},
		5:  {{"-", "s", "", "<v>6</v>"}, {"-", "", "", "<v>-7</v>"}, {"D5", "", "", "<f>SUM(C2:C3)</f>"}, {"AB5", "s", "", "<v>7</v>"}},
		-1: {{"-", "inlineStr", "", "<is><t>&#x41;&amp;&#66;</t></is>"}, {"-", "", "", "<v>42</v>"}},
		7:  nil,
	}
	return rows, []int{1, 2, 3, 5, -1, 7}
}

// corpusBook is the corpus workbook as writer w writes it.
func corpusBook(t testing.TB, w writer) []byte {
	rows, order := corpusRows()
	return w.book(t, []string{"Sheet1", "表二"}, []string{w.sheet(rows, order, []string{"A1:B1", "G2:G4"}), w.sheet(map[int][]tc{1: {{"A1", "inlineStr", "", "<is><t>二</t></is>"}}}, []int{1}, nil)}, corpusSST)
}
