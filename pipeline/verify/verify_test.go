package verify_test

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"jixiao/pipeline/docx"
	"jixiao/pipeline/facts"
	"jixiao/pipeline/job"
	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/output"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/runner"
	"jixiao/pipeline/verify"
	"jixiao/pipeline/xlsx"

	"github.com/xuri/excelize/v2"
)

// sample is the sample job's build, and its checked files with the Word
// document read from its bytes (so that a test's change to them is read)
// and without the template's placements (withPlacements adds them where a
// test wants them).
func sample(t *testing.T) (*runner.Outputs, []verify.File) {
	t.Helper()
	j, err := job.Load("../../config/qinyuan-2023.yaml")
	if err != nil {
		t.Fatal(err)
	}
	out, err := runner.Render(j.WithOutput(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	return out, with(t, out.Checked, func(d *docx.Output) *docx.Output {
		c := *d
		c.Placed, c.Read = nil, nil
		return &c
	})
}

// withPlacements re-renders to get the placements, which sample drops.
func withPlacements(t *testing.T, files []verify.File) []verify.File {
	t.Helper()
	j, _ := job.Load("../../config/qinyuan-2023.yaml")
	placed, err := runner.Placements(j)
	if err != nil {
		t.Fatal(err)
	}
	return with(t, files, func(d *docx.Output) *docx.Output {
		c := *d
		c.Placed = placed
		return &c
	})
}

// find is the checked file whose writer's reader is a T: its name, and
// the reader.
func find[T output.ReadBacker](t *testing.T, files []verify.File) (int, string, T) {
	t.Helper()
	for i, f := range files {
		if r, ok := f.Output.(T); ok {
			return i, f.Name, r
		}
	}
	var none T
	t.Fatalf("no %T among the checked files", none)
	return 0, "", none
}

// nameOf is the name of the file whose reader is a T.
func nameOf[T output.ReadBacker](t *testing.T, files []verify.File) string {
	t.Helper()
	_, name, _ := find[T](t, files)
	return name
}

// with is files with the T's reader replaced by change's; files is kept.
func with[T output.ReadBacker](t *testing.T, files []verify.File, change func(T) T) []verify.File {
	t.Helper()
	i, _, r := find[T](t, files)
	files = slices.Clone(files)
	files[i].Output = change(r)
	return files
}

// withDocx is files with the Word document's bytes changed by edit.
func withDocx(t *testing.T, files []verify.File, edit func([]byte) []byte) []verify.File {
	return with(t, files, func(d *docx.Output) *docx.Output {
		c := *d
		c.Data = edit(c.Data)
		return &c
	})
}

// withXlsx is files with the workbook's bytes changed by edit.
func withXlsx(t *testing.T, files []verify.File, edit func([]byte) []byte) []verify.File {
	return with(t, files, func(x *xlsx.Output) *xlsx.Output {
		c := *x
		c.Data = edit(c.Data)
		return &c
	})
}

var numberToken = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)

func TestFactsCoverEveryNumberOfTheSeed(t *testing.T) {
	out, _ := sample(t)
	printed := map[string]bool{}
	for _, f := range out.Facts.Facts {
		printed[f.Printed] = true
		if f.How == "" {
			t.Errorf("fact %s does not say how it was computed", f.ID)
		}
	}
	seed, err := os.ReadFile("../runner/testdata/seed/qinyuan-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(seed)
	// Digits inside project names are names, not figures.
	table, _ := os.ReadFile("../runner/testdata/seed/attachment.csv")
	for _, line := range strings.Split(string(table), "\n")[1:] {
		if parts := strings.Split(line, ","); len(parts) > 1 {
			text = strings.ReplaceAll(text, parts[1], "")
		}
	}
	missing := map[string]bool{}
	for _, n := range numberToken.FindAllString(text, -1) {
		if !printed[n] {
			missing[n] = true
		}
	}
	if len(missing) > 0 {
		t.Errorf("numbers of the seed without a fact: %v", missing)
	}
	f, ok := out.Facts.Get("绩效自评.金额")
	if !ok || f.Printed != "145637.15" || f.How != "sum(绩效自评!C2:C1167)" || f.From[0] != "qinyuan-2023.xlsx!绩效自评!C2:C1167" {
		t.Errorf("绩效自评.金额 = %+v", f)
	}
	f, _ = out.Facts.Get("重点评价.优")
	if f.Value != "3" || f.How != `count(重点绩效评价!E2:E19 = "优")` {
		t.Errorf("重点评价.优 = %+v", f)
	}
	f, _ = out.Facts.Get("附件.行[3].金额")
	if f.Value != "2272.466" || f.Printed != "2,272.47" || f.How != "qinyuan-2023.xlsx!重点绩效评价结果!D4 ÷ 10000（元→万元）" {
		t.Errorf("附件.行[3].金额 = %+v", f)
	}
	var tail bool
	for _, c := range out.Facts.Checks {
		tail = tail || strings.Contains(c.Detail, "多 0.01 万元")
	}
	if !tail {
		t.Errorf("the 尾差 is not among the checks: %+v", out.Facts.Checks)
	}
	if !bytes.Contains(out.Files[3].Data, []byte(`"id": "附件.合计"`)) {
		t.Error("facts.json lacks 附件.合计")
	}
}

func TestUntouchedOutputsPass(t *testing.T) {
	_, o := sample(t)
	if err := verify.CheckFiles(factsOf(t), withPlacements(t, o)); err != nil {
		t.Fatal(err)
	}
}

func factsOf(t *testing.T) *facts.File {
	t.Helper()
	out, _ := sample(t)
	return out.Facts
}

func expectMismatch(t *testing.T, o []verify.File, output, fact, want, got string) {
	t.Helper()
	err := verify.CheckFiles(factsOf(t), withPlacements(t, o))
	ve, ok := err.(*verify.Error)
	if !ok {
		t.Fatalf("err = %v, want a *verify.Error", err)
	}
	for _, m := range ve.Mismatches {
		if m.Output == output && m.Fact == fact && m.Want == want && m.Got == got {
			return
		}
	}
	t.Errorf("no mismatch %s %s %s→%s among:\n%v", output, fact, want, got, err)
}

func TestOneDigitChangedInTheDocx(t *testing.T) {
	_, o := sample(t)
	o = replacedInDocx(t, o, "10790.69", "10790.68")
	expectMismatch(t, o, nameOf[*docx.Output](t, o), "事前评价.金额", "10790.69", "10790.68")
}

func TestOneCellChangedInTheWorkbook(t *testing.T) {
	_, o := sample(t)
	o = withXlsx(t, o, func(b []byte) []byte {
		f, err := excelize.OpenReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		f.SetCellDefault("附件", "D5", "2272.566")
		var buf bytes.Buffer
		f.WriteTo(&buf)
		return buf.Bytes()
	})
	expectMismatch(t, o, nameOf[*xlsx.Output](t, o), "附件.行[3].金额", "2,272.47", "2272.566")
}

func TestOneLineChangedInThePDFTextLayer(t *testing.T) {
	_, o := sample(t)
	// fpdf writes each run as a literal string of UTF-16BE bytes.
	literal := func(s string) string {
		var b []byte
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u>>8), byte(u))
		}
		return "(" + string(b) + ") Tj"
	}
	o = with(t, o, func(p pdf.Output) pdf.Output {
		return editFirstContent(t, p, func(c string) string {
			old := literal("145637.15")
			if !strings.Contains(c, old) {
				t.Fatal("fixture: 145637.15 is not drawn as one run on page 1")
			}
			return strings.Replace(c, old, literal("145637.16"), 1)
		})
	})
	expectMismatch(t, o, nameOf[pdf.Output](t, o), "绩效自评.金额", "145637.15", "145637.16")
}

