package infer

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/ingest"
)

// A 序号 column of one-digit numbers and a 评价得分 column of two-digit
// scores beside long project names: each keeps its header on one line
// (or two, for a long one), never one character a line.
func TestWidthsHonourTheHeader(t *testing.T) {
	tb := &table{columns: []*column{
		{header: "序号", kind: definition.Sequence, head: ems("序号"), widest: ems("9")},
		{header: "项目名称", head: ems("项目名称"), widest: ems(strings.Repeat("项", 40))},
		{header: "主管部门及项目实施单位", head: ems("主管部门及项目实施单位"), widest: ems(strings.Repeat("单", 20))},
		{header: "预算资金（万元）", kind: definition.Amount, head: ems("预算资金（万元）"), widest: ems("12,345.67")},
		{header: "评价得分", kind: definition.Score, head: ems("评价得分"), widest: ems("85.9")},
	}}
	w := widths(tb)
	sum := 0
	for _, x := range w {
		sum += x
	}
	if sum != textBlock {
		t.Errorf("widths add up to %d, not the text block %d", sum, textBlock)
	}
	for i, least := range []float64{2, 4, 6, 4.5, 4} {
		if float64(w[i]) < least*emTwips+cellPad {
			t.Errorf("%s: %d twips, want at least %.1f ems", tb.columns[i].header, w[i], least)
		}
	}
	if w[1] <= w[3] || w[1] <= w[0]*3 {
		t.Errorf("the names get the room left: %v", w)
	}
	if ems("序号") != 2 || ems("12.50") != 2.5 || ems("（万元）") != 4 {
		t.Errorf("ems: a CJK character or a full-width sign is one, a digit half")
	}
}

func TestKeysCarryNoYear(t *testing.T) {
	for in, want := range map[string]string{
		"截至2023年底已发债券规模": "截至年底已发债券规模",
		"2022年发行金额":      "发行金额",
		"2023年度预算":       "预算",
		"项目名称":           "项目名称",
	} {
		if got := yearless(in); got != want {
			t.Errorf("%s → %s, want %s", in, got, want)
		}
	}
}

// A sheet of the 阳高 shape: the common figures over the whole table and
// per section heading, named by what they are.
func TestCommonFiguresAndSections(t *testing.T) {
	rows := []ingest.RawRow{
		{Row: 1, Cells: []string{"阳高县2023年度重点绩效评价结果"}},
		{Row: 2, Cells: []string{"序号", "项目名称", "主管部门", "预算资金（万元）", "评价得分", "评价等级"}},
		{Row: 3, Cells: []string{"一", "项目绩效评价"}},
		{Row: 4, Cells: []string{"1", "甲", "教育局", "100", "92", "优"}},
		{Row: 5, Cells: []string{"二", "部门整体支出绩效评价"}},
		{Row: 6, Cells: []string{"1", "乙", "水务局", "50", "85", "良"}},
		{Row: 7, Cells: []string{"合计", "", "", "150"}},
	}
	tb, _, _ := inferTable(ingest.RawSheet{Name: "重点绩效评价2023", Rows: rows})
	tb.key, tb.year = "表", 2023
	def, err := definition.Parse("定义.yaml", definitionYAML([]*table{tb}))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"表":  {"项目数", "金额", "优", "良", "中", "差", "等级分布", "单位数", "平均分", "最高分", "最低分"},
		"表一": {"项目数", "金额", "优", "良"},
		"表二": {"项目数", "金额", "优", "良"},
	}
	for sec, keys := range want {
		s := def.Section(sec)
		if s == nil {
			t.Fatalf("no section %s", sec)
		}
		for _, k := range keys {
			if s.Figure(k) == nil {
				t.Errorf("section %s lacks %s", sec, k)
			}
		}
	}
	if def.Section("表二").Heading != 2 || def.Tables[0].Sheet != "重点绩效评价{年}" {
		t.Errorf("heading %d, sheet %q", def.Section("表二").Heading, def.Tables[0].Sheet)
	}
	n := narrative(tb)
	for _, w := range []string{"阳高县{{.年度}}年度重点绩效评价结果共列{{.表.项目数}}个项目", "涉及{{.表.单位数}}个主管部门", "其中，项目绩效评价{{.表一.项目数}}个", "{{if .表一.有数据}}；{{else}}其中，{{end}}部门整体支出绩效评价{{.表二.项目数}}个"} {
		if !strings.Contains(n, w) {
			t.Errorf("narrative lacks %q:\n%s", w, n)
		}
	}
}

func TestYearsAnywhereInNames(t *testing.T) {
	for in, want := range map[string]string{
		"平桥镇专项债绩效评价2022": "平桥镇专项债绩效评价{年}",
		"2023发行额":        "{年}发行额",
		"截至2023年底":       "截至{年}年底",
		"编号120230":       "编号120230",
	} {
		if got := yearSlotted(in); got != want {
			t.Errorf("%s → %s, want %s", in, got, want)
		}
	}
	tb := &table{year: 2023}
	if got := tb.years("自评情况（2023年）与2022对比，编号20231", "{年度}", "{上年度}"); got != "自评情况（{年度}年）与{上年度}对比，编号20231" {
		t.Errorf("years: %s", got)
	}
}

