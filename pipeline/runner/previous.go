package runner

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
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
	prev, err := readFacts(filepath.Join(j.Previous, FactsName))
	var pe *os.PathError
	if errors.As(err, &pe) {
		problems.Warn(at, fmt.Sprintf("无法读取上一年的 %s（previous_output: %s），未与上一年比较", FactsName, j.Previous))
		return
	}
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
	// Each printed table's row count and unfiltered sums are compared.
	for _, sec := range data.Sections {
		if sec.Def.Rows == "" {
			continue
		}
		for k := range sec.Figures {
			fig := &sec.Figures[k]
			if len(fig.Def.Where) > 0 {
				continue
			}
			f, ok := prev.Get(sec.Def.Key + "." + fig.Def.Key)
			if !ok {
				continue
			}
			before, err := decimal.NewFromString(f.Value)
			if err != nil {
				continue
			}
			switch {
			case fig.Def.Kind == definition.Count && far(decimal.NewFromInt(int64(fig.Count)), before):
				problems.Warn(at, fmt.Sprintf("%s有 %d 个项目，上一年（%d年）为 %s 个，相差较大，请核对是否漏填或重复", sec.Def.Label, fig.Count, prev.Year, f.Value))
			case fig.Def.Kind == definition.Sum && fig.Money.Set && far(fig.Money.Value(), before):
				problems.Warn(at, fmt.Sprintf("%s%s %s %s，上一年（%d年）为 %s %s，相差较大，请核对金额单位（元/万元）", sec.Def.Label, fig.Def.Key, fig.Money.Fixed(true), fig.Money.Unit, prev.Year, f.Printed, fig.Money.Unit))
			}
		}
	}
}
