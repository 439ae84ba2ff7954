// Command samplegen writes data/qinyuan-2023.xlsx, the sample workbook of the
// 沁源县 2023 job, so that the sample can be checked and remade.
//
// The sheet 重点绩效评价结果 holds the 35 rows of the published attachment, in
// the published order, with the 评价机构 column merged in the published
// blocks. Its amounts are in 元, as the bureau's system holds them: each
// displays as published in 万元, and two of them lie 40 元 below their printed
// value, so that their exact total displays as the published 合计, 64,152.77,
// while the printed rows add up to 64,152.78 (the document's 尾差).
//
// The other five sheets are illustrative: the published document gives only
// their counts, totals and grade counts, so their rows are made up (names
// 示例…, fixed pseudo-random amounts) to reproduce exactly those figures.
//
// Usage: go run ./cmd/samplegen [-o data/qinyuan-2023.xlsx] [-template templates/disclosure.docx]
package main

import (
	_ "embed"
	"encoding/csv"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"strings"

	"jixiao/pipeline/money"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

//go:embed published.csv
var published string

// shaved are the published rows whose 元 amount lies 40 元 below the printed value.
var shaved = map[string]bool{"3": true, "4": true}

func main() {
	out := flag.String("o", "data/qinyuan-2023.xlsx", "where to write the workbook")
	tpl := flag.String("template", "", "also write the pristine default Word template here")
	xtpl := flag.String("xlsx-template", "", "also write the pristine default Excel template here")
	flag.Parse()
	if *xtpl != "" {
		must(writeXlsxTemplate(*xtpl))
		fmt.Println("wrote", *xtpl)
	}
	if *tpl != "" {
		must(writeTemplate(*tpl))
		fmt.Println("wrote", *tpl)
	}
	must(writeSample(*out))
	fmt.Println("wrote", *out)
}

// writeSample writes the whole sample workbook to path.
func writeSample(path string) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := writeAttachment(f); err != nil {
		return err
	}
	units := units()
	rng := rand.New(rand.NewPCG(2023, 126370))
	for _, s := range []struct {
		sheet, prefix string
		header        []string
		n             int
		total         string
		grades        gradeRun
		scored        bool
	}{
		{"事前绩效评价", "示例事前评价项目", []string{"项目名称", "单位", "金额（万元）", "评价等级"}, 14, "10790.69", gradeRun{14, 0, 0}, false},
		{"绩效自评", "示例自评项目", []string{"项目名称", "单位", "金额（万元）"}, 1166, "145637.15", gradeRun{}, false},
		{"重点绩效评价", "示例重点评价项目", scoredHeader, 18, "40206.26", gradeRun{3, 13, 2}, true},
		{"统筹整合资金评价", "示例统筹整合项目", scoredHeader, 17, "10523.48", gradeRun{4, 12, 1}, true},
		{"绩效监控", "示例监控项目", []string{"项目名称", "单位", "金额（万元）"}, 1087, "99186.62", gradeRun{}, false},
	} {
		if err := writeSection(f, s.sheet, s.header, s.prefix, s.n, s.total, s.grades, s.scored, units, rng); err != nil {
			return err
		}
	}
	if err := f.DeleteSheet("Sheet1"); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	return f.SaveAs(path)
}

var scoredHeader = []string{"项目名称", "单位", "项目支出（万元）", "评分结果", "评分等级", "评价机构"}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

func publishedRows() [][]string {
	rows, err := csv.NewReader(strings.NewReader(published)).ReadAll()
	must(err)
	return rows[1:]
}

