package tmpl

import (
	"testing"

	"jixiao/pipeline/money"
)

func TestCapital(t *testing.T) {
	cases := map[string]string{
		"10790.69":  "壹亿零柒佰玖拾万陆仟玖佰元整",
		"64152.772": "陆亿肆仟壹佰伍拾贰万柒仟柒佰贰拾元整",
		"0.0001":    "壹元整",
		"0.00001":   "壹角",
		"0.000012":  "壹角贰分",
		"1.00000":   "壹万元整",
		"1.0001":    "壹万零壹元整",
		"100.0000":  "壹佰万元整",
		"10000":     "壹亿元整",
		"10000.001": "壹亿零壹拾元整",
		"0.1005":    "壹仟零伍元整",
		"0.000105":  "壹元零伍分",
		"0":         "零元整",
	}
	for in, want := range cases {
		if got := capitalOf(money.MustParse(in)); got != want {
			t.Errorf("大写 %s万元 = %s, want %s", in, got, want)
		}
	}
}

func TestPercentDateNumbering(t *testing.T) {
	if got, _ := percent(3, 18); got != "16.67%" {
		t.Errorf("百分比 3/18 = %s", got)
	}
	if got, _ := percent(money.MustParse("1"), money.MustParse("4")); got != "25.00%" {
		t.Errorf("百分比 of amounts = %s", got)
	}
	if got, _ := percent(1, 0); got != "—" {
		t.Errorf("百分比 of zero = %s", got)
	}
	if got, _ := date(2023, 12, 31); got != "2023年12月31日" {
		t.Errorf("日期 = %s", got)
	}
	if got, _ := date("2024-03-05"); got != "2024年3月5日" {
		t.Errorf("日期 from text = %s", got)
	}
	if _, err := date("31/12/2023"); err == nil {
		t.Error("a date in another form was accepted")
	}
	want := map[[2]int]string{{1, 3}: "三、", {1, 10}: "十、", {1, 12}: "十二、", {1, 21}: "二十一、", {2, 1}: "（一）", {3, 2}: "2.", {4, 4}: "（4）"}
	for in, w := range want {
		if got, _ := numbering(in[0], in[1]); got != w {
			t.Errorf("编号 %v = %s, want %s", in, got, w)
		}
	}
	if _, err := numbering(5, 1); err == nil {
		t.Error("level 5 accepted")
	}
}

func TestChineseNumber(t *testing.T) {
	for n, want := range map[int]string{0: "零", 4: "四", 10: "十", 14: "十四", 20: "二十", 105: "一百零五", 110: "一百一十", 1166: "一千一百六十六",
		1087: "一千零八十七", 10000: "一万", 10005: "一万零五", 10500: "一万零五百", 123456: "十二万三千四百五十六", 100010000: "一亿零一万", -3: "负三"} {
		if got := chineseNumber(n); got != want {
			t.Errorf("中文数字 %d = %s, want %s", n, got, want)
		}
	}
}

// 中文写法 spells what hand-written texts write and 中文数字 does not.
func TestChineseStyled(t *testing.T) {
	for _, c := range []struct {
		n     int
		style string
		want  string
	}{
		{2, "两", "两"}, {200, "两", "两百"}, {2000, "两", "两千"}, {22, "两", "二十二"}, {12, "两", "十二"},
		{14, "一十", "一十四"}, {10, "一十", "一十"}, {114, "一十", "一百一十四"}, {2, "一十", "二"},
		{2, "两一十", "两"}, {14, "两一十", "一十四"},
	} {
		got, err := chineseStyled(c.n, c.style)
		if err != nil || got != c.want {
			t.Errorf("中文写法 %d %q = %q, %v; want %q", c.n, c.style, got, err, c.want)
		}
	}
	if _, err := chineseStyled(2, "十"); err == nil {
		t.Error("an unknown style is refused")
	}
}
