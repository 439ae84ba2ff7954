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

// Compare lists what changed from old to new: rows added, removed or
// changed (matched by their unique columns), and every other figure whose
// printed value changed.
func Compare(old, new *facts.File) *Report {
	r := &Report{}
	key := func(x facts.Row) string { return x.Section + "\x00" + x.Key }
	renumbered := sequences(new)
	before := map[string]facts.Row{}
	for _, x := range old.Rows {
		before[key(x)] = x
	}
	after := map[string]bool{}
	for _, x := range new.Rows {
		k := key(x)
		after[k] = true
		o, ok := before[k]
		if !ok {
			r.Changes = append(r.Changes, Change{Kind: "新增项目", Subject: x.Key, New: describe(x)})
			continue
		}
		was := map[string]string{}
		for _, c := range o.Cells {
			was[c.Column] = c.Printed
		}
		for _, c := range x.Cells {
			if w, ok := was[c.Column]; ok && w != c.Printed && !renumbered[c.Column] {
				r.Changes = append(r.Changes, Change{Kind: "项目变化", Subject: x.Key + " " + c.Column, Old: w, New: c.Printed})
			}
		}
	}
	for _, x := range old.Rows {
		if !after[key(x)] {
			r.Changes = append(r.Changes, Change{Kind: "删除项目", Subject: x.Key, Old: describe(x)})
		}
	}
	for _, nf := range new.Facts {
		if facts.IsRowID(nf.ID) {
			continue // rows are reported by row above
		}
		of, ok := old.Get(nf.ID)
		if ok && of.Printed != nf.Printed {
			r.Changes = append(r.Changes, Change{Kind: "数字变化", Subject: nf.Label, Old: of.Printed, New: nf.Printed})
		}
	}
	return r
}

// sequences are the columns that are row numbers, which change whenever a
// row is added above and are no change of their own. They are found once,
// not once per changed cell: a long attachment with a row added at the top
// has a changed number in every row.
func sequences(f *facts.File) map[string]bool {
	columns := map[string]bool{}
	for _, x := range f.Facts {
		if i := strings.LastIndex(x.ID, "]."); i >= 0 && x.How == "按行次重新编号" {
			columns[x.ID[i+2:]] = true
		}
	}
	return columns
}

// describe lists a row's cells other than its key: 400.00 万元，评分 98.37.
func describe(x facts.Row) string {
	var parts []string
	for _, c := range x.Cells {
		if c.Printed == "" || strings.Contains(x.Key, c.Printed) {
			continue
		}
		parts = append(parts, c.Column+" "+c.Printed)
	}
	return strings.Join(parts, "，")
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
