package build

import (
	"fmt"
	"os"
	"path/filepath"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/document"
	"jixiao/pipeline/facts"
	"jixiao/pipeline/job"

	"github.com/shopspring/decimal"
)

// compareWithPrevious warns when the attachment's count or total is far
// from last year's, as recorded in last year's facts.json: a whole sheet
// pasted twice, or amounts typed in 元, show up this way.
func compareWithPrevious(j *job.Job, data *document.Data, problems *dataset.Problems) {
	if j.Previous == "" {
		return
	}
	at := dataset.CellRef{File: filepath.Base(j.Input)}
	raw, err := os.ReadFile(filepath.Join(j.Previous, FactsName))
	if err != nil {
		problems.Warn(at, fmt.Sprintf("无法读取上一年的 %s（previous_output: %s），未与上一年比较", FactsName, j.Previous))
		return
	}
	prev, err := facts.Parse(raw)
	if err != nil {
		problems.Warn(at, err.Error())
		return
	}
	far := func(now, before decimal.Decimal) bool {
		if before.IsZero() {
			return false
		}
		ratio := now.Div(before)
		return ratio.LessThan(decimal.NewFromFloat(0.5)) || ratio.GreaterThan(decimal.NewFromInt(2))
	}
	if f, ok := prev.Get("附件.项目数"); ok {
		before, _ := decimal.NewFromString(f.Value)
		if far(decimal.NewFromInt(int64(data.Attachment.Count)), before) {
			problems.Warn(at, fmt.Sprintf("附件有 %d 个项目，上一年（%d年）为 %s 个，相差较大，请核对是否漏填或重复", data.Attachment.Count, prev.Year, f.Value))
		}
	}
	if f, ok := prev.Get("附件.合计"); ok {
		before, _ := decimal.NewFromString(f.Value)
		if far(data.Attachment.Total.Decimal(), before) {
			problems.Warn(at, fmt.Sprintf("附件合计 %s 万元，上一年（%d年）为 %s 万元，相差较大，请核对金额单位（元/万元）", data.Attachment.Total.Grouped(), prev.Year, f.Printed))
		}
	}
}
