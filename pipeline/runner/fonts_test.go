package runner

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/fonts"
	"jixiao/pipeline/job"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/opc"
)

func jobWithFonts(t *testing.T, fontsYAML string) *job.Job {
	t.Helper()
	dir := t.TempDir()
	raw, err := os.ReadFile("../../config/qinyuan-2023.yaml")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := filepath.Abs("../../data/qinyuan-2023.xlsx")
	body := strings.Replace(string(raw), "../data/qinyuan-2023.xlsx", data, 1) + fontsYAML
	path := filepath.Join(dir, "job.yaml")
	os.WriteFile(path, []byte(body), 0o644)
	j, err := job.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return j.WithOutput(filepath.Join(dir, "out"))
}

func TestJobFontsReplaceTheDefaults(t *testing.T) {
	dir := t.TempDir()
	ttf := filepath.Join(dir, "仿宋_GB2312.ttf")
	os.WriteFile(ttf, fonts.Hei, 0o644)
	out, err := Render(jobWithFonts(t, "fonts:\n  fangsong: "+ttf+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	def, err := Render(sampleJob(t))
	if err != nil {
		t.Fatal(err)
	}
	if string(out.Files[2].Data) == string(def.Files[2].Data) {
		t.Error("a job font made no difference to the PDF")
	}

	ttc := filepath.Join(dir, "simsun.ttc")
	os.WriteFile(ttc, append([]byte("ttcf"), make([]byte, 64)...), 0o644)
	_, err = Render(jobWithFonts(t, "fonts:\n  song: "+ttc+"\n"))
	var te *TemplateError
	if !errors.As(err, &te) || !strings.Contains(err.Error(), "字体集（.ttc）") {
		t.Errorf("a .ttc font: %v", err)
	}
}

func TestFarFromLastYearWarns(t *testing.T) {
	prev := t.TempDir()
	os.WriteFile(filepath.Join(prev, FactsName), []byte(`{"county":"沁源县","year":2022,"facts":[
		{"id":"附件.项目数","value":"12","printed":"12"},
		{"id":"附件.合计","value":"20000","printed":"20,000.00"}]}`), 0o644)
	res, err := Run(jobWithFonts(t, "previous_output: "+prev+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var warned []string
	for _, p := range res.Problems {
		if p.Severity == 1 {
			warned = append(warned, p.Message)
		}
	}
	got := strings.Join(warned, "\n")
	if !strings.Contains(got, "附件有 35 个项目，上一年（2022年）为 12 个") || !strings.Contains(got, "附件合计 64,152.77 万元，上一年（2022年）为 20,000.00 万元") {
		t.Errorf("warnings = %q", got)
	}
}

// TestComputedValuesAreNotTakenForFigures: a template that prints a
// percentage or an amount in 大写 still passes the consistency check.
func TestComputedValuesAreNotTakenForFigures(t *testing.T) {
	raw, _ := os.ReadFile("../../templates/disclosure.docx")
	extra := `<w:p><w:r><w:t>优秀率{{百分比 .重点评价.优 .重点评价.项目数}}，合计{{大写 .附件.合计}}，共{{len .附件.行}}项，{{.附件.项目数}}个。</w:t></w:r></w:p>`
	edited, err := opc.Rewrite(raw, func(n string) bool { return n == "word/document.xml" }, func(_ string, b []byte) []byte {
		return []byte(strings.Replace(string(b), `<w:p><w:pPr><w:pStyle w:val="JxAttachLabel"/>`, extra+`<w:p><w:pPr><w:pStyle w:val="JxAttachLabel"/>`, 1))
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tpl := filepath.Join(t.TempDir(), "tpl.docx")
	os.WriteFile(tpl, edited, 0o644)
	out, err := Render(jobWithFonts(t, "templates:\n  docx: "+tpl+"\n"))
	if err != nil {
		t.Fatalf("a template with computed values failed the check: %v", err)
	}
	doc := readWord(t, out.Files[0].Data)
	text := strings.Join(doc.paras, "")
	if !strings.Contains(text, "优秀率16.67%，合计陆亿肆仟壹佰伍拾贰万柒仟柒佰贰拾元整，共35项，35个。") {
		t.Errorf("computed values not printed: %s", text)
	}
}

// TestCountyEndingInADigit: a name that runs into the year (测试1 + 2023年)
// must not confuse the consistency check.
func TestCountyEndingInADigit(t *testing.T) {
	j := sampleJob(t)
	j.County = "测试1"
	if _, err := Render(j); err != nil {
		t.Fatal(err)
	}
}

func TestMissingLastYearOnlyWarns(t *testing.T) {
	res, err := Run(jobWithFonts(t, "previous_output: "+filepath.Join(t.TempDir(), "nothing")+"\n"))
	if err != nil {
		t.Fatalf("a missing last year failed the build: %v", err)
	}
	var warned bool
	for _, p := range res.Problems {
		warned = warned || strings.Contains(p.Message, "未与上一年比较")
	}
	if !warned {
		t.Error("no warning about last year's missing facts")
	}
}

func TestTheBuildSaysWhichFontEachRoleUsed(t *testing.T) {
	l := &pdfLayout{fonts: layout.FontSet{Names: map[string]string{"fangsong": "/usr/share/fonts/wps-office/simfang.ttf（系统字体 仿宋_GB2312）"}}}
	line := fontLine(l)
	for _, want := range []string{"仿宋：/usr/share/fonts/wps-office/simfang.ttf（系统字体 仿宋_GB2312）", "小标宋：内置 Noto Serif CJK SC Bold", "楷体：内置 FandolKai"} {
		if !strings.Contains(line, want) {
			t.Errorf("%q lacks %q", line, want)
		}
	}
	res, err := Run(sampleJob(t))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range res.Problems {
		if strings.HasPrefix(p.Message, "PDF 字体——仿宋：内置 FandolFang") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the build said its fonts %d times", n)
	}
}
