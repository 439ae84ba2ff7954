package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"jixiao/pipeline/ingest"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/wordmodeltest"

	"github.com/xuri/excelize/v2"
)

// bureau is a table as one of issue #24's bureaus keeps it, for a year:
// its sheet's name, its rows from the top (nil for an empty cell), its
// merges, where its header is, its unit line and title, and the fields
// jixiao fields must list with their values.
type bureau struct {
	name   string
	sheet  string
	rows   [][]any
	merges []string
	header int // 1-based
	unit   string
	title  string // as the document's title prints it; "" where the workbook has none
	fields map[string]string
}

// bureaus are the six shapes, written for year y: the year in their
// titles, sheet names and headers moves with it.
func bureaus(y int) []bureau {
	ys, prior := strconv.Itoa(y), strconv.Itoa(y-1)
	yang := [][]any{
		{"阳高县" + ys + "年度重点绩效评价结果"},
		{"序号", "项目名称", "主管部门", "预算资金（万元）", "评价得分", "评价等级"},
		{"一", "项目绩效评价"},
	}
	for i := 1; i <= 24; i++ {
		amount, grade, score := shown{2000.0, "#,##0.00", "2,000.00"}, "良", 85
		if i == 24 {
			amount = shown{9021.6, "#,##0.00", "9,021.60"}
		}
		if i <= 6 {
			grade, score = "优", 92
		}
		yang = append(yang, []any{i, fmt.Sprintf("第%d个项目", i), []string{"教育局", "交通局", "卫健委"}[i%3], amount, score, grade})
	}
	yang = append(yang,
		[]any{"二", "部门整体支出绩效评价"},
		[]any{1, "县农业农村局整体支出", "农业农村局", shown{3000.0, "#,##0.00", "3,000.00"}, 95, "优"},
		[]any{2, "县水务局整体支出", "水务局", shown{2789.67, "#,##0.00", "2,789.67"}, 91, "优"},
		[]any{"合计", nil, nil, shown{60811.27, "#,##0.00", "60,811.27"}},
	)
	return []bureau{
		{
			name: "柯桥", sheet: "柯桥区专项债" + ys, header: 3, unit: "单位：亿元",
			title: "柯桥区" + ys + "年专项债券项目绩效自评结果表",
			rows: [][]any{
				{"表1：柯桥区" + ys + "年专项债券项目绩效自评结果表"},
				{"单位：亿元"},
				{"序号", "项目名称", "实施单位", "截至" + ys + "年底已发债券规模", "自评得分", "自评等级"},
				{1, "柯桥区城市更新一期", "柯桥区住建局", shown{3.2, "0.00", "3.20"}, 95, "优秀"},
				{2, "鉴湖水系综合治理", "柯桥区水利局", shown{1.05, "0.00", "1.05"}, 88, "良好"},
				{3, "滨海工业区污水管网", "柯桥区住建局", shown{2.5, "0.00", "2.50"}, 91, "优秀"},
				{"合计", nil, nil, shown{6.75, "0.00", "6.75"}},
			},
			merges: []string{"A1:F1", "A7:C7"},
			fields: map[string]string{"{{.表.项目数}}": "3", "{{.表.优}}": "2", "{{.表.良}}": "1", "{{.表.单位数}}": "2", "{{.表.最高分}}": "95", "{{.表.最低分}}": "88"},
		},
		{
			name: "天台平桥", sheet: "平桥镇专项债绩效评价" + prior, header: 2,
			title: "平桥镇" + prior + "年度专项债券项目绩效评价结果",
			rows: [][]any{
				{"平桥镇" + prior + "年度专项债券项目绩效评价结果"},
				{"序号", "项目名称", "主管部门", prior + "年发行金额（万元）", "评价得分"},
				{1, "平桥镇污水零直排", "平桥镇人民政府", shown{1500.0, "0.00", "1500.00"}, 90.5},
				{2, "平桥老街改造", "天台县住建局", shown{850.25, "0.00", "850.25"}, 86},
				{"总计", nil, nil, shown{2350.25, "0.00", "2350.25"}},
			},
			merges: []string{"A5:C5"},
			fields: map[string]string{"{{.表.项目数}}": "2", "{{.表.金额}}": "2350.25", "{{.表.平均分}}": "88.25"},
		},
		{
			name: "萧山湘湖", sheet: "湘湖", header: 2, unit: "单位：万元",
			rows: [][]any{
				{"单位：万元"},
				{"序号", "项目", "债券资金", "评价结果"},
				{1, "湘湖三期", shown{12000.0, "#,##0", "12,000"}, "优"},
				{2, "湘湖隧道", shown{8000.0, "#,##0", "8,000"}, "良"},
			},
			fields: map[string]string{"{{.表.项目数}}": "2", "{{.表.优}}": "1"},
		},
		{
			name: "永嘉巽宅", sheet: "巽宅镇", header: 2,
			title: "永嘉县巽宅镇" + ys + "年专项债券项目绩效评价表",
			rows: [][]any{
				{"永嘉县巽宅镇" + ys + "年专项债券项目绩效评价表"},
				{"序号", "项目名称", "项目单位", "债券规模（亿元）", "评分", "等级"},
				{1, "巽宅镇农房改造", "巽宅镇人民政府", shown{0.5, "0.00", "0.50"}, 82, "良"},
				{2, "巽宅镇道路提升", nil, shown{0.3, "0.00", "0.30"}, 78, "中"},
				{3, "巽宅镇供水工程", "永嘉县水利局", shown{0.8, "0.00", "0.80"}, 90, "优"},
				{nil, "合计", nil, shown{1.6, "0.00", "1.60"}},
			},
			merges: []string{"A1:F1", "C3:C4"},
			fields: map[string]string{"{{.表.项目数}}": "3", "{{.表.中}}": "1", "{{.表.单位数}}": "2"},
		},
		{
			name: "温州教育基建", sheet: "教育基建", header: 3, unit: "单位：万元",
			title: "温州市教育基建专项债券绩效自评情况（" + ys + "年）",
			rows: [][]any{
				{"温州市教育基建专项债券绩效自评情况（" + ys + "年）"},
				{"单位：万元"},
				{"序号", "学校", ys + "年发行额", "累计发行额", "自评分"},
				{1, "温州中学新校区", shown{5000.0, "0.00", "5000.00"}, shown{12000.0, "0.00", "12000.00"}, 93},
				{2, "瓯海职业中专", shown{2200.5, "0.00", "2200.50"}, shown{4000.0, "0.00", "4000.00"}, 89},
				{"合计", nil, shown{7200.5, "0.00", "7200.50"}, shown{16000.0, "0.00", "16000.00"}},
			},
			merges: []string{"A6:B6"},
			fields: map[string]string{"{{.表.项目数}}": "2", "{{.表.发行额}}": "7200.50", "{{.表.累计发行额}}": "16000.00"},
		},
		{
			name: "阳高", sheet: "重点绩效评价" + ys, header: 2,
			title: "阳高县" + ys + "年度重点绩效评价结果",
			rows:  yang, merges: []string{"A31:B31"},
			fields: map[string]string{
				"{{.表.项目数}}": "26", "{{.表.优}}": "8", "{{.表.良}}": "18",
				"{{.表一.项目数}}": "24", "{{.表一.金额}}": "55021.60", "{{.表一.优}}": "6", "{{.表一.良}}": "18",
				"{{.表二.项目数}}": "2", "{{.表二.金额}}": "5789.67", "{{.表二.优}}": "2", "{{.表二.良}}": "0",
			},
		},
	}
}

