package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"jixiao/pipeline/opc"
	"jixiao/pipeline/wordxml"
)

// A template carries nothing that runs or fetches: a published document
// is opened by the public, and what it shows must be what the build
// checked. Package-wide content (declarations, macros, ActiveX and OLE
// parts, outside links) is found by opc.Inspect; the Word stories are
// read here for the fields and elements that run code or read from
// outside. Everything is refused, not stripped, so the clerk knows.

// activeFields are the field types that run a program, read a file or an
// address, or fill in what is on the reader's machine, and why each is
// refused.
var activeFields = map[string]string{
	"DDE":            "会在打开或更新时启动其他程序（DDE）",
	"DDEAUTO":        "会在打开文件时自动启动其他程序（DDE）",
	"INCLUDETEXT":    "会把另一个文件或网址的内容插入文档",
	"INCLUDE":        "会把另一个文件或网址的内容插入文档",
	"INCLUDEPICTURE": "会从另一个文件或网址读取图片",
	"IMPORT":         "会从另一个文件或网址读取图片",
	"LINK":           "会链接其他程序的文件（OLE 链接），更新时读取它",
	"EMBED":          "嵌入了其他程序的对象（OLE）",
	"DATABASE":       "会查询外部数据库",
	"MACROBUTTON":    "点击时会运行宏",
	"AUTOTEXT":       "插入的是打开者电脑上 Word 的“自动图文集”，内容不在本模板中",
	"AUTOTEXTLIST":   "插入的是打开者电脑上 Word 的“自动图文集”，内容不在本模板中",
	"PRINT":          "会向打印机直接发送命令",
	"ADDIN":          "带有加载项的私有数据",
	"ASK":            "会在更新时弹出对话框要求读者输入",
	"FILLIN":         "会在更新时弹出对话框要求读者输入",
	"USERNAME":       "会填入打开者电脑上的用户信息",
	"USERADDRESS":    "会填入打开者电脑上的用户信息",
	"USERINITIALS":   "会填入打开者电脑上的用户信息",
}

// activeElements are the elements of a Word story or of the settings that
// run code or read from outside.
var activeElements = []struct{ name, what string }{
	{"w:object", "嵌入的 OLE 对象（如 Excel 表格、公式编辑器对象），双击时会用其他程序打开；请改为粘贴成图片或 Word 表格"},
	{"w:control", "ActiveX 控件"},
	{"w:altChunk", "外部内容块（altChunk），打开时由 Word 导入另一文件的内容"},
	{"w:subDoc", "子文档（主控文档），内容在另一个文件中"},
	{"w:attachedTemplate", "附加模板：Word 打开文件时会读取另一个模板（可能在网上），其中可以有宏；请在 Word 的“开发工具 → 文档模板”中清除"},
	{"w:mailMerge", "邮件合并设置：Word 打开文件时会连接数据源并查询"},
	{"w:frameset", "框架网页，内容在其他文件中"},
	{"w:entryMacro", "窗体域的宏（进入时运行）"},
	{"w:exitMacro", "窗体域的宏（退出时运行）"},
}

// wordNamespace is bound to w by every program that writes .docx; another
// prefix would hide every element from this reading.
var wordNamespace = regexp.MustCompile(`xmlns:([A-Za-z_][\w.-]*)\s*=\s*["']http://schemas\.openxmlformats\.org/wordprocessingml/2006/main["']|xmlns\s*=\s*["']http://schemas\.openxmlformats\.org/wordprocessingml/2006/main["']`)