func TestTitleWithoutItsLabel(t *testing.T) {
	for in, want := range map[string]string{
		"表1：柯桥区2023年专项债券项目绩效自评结果表": "柯桥区2023年专项债券项目绩效自评结果表",
		"附表2-1: 平桥镇绩效评价结果":         "平桥镇绩效评价结果",
		"附件一、阳高县重点绩效评价结果":          "阳高县重点绩效评价结果",
		"表彰项目绩效评价结果":               "表彰项目绩效评价结果",
	} {
		if got := (&table{title: in}).cleanTitle(); got != want {
			t.Errorf("%s → %s, want %s", in, got, want)
		}
	}
}

// Sixteen columns cannot stand at their least widths in the text block:
// the table takes a landscape section of its own, the narrow one before
// it stays portrait, and each column keeps its header in two lines.
func TestWideTableTakesALandscapeSection(t *testing.T) {
	wide := &table{key: "表2", attachment: "附件2"}
	for i := range 16 {
		h := fmt.Sprintf("指标名称%d", i)
		wide.columns = append(wide.columns, &column{key: h, header: h, head: ems(h), widest: ems("1234.56"), kind: definition.Score})
	}
	narrow := &table{key: "表1", attachment: "附件1", columns: []*column{{key: "项目名称", header: "项目名称", head: 4, widest: 10}}}
	if narrow.block() != textBlock || wide.block() != wideBlock {
		t.Fatalf("blocks: %d, %d", narrow.block(), wide.block())
	}
	for i, w := range widths(wide) {
		if float64(w) < 4*emTwips {
			t.Errorf("column %d: %d twips", i, w)
		}
	}
	raw, err := docxTemplate([]*table{narrow, wide})
	if err != nil {
		t.Fatal(err)
	}
	doc := zipPart(t, raw, "word/document.xml")
	sects := regexp.MustCompile(`<w:pgSz[^>]*>`).FindAllString(doc, -1)
	if len(sects) != 2 || strings.Contains(sects[0], "landscape") || sects[1] != `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>` {
		t.Errorf("page sizes %q", sects)
	}
	if i, j := strings.Index(doc, ">附件2：<"), strings.Index(doc, "<w:pPr><w:sectPr"); j < 0 || j > i || strings.Index(doc, ">附件1：<") > j {
		t.Errorf("the portrait section does not end between the tables")
	}
}

// A CSV file has no number formats: the Excel attachment shows its
// numbers as the file writes them, where every one has the same decimals.
func TestCSVNumbersKeepTheirWrittenFormat(t *testing.T) {
	rows := []ingest.RawRow{
		{Row: 1, Cells: []string{"项目名称", "金额（万元）", "得分", "预算（万元）"}},
		{Row: 2, Cells: []string{"甲", "1,234.50", "86.5", "12"}},
		{Row: 3, Cells: []string{"乙", "20.00", "90", "3.5"}},
		{Row: 4, Cells: []string{"丙", "", "88", "1"}}, // an empty cell has no decimals
	}
	tb, _, err := inferTable(ingest.RawSheet{Name: "表", Rows: rows})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range tb.columns[1:] {
		got = append(got, c.format)
	}
	if strings.Join(got, "|") != "#,##0.00||" {
		t.Errorf("formats %q", got)
	}
}

// A header broken over two lines in its cell (Alt+Enter) breaks there in
// Word too: a w:br, since Word shows a line feed in w:t as a space.
func TestHeaderLineBreakIsABreakInWord(t *testing.T) {
	rows := []ingest.RawRow{
		{Row: 1, Cells: []string{"项目\n名称", "预算资金\r\n（万元）"}},
		{Row: 2, Cells: []string{"甲", "12.50"}},
	}
	tb, _, err := inferTable(ingest.RawSheet{Name: "表", Rows: rows})
	if err != nil {
		t.Fatal(err)
	}
	tb.key, tb.attachment = "表", "附件"
	raw, err := docxTemplate([]*table{tb})
	if err != nil {
		t.Fatal(err)
	}
	doc := zipPart(t, raw, "word/document.xml")
	if !strings.Contains(doc, `>预算资金</w:t><w:br/><w:t xml:space="preserve">（万元）<`) || !strings.Contains(doc, `>项目</w:t><w:br/>`) || strings.Contains(doc, "\n名称") {
		t.Errorf("header cells: %s", doc[strings.Index(doc, "<w:tbl>"):][:1500])
	}
}

// A rate is no amount and no score, whatever its header shares with
// them: by its header (…率, 比例, %) or by its numbers' % format.
func TestRatesAreText(t *testing.T) {
	rows := []ingest.RawRow{
		{Row: 1, Cells: []string{"项目名称", "资金到位率", "得分率", "资金占比（%）", "资金执行", "评价得分"}},
		{Row: 2, Cells: []string{"甲", "0.95", "0.9", "12", "0.5", "90"}, Formats: []string{"General", "0.00%", "General", "General", "0%", "General"}},
		{Row: 3, Cells: []string{"乙", "1", "0.8", "", "", "85"}, Formats: []string{"General", "0.00%", "General", "General", "General", "General"}},
	}
	tb, _, err := inferTable(ingest.RawSheet{Name: "表", Rows: rows})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range tb.columns {
		got = append(got, kindName[c.kind])
	}
	if strings.Join(got, "|") != "文字|文字|文字|文字|文字|评分" {
		t.Errorf("kinds %q", got)
	}
}
