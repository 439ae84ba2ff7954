package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/ingest"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"

	"github.com/shopspring/decimal"
)

// shown is a number cell written with a number format, and what the
// workbook displays for it.
type shown struct {
	value  any
	format string
	want   string
}

// shape is a table as another county publishes it: rows of cells (nil for
// empty), from the top of the sheet; the table the outputs must print, as
// text; and where the header is.
type shape struct {
	name   string
	rows   [][]any
	header int // 1-based row of the header
	// total is the total row the outputs print, "" where the workbook has none.
	total []string
	// unit is the unit line above the table the outputs print, "" for none.
	unit string
}

var shapes = []shape{
	{
		name:   "亿元在表头",
		header: 1,
		rows: [][]any{
			{"项目", "实施单位", "发行金额（亿元）", "评分情况", "评价结果"},
			{"一般债券项目甲", "交通局", shown{2.5, "0.00", "2.50"}, 87, "良"},
			{"专项债券项目乙", "水利局", shown{12.375, "General", "12.375"}, 91, "优"},
		},
	},
	{
		name:   "单位行在上方",
		header: 4,
		rows: [][]any{
			{"表1：某市2023年专项债券绩效评价结果表"},
			{},
			{"单位：亿元"},
			{"序号", "项目名称", "债券规模", "自评分数", "自评等级"},
			{1, "城区供水管网改造", shown{3.2, "0.00", "3.20"}, 88, "良好"},
			{2, "产业园区基础设施", shown{1.05, "0.00", "1.05"}, 72, "中（一般）"},
			{nil, "总计", shown{4.25, "0.00", "4.25"}},
		},
		total: []string{"", "总计", "4.25", "", ""},
		unit:  "单位：亿元",
	},
	{
		name:   "分组与两级单位",
		header: 1,
		rows: [][]any{
			{"序号", "项目名称", "主管部门", "项目单位", "预算资金（万元）", "评价得分", "评价等级", "备注"},
			{"一", "项目绩效评价"},
			{1, "农村公路养护", "交通局", "公路段", shown{2059, "General", "2059"}, 87, "良好", nil},
			{2, "乡村教师补助", "教育局", "教育局", shown{1424.74, "General", "1424.74"}, 91, "优秀", "项目单位自评"},
			{"二", "部门整体支出绩效评价"},
			{1, "县卫健委整体支出", "卫健委", "卫健委", shown{162, "0.00", "162.00"}, 75, "中（一般）", nil},
			{nil, "合  计", nil, nil, shown{3645.74, "0.00", "3645.74"}},
		},
		total: []string{"", "合  计", "", "", "3645.74", "", "", ""},
	},
	{
		name:   "只有等级",
		header: 1,
		rows: [][]any{
			{"序号", "项目", "评价档次"},
			{1, "公共文化服务", "良好"},
			{2, "基层医疗卫生", "中（一般）"},
		},
	},
}

// writeShape writes a shape's workbook.
func writeShape(t *testing.T, s shape, path string) {
	t.Helper()
	bureau{sheet: "评价结果", rows: s.rows}.write(t, path)
}

// wantTable is what the outputs must print: the header and every row as
// the workbook displays it, section rows included, then the total row.
func wantTable(s shape) [][]string {
	var out [][]string
	width := len(s.rows[s.header-1])
	for _, row := range s.rows[s.header-1:] {
		line := displayed(row, width)
		if slices.ContainsFunc(line, ingest.IsTotalLabel) {
			continue // the total is computed, compared below
		}
		out = append(out, line)
	}
	if s.total != nil {
		out = append(out, s.total)
	}
	return out
}

