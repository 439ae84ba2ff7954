package job

import (
	"errors"
	"strings"
	"testing"
)

// A job file typed with a Chinese input method: the error is in Chinese,
// on the line of the full-width sign, and names it.
func TestFullWidthSignInJobFile(t *testing.T) {
	for _, c := range []struct {
		raw  string
		line int
	}{
		{"county: 某县\nyear： 2023\ninput: 数据.xlsx\n", 2},
		{"county: 某县\nyear: 2023\nrequirements: {key_evaluations: 8，policy_evaluations: 2}\n", 3},
	} {
		_, err := Parse("某县2023.yaml", []byte(c.raw))
		var je *Error
		if !errors.As(err, &je) || je.Line != c.line || !strings.Contains(je.Msg, "全角") || strings.Contains(je.Msg, "expected") {
			t.Errorf("%q: want line %d naming the full-width sign, got %v", c.raw, c.line, err)
		}
	}
}

// Output names that say {县} and {年度} follow the job's year.
func TestOutputNamesFollowTheYear(t *testing.T) {
	raw := "county: 某县\nyear: 2024\ninput: 数据.xlsx\noutput: out/{县}{年度}\noutputs:\n  docx: \"{县}{年度}年绩效评价结果.docx\"\n  xlsx: \"附件：{县}{上年度}年绩效评价结果.xlsx\"\n"
	j, err := Parse("/tmp/任务/某县.yaml", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if j.DocxName != "某县2024年绩效评价结果.docx" || j.XlsxName != "附件：某县2023年绩效评价结果.xlsx" || !strings.HasSuffix(j.Output, "/out/某县2024") {
		t.Errorf("names %q %q %q", j.DocxName, j.XlsxName, j.Output)
	}
}
