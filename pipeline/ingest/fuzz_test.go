package ingest

import (
	"io"
	"testing"
	"unicode/utf8"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/money"
)

func FuzzMatchHeader(f *testing.F) {
	for _, s := range []string{"金额（万元）", "项目支出(元)", " 二级项目名称 ", "评分等级", "ＡＢＣ", "金额 （ 元 ）"} {
		f.Add(s)
	}
	amount := definition.Default().Table("重点绩效评价结果").Column("金额")
	f.Fuzz(func(t *testing.T, s string) {
		if ok, unit := matches(amount, s); ok != (unit != money.NoUnit || normalize(s) == "金额" || normalize(s) == "项目支出") {
			t.Errorf("%q: matched %v with unit %v", s, ok, unit)
		}
		if n := normalize(s); !utf8.ValidString(n) && utf8.ValidString(s) {
			t.Errorf("normalize(%q) is not valid UTF-8", s)
		}
	})
}

func FuzzDecodeCSV(f *testing.F) {
	f.Add([]byte("项目名称,单位,金额（万元）\r\n甲,局,1\r\n"))
	f.Add([]byte("\xef\xbb\xbf项目名称,金额\n"))
	f.Add([]byte("\xcf\xee\xc4\xbf\xc3\xfb\xb3\xc6,\xbd\xf0\xb6\xee\n")) // 项目名称,金额 in GBK
	f.Add([]byte("\"unterminated,quote\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, enc, err := decodeCSV(raw)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("decoded %s text is not UTF-8", enc)
		}
		src := &csvSheet{r: newCSVReader(text)}
		for i := 0; i < 10000; i++ {
			_, _, _, ok, err := src.next()
			if err == io.EOF || !ok || err != nil {
				return
			}
		}
	})
}
