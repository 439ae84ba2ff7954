package definition

import (
	"strings"
	"testing"
)

func TestDefaultParses(t *testing.T) {
	d := Default()
	if len(d.Tables) != 6 || len(d.Sections) != 6 {
		t.Fatalf("tables %d sections %d", len(d.Tables), len(d.Sections))
	}
	att := d.Table("重点绩效评价结果")
	if !att.KeepRows || d.Table("绩效自评").KeepRows {
		t.Error("only the attachment's rows are kept")
	}
	if c := att.Column("评价机构"); c.Blank != BlankMerge || c.MergeKey != "机构合并" {
		t.Errorf("agency column %+v", c)
	}
	if g := att.Column("等级"); g.Scale.Find("良好") != 1 || g.Scale.Find("中（一般）") != 2 {
		t.Error("grade spellings")
	}
}

func TestEveryProblemWithItsLine(t *testing.T) {
	src := `tables:
  - key: 表
    columns:
      - {key: 名称}
      - {key: 金额, kind: money}
sections:
  - key: 部分
    table: 表
    figures:
      - {key: 合计, kind: sum, of: 金額}
      - {key: 数, kind: cnt}
`
	_, err := Parse("d.yaml", []byte(src))
	if err == nil {
		t.Fatal("accepted")
	}
	msg := err.Error()
	for _, want := range []string{"第5行", "money", "第10行", "金額", "第11行", "cnt"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
}

func TestUnknownKeyNamed(t *testing.T) {
	_, err := Parse("d.yaml", []byte("tables:\n  - key: 表\n    colums: []\n"))
	if err == nil || !strings.Contains(err.Error(), "第3行") || !strings.Contains(err.Error(), "columns") {
		t.Fatalf("got %v", err)
	}
}

func FuzzScaleFind(f *testing.F) {
	for _, s := range []string{"优", "优秀", " 良 ", "一般", "中（一般）", "较差", "甲等", ""} {
		f.Add(s)
	}
	scale := StandardScale()
	f.Fuzz(func(t *testing.T, s string) {
		g := scale.Find(s)
		if g < -1 || g >= len(scale.Grades) {
			t.Fatalf("Find(%q) = %d", s, g)
		}
		if g >= 0 && scale.Find(scale.Grades[g].Name) != g {
			t.Errorf("%q does not round-trip", scale.Grades[g].Name)
		}
	})
}
