package docx

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// bigTemplate is a template of n paragraphs, every fourth with a tag and
// every tenth in a table cell, about 300 bytes of document.xml each.
func bigTemplate(t testing.TB, n int) []byte {
	var b strings.Builder
	for i := 0; i < n; i++ {
		switch {
		case i%10 == 9:
			b.WriteString(`<w:tbl><w:tr><w:tc>` + p(fmt.Sprintf("表格第%d格 {{.县}}", i)) + `</w:tc><w:tc>` + p("{{.年度}}") + `</w:tc></w:tr></w:tbl>`)
		case i%4 == 0:
			b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">第` + fmt.Sprint(i) + `段：{{.事前</w:t></w:r><w:r><w:t>评价.项目数}}个项目，金额{{.事前评价.金额}}万元。</w:t></w:r></w:p>`)
		default:
			b.WriteString(p(fmt.Sprintf("第%d段，没有标签的正文文字，用来撑起模板的篇幅，像一份真正的说明那样长。", i)))
		}
	}
	return makeDocx(t.(*testing.T), b.String())
}

func parseTime(t *testing.T, raw []byte) time.Duration {
	best := time.Hour
	for range 3 {
		start := time.Now()
		if _, err := parse("big.docx", raw); err != nil {
			t.Fatal(err)
		}
		best = min(best, time.Since(start))
	}
	return best
}

// TestLintTimeIsLinear: checking a template costs time in proportion to
// its size, so a long one is checked as readily as a short one. The ratio,
// not a time, is asserted: eight times the paragraphs within sixteen times
// the time.
func TestLintTimeIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("parses large templates")
	}
	small, large := parseTime(t, bigTemplate(t, 1500)), parseTime(t, bigTemplate(t, 12000))
	if large > 16*small {
		t.Errorf("1,500 paragraphs in %s, 12,000 in %s: %.1f×", small, large, float64(large)/float64(small))
	}
	t.Logf("1,500 paragraphs %s, 12,000 %s (%.1f×)", small, large, float64(large)/float64(small))
}

// BenchmarkLint4MB checks a template of about 4 MB of document.xml.
func BenchmarkLint4MB(b *testing.B) {
	t := &testing.T{}
	raw := bigTemplate(t, 22000) // 4.0 MB of document.xml
	for b.Loop() {
		if _, err := parse("big.docx", raw); err != nil {
			b.Fatal(err)
		}
	}
}
