package ingest

import (
	"archive/zip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/money"

	"github.com/xuri/excelize/v2"
)

// sheetSpec is a sheet as rows of cells, with merges like "G2:G4".
type sheetSpec struct {
	rows   [][]any
	merges []string
}

func validSheets() map[string]sheetSpec {
	return map[string]sheetSpec{
		"事前绩效评价":   {rows: [][]any{{"项目名称", "单位", "金额（万元）", "评价等级"}, {"甲", "局一", 10.5, "优秀"}}},
		"绩效自评":     {rows: [][]any{{"项目名称", "单位", "金额（万元）"}, {"乙", "局一", "1,000.25"}}},
		"重点绩效评价":   {rows: [][]any{{"项目名称", "单位", "项目支出（万元）", "评分结果", "评分等级", "评价机构"}, {"丙", "局二", 3, 91, "优", "机构"}}},
		"统筹整合资金评价": {rows: [][]any{{"单位", "项目名称", "评分结果", "项目支出(万元)"}, {"局三", "丁", 85, 4}}},
		"绩效监控":     {rows: [][]any{{"项目名称", "单位", "金额 （万元）"}, {"戊", "局一", "５"}}},
		"重点绩效评价结果": {rows: [][]any{
			{"序号", "二级项目名称", "单位", "项目支出（元）", "评分结果", "评分等级", "评价机构"},
			{9, "一", "局一", 22724660, 91.27, "优", "机构甲"},
			{8, "二", "局一", 2830000, 95.99, "优", nil},
			{7, "三", "局二", 1000000, 82, nil, "机构乙"},
			{nil, "合  计", nil, 26554660},
		}, merges: []string{"G2:G3"}},
	}
}