// write saves the bureau's workbook at path.
func (b bureau) write(t *testing.T, path string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", b.sheet)
	b.fill(t, f)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// fill writes the bureau's cells, formats and merges into its sheet of f.
func (b bureau) fill(t *testing.T, f *excelize.File) {
	t.Helper()
	styles := map[string]int{}
	for r, row := range b.rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if s, ok := v.(shown); ok {
				f.SetCellValue(b.sheet, cell, s.value)
				if s.format == "General" {
					continue
				}
				id, ok := styles[s.format]
				if !ok {
					format := s.format
					id, _ = f.NewStyle(&excelize.Style{CustomNumFmt: &format})
					styles[s.format] = id
				}
				f.SetCellStyle(b.sheet, cell, cell, id)
			} else if v != nil {
				f.SetCellValue(b.sheet, cell, v)
			}
		}
	}
	for _, m := range b.merges {
		from, to, _ := strings.Cut(m, ":")
		if err := f.MergeCell(b.sheet, from, to); err != nil {
			t.Fatal(err)
		}
	}
}

// want is the table the outputs must print: the header and every row as
// the workbook displays it, headings and the total included; a cell a
// vertical merge covers shows the merged text only in its first row.
func (b bureau) want() [][]string {
	var out [][]string
	width := len(b.rows[b.header-1])
	for _, row := range b.rows[b.header-1:] {
		out = append(out, displayed(row, width))
	}
	return out
}

