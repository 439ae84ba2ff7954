package ingest

import (
	"bytes"
	"fmt"

	"jixiao/pipeline/dataset"

	"github.com/xuri/excelize/v2"
)

// blankRows is how far down the blank workbook's checks reach.
const blankRows = 5000

// headers are the columns of each sheet in a new workbook, in the bureau's order.
var headers = map[dataset.Kind][]field{
	dataset.PreEvaluation:  {fName, fUnit, fAmount, fGrade},
	dataset.SelfEvaluation: {fName, fUnit, fAmount},
	dataset.KeyEvaluation:  {fName, fUnit, fAmount, fScore, fGrade, fAgency},
	dataset.Integrated:     {fName, fUnit, fAmount, fScore, fGrade, fAgency},
	dataset.Monitoring:     {fName, fUnit, fAmount},
	dataset.Attachment:     {fSeq, fName, fUnit, fAmount, fScore, fGrade, fAgency},
}

// Blank returns a new, empty input workbook: the six sheets with their
// header rows, frozen, and Excel data validation that stops most mistakes
// as they are typed: a grade drop-down, amounts of at least 0 and scores
// from 0 to 100, each with a hint in Chinese.
func Blank(sheets [dataset.KindCount]string) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}, Alignment: &excelize.Alignment{Horizontal: "center", WrapText: true}})
	if err != nil {
		return nil, err
	}
	amountFmt, scoreFmt := "#,##0.00", "0.00"
	amount, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &amountFmt})
	score, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &scoreFmt})
	for i, k := range dataset.Kinds {
		sheet := sheets[k]
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sheet); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(sheet); err != nil {
			return nil, err
		}
		for c, fl := range headers[k] {
			col := dataset.ColumnName(c + 1)
			label := fieldLabel[fl]
			if k == dataset.Attachment && fl == fName {
				label = "二级项目名称"
			}
			if (k.Scored()) && fl == fAmount {
				label = "项目支出（万元）"
			}
			if k == dataset.PreEvaluation && fl == fGrade {
				label = "评价等级"
			}
			if err := f.SetCellStr(sheet, col+"1", label); err != nil {
				return nil, err
			}
			rng := fmt.Sprintf("%s2:%s%d", col, col, blankRows)
			if err := validate(f, sheet, fl, rng); err != nil {
				return nil, err
			}
			switch fl {
			case fAmount:
				f.SetColStyle(sheet, col, amount)
			case fScore:
				f.SetColStyle(sheet, col, score)
			}
			f.SetCellStyle(sheet, col+"1", col+"1", head)
			f.SetColWidth(sheet, col, col, map[field]float64{fSeq: 6, fName: 40, fUnit: 28, fAmount: 16, fScore: 10, fGrade: 10, fAgency: 30}[fl])
		}
		if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return nil, err
		}
	}
	f.SetActiveSheet(0)
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func validate(f *excelize.File, sheet string, fl field, rng string) error {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(rng)
	switch fl {
	case fGrade:
		if err := dv.SetDropList([]string{"优", "良", "中", "差"}); err != nil {
			return err
		}
		dv.SetInput("评分等级", "请从下拉列表中选择：优、良、中、差（90分及以上为优，80–90为良，60–80为中，60以下为差）")
		dv.SetError(excelize.DataValidationErrorStyleStop, "等级不正确", "等级只能是 优、良、中、差")
	case fAmount:
		if err := dv.SetRange(0, 1e9, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dv.SetInput("金额", "请填写数字，单位为万元，不要带“万元”等文字")
		dv.SetError(excelize.DataValidationErrorStyleStop, "金额不正确", "金额应为不小于0的数字（单位：万元）")
	case fScore:
		if err := dv.SetRange(0, 100, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dv.SetInput("评分结果", "请填写0到100之间的分数")
		dv.SetError(excelize.DataValidationErrorStyleStop, "评分不正确", "评分应在0到100之间")
	default:
		return nil
	}
	return f.AddDataValidation(sheet, dv)
}
