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
