package verify

import (
	"regexp"
	"strings"
	"testing"
)

// TestSquashRemovesWhatTheExpressionDid: squash removes regexp's \s, and
// only it (not a full-width space, not a byte that is not UTF-8), as the
// expression it replaced did.
func TestSquashRemovesWhatTheExpressionDid(t *testing.T) {
	spaces := regexp.MustCompile(`\s+`)
	for _, s := range []string{"", "共 组织\t12 个\n项目", "\r\n\f\v 　金额\u00a0（万元）\xe4 ", "无空白", strings.Repeat(" a\tb\n", 50)} {
		if got, want := squash(s), spaces.ReplaceAllString(s, ""); got != want {
			t.Errorf("squash(%q) = %q, want %q", s, got, want)
		}
	}
}