// The six bureaus' tables through init --from and build, with no edit;
// then next year's workbook through the same job, its year alone changed.
func TestBureausFirstDraftAndNextYear(t *testing.T) {
	for i, b := range bureaus(2023) {
		t.Run(b.name, func(t *testing.T) {
			book, jobDir := draft(t, b)
			noYearIn(t, jobDir, 2023)
			jobPath := filepath.Join(jobDir, "某县2023.yaml")
			checkBuild(t, b, jobPath, filepath.Join(jobDir, "out", "某县2023"))
			checkFields(t, b, jobPath)

			next := bureaus(2024)[i]
			next.write(t, book)
			nextYear(t, jobPath)
			checkBuild(t, next, jobPath, filepath.Join(jobDir, "out", "某县2024"))
			// The outputs are named by the county and the year: next
			// year's do not take this year's names.
			this, nextName := docxName(t, filepath.Join(jobDir, "out", "某县2023")), docxName(t, filepath.Join(jobDir, "out", "某县2024"))
			if !strings.HasPrefix(this, "某县") || this == nextName || !regexp.MustCompile(`202[234]`).MatchString(this) {
				t.Errorf("outputs named %q this year and %q next", this, nextName)
			}
		})
	}
}

// nextYear moves the job from 2023 to 2024, its one edit next year.
func nextYear(t *testing.T, jobPath string) {
	t.Helper()
	raw, err := os.ReadFile(jobPath)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(jobPath, []byte(strings.Replace(string(raw), "year: 2023", "year: 2024", 1)), 0o644)
}

// noYearIn checks that what init wrote names no year: next year's
// workbook must build with it.
func noYearIn(t *testing.T, dir string, y int) {
	t.Helper()
	def, _ := os.ReadFile(filepath.Join(dir, definitionFile))
	var texts []string
	for _, l := range strings.Split(string(def), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") {
			texts = append(texts, l)
		}
	}
	texts = append(texts, zipText(t, filepath.Join(dir, docxFile), "word/document.xml"))
	for _, yr := range []int{y, y - 1} {
		for _, text := range texts {
			if strings.Contains(text, strconv.Itoa(yr)) {
				t.Errorf("init wrote the year %d: %s", yr, text[:min(len(text), 300)])
			}
		}
	}
}

func zipText(t *testing.T, path, part string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == part {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return string(b)
		}
	}
	t.Fatalf("%s has no %s", path, part)
	return ""
}

// checkBuild builds the job and compares its .docx, .xlsx and PDF with
// the bureau's workbook, cell by cell.
func checkBuild(t *testing.T, b bureau, jobPath, outDir string) {
	t.Helper()
	checkBuildWant(t, b, b.want(), jobPath, outDir)
}

