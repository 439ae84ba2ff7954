package job

import (
	"strings"
	"testing"
)

// Of several bad values, the message names the same one every time: the
// first in the job file's keys' sorted order, never a map's.
func TestSeveralBadValuesNameTheSameOneEveryRun(t *testing.T) {
	long := strings.Repeat("长", maxValue+1)
	cases := map[string]string{
		"overlong":     strings.Replace(minimal, "output: ../out/qinyuan-2023", "output: "+long+"\nauthor: "+long+"\ndefinition: "+long, 1),
		"requirements": strings.Replace(minimal, "  key_evaluations: 8", "  a: -1\n  b: -2\n  c: -3\n  d: -4\n  e: -5\n  f: -6", 1),
		"fonts":        minimal + "fonts:\n  a: x.ttf\n  b: y.ttf\n  c: z.ttf\n  d: w.ttf\n  e: v.ttf\n",
		"sheets":       minimal + "sheets:\n  a: ' '\n  b: ' '\n  c: ' '\n  d: ' '\n  e: ' '\n",
	}
	for name, body := range cases {
		messages := map[string]bool{}
		for range 30 {
			if _, err := Parse("q.yaml", []byte(body)); err != nil {
				messages[err.Error()] = true
			}
		}
		if len(messages) != 1 {
			t.Errorf("%s: %d different messages: %v", name, len(messages), messages)
		}
	}
}
