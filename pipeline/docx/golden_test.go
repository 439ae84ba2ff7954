package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"jixiao/pipeline/wordxml"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const bodyNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`

// caseDocx packs a test case folder, written the way Word writes its
// parts, into a .docx.
func caseDocx(t *testing.T, dir string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, _ := z.Create(name)
		w.Write([]byte(body))
	}
	add("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`)
	add("word/_rels/document.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`)
	body, err := os.ReadFile(filepath.Join(dir, "document.xml"))
	if err != nil {
		t.Fatal(err)
	}
	add("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\r\n"+`<w:document `+bodyNS+`><w:body>`+string(body)+`</w:body></w:document>`)
	for _, part := range []string{"header1.xml", "footer1.xml", "comments.xml"} {
		if b, err := os.ReadFile(filepath.Join(dir, part)); err == nil {
			add("word/"+part, string(b))
		}
	}
	z.Close()
	return buf.Bytes()
}

// dump describes a filled .docx structurally: per part, each paragraph's
// text, marked with its table cell's vertical merge.
func dump(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	parts := map[string]string{}
	var out strings.Builder
	for _, f := range zr.File {
		if isCommentPart(f.Name) {
			out.WriteString("!! 输出中有批注部件 " + f.Name + "\n")
		}
		if f.Name == "word/document.xml" || strings.HasPrefix(f.Name, "word/header") || strings.HasPrefix(f.Name, "word/footer") {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			if err := xml.Unmarshal(b, new(struct{})); err != nil {
				t.Fatalf("%s is not well-formed: %v", f.Name, err)
			}
			names = append(names, f.Name)
			parts[f.Name] = string(b)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		s := parts[name]
		out.WriteString("== " + name + "\n")
		for _, mark := range []string{"<w:ins ", "<w:del ", "<w:commentReference", "<w:commentRangeStart"} {
			if strings.Contains(s, mark) {
				out.WriteString("!! 输出中有 " + mark + "\n")
			}
		}
		cells := wordxml.Elements(s, "w:tc", 0, len(s))
		for _, tbl := range wordxml.Elements(s, "w:tbl", 0, len(s)) {
			cells = append(cells, nestedCells(s, tbl)...)
		}
		for _, p := range leafParagraphs(s, 0, len(s)) {
			mark := ""
			for _, c := range cells {
				if p.Start >= c.Start && p.End <= c.End {
					cell := s[c.Start:c.End]
					switch {
					case strings.Contains(cell, `<w:vMerge w:val="restart"/>`):
						mark = " [合并开始]"
					case strings.Contains(cell, `<w:vMerge/>`):
						mark = " [合并继续]"
					default:
						mark = " [单元格]"
					}
				}
			}
			var bold []string
			for _, r := range wordxml.Elements(s, "w:r", p.Start, p.End) {
				if strings.Contains(s[r.Start:r.End], "<w:b/>") && plainText(s, r.Start, r.End) != "" {
					bold = append(bold, plainText(s, r.Start, r.End))
				}
			}
			if len(bold) > 0 {
				mark += " [粗体：" + strings.Join(bold, "|") + "]"
			}
			out.WriteString("¶ " + plainText(s, p.Start, p.End) + mark + "\n")
		}
	}
	return out.String()
}

func nestedCells(s string, tbl span) []span {
	var out []span
	for _, row := range wordxml.Elements(s, "w:tr", tbl.Start, tbl.End) {
		out = append(out, wordxml.Elements(s, "w:tc", row.Start, row.End)...)
	}
	return out
}

func TestGoldenTemplates(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/*")
	data := sampleData(t, "含]]>与{{.县}}的名称")
	n := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		n++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var got string
			tpl, err := parse(filepath.Base(dir), caseDocx(t, dir))
			var out []byte
			if err == nil {
				out, _, err = tpl.Render(data)
			}
			var te *TemplateError
			switch {
			case errors.As(err, &te):
				var b strings.Builder
				b.WriteString("拒绝\n")
				for _, p := range te.Problems {
					b.WriteString(p.String() + "\n")
				}
				got = b.String()
			case err != nil:
				t.Fatal(err)
			default:
				got = dump(t, out)
				for _, n := range tpl.Notes {
					got += "提示 " + n.String() + "\n"
				}
			}
			golden := dir + ".golden"
			if *update {
				os.WriteFile(golden, []byte(got), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no golden file (run go test -update): %v", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s:\n--- got\n%s--- want\n%s", golden, got, want)
			}
		})
	}
	if n < 6 {
		t.Errorf("only %d cases in testdata", n)
	}
}
