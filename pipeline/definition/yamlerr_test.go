package definition

import (
	"strings"
	"testing"
)

// A definition typed with a Chinese input method: each broken line is
// named, with the sign that broke it, in Chinese.
func TestYAMLErrorsInChineseOnTheirLine(t *testing.T) {
	cases := []struct {
		name, yaml string
		line       string
		want       []string
	}{
		{"key colon", "name: 说明\ntables：\n  - key: 表\n", "第2行", []string{"全角冒号", "“: ”"}},
		{"flow comma", "name: 说明\ntables:\n  - {key: 表，sheet: 评价}\n", "第3行", []string{"全角逗号"}},
		{"flow key colon", "name: 说明\ntables:\n  - {key： 表, sheet: 评价}\n", "第3行", []string{"全角冒号"}},
		{"bracket", "name: 说明\ntables:\n  - key: 表\n    total_labels: ［合计］\n    sheet: 评价\n", "第4行", []string{"全角方括号"}},
		{"unclosed", "name: 说明\ntables: [表\nsections: []\n", "第", []string{"方括号", "没有配对"}},
		{"indent", "name: 说明\n  tables: 1\n", "第2行", []string{"缩进"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("文档定义.yaml", []byte(c.yaml))
			if err == nil {
				t.Fatal("parsed")
			}
			msg := err.Error()
			if !strings.Contains(msg, c.line) || strings.Contains(msg, "yaml:") || strings.Contains(msg, "expected") {
				t.Errorf("%s: want %s in Chinese, got %s", c.name, c.line, msg)
			}
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("%s: want %q in %s", c.name, w, msg)
				}
			}
		})
	}
}

// A full-width colon inside a value is text, not a mistake.
func TestFullWidthInValuesIsText(t *testing.T) {
	for _, line := range []string{`text: 单位：万元`, `  - {key: 标题, kind: text, text: "表1：结果，合计"}`, `# 注：全角`} {
		if _, what := FullWidthSign(line); what != "" {
			t.Errorf("%s: %s", line, what)
		}
	}
	if n, what := FullWidthSign("tables："); n != 7 || what == "" {
		t.Errorf("tables： → %d %q", n, what)
	}
}
