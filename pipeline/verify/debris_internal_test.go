package verify

import (
	"strings"
	"testing"

	"jixiao/pipeline/output"
)

// A PDF breaks lines anywhere: debris split by a line break is debris.
func TestDebrisAcrossLineBreaks(t *testing.T) {
	ms := debris("涉及金额3.50万元，\n。对上年度", nil, "说明.pdf")
	if len(ms) != 1 || !strings.Contains(ms[0].Want, "“，。”") || !strings.Contains(ms[0].Want, "涉及金额3.50万元，。对上年度") {
		t.Errorf("mismatches %v", ms)
	}
	clean := "共组织14个项目（涉及金额2,059.00万元）进行事前绩效评价，评价等级全部为“优”。附件：表"
	if ms := debris(clean, nil, "说明.pdf"); len(ms) != 0 {
		t.Errorf("a clean sentence: %v", ms)
	}
	// Two values that each hold “” account for two, not three.
	placed := []output.Placement{{Printed: "名称“”"}, {Printed: "又一“”"}}
	if ms := debris("名称“”，又一“”，再“”", placed, "x.docx"); len(ms) != 1 {
		t.Errorf("mismatches %v", ms)
	}
}
