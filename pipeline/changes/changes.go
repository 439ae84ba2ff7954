package changes

import (
	"fmt"
	"strings"

	"jixiao/pipeline/facts"
)

// Name is the change report's file name.
const Name = "变更说明.txt"

// Change is one difference.
type Change struct {
	Kind    string `json:"kind"` // 新增项目, 删除项目, 项目变化, 数字变化
	Subject string `json:"subject"`
	Old     string `json:"old,omitempty"`
	New     string `json:"new,omitempty"`
}

// Report is every difference between two builds.
type Report struct {
	Changes []Change `json:"changes"`
}

// Empty reports whether nothing changed.
func (r *Report) Empty() bool { return len(r.Changes) == 0 }

// Compare lists what changed from old to new.
func Compare(old, new *facts.File) *Report {
	r := &Report{}
	key := func(p facts.Project) string { return p.Name + "（" + p.Unit + "）" }
	before := map[string]facts.Project{}
	for _, p := range old.Projects {
		before[key(p)] = p
	}
	after := map[string]bool{}
	for _, p := range new.Projects {
		k := key(p)
		after[k] = true
		o, ok := before[k]
		if !ok {
			r.Changes = append(r.Changes, Change{Kind: "新增项目", Subject: k, New: describe(p)})
			continue
		}
		for _, f := range []struct{ what, was, is string }{
			{"项目支出", o.Amount, p.Amount},
			{"评分", o.Score, p.Score},
			{"等级", o.Grade, p.Grade},
		} {
			if f.was != f.is {
				r.Changes = append(r.Changes, Change{Kind: "项目变化", Subject: k + " " + f.what, Old: f.was, New: f.is})
			}
		}
	}
	for _, p := range old.Projects {
		if !after[key(p)] {
			r.Changes = append(r.Changes, Change{Kind: "删除项目", Subject: key(p), Old: describe(p)})
		}
	}
	for _, nf := range new.Facts {
		if strings.HasPrefix(nf.ID, "附件.行[") {
			continue // rows are reported by project above
		}
		of, ok := old.Get(nf.ID)
		if ok && of.Printed != nf.Printed {
			r.Changes = append(r.Changes, Change{Kind: "数字变化", Subject: nf.Label, Old: of.Printed, New: nf.Printed})
		}
	}
	return r
}

func describe(p facts.Project) string {
	s := p.Amount + " 万元"
	if p.Score != "" {
		s += "，评分 " + p.Score
	}
	if p.Grade != "" {
		s += "，等级 " + p.Grade
	}
	return s
}

// Text is the report as 变更说明.txt.
func (r *Report) Text(county string, year int) string {
	var b strings.Builder
	b.WriteString("\uFEFF") // so that Notepad on an older Windows reads UTF-8
	fmt.Fprintf(&b, "%s%d年绩效目标情况说明：本次生成与上次相比的变化（共 %d 处）\r\n", county, year, len(r.Changes))
	if r.Empty() {
		b.WriteString("与上次生成相比，数字和项目都没有变化。\r\n")
		return b.String()
	}
	fmt.Fprintf(&b, "请在公开前核对以下内容。\r\n\r\n")
	for i, c := range r.Changes {
		switch {
		case c.Old != "" && c.New != "":
			fmt.Fprintf(&b, "%d. %s：%s %s → %s\r\n", i+1, c.Kind, c.Subject, c.Old, c.New)
		case c.New != "":
			fmt.Fprintf(&b, "%d. %s：%s（%s）\r\n", i+1, c.Kind, c.Subject, c.New)
		default:
			fmt.Fprintf(&b, "%d. %s：%s（原为 %s）\r\n", i+1, c.Kind, c.Subject, c.Old)
		}
	}
	return b.String()
}