// activeContent lists everything in the package raw that runs code or
// reads from outside, placed for the clerk.
func activeContent(raw []byte) ([]Problem, error) {
	found, err := opc.Inspect(raw)
	if err != nil {
		return nil, err
	}
	var problems []Problem
	declared := map[string]bool{}
	for _, f := range found {
		problems = append(problems, Problem{partLabel(f.Part), f.What})
		declared[f.Part] = f.Declaration
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, err
	}
	files := append([]*zip.File(nil), zr.File...)
	sort.SliceStable(files, func(i, j int) bool { return storyOrder(files[i].Name) < storyOrder(files[j].Name) })
	for _, f := range files {
		if declared[f.Name] || !strings.HasPrefix(f.Name, "word/") || !strings.HasSuffix(strings.ToLower(f.Name), ".xml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		problems = append(problems, activeInStory(f.Name, string(b))...)
	}
	return problems, nil
}

// storyOrder puts the body first, so that problems read in the order a
// clerk meets them.
func storyOrder(name string) string {
	if name == "word/document.xml" {
		return ""
	}
	return name
}

// activeInStory finds the active fields and elements of one part.
func activeInStory(part, s string) []Problem {
	label := partLabel(part)
	if part == "word/document.xml" {
		label = ""
	}
	var pl *places
	at := func(pos int) string {
		if pl == nil {
			pl = newPlaces(label, s)
		}
		if where := pl.at(pos); where != "" {
			return where
		}
		return partLabel(part)
	}
	var out []Problem
	for _, m := range wordNamespace.FindAllStringSubmatchIndex(s, -1) {
		if m[2] < 0 || s[m[2]:m[3]] != "w" {
			out = append(out, Problem{partLabel(part), "Word 的 XML 命名空间没有用通常的前缀 w:，这不是 Word、WPS 或 LibreOffice 保存的文件，无法检查其中是否有可运行的内容；请用 Word 或 WPS 打开后另存为新文件"})
			break
		}
	}
	for _, fl := range fields(s) {
		out = append(out, Problem{at(fl.start), fl.problem()})
	}
	for _, e := range activeElements {
		for i := wordxml.Next(s, e.name, 0, len(s)); i >= 0; i = wordxml.Next(s, e.name, i+1, len(s)) {
			out = append(out, Problem{at(i), "有" + e.what + "。发布的文件不能含有可运行或读取外部的内容，请删除后重新保存模板"})
		}
	}
	return out
}

// field is one Word field as found: where it starts, its instruction
// text, and whether its type comes from a field nested in it.
type field struct {
	start     int
	instr     strings.Builder
	separated bool
	generated bool
}

// fields lists the fields of a part that run or fetch, in both forms Word
// writes: w:fldSimple, and the runs between w:fldChar begin, separate and
// end, whose w:instrText may be split anywhere and may hold nested fields.
func fields(s string) []*field {
	var out, stack []*field
	check := func(f *field) {
		if f.generated || activeFields[fieldType(f.instr.String())] != "" {
			out = append(out, f)
		}
	}
	for i := 0; ; {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		gt := strings.IndexByte(s[i:], '>')
		if gt < 0 {
			break
		}
		tag := s[i : i+gt]
		switch {
		case wordxml.At(s, i, "w:fldChar"):
			switch attrValue(tag, "w:fldCharType") {
			case "begin":
				if n := len(stack); n > 0 && !stack[n-1].separated && fieldType(stack[n-1].instr.String()) == "" {
					stack[n-1].generated = true
				}
				stack = append(stack, &field{start: i})
			case "separate":
				if n := len(stack); n > 0 {
					stack[n-1].separated = true
				}
			case "end":
				if n := len(stack); n > 0 {
					check(stack[n-1])
					stack = stack[:n-1]
				}
			}
		// Text between begin and separate is instruction whatever element
		// holds it: Word writes w:instrText, but reads w:t there the same.
		case wordxml.At(s, i, "w:instrText"), wordxml.At(s, i, "w:delInstrText"), wordxml.At(s, i, "w:t") && len(stack) > 0 && !stack[len(stack)-1].separated:
			content := i + gt + 1
			end := strings.Index(s[content:], "</")
			if tag[len(tag)-1] == '/' || end < 0 {
				break
			}
			text := html.UnescapeString(s[content : content+end])
			if n := len(stack); n > 0 && !stack[n-1].separated {
				stack[n-1].instr.WriteString(text)
			} else { // an instruction outside any field is read as one
				f := &field{start: i}
				f.instr.WriteString(text)
				check(f)
			}
		case wordxml.At(s, i, "w:fldSimple"):
			f := &field{start: i}
			f.instr.WriteString(html.UnescapeString(attrValue(tag, "w:instr")))
			check(f)
		}
		i += gt + 1
	}
	for _, f := range stack { // never ended: still read
		check(f)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

func (f *field) problem() string {
	instr := strings.Join(strings.Fields(f.instr.String()), " ")
	if r := []rune(instr); len(r) > 40 {
		instr = string(r[:40]) + "…"
	}
	const fix = "。发布的文件不能含有可运行或读取外部的内容：要保留它现在显示的文字或图片，请选中它按 Ctrl+Shift+F9 转为普通内容；否则按 Alt+F9 显示域代码后删除这个域，再重新保存模板"
	if f.generated {
		return "有一个域的类型由嵌套在其中的域生成（域代码“" + instr + "”），无法确认它不运行程序或读取外部内容" + fix
	}
	kind := fieldType(f.instr.String())
	return fmt.Sprintf("有 %s 域（域代码“%s”），它%s%s", kind, instr, activeFields[kind], fix)
}

// fieldType is a field instruction's type as Word reads it: the first
// word, in any case, after spaces and quotes.
func fieldType(instr string) string {
	s := strings.TrimLeftFunc(instr, func(r rune) bool { return unicode.IsSpace(r) || isQuote(r) })
	if end := strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || isQuote(r) || r == '\\' }); end >= 0 {
		s = s[:end]
	}
	return strings.ToUpper(s)
}

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' || r == '\'' }

// attrValue is the value of the attribute name in a start tag, quoted
// either way; "" when the tag has none.
func attrValue(tag, name string) string {
	for i := 0; ; {
		j := strings.Index(tag[i:], name)
		if j < 0 {
			return ""
		}
		j += i
		rest := strings.TrimLeft(tag[j+len(name):], " \t\r\n")
		before := byte(0)
		if j > 0 {
			before = tag[j-1]
		}
		if (before == ' ' || before == '\t' || before == '\r' || before == '\n') && strings.HasPrefix(rest, "=") {
			rest = strings.TrimLeft(rest[1:], " \t\r\n")
			if len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'') {
				if end := strings.IndexByte(rest[1:], rest[0]); end >= 0 {
					return rest[1 : end+1]
				}
			}
		}
		i = j + len(name)
	}
}

// partLabels name parts for the clerk, by how their names begin.
var partLabels = []struct{ prefix, label string }{
	{"word/glossary/", "文档部件库（构建基块）"}, {"word/document.xml", "正文"},
	{"word/header", "页眉"}, {"word/footer", "页脚"}, {"word/footnotes", "脚注"}, {"word/endnotes", "尾注"},
	{"word/comments", "批注"}, {"word/settings.xml", "文档设置"}, {"word/websettings.xml", "网页设置"},
	{"word/styles.xml", "样式"}, {"word/numbering.xml", "编号"},
	{"[content_types].xml", "文件类型清单"}, {"_rels/.rels", "文件的关系清单"},
}

// partLabel names a part for the clerk, with its name in the package.
func partLabel(part string) string {
	lower := strings.ToLower(part)
	for _, l := range partLabels {
		if strings.HasPrefix(lower, l.prefix) {
			return l.label + "（" + part + "）"
		}
	}
	return "部件 " + part
}
