package runner

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/opc"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel/wordmodeltest"
	"jixiao/templates"

	"github.com/xuri/excelize/v2"
)

// sixth is a job that differs from the sample by its files alone: its
// definition prints a 备注 column in the attachment and adds a sixth
// section, 部门整体支出绩效评价, over a sheet of its own.
const sixth = "testdata/sixth"

// TestExtraColumnAndSixthSectionFromFilesAlone builds testdata/sixth: no Go
// code knows of 备注 or of the sixth section.
func TestExtraColumnAndSixthSectionFromFilesAlone(t *testing.T) {
	if *update {
		writeSixthFixture(t)
	}
	j, err := job.Load(filepath.Join(sixth, "job.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	out, err := Render(j.WithOutput(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	const sentence = "2022年开展部门整体支出绩效评价3个部门，涉及金额1250.50万元，评价等级为“优”的1个，评价等级为“良”的2个。附件中由项目单位自评的项目2个。"
	ps, tables := wordmodeltest.Split(wordmodeltest.Read(t, out.Files[0].Data))
	var paras []string
	for _, p := range ps {
		paras = append(paras, p.Text)
	}
	table := tables[len(tables)-1]
	if !strings.Contains(strings.Join(paras, "\n"), sentence) {
		t.Errorf("the .docx lacks the sixth section's sentence:\n%s", strings.Join(paras, "\n"))
	}
	if !strings.Contains(strings.Join(paras, "\n"), "远超市财政局要求") {
		t.Error("the five built-in sections are gone")
	}
	head, first, fifth := table.Rows[0].Cells, table.Rows[1].Cells, table.Rows[5].Cells
	if len(head) != 8 || head[7].Text != "备注" || first[7].Text != "项目单位自评" || fifth[7].Text != "已复核" || table.Rows[3].Cells[7].Text != "" {
		t.Errorf("备注 column: %q / %q / %q", head[7].Text, first[7].Text, fifth[7].Text)
	}
	rows, err := ingest.FirstSheet(out.Files[1].Data)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 3 || len(rows[1]) < 8 || rows[1][7] != "备注" || rows[2][7] != "项目单位自评" {
		t.Errorf("the .xlsx lacks the 备注 column: %q %q", rows[1], rows[2])
	}
	pages, err := pdf.Text(out.Files[2].Data)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(strings.Join(pages, "")), "")
	if !strings.Contains(text, sentence) || !strings.Contains(text, "已复核") {
		t.Errorf("the PDF lacks the sixth section or the 备注 column")
	}
	for _, id := range []string{"整体支出.项目数", "整体支出.金额", "附件.自评数"} {
		if _, ok := out.Facts.Get(id); !ok {
			t.Errorf("facts.json lacks %s", id)
		}
	}
}

// writeSixthFixture writes testdata/sixth from the built-in definition,
// templates and sample workbook, each edited as a clerk would edit it.
func writeSixthFixture(t *testing.T) {
	t.Helper()
	if err := os.MkdirAll(sixth, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(sixth, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	def := string(templates.Definition)
	def = strings.Replace(def, "      - {key: 评价机构, headers: [评价机构], required: true, blank: merge, merge_key: 机构合并}\n",
		"      - {key: 评价机构, headers: [评价机构], required: true, blank: merge, merge_key: 机构合并}\n      - {key: 备注, headers: [备注]}\n\n"+
			"  - key: 部门整体支出评价\n    unique: [项目名称, 单位]\n    columns:\n      - *name\n      - *unit\n      - *amount\n"+
			"      - {key: 等级, kind: grade, headers: [评价等级], required: true}\n", 1)
	def = strings.Replace(def, "      - {key: 尾差, kind: tail, of: 金额, print: {decimals: 2, grouped: true}}\n",
		"      - {key: 尾差, kind: tail, of: 金额, print: {decimals: 2, grouped: true}}\n"+
			"      - {key: 自评数, kind: count, where: {备注: 项目单位自评}, label: 由项目单位自评的项目数}\n\n"+
			"  - key: 整体支出\n    label: 部门整体支出绩效评价\n    table: 部门整体支出评价\n    figures:\n"+
			"      - {key: 有数据, kind: present}\n      - {key: 项目数, kind: count, of: 项目名称}\n"+
			"      - {key: 金额, kind: sum, of: 金额, label: 金额（万元）, print: {decimals: 2}}\n"+
			"      - {key: 等级分布, kind: distribution, of: 等级}\n", 1)
	write("definition.yaml", []byte(def))

	docx, err := opc.Rewrite(templates.Disclosure, func(name string) bool { return name == "word/document.xml" }, func(_ string, body []byte) []byte {
		s := string(body)
		monitor := "{{if .绩效监控.有数据}}{{.年度}}年绩效定期监控{{.绩效监控.项目数}}条，涉及金额{{.绩效监控.金额}}万元。{{end}}</w:t></w:r></w:p>"
		s = strings.Replace(s, monitor, monitor+`<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t xml:space="preserve">`+
			"{{if .整体支出.有数据}}{{.上年度}}年开展部门整体支出绩效评价{{.整体支出.项目数}}个部门，涉及金额{{.整体支出.金额}}万元，{{.整体支出.等级分布}}。附件中由项目单位自评的项目{{.附件.自评数}}个。{{end}}"+
			`</w:t></w:r></w:p>`, 1)
		s = strings.ReplaceAll(s, `w:w="2000"`, `w:w="1000"`)
		s = strings.Replace(s, `<w:gridCol w:w="1265"/>`, `<w:gridCol w:w="1265"/><w:gridCol w:w="1000"/>`, 1)
		s = strings.Replace(s, "{{.评价机构}}{{end}}", "{{.评价机构}}", 1)
		cell := func(text string) string {
			return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="JxTable"/><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p></w:tc>`
		}
		parts := strings.SplitAfter(s, "</w:tr>")
		for i, text := range []string{"备注", "{{.备注}}{{end}}", ""} {
			parts[i] = strings.TrimSuffix(parts[i], "</w:tr>") + cell(text) + "</w:tr>"
		}
		return []byte(strings.Join(parts, ""))
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	write("disclosure.docx", docx)

	book, err := excelize.OpenReader(bytes.NewReader(templates.Attachment))
	if err != nil {
		t.Fatal(err)
	}
	const sheet = "附件"
	book.UnmergeCell(sheet, "A1", "G1")
	book.MergeCell(sheet, "A1", "H1")
	for row, text := range map[int]string{2: "备注", 3: "{{.备注}}", 4: ""} {
		style, _ := book.GetCellStyle(sheet, "G"+strconv.Itoa(row))
		book.SetCellStr(sheet, "H"+strconv.Itoa(row), text)
		book.SetCellStyle(sheet, "H"+strconv.Itoa(row), "H"+strconv.Itoa(row), style)
	}
	book.SetColWidth(sheet, "H", "H", 16)
	var buf bytes.Buffer
	book.WriteTo(&buf)
	write("attachment.xlsx", buf.Bytes())

	data, err := excelize.OpenFile("../../data/qinyuan-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	data.SetCellStr("重点绩效评价结果", "H1", "备注")
	data.SetCellStr("重点绩效评价结果", "H2", "项目单位自评")
	data.SetCellStr("重点绩效评价结果", "H3", "项目单位自评")
	data.SetCellStr("重点绩效评价结果", "H6", "已复核")
	data.NewSheet("部门整体支出评价")
	for i, row := range [][]any{{"项目名称", "单位", "金额（万元）", "评价等级"}, {"县卫健委整体支出", "县卫健委", 600.25, "优"}, {"县教育局整体支出", "县教育局", 450, "良"}, {"县民政局整体支出", "县民政局", 200.25, "良好"}} {
		r := row
		data.SetSheetRow("部门整体支出评价", "A"+strconv.Itoa(i+1), &r)
	}
	buf.Reset()
	data.WriteTo(&buf)
	write("data.xlsx", buf.Bytes())
	write("job.yaml", []byte("# 与样例相同，另有“备注”列和第六部分（部门整体支出绩效评价）：只改了定义、模板和数据\n"+
		"county: 沁源县\nyear: 2023\ninput: data.xlsx\ndefinition: definition.yaml\n"+
		"templates:\n  docx: disclosure.docx\n  xlsx: attachment.xlsx\nrequirements:\n  key_evaluations: 8\noutput: out\n"))
}