var streamOf = regexp.MustCompile(`(?s)/Contents (\d+) 0 R`)

// editFirstContent rewrites the first page's content stream. Offsets in the
// xref go stale, as they would in a hand-edited file; the reader under test
// does not use them.
func editFirstContent(t *testing.T, pdf []byte, edit func(string) string) []byte {
	t.Helper()
	m := streamOf.FindSubmatch(pdf)
	obj := []byte("\n" + string(m[1]) + " 0 obj\n")
	at := bytes.Index(pdf, obj)
	start := bytes.Index(pdf[at:], []byte("stream\n")) + at + len("stream\n")
	end := bytes.Index(pdf[start:], []byte("\nendstream")) + start
	zr, err := zlib.NewReader(bytes.NewReader(pdf[start:end]))
	if err != nil {
		t.Fatal(err)
	}
	content, _ := io.ReadAll(zr)
	var buf bytes.Buffer
	zw := zlib.NewWriter(&buf)
	zw.Write([]byte(edit(string(content))))
	zw.Close()
	// The stream's /Length follows the new data, as an editor would write it.
	head := regexp.MustCompile(`/Length \d+`).ReplaceAll(pdf[at:start], []byte(fmt.Sprintf("/Length %d", buf.Len())))
	out := append([]byte(nil), pdf[:at]...)
	out = append(out, head...)
	out = append(out, buf.Bytes()...)
	return append(out, pdf[end:]...)
}

