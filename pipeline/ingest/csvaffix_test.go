package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
)

// readCSVBytes reads a CSV file of these bytes as 表.csv under def.
func readCSVBytes(t *testing.T, def string, data []byte) (*dataset.Dataset, dataset.Problems) {
	t.Helper()
	d, err := definition.Parse("d.yaml", []byte(def))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "表.csv"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	ds, ps := Read(dir, d, Options{})
	if ds == nil {
		t.Fatalf("%v", ps.Sorted())
	}
	return ds, ps
}

// csvEncodings are body (with CRLF line ends) as Excel, WPS and
// LibreOffice save it: GBK, UTF-8 with a BOM, UTF-8, each with CRLF and LF.
func csvEncodings(t *testing.T, body string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for end, text := range map[string]string{"CRLF": body, "LF": strings.ReplaceAll(body, "\r\n", "\n")} {
		gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
		if err != nil {
			t.Fatal(err)
		}
		out["GBK "+end] = []byte(gbk)
		out["BOM "+end] = append([]byte("\xEF\xBB\xBF"), text...)
		out["UTF-8 "+end] = []byte(text)
	}
	return out
}

// A CSV cell as a format with text beside the number showed it is read
// back as that number and a format that shows it byte for byte; text
// that only looks so stays text.
func TestCSVAffixedCellsReadAsShown(t *testing.T) {
	for text, want := range map[string][2]string{
		"12.50万元":       {"12.50", `0.00"万元"`},
		"¥1,254.50":     {"1254.50", `"¥"#,##0.00`},
		"￥ 1,254.50":    {"1254.50", `"￥ "#,##0.00`},
		"约 3.2":         {"3.2", `"约 "0.0`},
		"1,234.50元":     {"1234.50", `#,##0.00"元"`},
		"2.5 亿元":        {"2.5", `0.0" 亿元"`},
		"$12.00":        {"12.00", `"$"0.00`},
		" 33.22万元 ":     {"33.22", `0.00"万元"`},
		"RMB 1,000,000": {"1000000", `"RMB "#,##0`},
	} {
		raw, format, ok := csvAffixed(text)
		if !ok || raw != want[0] || format != want[1] {
			t.Errorf("%q: %q %q %t, want %q %q", text, raw, format, ok, want[0], want[1])
		}
		if got := Display(raw, format); got != strings.TrimSpace(text) {
			t.Errorf("%q shows as %q", text, got)
		}
	}
	for _, text := range []string{"项目1", "85分", "12.50", "1,234.5.0万元", "12,34万元", "万元", "约", "第3期", "2023年", "50%", "12.50万元整", "共12万元"} {
		if raw, format, ok := csvAffixed(text); ok {
			t.Errorf("%q read as %q in %q", text, raw, format)
		}
	}
}

// A CSV row's affixed cells are read in place, the others left alone.
func TestAffixCellsKeepsTheRest(t *testing.T) {
	cells := []string{"1", "道路,桥梁\n项目", "12.50万元", "优"}
	formats := affixCells(cells)
	if cells[2] != "12.50" || formats[2] != `0.00"万元"` || cells[1] != "道路,桥梁\n项目" || formats[0] != "" || cells[0] != "1" {
		t.Errorf("cells %q formats %q", cells, formats)
	}
	if f := affixCells([]string{"1", "甲", "12.50"}); f != nil {
		t.Errorf("a row with no affix has formats %q", f)
	}
}

const affixDef = "tables:\n  - key: 表\n    columns:\n      - {key: 项目名称, required: true}\n      - {key: 资金, kind: amount, headers: [资金（万元）]}\n"

// An amount column of a CSV file in GBK, UTF-8 with a BOM or UTF-8, with
// CRLF or LF, quoted names holding commas and line breaks: read as
// numbers, printed as shown, summed.
func TestCSVAffixedColumnInEachEncoding(t *testing.T) {
	body := "项目名称,资金（万元）\r\n\"道路,桥梁\r\n一期\",12.50万元\r\n乙,20.72万元\r\n合计,33.22万元\r\n"
	for name, data := range csvEncodings(t, body) {
		t.Run(name, func(t *testing.T) {
			ds, ps := readCSVBytes(t, affixDef, data)
			if got := messages(ps, dataset.Error); len(got) != 0 {
				t.Fatalf("errors %q", got)
			}
			tb := ds.Tables[0]
			if tb.Count != 2 || tb.Stated == nil || tb.Stated[1].Amount.Grouped() != "33.22" {
				t.Fatalf("count %d, stated %v", tb.Count, tb.Stated)
			}
		})
	}
}

// A column showing its amounts in two patterns is refused at the first
// cell that differs, naming the first cell and both texts.
func TestCSVMixedAffixesRefused(t *testing.T) {
	for body, want := range map[string]string{
		"项目名称,资金（万元）\n甲,12.50万元\n乙,20.72\n丙,1.00万元\n": "表.csv!B3：“资金（万元）”列的数写法不一致：B2 写作“12.50万元”，这里写作“20.72”",
		"项目名称,资金（万元）\n甲,12.50\n乙,¥20.72\n":            "表.csv!B3：“资金（万元）”列的数写法不一致：B2 写作“12.50”，这里写作“¥20.72”",
		"项目名称,资金（万元）\n甲,12.50万\n乙,20.72万元\n":          "表.csv!B3：“资金（万元）”列的数写法不一致：B2 写作“12.50万”，这里写作“20.72万元”",
		"项目名称,资金（万元）\n甲,\"1,300元\"\n乙,20元\n":          "表.csv!B2：“资金（万元）”列的表头单位是万元，单元格却显示为“1,300元”",
	} {
		_, ps := readCSVBytes(t, affixDef, []byte(body))
		if got := messages(ps, dataset.Error); len(got) != 1 || !strings.HasPrefix(got[0], want) {
			t.Errorf("%q: errors %q, want %q", body, got, want)
		}
	}
}