func writeBook(t *testing.T, sheets map[string]sheetSpec) string {
	t.Helper()
	f := excelize.NewFile()
	for name, spec := range sheets {
		if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for i, row := range spec.rows {
			r := row
			if err := f.SetSheetRow(name, fmt.Sprintf("A%d", i+1), &r); err != nil {
				t.Fatal(err)
			}
		}
		for _, m := range spec.merges {
			a, b, _ := strings.Cut(m, ":")
			if err := f.MergeCell(name, a, b); err != nil {
				t.Fatal(err)
			}
		}
	}
	f.DeleteSheet("Sheet1")
	path := filepath.Join(t.TempDir(), "data.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// collect keeps every data row of every table, for the tests.
type collect map[string][]*dataset.Row

func (c collect) Add(t *dataset.Table, r *dataset.Row) { c[t.Def.Key] = append(c[t.Def.Key], r) }

func (c collect) sum(table, column string) string {
	def := definition.Default().Table(table)
	i := def.Index(def.Column(column))
	total := money.Zero
	for _, r := range c[table] {
		total = total.Add(r.Values[i].Amount)
	}
	return total.Plain()
}

// read reads path with the built-in definition.
func read(path string) (*dataset.Dataset, dataset.Problems, collect) {
	rows := collect{}
	ds, ps := Read(path, definition.Default(), Options{Sink: rows})
	return ds, ps, rows
}

// value is column key of a kept row.
func value(t *dataset.Table, r *dataset.Row, key string) dataset.Value {
	return r.Values[t.Def.Index(t.Def.Column(key))]
}

func messages(ps dataset.Problems, sev dataset.Severity) []string {
	var out []string
	for _, p := range ps.Sorted() {
		if p.Severity == sev {
			out = append(out, p.String())
		}
	}
	return out
}

func TestReadValidWorkbook(t *testing.T) {
	ds, ps, rows := read(writeBook(t, validSheets()))
	if errs := messages(ps, dataset.Error); len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	att := ds.Tables[5]
	if len(att.Rows) != 3 || att.Count != 3 {
		t.Fatalf("%d attachment rows, want 3 (合计 not counted)", len(att.Rows))
	}
	if got := value(att, att.Rows[0], "金额").Amount.Decimal().String(); got != "2272.466" {
		t.Errorf("22724660 元 read as %s 万元", got)
	}
	a0, a1, a2 := value(att, att.Rows[0], "评价机构"), value(att, att.Rows[1], "评价机构"), value(att, att.Rows[2], "评价机构")
	if a1.Text != "机构甲" || a1.Block != a0.Block || a2.Block == a0.Block {
		t.Errorf("merged agency not applied: %+v %+v %+v", a0, a1, a2)
	}
	if g := value(att, att.Rows[2], "等级"); g.Grade != 1 || !g.GradeComputed {
		t.Errorf("grade from score 82 = %+v, want 良", g)
	}
	if st := att.Stated; st == nil || st[att.Def.Index(att.Def.Column("金额"))].Amount.Plain() != "2655.47" {
		t.Errorf("stated total = %v", st)
	}
	if got := rows.sum("绩效自评", "金额"); got != "1000.25" {
		t.Errorf("text amount with separator = %s", got)
	}
	if got := rows.sum("绩效监控", "金额"); got != "5.00" {
		t.Errorf("full-width digit = %s", got)
	}
	if g := value(ds.Tables[0], rows["事前绩效评价"][0], "等级"); g.Grade != 0 {
		t.Errorf("优秀 not read as 优: %+v", g)
	}
	if r := rows["统筹整合资金评价"]; len(r) != 1 || value(ds.Tables[3], r[0], "等级").Grade != 1 || rows.sum("统筹整合资金评价", "金额") != "4.00" {
		t.Errorf("columns in another order: %d rows", len(r))
	}
	if len(ds.Tables[1].Rows) != 0 || ds.Tables[1].Count != 1 {
		t.Error("the rows of a sheet that only feeds sums were kept")
	}
}

func TestEveryBadCellIsReported(t *testing.T) {
	sheets := validSheets()
	sheets["重点绩效评价结果"] = sheetSpec{rows: [][]any{
		{"序号", "二级项目名称", "单位", "项目支出（万元）", "评分结果", "评分等级", "评价机构"},
		{1, "一", "局一", "12,3a4", 91, "优", "甲"},
		{2, "二", "局一", "#DIV/0!", 120, "优", "甲"},
		{3, "三", "局一", -5, 85, "优", "甲"},
		{4, "四", "局一", 5, 70, "甲等", "甲"},
		{5, "", "局一", 5, 70, "中", "甲"},
		{6, "一", "局一", 5, nil, nil, "甲"},
		{nil, "合计", nil, 999},
	}}
	_, ps := Read(writeBook(t, sheets), definition.Default(), Options{})
	want := []string{
		"data.xlsx!重点绩效评价结果!D2：“12,3a4”不是有效金额，请填写数字（单位：万元）",
		"data.xlsx!重点绩效评价结果!D3：单元格是公式的错误值 #DIV/0!，不是数据：请在 Excel 或 WPS 中修正这个公式（或改为直接填写）后再试",
		"data.xlsx!重点绩效评价结果!E3：评分 120 超出范围，应在0到100之间",
		"data.xlsx!重点绩效评价结果!D4：金额“-5”为负数，请填写不小于0的金额",
		"data.xlsx!重点绩效评价结果!F4：等级“优”与评分 85 不符，按评分应为“良”（优≥90，良≥80，中≥60）",
		"data.xlsx!重点绩效评价结果!F5：“甲等”不是有效等级，应为 优、良、中、差（或 优秀、良好、一般、较差）",
		"data.xlsx!重点绩效评价结果!B6：“项目名称”为空，请填写",
		"data.xlsx!重点绩效评价结果!B7：项目“一”（局一）重复，与第2行相同，请删除重复行",
		"data.xlsx!重点绩效评价结果!F7：评分结果和评分等级都为空，请至少填写一项",
	}
	got := messages(ps, dataset.Error)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMissingSheetAndColumns(t *testing.T) {
	sheets := validSheets()
	sheets["绩效自评表"] = sheets["绩效自评"]
	delete(sheets, "绩效自评")
	sheets["绩效监控"] = sheetSpec{rows: [][]any{{"沁源县绩效监控情况"}, {}, {"项目名称", "金额（万元）", "备注"}, {"戊", 5, "x"}}}
	_, ps := Read(writeBook(t, sheets), definition.Default(), Options{})
	got := strings.Join(messages(ps, dataset.Error), "\n")
	for _, want := range []string{
		"缺少工作表“绩效自评”。工作簿中的工作表有：",
		"是否应为“绩效自评表”？",
		"data.xlsx!绩效监控!第3行：表格“绩效监控”缺少“单位”列（按表头 “单位”、“单位名称”、“预算单位”、“主管部门” 查找）。表头中有：项目名称、金额（万元）、备注",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("errors lack %q:\n%s", want, got)
		}
	}
}

func TestWrongFiles(t *testing.T) {
	dir := t.TempDir()
	xls := filepath.Join(dir, "old.xls")
	os.WriteFile(xls, append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), 0o644)
	text := filepath.Join(dir, "text.xlsx")
	os.WriteFile(text, []byte("项目名称,金额\n"), 0o644)
	cases := map[string]string{
		filepath.Join(dir, "none.xlsx"): "文件不存在",
		xls:                             "不是有效的 .xls 文件",
		text:                            "不是有效的 .xlsx 文件",
	}
	for path, want := range cases {
		ds, ps := Read(path, definition.Default(), Options{})
		got := strings.Join(messages(ps, dataset.Error), "\n")
		if ds != nil || !strings.Contains(got, want) || !strings.HasPrefix(got, filepath.Base(path)) {
			t.Errorf("%s: %q, want it to name the file and say %q", filepath.Base(path), got, want)
		}
	}
}

func TestStatedTotalMustAgree(t *testing.T) {
	sheets := validSheets()
	sheets["重点绩效评价结果"].rows[4][3] = 26000000
	_, ps := Read(writeBook(t, sheets), definition.Default(), Options{})
	want := "data.xlsx!重点绩效评价结果!D5：合计 2,600.00 万元与各行之和 2,655.47 万元不符（相差 55.47 万元），请核对"
	if got := messages(ps, dataset.Error); len(got) != 1 || got[0] != want {
		t.Fatalf("errors = %q", got)
	}
	// Within rounding: each row may have been rounded to the fen before adding.
	sheets["重点绩效评价结果"].rows[4][3] = 26554700
	if _, ps := Read(writeBook(t, sheets), definition.Default(), Options{}); ps.HasErrors() {
		t.Fatalf("a 合计 within rounding was rejected: %v", ps.Sorted())
	}
}

func TestWorkbookWithoutSheets(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.xlsx")
	f, _ := os.Create(path)
	z := zip.NewWriter(f)
	for _, p := range [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>`},
	} {
		w, _ := z.Create(p[0])
		w.Write([]byte(p[1]))
	}
	z.Close()
	f.Close()
	_, ps := Read(path, definition.Default(), Options{})
	if got := messages(ps, dataset.Error); len(got) != 1 || got[0] != "empty.xlsx：工作簿中没有任何工作表" {
		t.Errorf("errors = %q", got)
	}
}

func TestMissingColumnIsOneMessage(t *testing.T) {
	sheets := validSheets()
	sheets["重点绩效评价"] = sheetSpec{rows: [][]any{{"项目名称", "单位名字", "项目支出（万元）", "评价机构"}, {"丙", "局二", 3, "机构"}, {"丁", "局三", 4, "机构"}}}
	_, ps := Read(writeBook(t, sheets), definition.Default(), Options{})
	got := messages(ps, dataset.Error)
	if len(got) != 2 {
		t.Fatalf("errors = %q, want one for 单位 and one for 评分结果/评分等级", got)
	}
	if !strings.Contains(got[0], "缺少“单位”列") || !strings.Contains(got[0], "最接近的是“单位名字”") || !strings.Contains(got[1], "缺少“评分结果”或“评分等级”列") {
		t.Errorf("errors = %q", got)
	}
}

// TestBlankCellsMeanTheSameInXlsxAndCSV: a blank 评价机构 (declared
// blank: merge) joins the block above whether the workbook merged it, left
// it blank, or was saved as CSV.
func TestBlankCellsMeanTheSameInXlsxAndCSV(t *testing.T) {
	sheets := validSheets()
	att := sheets["重点绩效评价结果"]
	att.merges = nil // G3 is blank, not merged
	sheets["重点绩效评价结果"] = att
	path := writeBook(t, sheets)
	ds, ps, _ := read(path)
	if ps.HasErrors() {
		t.Fatalf("a blank agency in .xlsx: %v", ps.Sorted())
	}
	dir := t.TempDir()
	for name, spec := range sheets {
		var lines []string
		for _, row := range spec.rows {
			var cells []string
			for _, v := range row {
				if v == nil {
					cells = append(cells, "")
				} else {
					cells = append(cells, fmt.Sprint(v))
				}
			}
			lines = append(lines, strings.Join(cells, ","))
		}
		os.WriteFile(filepath.Join(dir, name+".csv"), []byte(strings.Join(lines, "\n")), 0o644)
	}
	csv, ps, _ := read(dir)
	if ps.HasErrors() {
		t.Fatalf("a blank agency in CSV: %v", ps.Sorted())
	}
	for _, d := range []*dataset.Dataset{ds, csv} {
		tb := d.Tables[5]
		a0, a1, a2 := value(tb, tb.Rows[0], "评价机构"), value(tb, tb.Rows[1], "评价机构"), value(tb, tb.Rows[2], "评价机构")
		if a1.Text != "机构甲" || a1.Block != a0.Block || a2.Block == a0.Block {
			t.Errorf("%s: blocks %d %d %d, texts %q %q", d.Source, a0.Block, a1.Block, a2.Block, a0.Text, a1.Text)
		}
	}
}

func TestAmountWithoutAUnitIsAnErrorAtItsHeader(t *testing.T) {
	def, err := definition.Parse("d.yaml", []byte("tables:\n  - key: 表\n    columns:\n      - {key: 名称, required: true}\n      - {key: 规模, kind: amount, headers: [债券规模]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "表.csv"), []byte("名称,债券规模\n甲,3.2\n"), 0o644)
	_, ps := Read(dir, def, Options{})
	if got := messages(ps, dataset.Error); len(got) != 1 || !strings.HasPrefix(got[0], "表.csv!B1：金额列“债券规模”没有写明单位") {
		t.Fatalf("errors = %q", got)
	}
	// A unit line above the table, or the header's own unit, is enough.
	os.WriteFile(filepath.Join(dir, "表.csv"), []byte("单位：亿元\n名称,债券规模\n甲,3.2\n"), 0o644)
	rows := collect{}
	if _, ps := Read(dir, def, Options{Sink: rows}); ps.HasErrors() || rows["表"][0].Values[1].Amount.Plain() != "32000.00" {
		t.Fatalf("unit line: %v %v", ps.Sorted(), rows["表"])
	}
	// So is a title that ends in its unit; a 填报单位 line is no unit.
	for title, want := range map[string]string{"某县2023年度债券项目表（单位：万元）": "3.20", "某县债券项目表 单位:亿元": "32000.00", "填报单位：某县财政局": ""} {
		os.WriteFile(filepath.Join(dir, "表.csv"), []byte(title+"\n名称,债券规模\n甲,3.2\n"), 0o644)
		rows := collect{}
		_, ps := Read(dir, def, Options{Sink: rows})
		if want == "" {
			if !ps.HasErrors() {
				t.Errorf("%s: read as a unit", title)
			}
			continue
		}
		if ps.HasErrors() || rows["表"][0].Values[1].Amount.Plain() != want {
			t.Errorf("%s: %v %v", title, ps.Sorted(), rows["表"])
		}
	}
	for text, want := range map[string][2]string{
		"某县2023年度项目支出绩效评价结果表（单位：万元）": {"某县2023年度项目支出绩效评价结果表", "万元"},
		"某县项目表 【金额单位：元】":             {"某县项目表", "元"},
		"单位：万元":      {"单位：万元", ""},
		"填报单位：某县财政局": {"填报单位：某县财政局", ""},
		"某县项目表（第一批）": {"某县项目表（第一批）", ""},
	} {
		if title, unit := CutUnit(text); title != want[0] || unit != want[1] {
			t.Errorf("CutUnit(%q) = %q, %q, want %q", text, title, unit, want)
		}
	}
}

func TestImplausibleNumbers(t *testing.T) {
	sheets := validSheets()
	sheets["重点绩效评价结果"] = sheetSpec{rows: [][]any{
		{"序号", "二级项目名称", "单位", "项目支出（元）", "评分结果", "评分等级", "评价机构"},
		{1, "一", "局一", "1e5", 91, "优", "甲"},
		{2, "二", "局一", "1234567890123456", 91, "优", "甲"},
		{3, "三", "局一", "100.005", 91, "优", "甲"},
		{4, "四", "局一", 1424.7400000000002, 91, "优", "甲"},
		{5, "五", "局一", "100.50", 91, "优", "甲"},
		// A formula's result as a writer that cuts at 15 digits stores
		// it: the workbook shows 31613.90.
		{6, "六", "局一", 3161.39 * 10, 91, "优", "甲"},
		// A number cell with a digit too many is no binary noise.
		{7, "七", "局一", 2.501, 91, "优", "甲"},
	}}
	_, ps := Read(writeBook(t, sheets), definition.Default(), Options{})
	want := []string{
		"data.xlsx!重点绩效评价结果!D2：“1e5”是科学计数法，请直接写出数字",
		"data.xlsx!重点绩效评价结果!D3：“1234567890123456”超过 15 位有效数字，表格软件无法精确保存，请核对",
		"data.xlsx!重点绩效评价结果!D4：“100.005”的小数位数多于该单位所能有的（2 位，即精确到分），请核对单位或数字",
		"data.xlsx!重点绩效评价结果!D8：“2.501”的小数位数多于该单位所能有的（2 位，即精确到分），请核对单位或数字",
	}
	if got := messages(ps, dataset.Error); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("errors:\n%s", strings.Join(got, "\n"))
	}
}

func TestUnwantedCharactersAndLongTexts(t *testing.T) {
	sheets := validSheets()
	att := sheets["重点绩效评价结果"]
	att.rows[1][1] = "项目\u202e甲"
	sheets["重点绩效评价结果"] = att
	ds, ps, _ := read(writeBook(t, sheets))
	warns := strings.Join(messages(ps, dataset.Warning), "\n")
	if !strings.Contains(warns, "B2：单元格中有不可见的控制字符或文字方向控制符（U+202E），已在所有输出中删除") {
		t.Errorf("warnings: %s", warns)
	}
	if got := value(ds.Tables[5], ds.Tables[5].Rows[0], "项目名称").Text; got != "项目甲" {
		t.Errorf("name = %q", got)
	}
	// Excel itself cuts a cell at 32,767 characters; a CSV file does not.
	dir := t.TempDir()
	for name, head := range map[string]string{"事前绩效评价": "项目名称,单位,金额（万元）,评价等级", "绩效自评": "项目名称,单位,金额（万元）",
		"重点绩效评价": "项目名称,单位,项目支出（万元）,评分结果", "统筹整合资金评价": "项目名称,单位,项目支出（万元）,评分结果", "绩效监控": "项目名称,单位,金额（万元）"} {
		os.WriteFile(filepath.Join(dir, name+".csv"), []byte(head+"\n"), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "重点绩效评价结果.csv"), []byte("序号,二级项目名称,单位,项目支出（万元）,评分结果,评分等级,评价机构\n1,甲,"+strings.Repeat("长", 32768)+",1,91,优,机构\n2,乙\x07,局,1,91,优,机构\n"), 0o644)
	_, ps, _ = read(dir)
	if errs := messages(ps, dataset.Error); len(errs) != 1 || !strings.Contains(errs[0], "C2：单元格有 32768 个字，超过 Excel 单元格的上限 32767 个字") {
		t.Errorf("errors: %q", errs)
	}
	if warns := strings.Join(messages(ps, dataset.Warning), "\n"); !strings.Contains(warns, "B3：单元格中有不可见的控制字符或文字方向控制符（U+0007）") {
		t.Errorf("warnings: %s", warns)
	}
}

func TestPrintedTablesHaveALimit(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("名称,金额（万元）\n")
	for i := 0; i <= MaxPrintedRows+2; i++ {
		fmt.Fprintf(&b, "项目%d,1\n", i)
	}
	// Past the limit the table is read no further: this cell is not
	// reported, nor is each row too many.
	b.WriteString("项目x,不是数字\n")
	os.WriteFile(filepath.Join(dir, "表.csv"), []byte(b.String()), 0o644)
	def, err := definition.Parse("d.yaml", []byte("tables:\n  - key: 表\n    columns:\n      - {key: 名称, required: true}\n      - {key: 金额, kind: amount}\nsections:\n  - {key: 节, table: 表, rows: 行}\n"))
	if err != nil {
		t.Fatal(err)
	}
	ds, ps := Read(dir, def, Options{})
	errs := messages(ps, dataset.Error)
	if len(errs) != 1 || !strings.HasPrefix(errs[0], fmt.Sprintf("表.csv!第%d行：", MaxPrintedRows+2)) || !strings.Contains(errs[0], "最多 100,000 行") || len(ds.Tables[0].Rows) != MaxPrintedRows {
		t.Errorf("errors %q, %d rows kept", errs, len(ds.Tables[0].Rows))
	}
}
