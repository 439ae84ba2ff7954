package ingest

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
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

// FuzzReaderAgreesWithExcelize reads the same bytes with the reader and
// with excelize and compares every cell. The reader must never panic;
// where both read a workbook, they must agree cell by cell. The seeds in
// testdata/fuzz are the corpus workbooks as each writer writes them
// (TestWriteFuzzCorpus makes them), so plain go test runs them all.
func FuzzReaderAgreesWithExcelize(f *testing.F) {
	for _, w := range writers {
		f.Add(corpusBook(f, w))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ours, err := readAll(data)
		if err != nil {
			return
		}
		// excelize makes every sheet a dense grid: a cell in row 900,000
		// costs it minutes, the reader nothing. Such are compared in
		// TestReferencesInEveryForm instead.
		for _, cells := range ours.cells {
			for k := range cells {
				if k[0] > 5000 || k[1] > 500 {
					return
				}
			}
		}
		theirs, err := excelizeCells(data)
		if err != nil {
			return
		}
		sameCells(t, "fuzz", ours.cells, theirs)
	})
}

// TestWriteFuzzCorpus writes FuzzReaderAgreesWithExcelize's seeds into
// testdata/fuzz when JIXIAO_WRITE_CORPUS=1: the corpus workbook as each
// writer writes it, read by the lexer and, with a comment before the
// rows, by the decoder; and the references in every form.
func TestWriteFuzzCorpus(t *testing.T) {
	if os.Getenv("JIXIAO_WRITE_CORPUS") != "1" {
		t.Skip("writes testdata; set JIXIAO_WRITE_CORPUS=1")
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzReaderAgreesWithExcelize")
	os.MkdirAll(dir, 0o755)
	write := func(name string, data []byte) {
		body := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", data)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rows, order := corpusRows()
	for _, w := range writers {
		write(w.name, corpusBook(t, w))
		write(w.name+"-decoded", oneSheet(t, w, rows, order, []string{"A1:B1", "G2:G4"}, true))
	}
	v := func(ref string) tc { return tc{ref, "", "", "<v>7</v>"} }
	for i, ref := range []string{"d3", "$D$3", "ZZZZZZ3", "A0", "A1048577", "XFD3", "$xfd$3", "3"} {
		write(fmt.Sprintf("ref-%d", i), oneSheet(t, writers[i%len(writers)], map[int][]tc{3: {v(ref)}}, []int{3}, nil, false))
	}
}
