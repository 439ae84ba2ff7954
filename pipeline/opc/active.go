package opc

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
)

// Finding is one thing in a package that runs code or reads from outside
// it, said for the clerk.
type Finding struct {
	Part string // the part it is in, or that it is
	What string
	// Declaration marks a part with a DOCTYPE, which nothing may parse.
	Declaration bool
}

func (f Finding) String() string { return f.Part + "：" + f.What }

// Inspect lists what a package carries that a published file must not:
// any XML declaration (<!DOCTYPE, <!ENTITY) in any part, macro, ActiveX,
// OLE and data-connection parts, a macro-enabled content type, and
// relationships to anything outside the package other than a hyperlink.
// The declarations are looked for before any part is parsed, in a bounded
// read, so an entity loop costs nothing. Findings come in part-name order.
func Inspect(pkg []byte) ([]Finding, error) {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return nil, fmt.Errorf("opc inspect: %w", err)
	}
	if err := checkBounds(zr.File); err != nil {
		return nil, err
	}
	files := append([]*zip.File(nil), zr.File...)
	sort.SliceStable(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	var out []Finding
	var rels []relFinding
	flagged := map[string]bool{}
	for _, f := range files {
		if what := activePart(f.Name); what != "" {
			out = append(out, Finding{Part: f.Name, What: what + "。发布的文件不能含有可运行或读取外部的内容，请删除后另存为新文件"})
			flagged[strings.ToLower(f.Name)] = true
		}
		decl, isXML, wide, complete, err := declaration(f)
		if err != nil {
			return nil, fmt.Errorf("opc inspect %s: %w", f.Name, err)
		}
		lists := f.Name == "[Content_Types].xml" || strings.HasSuffix(strings.ToLower(f.Name), ".rels")
		switch {
		case decl != "":
			out = append(out, Finding{f.Name, "含有 XML 声明“" + decl + "”（DOCTYPE/ENTITY）。Office、WPS 和 LibreOffice 保存的文件中从来没有它，它可以让读取文件的程序展开成千上万倍的内容或读取本机文件，请用 Office 或 WPS 打开模板后另存为新文件", true})
			continue // parsed no further
		case wide:
			// Every reader here looks for UTF-8 markup; a UTF-16 part
			// would hide its fields and links from them.
			out = append(out, Finding{Part: f.Name, What: "用 UTF-16 编码，Office、WPS 和 LibreOffice 保存的文件都用 UTF-8，无法检查其中是否有可运行或读取外部的内容；请用 Office 或 WPS 打开模板后另存为新文件"})
			continue
		case !isXML && lists:
			out = append(out, unreadable(f.Name))
			continue
		case !isXML:
			continue
		case !complete:
			out = append(out, Finding{Part: f.Name, What: "不完整：内容在结尾处中断，文件已损坏（复制或下载没有完成，或被其他程序截断）；请用 Word、WPS 或 Excel 打开后另存为新文件，或换用完好的文件"})
			continue
		}
		switch {
		case f.Name == "[Content_Types].xml":
			found, err := contentTypes(f, files)
			if err != nil {
				found = append(found, unreadable(f.Name))
			}
			out = append(out, found...)
		case strings.HasSuffix(strings.ToLower(f.Name), ".rels"):
			found, err := relationships(f)
			if err != nil {
				found = append(found, relFinding{unreadable(f.Name), ""})
			}
			rels = append(rels, found...)
		}
	}
	// A relationship to a part already named adds nothing for the clerk.
	for _, r := range rels {
		if !flagged[strings.ToLower(r.target)] {
			out = append(out, r.Finding)
		}
	}
	return out, nil
}

