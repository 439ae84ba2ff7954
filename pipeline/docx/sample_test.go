package docx

import (
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/document/documenttest"
)

// sampleData is 14 事前 projects of 10790.69 万元, no 自评, 重点, 统筹 or 监控
// rows, and a three-row attachment whose first two rows share an agency.
// second names the attachment's second project.
func sampleData(t *testing.T, second string) *document.Data {
	t.Helper()
	var pre []string
	for i := 1; i <= 13; i++ {
		pre = append(pre, "事前"+string(rune('甲'+i))+",局,770,优")
	}
	pre = append(pre, "事前末,局,780.69,优")
	return documenttest.Build(t, "沁源县", 2023, map[string][]string{
		"事前绩效评价": pre,
		"重点绩效评价结果": {
			`1,A&B<C>,局一,2272.466,91,优,甲`,
			`2,` + documenttest.Quote(second) + `,局二,0,85,良,`,
			`3,第三,局三,0,70,中,乙`,
		},
	})
}

func sample(t *testing.T) *document.Data { return sampleData(t, "第二") }

// parse is Parse with the built-in definition.
func parse(name string, raw []byte) (*Template, error) { return Parse(name, raw, definition.Default()) }