func writeAttachment(f *excelize.File) error {
	const sheet = "重点绩效评价结果"
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	header := []any{"序号", "二级项目名称", "单位", "项目支出（元）", "评分结果", "评分等级", "评价机构"}
	if err := f.SetSheetRow(sheet, "A1", &header); err != nil {
		return err
	}
	rows := publishedRows()
	exact, printed := money.Zero, money.Zero
	blockStart := 0
	for i, r := range rows {
		row := i + 2
		yuan := yuanOf(r[3])
		if shaved[r[0]] {
			yuan = yuan.Sub(decimal.NewFromInt(40))
		}
		exact = exact.Add(money.In(yuan, money.Yuan))
		printed = printed.Add(money.In(yuan, money.Yuan).Rounded())
		score, _ := decimal.NewFromString(r[4])
		scoreF, _ := score.Float64()
		cells := []any{i + 1, r[1], r[2], yuan.IntPart(), scoreF, r[5]}
		if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", row), &cells); err != nil {
			return err
		}
		if r[6] != "" {
			if err := mergeAgency(f, sheet, blockStart, row-1); err != nil {
				return err
			}
			blockStart = row
			if err := f.SetCellValue(sheet, fmt.Sprintf("G%d", row), r[6]); err != nil {
				return err
			}
		}
	}
	last := len(rows) + 1
	if err := mergeAgency(f, sheet, blockStart, last); err != nil {
		return err
	}
	if exact.Plain() != "64152.77" || printed.Plain() != "64152.78" {
		return fmt.Errorf("sample total %s (printed rows %s): the 尾差 is not reproduced", exact.Plain(), printed.Plain())
	}
	total := []any{nil, "合计", nil, exact.Decimal().Mul(decimal.NewFromInt(10000)).IntPart()}
	if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", last+1), &total); err != nil {
		return err
	}
	return widths(f, sheet, []float64{6, 44, 28, 16, 10, 10, 32})
}

func mergeAgency(f *excelize.File, sheet string, from, to int) error {
	if from == 0 || to <= from {
		return nil
	}
	return f.MergeCell(sheet, fmt.Sprintf("G%d", from), fmt.Sprintf("G%d", to))
}

func yuanOf(wan string) decimal.Decimal {
	d, err := money.ParseNumber(wan)
	must(err)
	return d.Mul(decimal.NewFromInt(10000))
}

func widths(f *excelize.File, sheet string, w []float64) error {
	for i, x := range w {
		col := string(rune('A' + i))
		if err := f.SetColWidth(sheet, col, col, x); err != nil {
			return err
		}
	}
	return nil
}

// units are the published table's 单位, reused for the illustrative rows.
func units() []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range publishedRows() {
		if !seen[r[2]] {
			seen[r[2]] = true
			out = append(out, r[2])
		}
	}
	return out
}

// gradeRun is how many rows of a sheet get 优, 良 and 中, in that order.
type gradeRun struct{ excellent, good, fair int }

var agencies = []string{"山西鑫利元工程项目管理有限公司", "山西诚成资产评估有限公司", "山西华普绩效管理咨询有限公司"}

func writeSection(f *excelize.File, sheet string, header []string, prefix string, n int, total string, grades gradeRun, scored bool, units []string, rng *rand.Rand) error {
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	h := make([]any, len(header))
	for i, s := range header {
		h[i] = s
	}
	if err := f.SetSheetRow(sheet, "A1", &h); err != nil {
		return err
	}
	amounts := split(total, n, rng)
	digits := len(fmt.Sprint(n))
	for i := 0; i < n; i++ {
		amount, _ := amounts[i].Float64()
		cells := []any{fmt.Sprintf("%s%0*d", prefix, digits, i+1), units[i%len(units)], amount}
		grade := ""
		score := 0.0
		switch {
		case i < grades.excellent:
			grade, score = "优", 90+float64(rng.IntN(900))/100
		case i < grades.excellent+grades.good:
			grade, score = "良", 80+float64(rng.IntN(1000))/100
		case i < grades.excellent+grades.good+grades.fair:
			grade, score = "中", 60+float64(rng.IntN(2000))/100
		}
		if scored {
			cells = append(cells, score, grade, agencies[i%len(agencies)])
		} else if grade != "" {
			cells = append(cells, grade)
		}
		if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", i+2), &cells); err != nil {
			return err
		}
	}
	return widths(f, sheet, []float64{30, 28, 16, 10, 10, 32})
}

// split divides total (万元, two decimals) into n positive amounts of whole fen.
func split(total string, n int, rng *rand.Rand) []decimal.Decimal {
	fen := decimal.RequireFromString(total).Mul(decimal.NewFromInt(100)).IntPart()
	weights := make([]int64, n)
	var sum int64
	for i := range weights {
		weights[i] = 1 + rng.Int64N(1000)
		sum += weights[i]
	}
	out := make([]decimal.Decimal, n)
	var used int64
	for i := range out {
		part := fen * weights[i] / sum
		if i == n-1 {
			part = fen - used
		}
		used += part
		out[i] = decimal.New(part, -2)
	}
	return out
}