// activePart says what a part is when its name alone marks it as code,
// a control, an embedded object or a data connection; "" otherwise.
func activePart(name string) string {
	lower := strings.ToLower(name)
	base := path.Base(lower)
	switch {
	case strings.Contains(lower, "_rels/"):
		return "" // a part's relationships are read for what they point to
	case base == "vbaproject.bin":
		return "是宏（VBA 工程 vbaProject.bin），打开文件时可以运行程序"
	case base == "vbadata.xml":
		return "是宏的数据（vbaData.xml）"
	case strings.Contains(lower, "/activex/"):
		return "是 ActiveX 控件，打开文件时可以运行程序"
	case strings.Contains(lower, "/embeddings/"):
		return "是嵌入的 OLE 对象或其他文件（" + path.Base(name) + "），双击时会用其他程序打开"
	case base == "customizations.xml" || strings.Contains(base, "keymapcustomizations"):
		return "是自定义的快捷键和宏命令（keymapcustomizations）"
	case strings.HasPrefix(lower, "xl/externallinks/"):
		return "是外部链接（引用其他工作簿、DDE 或 OLE 链接），打开文件时会读取外部内容"
	case lower == "xl/connections.xml":
		return "是数据连接（connections.xml），打开文件时会查询外部数据"
	case strings.HasPrefix(lower, "xl/querytables/"):
		return "是查询表，刷新时会读取外部数据"
	case strings.HasPrefix(lower, "xl/macrosheets/"), strings.HasPrefix(lower, "xl/dialogsheets/"):
		return "是 Excel 4.0 宏表或对话框表，打开文件时可以运行程序"
	case strings.Contains(lower, "webextensions/"):
		return "是 Office 加载项，打开文件时会从网上加载内容"
	}
	return ""
}

// declaration reads a part and returns the first markup declaration in it
// (<!DOCTYPE …), whether the part is XML at all, and whether it is in a
// two-byte encoding (a UTF-16 byte-order mark, or zero bytes around its
// first '<'). Comments and CDATA are the only <! an Office part may hold.
// A two-byte part is read with its zero bytes dropped, which keeps every
// ASCII character.
func declaration(f *zip.File) (decl string, isXML, wide, complete bool, err error) {
	rc, err := f.Open()
	if err != nil {
		return "", false, false, false, err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	head, _ := br.Peek(4)
	var r io.ByteReader = br
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}),
		len(head) == 4 && bytes.IndexByte(head, 0) >= 0 && bytes.IndexByte(head, '<') >= 0:
		r, wide = dropZeros{br}, true
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
	}
	first, err := firstNonSpace(r)
	if err != nil || first != '<' {
		return "", false, false, false, nil // empty or binary
	}
	end := &ending{}
	end.see(first)
	decl, isXML, err = scanDeclarations(byteTap{r, end}, first)
	return decl, isXML, wide, decl != "" || end.complete(), err
}

// ending follows a part's bytes for what a complete part ends with: the
// end tag of the element it opened first, or that element closed in its
// own tag. A part cut short (a copy or a download that did not finish, a
// crafted file) is refused whole, as Word refuses it, rather than read
// short.
type ending struct {
	root     []byte // the first element's name, while it is read
	rootDone bool
	inRoot   bool
	// rootTag is set while the first element's start tag is read, and
	// empty marks it closed in that tag (<w:hdr/>).
	rootTag, empty bool
	tail           []byte // the last bytes that are not space
}

func (e *ending) see(c byte) {
	if e.rootTag && c == '>' {
		e.rootTag = false
		e.empty = len(e.tail) > 0 && e.tail[len(e.tail)-1] == '/'
	}
	switch {
	case !e.rootDone && e.inRoot:
		if c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\r' || c == '\n' {
			e.rootDone, e.inRoot, e.rootTag = true, false, c != '>'
			e.empty = false
		} else {
			e.root = append(e.root, c)
		}
	case !e.rootDone && len(e.tail) > 0 && e.tail[len(e.tail)-1] == '<' && c != '?' && c != '!':
		e.inRoot = true
		e.root = append(e.root, c)
	}
	if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
		return
	}
	if len(e.tail) == 256 {
		copy(e.tail, e.tail[128:])
		e.tail = e.tail[:128]
	}
	e.tail = append(e.tail, c)
}

func (e *ending) complete() bool {
	if !e.rootDone || len(e.root) == 0 {
		return false
	}
	t := string(e.tail)
	return e.empty && !e.rootTag || strings.HasSuffix(t, "</"+string(e.root)+">")
}

// byteTap hands each byte read to an ending as well.
type byteTap struct {
	r io.ByteReader
	e *ending
}

func (b byteTap) ReadByte() (byte, error) {
	c, err := b.r.ReadByte()
	if err == nil {
		b.e.see(c)
	}
	return c, err
}