func TestOtherCountiesTablesThroughInitValidateBuild(t *testing.T) {
	for _, s := range shapes {
		t.Run(s.name, func(t *testing.T) {
			dir := t.TempDir()
			book := filepath.Join(dir, "数据.xlsx")
			writeShape(t, s, book)
			jobDir := filepath.Join(dir, "任务")
			drafted(t, book, jobDir)
			jobPath := filepath.Join(jobDir, "某县2023.yaml")
			if code, out, errOut := runCmd("validate", jobPath); code != 0 {
				t.Fatalf("validate: %d\n%s%s", code, out, errOut)
			}
			built(t, jobPath)
			want := wantTable(s)
			outDir := filepath.Join(jobDir, "out", "某县2023")
			docx := readOutput(t, outDir, ".docx")
			doc, err := wordmodel.Read(docx)
			if err != nil {
				t.Fatal(err)
			}
			var table *wordmodel.Table
			for _, b := range doc.Blocks {
				if tb, ok := b.(*wordmodel.Table); ok {
					table = tb
				}
			}
			if table == nil {
				t.Fatal("the .docx has no table")
			}
			compareTables(t, ".docx", tableText(table), want)

			rows, err := ingest.FirstSheet(readOutput(t, outDir, ".xlsx"))
			if err != nil {
				t.Fatal(err)
			}
			// The workbook's first row is its title; numbers are stored
			// exactly, so they are compared as the workbook displays them.
			var sheet [][]string
			body := rows[1:]
			if s.unit != "" {
				if len(body) == 0 || len(body[0]) == 0 || body[0][0] != s.unit {
					t.Fatalf(".xlsx: no unit line %q above the table: %q", s.unit, body)
				}
				body = body[1:]
				if !slices.ContainsFunc(doc.Blocks, func(b wordmodel.Block) bool { return isPara(b, s.unit) }) {
					t.Errorf(".docx: no unit line %q above the table", s.unit)
				}
			}
			for _, r := range body {
				line := make([]string, len(want[0]))
				for c := range line {
					if c < len(r) {
						line[c] = strings.TrimSpace(r[c])
					}
				}
				sheet = append(sheet, line)
			}
			for r := range sheet {
				for c := range sheet[r] {
					if r < len(want) && c < len(want[r]) && sheet[r][c] != want[r][c] && sameNumberText(sheet[r][c], want[r][c]) {
						sheet[r][c] = want[r][c]
					}
				}
			}
			compareTables(t, ".xlsx", sheet, want)

			pages, err := pdf.Text(readOutput(t, outDir, ".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			text := strings.Join(strings.Fields(strings.Join(pages, "")), "")
			for _, line := range want[1:] {
				for _, cell := range line {
					if c := strings.Join(strings.Fields(cell), ""); c != "" && !strings.Contains(text, c) {
						t.Errorf("the PDF lacks %q", cell)
					}
				}
			}
		})
	}
}

// isPara reports whether b is a paragraph reading text.
func isPara(b wordmodel.Block, text string) bool {
	p, ok := b.(*wordmodel.Paragraph)
	return ok && strings.TrimSpace(p.Text) == text
}

// sameNumberText reports whether two texts are the same number (the
// workbook stores 162, the table shows 162.00).
func sameNumberText(a, b string) bool {
	x, err1 := decimal.NewFromString(strings.ReplaceAll(a, ",", ""))
	y, err2 := decimal.NewFromString(strings.ReplaceAll(b, ",", ""))
	return err1 == nil && err2 == nil && x.Equal(y)
}

// displayed is a row of cells as the workbook shows them.
func displayed(row []any, width int) []string {
	line := make([]string, width)
	for c, v := range row {
		switch v := v.(type) {
		case nil:
		case shown:
			line[c] = v.want
		default:
			line[c] = fmt.Sprint(v)
		}
	}
	return line
}

func compareTables(t *testing.T, what string, got, want [][]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d rows, want %d:\n%q\nwant\n%q", what, len(got), len(want), got, want)
		return
	}
	for r := range want {
		if strings.Join(got[r], "|") != strings.Join(want[r], "|") {
			t.Errorf("%s row %d = %q, want %q", what, r+1, got[r], want[r])
		}
	}
}

func readOutput(t *testing.T, dir, ext string) []byte {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ext) {
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	t.Fatalf("no %s in %s", ext, dir)
	return nil
}