// checkBuildWant is checkBuild with the table the outputs must print
// given: what the clerk sees of the workbook.
func checkBuildWant(t *testing.T, b bureau, want [][]string, jobPath, outDir string) {
	t.Helper()
	built(t, jobPath)
	paras, tables := wordmodeltest.Split(wordmodeltest.Read(t, readOutput(t, outDir, ".docx")))
	if len(tables) == 0 {
		t.Fatal("the .docx has no table")
	}
	table := tables[len(tables)-1]
	compareTables(t, ".docx", tableText(table), want)
	checkRowMerges(t, b, table, readOutput(t, outDir, ".xlsx"))
	for i, w := range table.Widths {
		head := want[0][i]
		if need := min(utf8.RuneCountInString(head), 4) * 210; w < need {
			t.Errorf(".docx: column %s is %d twips, narrower than its header (%d)", head, w, need)
		}
	}
	if b.unit != "" && !hasPara(paras, b.unit) {
		t.Errorf(".docx: no unit line %q", b.unit)
	}
	if b.title != "" && (len(paras) == 0 || paras[0].Text != b.title) {
		t.Errorf(".docx: title %q, want the workbook's %q", paras[0].Text, b.title)
	}
	narrative := ""
	for _, p := range paras {
		if strings.Contains(p.Text, "共列") {
			narrative = p.Text
		}
	}
	if narrative == "" || regexp.MustCompile(`[，；。]{2}|\{\{|^，`).MatchString(narrative) {
		t.Errorf(".docx: the narrative is not a sentence: %q", narrative)
	}

	xl := filepath.Join(t.TempDir(), "out.xlsx")
	os.WriteFile(xl, readOutput(t, outDir, ".xlsx"), 0o644)
	sheets, err := ingest.Raw(xl, 1000)
	if err != nil {
		t.Fatal(err)
	}
	rows := sheets[0].Rows[1:] // under the title
	if b.unit != "" {
		if len(rows) == 0 || rows[0].Cells[0] != b.unit {
			t.Fatalf(".xlsx: no unit line %q", b.unit)
		}
		rows = rows[1:]
	}
	var sheet [][]string
	for _, r := range rows {
		line := make([]string, len(want[0]))
		for c := range line {
			if c < len(r.Cells) {
				// What Excel shows: a text cell (@) as written, a number in its format.
				line[c] = strings.TrimSpace(r.Cells[c])
				if r.Formats[c] != "@" {
					line[c] = ingest.Display(line[c], r.Formats[c])
				}
			}
		}
		sheet = append(sheet, line)
	}
	compareTables(t, ".xlsx", sheet, want)

	pages, err := pdf.Text(readOutput(t, outDir, ".pdf"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(strings.Join(pages, "")), "")
	for _, line := range want {
		for _, cell := range line {
			if c := strings.Join(strings.Fields(cell), ""); c != "" && !strings.Contains(text, c) {
				t.Errorf("the PDF lacks %q", cell)
			}
		}
	}
}

func hasPara(ps []*wordmodel.Paragraph, text string) bool {
	for _, p := range ps {
		if strings.TrimSpace(p.Text) == text {
			return true
		}
	}
	return false
}

// checkFields runs jixiao fields and finds the bureau's fields with
// their values.
func checkFields(t *testing.T, b bureau, jobPath string) {
	t.Helper()
	code, out, errOut := runCmd("fields", jobPath)
	if code != 0 {
		t.Fatalf("fields: %d\n%s", code, errOut)
	}
	for name, value := range b.fields {
		found := false
		for _, l := range strings.Split(out, "\n") {
			parts := strings.Split(strings.TrimSpace(l), "\t")
			if len(parts) == 3 && parts[0] == name {
				found = true
				if strings.ReplaceAll(parts[1], ",", "") != value || parts[2] == "" {
					t.Errorf("fields: %s = %q (%s), want %s", name, parts[1], parts[2], value)
				}
			}
		}
		if !found {
			t.Errorf("fields lacks %s:\n%s", name, out)
		}
	}
}

// The 统计 sheet is there where it has something to count (grades,
// scores, units), and not over a list of names and amounts.
func TestStatisticsSheetOnlyWhereItCounts(t *testing.T) {
	plain := bureau{name: "只有金额", sheet: "项目", header: 1, rows: [][]any{
		{"序号", "项目名称", "金额（万元）"},
		{1, "甲", shown{10.0, "0.00", "10.00"}},
		{2, "乙", shown{20.5, "0.00", "20.50"}},
	}}
	for _, c := range []struct {
		b    bureau
		want bool
	}{{plain, false}, {bureaus(2023)[2], true}} {
		dir := t.TempDir()
		book := filepath.Join(dir, "数据.xlsx")
		c.b.write(t, book)
		jobDir := filepath.Join(dir, "任务")
		drafted(t, book, jobDir)
		checkBuild(t, c.b, filepath.Join(jobDir, "某县2023.yaml"), filepath.Join(jobDir, "out", "某县2023"))
		f, err := excelize.OpenReader(bytes.NewReader(readOutput(t, filepath.Join(jobDir, "out", "某县2023"), ".xlsx")))
		if err != nil {
			t.Fatal(err)
		}
		idx, _ := f.GetSheetIndex("统计")
		if got := idx >= 0; got != c.want {
			t.Errorf("%s: 统计 sheet %t, want %t (%v)", c.b.name, got, c.want, f.GetSheetList())
		}
		f.Close()
	}
}

func docxName(t *testing.T, dir string) string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(dir, "*.docx"))
	if len(matches) != 1 {
		t.Fatalf("%s: %v", dir, matches)
	}
	return filepath.Base(matches[0])
}

// tableText is a Word table's cells by row, a cell spanning columns
// followed by an empty one for each column it covers, as a sheet reads.
func tableText(table *wordmodel.Table) [][]string {
	var out [][]string
	for _, r := range table.Rows {
		var line []string
		for _, c := range r.Cells {
			line = append(line, c.Text)
			for k := 1; k < c.Span; k++ {
				line = append(line, "")
			}
		}
		out = append(out, line)
	}
	return out
}