func firstNonSpace(r io.ByteReader) (byte, error) {
	for {
		c, err := r.ReadByte()
		if err != nil || (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xFF && c != 0xFE) {
			return c, err
		}
	}
}

// scanDeclarations reads r to its end, with first already read, skipping
// comments and CDATA sections.
func scanDeclarations(r io.ByteReader, first byte) (string, bool, error) {
	prev := first
	for {
		c, err := r.ReadByte()
		if err == io.EOF {
			return "", true, nil
		}
		if err != nil {
			return "", true, err
		}
		if prev != '<' || c != '!' {
			prev = c
			continue
		}
		prev = 0
		var lead []byte
		for len(lead) < 7 {
			b, err := r.ReadByte()
			if err != nil {
				return "", true, nil // the part's end: cut short, which ending names
			}
			lead = append(lead, b)
			if string(lead) == "--" || string(lead) == "[CDATA[" {
				break
			}
		}
		end := ""
		switch string(lead) {
		case "--":
			end = "-->"
		case "[CDATA[":
			end = "]]>"
		default:
			name := strings.FieldsFunc(string(lead), func(r rune) bool { return r == ' ' || r == '[' || r == '>' || r < ' ' })
			if len(name) == 0 {
				return "<!", true, nil
			}
			return "<!" + name[0], true, nil
		}
		if err := skipPast(r, end); err != nil {
			return "", true, nil // unterminated: the parser that reads it refuses
		}
	}
}

// skipPast reads up to and including the three-byte end.
func skipPast(r io.ByteReader, end string) error {
	var last [3]byte
	for {
		c, err := r.ReadByte()
		if err != nil {
			return err
		}
		last[0], last[1], last[2] = last[1], last[2], c
		if string(last[:]) == end {
			return nil
		}
	}
}

// dropZeros reads UTF-16 text as bytes without its zero bytes.
type dropZeros struct{ r io.ByteReader }

func (d dropZeros) ReadByte() (byte, error) {
	for {
		c, err := d.r.ReadByte()
		if err != nil || c != 0 {
			return c, err
		}
	}
}

// macroTypes are the content types of macro-enabled files and of the
// parts that hold code or controls.
var macroTypes = []struct{ marker, what string }{
	{"macroenabled", "把文件声明为启用宏的文件（.docm、.dotm 或 .xlsm），请另存为不含宏的 .docx 或 .xlsx"},
	{"vbaproject", "声明了宏（VBA 工程）"},
	{"vbadata", "声明了宏的数据"},
	{"activex", "声明了 ActiveX 控件"},
	{"oleobject", "声明了 OLE 对象"},
	{"keymapcustomizations", "声明了自定义的快捷键和宏命令"},
}

// contentTypes finds macro-enabled and active content types: any entry
// that makes the file macro-enabled, an override naming a part of code,
// and a default for an extension that a part without override has.
// Excelize declares .bin as a VBA project in every workbook it writes; that
// default alone names no part and stays allowed.
func contentTypes(f *zip.File, parts []*zip.File) ([]Finding, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	defaults := map[string]string{}
	overridden := map[string]bool{}
	var out []Finding
	seen := map[string]bool{}
	flag := func(ct, whose string) {
		lower := strings.ToLower(ct)
		for _, m := range macroTypes {
			if strings.Contains(lower, m.marker) && !seen[m.marker] {
				seen[m.marker] = true
				out = append(out, Finding{Part: f.Name, What: m.what + "（" + whose + "内容类型 " + ct + "）"})
			}
		}
	}
	err = EachElement(rc, func(e xml.StartElement) {
		ct := Attr(e, "ContentType")
		switch e.Name.Local {
		case "Default":
			defaults[strings.ToLower(Attr(e, "Extension"))] = ct
			if strings.Contains(strings.ToLower(ct), "macroenabled") {
				flag(ct, "")
			}
		case "Override":
			overridden[strings.ToLower(strings.TrimPrefix(Attr(e, "PartName"), "/"))] = true
			flag(ct, Attr(e, "PartName")+" 的")
		}
	})
	for _, p := range parts {
		name := strings.ToLower(p.Name)
		if ct, ok := defaults[strings.TrimPrefix(path.Ext(name), ".")]; ok && !overridden[name] && activePart(p.Name) == "" {
			flag(ct, p.Name+" 的")
		}
	}
	return out, err
}