func TestAGradeCountChangedInTheDocx(t *testing.T) {
	_, o := sample(t)
	o = replacedInDocx(t, o, "评价等级为“优”的3个", "评价等级为“优”的4个") // the 重点 distribution, in one run
	expectMismatch(t, o, nameOf[*docx.Output](t, o), "重点评价.等级句", "，评价等级为“优”的3个，评价等级为“良”的13个，评价等级为“中”的2个", "，评价等级为“优”的4个，评价等级为“良”的13个，评价等级为“中”的2个")
}

func TestLeftoverTemplateMarksFailTheCheck(t *testing.T) {
	for _, mark := range []string{"{{.县名}}", "%!d(string=沁源县)", "&lt;no value&gt;", "\uFFFD"} {
		_, o := sample(t)
		o = replacedInDocx(t, o, "我县积极构建", "我县"+mark+"积极构建")
		err := verify.CheckFiles(factsOf(t), withPlacements(t, o))
		if err == nil || !strings.Contains(err.Error(), "有未填写的模板内容") || !strings.Contains(err.Error(), "我县") {
			t.Errorf("%s: err = %v", mark, err)
		}
	}
	// A project named with braces is data, not a leftover.
	_, o := sample(t)
	o = withPlaced(t, withPlacements(t, o), "含{{.县}}的名称")
	o = replacedInDocx(t, o, "春节物资救助资金", "含{{.县}}的名称")
	if err := verify.CheckFiles(factsOf(t), o); err != nil && strings.Contains(err.Error(), "有未填写的模板内容") {
		t.Errorf("data with braces: %v", err)
	}
}

// replacedInDocx is files with old replaced by new, once, in the Word
// document's body, where old must stand in one run.
func replacedInDocx(t *testing.T, files []verify.File, old, new string) []verify.File {
	t.Helper()
	return withDocx(t, files, func(b []byte) []byte {
		return opctest.Edit(t, b, map[string]func(string) string{"word/document.xml": func(s string) string {
			if !strings.Contains(s, old) {
				t.Fatalf("fixture: %s is not in one run of document.xml", old)
			}
			return strings.Replace(s, old, new, 1)
		}})
	})
}

// withPlaced is files whose Word template also placed printed.
func withPlaced(t *testing.T, files []verify.File, printed string) []verify.File {
	return with(t, files, func(d *docx.Output) *docx.Output {
		c := *d
		c.Placed = append(slices.Clone(c.Placed), docx.Placement{Printed: printed})
		return &c
	})
}

// Each table is read back from its own sheet: a second table whose sheet
// has a wrong cell is caught there, though the first sheet is right.
func TestEachTableIsCheckedOnItsOwnSheet(t *testing.T) {
	_, o := sample(t)
	o = withXlsx(t, o, func(b []byte) []byte {
		f, err := excelize.OpenReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		from, _ := f.GetSheetIndex("附件")
		to, err := f.NewSheet("副本")
		if err != nil {
			t.Fatal(err)
		}
		if err := f.CopySheet(from, to); err != nil {
			t.Fatal(err)
		}
		f.SetCellDefault("副本", "D5", "2272.566")
		var buf bytes.Buffer
		f.WriteTo(&buf)
		return buf.Bytes()
	})
	if err := verify.CheckFiles(factsOf(t), withPlacements(t, o)); err != nil {
		t.Fatalf("the table's own sheet is right: %v", err)
	}
	o = with(t, o, func(x *xlsx.Output) *xlsx.Output {
		second := *x.Tables[0]
		second.Sheet = "副本"
		c := *x
		c.Tables = append(slices.Clone(c.Tables), &second)
		return &c
	})
	expectMismatch(t, o, nameOf[*xlsx.Output](t, o), "附件.行[3].金额", "2,272.47", "2272.566")
}
