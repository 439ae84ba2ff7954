package docx

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
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
	return makeDocx(t, b.String())
}

// parseAlloc is the bytes one check of raw allocates. Allocation, unlike
// time, does not depend on the machine's load, so a test can bound it.
func parseAlloc(t *testing.T, raw []byte) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := parse("big.docx", raw); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestLintWorkIsLinear: checking a template costs work in proportion to
// its size, so a long one is checked as readily as a short one. Eight
// times the paragraphs may allocate at most twelve times the bytes; the
// time itself is measured by BenchmarkLint, never asserted in a test.
func TestLintWorkIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("parses large templates")
	}
	small, large := parseAlloc(t, bigTemplate(t, 1500)), parseAlloc(t, bigTemplate(t, 12000))
	if large > 12*small {
		t.Errorf("1,500 paragraphs allocate %d bytes, 12,000 allocate %d: %.1f×", small, large, float64(large)/float64(small))
	}
	t.Logf("1,500 paragraphs %d bytes, 12,000 %d (%.1f×)", small, large, float64(large)/float64(small))
}

// BenchmarkLint checks templates of 1,500 and 12,000 paragraphs and one of
// about 4 MB of document.xml; their times per check should grow with size
// and no faster.
func BenchmarkLint(b *testing.B) {
	for _, n := range []int{1500, 12000, 22000} {
		raw := bigTemplate(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := parse("big.docx", raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