// relFinding is a relationship found, with the part it points to.
type relFinding struct {
	Finding
	target string
}

// refusedRelations name the relationship types (the last segment of the
// type URI) that bring in code, controls, objects or outside content even
// inside the package.
var refusedRelations = map[string]string{
	"vbaproject":            "宏（VBA 工程）",
	"wordvbadata":           "宏的数据",
	"keymapcustomizations":  "自定义的快捷键和宏命令",
	"oleobject":             "OLE 对象",
	"package":               "嵌入的文件",
	"control":               "ActiveX 控件",
	"activexcontrolbinary":  "ActiveX 控件",
	"afchunk":               "外部内容块（altChunk）",
	"subdocument":           "子文档",
	"attachedtemplate":      "附加模板",
	"frame":                 "框架",
	"externallink":          "外部链接",
	"externallinkpath":      "外部工作簿",
	"connections":           "数据连接",
	"querytable":            "查询表",
	"xlmacrosheet":          "Excel 4.0 宏表",
	"xlintlmacrosheet":      "Excel 4.0 宏表",
	"dialogsheet":           "对话框表",
	"mailmergesource":       "邮件合并数据源",
	"mailmergeheadersource": "邮件合并数据源",
	"recipientdata":         "邮件合并收件人",
	"webextension":          "Office 加载项",
	"webextensiontaskpanes": "Office 加载项",
}

// relationNames are what a clerk calls the outside things a relationship
// may point to.
var relationNames = map[string]string{"image": "图片", "audio": "音频", "video": "视频", "media": "媒体"}

// relationships finds the relationships of one .rels part that point
// outside the package (hyperlinks aside) or have a refused type.
func relationships(f *zip.File) ([]relFinding, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	source := sourceOf(f.Name)
	var out []relFinding
	err = EachElement(rc, func(e xml.StartElement) {
		if e.Name.Local != "Relationship" {
			return
		}
		kind := strings.ToLower(path.Base(Attr(e, "Type")))
		target := Attr(e, "Target")
		external := strings.EqualFold(Attr(e, "TargetMode"), "External")
		what, refused := refusedRelations[kind]
		switch {
		case external && kind == "hyperlink":
			return
		case external:
			if !refused {
				what = relationNames[kind]
				if what == "" {
					what = "内容（" + path.Base(Attr(e, "Type")) + "）"
				}
			}
			out = append(out, relFinding{Finding{Part: source, What: fmt.Sprintf("链接到外部的%s“%s”，打开文件时会从外部读取；请改为直接插入（嵌入）或删除", what, short(target))}, ""})
		case refused:
			base := path.Dir(source)
			if source == f.Name { // the package's own relationships
				base = ""
			}
			resolved := path.Join(base, target)
			if strings.HasPrefix(target, "/") {
				resolved = strings.TrimPrefix(target, "/")
			}
			out = append(out, relFinding{Finding{Part: source, What: fmt.Sprintf("引用了%s（%s）", what, target)}, resolved})
		}
	})
	return out, err
}

// sourceOf is the part a .rels part describes: word/_rels/document.xml.rels
// describes word/document.xml, _rels/.rels the package.
func sourceOf(rels string) string {
	dir, file := path.Split(rels)
	dir = strings.TrimSuffix(strings.TrimSuffix(dir, "/"), "_rels")
	src := dir + strings.TrimSuffix(file, ".rels")
	if src == "" {
		return rels
	}
	return src
}

// unreadable is a part whose links cannot be checked, which is refused
// rather than passed unchecked.
func unreadable(part string) Finding {
	return Finding{Part: part, What: "XML 有误，无法检查其中的链接和内容类型；请用 Word 或 WPS 打开模板后另存为新文件"}
}

func short(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// EachElement calls fn with every start element of an XML part, read as
// written (prefixes kept, no namespace resolved). Only a part Inspect has
// found no declaration in may be read this way.
func EachElement(r io.Reader, fn func(xml.StartElement)) error {
	d := xml.NewDecoder(r)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if e, ok := tok.(xml.StartElement); ok {
			fn(e)
		}
	}
}

// Attr is the value of the attribute of e with the local name, whatever
// its prefix; "" when there is none.
func Attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
