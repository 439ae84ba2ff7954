package example

import (
	"bytes"
	"strings"
	"testing"

	"jixiao/pipeline/document"
)

// FuzzScan: whatever the text, the numbers found lie inside it, in order
// and apart, and each reads back as written.
func FuzzScan(f *testing.F) {
	for _, s := range []string{"共组织14个项目（涉及金额10,790.69万元）", "财预〔2020〕10号", "十四个", "壹亿零伍佰贰拾叁万肆仟捌佰元整", "2023年12月31日", "1,2,3", "16.67%", "1,234,5678"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text := []rune(s)
		last := 0
		for _, tk := range scan(text) {
			if tk.start < last || tk.end <= tk.start || tk.end > len(text) {
				t.Fatalf("%q: token %+v after %d", s, tk, last)
			}
			if string(text[tk.start:tk.end]) != tk.text {
				t.Fatalf("%q: token text %q at %d–%d", s, tk.text, tk.start, tk.end)
			}
			last = tk.end
		}
	})
}

func TestScanReadsNumbersAsWritten(t *testing.T) {
	for _, c := range []struct {
		in, text, unit string
		grouped        bool
		decimals       int
		skip           string
	}{
		{"涉及金额10,790.69万元", "10,790.69", "万元", true, 2, ""},
		{"共计1166条", "1166", "条", false, 0, ""},
		{"1,2,3项", "1", "", false, 0, ""},
		{"优秀率16.67%", "16.67", "%", false, 2, ""},
		{"财预〔2020〕10号", "2020", "", false, 0, "文号"},
		{"于12月31日", "12", "", false, 0, "日期"},
		{"十四个项目", "十四", "个", false, 0, ""},
		{"4.02亿元", "4.02", "亿元", false, 2, ""},
		{"2.重点项目绩效评价", "2", "", false, 0, "序号"},
		{" （3）项目支出", "3", "", false, 0, "序号"},
		{"1、事前评价", "1", "", false, 0, "序号"},
		{"2.5万元", "2.5", "万元", false, 1, ""},
		{"共有3、4两类", "3", "", false, 0, ""},
	} {
		got := scan([]rune(c.in))
		if len(got) == 0 {
			t.Errorf("%q: nothing found", c.in)
			continue
		}
		tk := got[0]
		if tk.text != c.text || tk.unit != c.unit || tk.grouped != c.grouped || tk.decimals != c.decimals || tk.skip != c.skip {
			t.Errorf("%q: %+v", c.in, tk)
		}
	}
	if v, ok := chineseValue([]rune("一百二十三万零五")); !ok || v != 1230005 {
		t.Errorf("一百二十三万零五 = %d", v)
	}
}

// The same document and data make the same template, byte for byte.
func TestMakeIsDeterministic(t *testing.T) {
	d := lastYear(t, sampleJob(t, t.TempDir(), "../../data/qinyuan-2023.xlsx", nil))
	doc := docxOf(t, para(run("", "事前绩效评价14个项目，涉及金额10790.69万元。")))
	a, err := Make(doc, d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Make(doc, d, Options{})
	if !bytes.Equal(a.Docx, b.Docx) {
		t.Error("two templates from one document differ")
	}
}

// FuzzMake: any paragraph text makes a template without an error, and a
// paragraph with no number or wording bound comes out as it went in.
func FuzzMake(f *testing.F) {
	f.Add("一年来，共组织14个项目（涉及金额10790.69万元）进行事前绩效评价，评价等级全部为“优”。")
	f.Add("财预〔2020〕10号&lt;")
	f.Add("十四个")
	var d *document.Data
	f.Fuzz(func(t *testing.T, s string) {
		if d == nil {
			d = lastYear(t, sampleJob(t, t.TempDir(), "../../data/qinyuan-2023.xlsx", nil))
		}
		doc := docxOf(t, para(run("", escapeText(strings.ToValidUTF8(s, "")))))
		res, err := Make(doc, d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		bound := false
		for _, m := range res.Marks {
			bound = bound || m.State == Bound || m.State == Ambiguous
		}
		if !bound && text(t, res.Docx) != text(t, doc) {
			t.Fatalf("%q changed with nothing bound", s)
		}
	})
}
