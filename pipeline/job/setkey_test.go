package job

import (
	"strings"
	"testing"
)

func TestSetKey(t *testing.T) {
	cases := []struct{ name, in, value, want string }{
		{"absent", "county: 沁源县\nyear: 2023\n", "true", "county: 沁源县\nyear: 2023\nofd: true\n"},
		{"absent, no final newline", "county: 沁源县\nyear: 2023", "true", "county: 沁源县\nyear: 2023\nofd: true\n"},
		{"absent, CRLF", "county: 沁源县\r\nyear: 2023\r\n", "true", "county: 沁源县\r\nyear: 2023\r\nofd: true\r\n"},
		{"present", "# 任务\nofd: true\nyear: 2023\n", "false", "# 任务\nofd: false\nyear: 2023\n"},
		{"comment kept", "ofd: false   # 档案馆要求\nyear: 2023\n", "true", "ofd: true   # 档案馆要求\nyear: 2023\n"},
		{"CRLF kept", "county: 沁源县\r\nofd: yes\r\nyear: 2023\r\n", "false", "county: 沁源县\r\nofd: false\r\nyear: 2023\r\n"},
		{"BOM kept", "\uFEFFofd: false\n", "true", "\uFEFFofd: true\n"},
		{"empty value", "ofd:\nyear: 2023\n", "true", "ofd: true\nyear: 2023\n"},
		{"empty value with comment", "ofd:   # 待定\nyear: 2023\n", "true", "ofd: true   # 待定\nyear: 2023\n"},
		{"nested key of the same name untouched", "templates:\n  ofd: x\nofd: false\n", "true", "templates:\n  ofd: x\nofd: true\n"},
		{"value on its own line", "ofd:\n  false\nyear: 2023\n", "true", "ofd:\n  true\nyear: 2023\n"},
		{"empty file", "", "true", "ofd: true\n"},
		{"tagged", "ofd: !!bool false # 标签\n", "true", "ofd: true # 标签\n"},
		{"null", "ofd: ~\n", "true", "ofd: true\n"},
		{"only comments", "# 空\n", "true", "# 空\nofd: true\n"},
	}
	for _, c := range cases {
		got, err := SetKey([]byte(c.in), "ofd", c.value)
		if err != nil || string(got) != c.want {
			t.Errorf("%s: %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

// The edited file still loads, with the new value, and every other key
// as it was.
func TestSetKeyLoads(t *testing.T) {
	base := "county: 沁源县 # 县名\r\nyear: 2023\r\ninput: 数据.xlsx\r\noutput: out\r\nrequirements:\r\n  key_evaluations: 3\r\n"
	for _, v := range []string{"true", "false"} {
		got, err := SetKey([]byte(base), "ofd", v)
		if err != nil {
			t.Fatal(err)
		}
		j, err := Parse("job.yaml", got)
		if err != nil {
			t.Fatalf("%s: %v\n%s", v, err, got)
		}
		if j.OFD != (v == "true") || j.County != "沁源县" || j.Year != 2023 {
			t.Errorf("ofd %s: loaded %+v", v, j)
		}
		if !strings.HasPrefix(string(got), base) {
			t.Errorf("ofd %s changed other lines: %q", v, got)
		}
	}
}

func TestSetKeyRefuses(t *testing.T) {
	for _, in := range []string{"{county: x, ofd: true}\n", "ofd: \"true\"\n", "ofd: [1]\n", "- a\n", "ofd: [\n", "ofd: \xff\n", "ofd: &a false\npdfa: *a\n"} {
		if got, err := SetKey([]byte(in), "ofd", "true"); err == nil {
			t.Errorf("%q was edited to %q", in, got)
		}
	}
}
