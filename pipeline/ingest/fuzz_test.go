package ingest

import (
	"io"
	"testing"
	"unicode/utf8"
)

func FuzzMatchHeader(f *testing.F) {
	for _, s := range []string{"金额（万元）", "项目支出(元)", " 二级项目名称 ", "评分等级", "ＡＢＣ", "金额 （ 元 ）"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		field, _, ok := matchHeader(s)
		if ok && (field < 0 || field >= fieldCount) {
			t.Errorf("%q matched field %d", s, field)
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
			_, _, ok, err := src.next()
			if err == io.EOF || !ok || err != nil {
				return
			}
		}
	})
}
