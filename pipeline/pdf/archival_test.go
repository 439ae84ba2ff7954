package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/xml"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

func renderDoc(t *testing.T, doc *wordmodel.Document, plain bool) []byte {
	t.Helper()
	opt := testOptions(t)
	opt.Title, opt.Author, opt.Plain = "沁源县2023年<绩效>&说明", "沁源县财政局", plain
	out, _, err := Render(doc, opt)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func textDoc(paras ...string) *wordmodel.Document {
	doc := &wordmodel.Document{}
	for _, p := range paras {
		doc.Blocks = append(doc.Blocks, &wordmodel.Paragraph{Style: "Normal", Text: p})
	}
	return doc
}

func reread(t *testing.T, out []byte) *pdfFile {
	t.Helper()
	f, err := readPDF(out)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestFontsCarryTheirCIDSets: each embedded font's descriptor has a CIDSet
// whose bits are exactly CID 0 and the CIDs its CIDToGIDMap maps to a
// glyph, which are the characters drawn in it.
func TestFontsCarryTheirCIDSets(t *testing.T) {
	f := reread(t, renderDoc(t, textDoc("绩效目标2023", "𠀀甲乙"), false))
	fonts := 0
	inSome := map[rune]bool{}
	for _, o := range f.objs {
		d := o.dict()
		if !hasName(d, "/CIDFontType2") {
			continue
		}
		fonts++
		fd, m := f.object(ref(d, "/FontDescriptor")), f.object(ref(d, "/CIDToGIDMap"))
		set, err := f.object(ref(fd.dict(), "/CIDSet")).stream()
		if err != nil {
			t.Fatalf("font %d: %v", o.num, err)
		}
		cidToGID, _ := m.stream()
		has := func(cid int) bool { return cid/8 < len(set) && set[cid/8]&(0x80>>(cid%8)) != 0 }
		if !has(0) {
			t.Errorf("font %d: CID 0 missing", o.num)
		}
		for cid := 1; cid < len(cidToGID)/2 || cid < 8*len(set); cid++ {
			mapped := 2*cid+1 < len(cidToGID) && (cidToGID[2*cid] != 0 || cidToGID[2*cid+1] != 0)
			if has(cid) != mapped {
				t.Errorf("font %d: CID %U in set %v, mapped %v", o.num, cid, has(cid), mapped)
			}
		}
		for _, r := range "绩效目标2023甲乙〓丙" {
			inSome[r] = inSome[r] || has(int(r))
		}
	}
	if fonts == 0 {
		t.Fatal("no CID font")
	}
	for _, r := range "绩效目标2023甲乙〓" {
		if !inSome[r] {
			t.Errorf("drawn %c is in no font's CIDSet", r)
		}
	}
	if inSome['丙'] {
		t.Error("an undrawn character is in a CIDSet")
	}
}

// TestArchivalStructure: PDF 1.4 with an sRGB output intent holding the
// shipped profile, XMP that claims PDF/A-1b and says what the information
// dictionary says, no transparency group on a page, no name tree, and a
// trailer ID that is the hash of the file before it.
func TestArchivalStructure(t *testing.T) {
	out := renderDoc(t, textDoc("正文"), false)
	if !bytes.HasPrefix(out, []byte("%PDF-1.4\n")) {
		t.Errorf("header %q", out[:9])
	}
	f := reread(t, out)
	root := f.object(f.root).dict()
	if !hasName(root, "/OutputIntents") || !hasName(root, "/GTS_PDFA1") || hasName(root, "/Names") {
		t.Errorf("catalogue: %s", root)
	}
	icc := f.object(ref(root, "/DestOutputProfile"))
	if profile, err := icc.stream(); err != nil || !bytes.Equal(profile, srgb) {
		t.Errorf("output intent profile is not the shipped sRGB: %v", err)
	}
	xmp, err := f.object(ref(root, "/Metadata")).stream()
	if err != nil || hasName(f.object(ref(root, "/Metadata")).dict(), "/Filter") {
		t.Fatalf("metadata stream: %v (it must not be compressed)", err)
	}
	if err := xml.Unmarshal(bytes.TrimPrefix(xmp[bytes.Index(xmp, []byte("?>"))+2:], nil), new(struct{})); err != nil {
		t.Errorf("XMP is not well-formed XML: %v", err)
	}
	for _, want := range []string{"<pdfaid:part>1</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
		">沁源县2023年&lt;绩效&gt;&amp;说明</rdf:li>", "<rdf:li>沁源县财政局</rdf:li>",
		"<xmp:CreateDate>2023-12-31T00:00:00Z</xmp:CreateDate>", "<xmp:ModifyDate>2023-12-31T00:00:00Z",
		"<xmp:CreatorTool>jixiao<", "<pdf:Producer>jixiao<"} {
		if !bytes.Contains(xmp, []byte(want)) {
			t.Errorf("XMP lacks %s", want)
		}
	}
	info := f.object(f.info).dict()
	for _, want := range []string{"/CreationDate (D:20231231000000Z)", "/ModDate (D:20231231000000Z)", "/Title", "/Author", "/Creator", "/Producer"} {
		if !bytes.Contains(info, []byte(want)) {
			t.Errorf("information dictionary lacks %s: %s", want, info)
		}
	}
	for _, o := range f.objs {
		if hasName(o.dict(), "/Group") || hasName(o.dict(), "/Transparency") {
			t.Errorf("object %d has a transparency group", o.num)
		}
	}
	m := regexp.MustCompile(`(?s)^(.*)xref\n.*/ID \[<([0-9A-F]{32})> <([0-9A-F]{32})>\]`).FindSubmatch(out)
	if m == nil {
		t.Fatal("no trailer ID")
	}
	sum := sha256.Sum256(m[1])
	if want := fmt.Sprintf("%X", sum[:16]); string(m[2]) != want || string(m[3]) != want {
		t.Errorf("ID %s, want the content's %s", m[2], want)
	}
	if other := renderDoc(t, textDoc("正文。"), false); bytes.Equal(idOf(other), idOf(out)) {
		t.Error("two documents have one ID")
	}
	if again := renderDoc(t, textDoc("正文"), false); !bytes.Equal(again, out) {
		t.Error("the same document gave different bytes")
	}
}

// TestXMPSaysNoMoreThanTheInformation: without a title or author the
// information dictionary has none, and neither has the XMP.
func TestXMPSaysNoMoreThanTheInformation(t *testing.T) {
	x := xmpPacket(Options{Date: testOptions(t).Date})
	if strings.Contains(x, "dc:title") || strings.Contains(x, "dc:creator") || !strings.Contains(x, "<pdfaid:part>1<") {
		t.Errorf("XMP without title and author:\n%s", x)
	}
}

func idOf(out []byte) []byte {
	return regexp.MustCompile(`/ID \[<([0-9A-F]+)>`).FindSubmatch(out)[1]
}

// TestPlainPDF: pdfa: false writes no output intent and no PDF/A claim,
// and keeps what an ordinary PDF may have.
func TestPlainPDF(t *testing.T) {
	out := renderDoc(t, textDoc("正文"), true)
	f := reread(t, out)
	root := f.object(f.root).dict()
	if hasName(root, "/OutputIntents") || hasName(root, "/Metadata") || bytes.Contains(out, []byte("pdfaid")) {
		t.Errorf("a plain PDF claims PDF/A: %s", root)
	}
	if !bytes.Contains(f.object(f.info).dict(), []byte("/Title")) || idOf(out) == nil {
		t.Error("a plain PDF lost its information or ID")
	}
}

// TestForbiddenContentIsRefused: what PDF/A-1 forbids, were it ever drawn,
// stops the build with a message naming it and the way out; what it allows
// (opacity 1, the Normal blend mode, names that only start alike) passes.
func TestForbiddenContentIsRefused(t *testing.T) {
	file := func(header, dict string) *pdfFile {
		return &pdfFile{header: []byte(header), objs: []pdfObject{{1, []byte("1 0 obj\n<<" + dict + ">>\nendobj\n")}}, root: 1}
	}
	for dict, want := range map[string]string{
		"/Type /XObject /SMask 5 0 R":                          "透明蒙版",
		"/Type /ExtGState /ca 0.5 /CA 1":                       "透明度",
		"/Type /ExtGState /BM /Multiply":                       "混合模式",
		"/S /JavaScript /JS (app.alert(1))":                    "JavaScript",
		"/Filter /LZWDecode":                                   "LZW",
		"/Type /Annot /Subtype /Link /Rect [0 0 1 1]":          "不打印的注释",
		"/Type /Annot /Subtype /Link /F 6":                     "不打印的注释",
		"/Type /Filespec /EF <</F 3 0 R>> /Type /EmbeddedFile": "嵌入文件",
		"/ColorSpace /DeviceCMYK":                              "CMYK",
	} {
		err := file("%PDF-1.4\n", dict).checkArchival()
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "pdfa: false") {
			t.Errorf("%s: %v", dict, err)
		}
	}
	form := file("%PDF-1.4\n", "/Type /XObject /Subtype /Form /Group <</Type /Group /S /Transparency>>")
	form.dropPageGroups()
	if err := form.checkArchival(); err == nil || !strings.Contains(err.Error(), "透明组") {
		t.Errorf("a form's transparency group: %v", err)
	}
	page := file("%PDF-1.4\n", "/Type /Page /Group <</Type /Group /S /Transparency /CS /DeviceRGB>> /Contents 2 0 R")
	page.dropPageGroups()
	if err := page.checkArchival(); err != nil || !bytes.Contains(page.objs[0].body, []byte("/Contents 2 0 R")) {
		t.Errorf("a page's transparency group: %v, %q", err, page.objs[0].body)
	}
	for _, dict := range []string{"/Type /ExtGState /ca 1 /CA 1.0 /BM /Normal", "/Type /FontDescriptor /CapHeight 700 /AAB 1", "/Type /Annot /Subtype /Link /F 4"} {
		if err := file("%PDF-1.4\n", dict).checkArchival(); err != nil {
			t.Errorf("%s refused: %v", dict, err)
		}
	}
	locked := file("%PDF-1.4\n", "")
	locked.encrypted = true
	if err := locked.checkArchival(); err == nil || !strings.Contains(err.Error(), "加密") {
		t.Errorf("encrypted: %v", err)
	}
	if err := file("%PDF-1.5\n", "").checkArchival(); err == nil || !strings.Contains(err.Error(), "1.4") {
		t.Errorf("PDF 1.5: %v", err)
	}
}

// TestReadPDFRefusesWhatItCannotRewrite: a file that is not fpdf's simple
// layout is an error, not a silently damaged output.
func TestReadPDFRefusesWhatItCannotRewrite(t *testing.T) {
	good := renderDoc(t, textDoc("正文"), false)
	xref := bytes.LastIndex(good, []byte("\nxref\n")) + 1
	for name, b := range map[string][]byte{
		"empty":      nil,
		"truncated":  good[:len(good)/2],
		"moved":      append([]byte("%PDF-1.4\n%extra\n"), good[9:]...),
		"no trailer": bytes.Replace(good, []byte("trailer"), []byte("trailor"), 1),
		"bad xref":   append(append([]byte{}, good[:xref]...), bytes.Replace(good[xref:], []byte(" 00000 n "), []byte(" 00000 x "), 1)...),
	} {
		if _, err := finishFile(b, true, nil); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	encrypted := bytes.Replace(good, []byte("trailer\n<<\n"), []byte("trailer\n<<\n/Encrypt 1 0 R\n"), 1)
	if _, err := finishFile(encrypted, true, nil); err == nil || !strings.Contains(err.Error(), "加密") {
		t.Errorf("an encrypted file: %v", err)
	}
}

// TestEveryFontGetsItsCIDSet: with the objects' list full, adding the
// first CIDSet moves it, and the second font's descriptor must still get
// its own.
func TestEveryFontGetsItsCIDSet(t *testing.T) {
	obj := func(num int, s string) pdfObject {
		return pdfObject{num, []byte(fmt.Sprintf("%d 0 obj\n%s\nendobj\n", num, s))}
	}
	cidMap := "<</Length 8>>\nstream\n\x00\x00\x00\x01\x00\x00\x00\x02\nendstream"
	f := &pdfFile{header: []byte("%PDF-1.4\n"), root: 7, objs: slices.Clip([]pdfObject{
		obj(1, "<</Type /Font /Subtype /CIDFontType2 /FontDescriptor 2 0 R /CIDToGIDMap 3 0 R>>"),
		obj(2, "<</Type /FontDescriptor /FontName /A>>"),
		obj(3, cidMap),
		obj(4, "<</Type /Font /Subtype /CIDFontType2 /FontDescriptor 5 0 R /CIDToGIDMap 6 0 R>>"),
		obj(5, "<</Type /FontDescriptor /FontName /B>>"),
		obj(6, cidMap),
		obj(7, "<</Type /Catalog>>"),
	})}
	if err := f.addCIDSets(); err != nil {
		t.Fatal(err)
	}
	for _, fd := range []int{2, 5} {
		set, err := f.object(ref(f.object(fd).dict(), "/CIDSet")).stream()
		if err != nil || !bytes.Equal(set, []byte{0xD0}) {
			t.Errorf("descriptor %d: CIDSet %x, %v; want CIDs 0, 1 and 3 (CID 2 maps to no glyph)", fd, set, err)
		}
	}
}
