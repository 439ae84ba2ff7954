package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"jixiao/pipeline/changes"
	"jixiao/pipeline/dataset"
	"jixiao/pipeline/runner"
)

// jobReport is one job's outcome, printed as text or, with --json, as JSON
// for the scheduler.
type jobReport struct {
	Job    string `json:"job"`
	Status string `json:"status"` // 已生成, 已是最新, 已检查, 一致, 不一致, 失败
	Reason string `json:"reason,omitempty"`
	// Kind is what sort of failure it was (data, template, mismatch,
	// internal, …; see kinds.go), which also decides the exit code.
	Kind string `json:"kind,omitempty"`
	// Stage is the stage that failed (定义, 模板, 读取, …).
	Stage    string           `json:"stage,omitempty"`
	Error    string           `json:"error,omitempty"`
	Outputs  []string         `json:"outputs,omitempty"`
	Problems []problemReport  `json:"problems"`
	Changes  []changes.Change `json:"changes,omitempty"`
	code     int
}

type problemReport struct {
	Level    string `json:"level"` // error, warning, note
	Severity string `json:"severity"`
	At       string `json:"at,omitempty"`
	File     string `json:"file,omitempty"`
	Sheet    string `json:"sheet,omitempty"`
	Cell     string `json:"cell,omitempty"`
	Row      int    `json:"row,omitempty"`
	Message  string `json:"message"`
}

var levels = map[dataset.Severity]string{dataset.Error: "error", dataset.Warning: "warning", dataset.Note: "note"}

func problemReports(ps []dataset.Problem) []problemReport {
	out := make([]problemReport, 0, len(ps))
	for _, p := range ps {
		r := problemReport{Level: levels[p.Severity], Severity: p.Severity.String(), File: p.At.File, Sheet: p.At.Sheet, Row: p.At.Row, Message: p.Message}
		if p.At.File != "" {
			r.At = p.At.String()
		}
		if p.At.Col > 0 && p.At.Row > 0 {
			r.Cell = dataset.ColumnName(p.At.Col) + fmt.Sprint(p.At.Row)
		}
		out = append(out, r)
	}
	return out
}

// failed records err in the report: a data error's problems are listed one
// by one, any other error as the report's message.
func (r *jobReport) failed(err error) {
	r.Status = "失败"
	k := kindOf(err)
	r.code, r.Kind = k.code(), k.String()
	var se *runner.StageError
	if errors.As(err, &se) {
		r.Stage = se.Stage
	}
	var de *dataset.DataError
	if errors.As(err, &de) {
		r.Problems = problemReports(de.Problems)
		n := 0
		for _, p := range de.Problems {
			if p.Severity == dataset.Error {
				n++
			}
		}
		r.Error = fmt.Sprintf("数据有误，共 %d 处错误，未生成任何文件", n)
		return
	}
	r.Error = err.Error()
}

// printText writes a report for people: errors always, the rest unless quiet.
func (r *jobReport) printText(stdout, stderr io.Writer, quiet bool) {
	if r.Status == "失败" || r.Status == "不一致" {
		fmt.Fprintf(stderr, "%s：%s\n", r.Job, r.Error)
	}
	for _, p := range r.Problems {
		if quiet && p.Level != "error" {
			continue
		}
		w := stderr
		line := p.Message
		if p.At != "" {
			line = p.At + "：" + p.Message
		}
		fmt.Fprintf(w, "  %s %s\n", p.Severity, line)
	}
	if quiet {
		return
	}
	for _, o := range r.Outputs {
		fmt.Fprintf(stdout, "已生成 %s\n", o)
	}
	switch r.Status {
	case "已检查":
		fmt.Fprintf(stdout, "%s：数据检查通过\n", r.Job)
	case "已是最新":
		fmt.Fprintf(stdout, "%s：已是最新\n", r.Job)
	case "一致":
		fmt.Fprintf(stdout, "%s：磁盘上的文件与重新生成的结果一致\n", r.Job)
	}
	if len(r.Changes) > 0 {
		fmt.Fprintf(stdout, "%s：与上次相比有 %d 处变化，见 %s\n", r.Job, len(r.Changes), changes.Name)
	}
}

func printJSON(w io.Writer, reports []*jobReport, code int) {
	out := struct {
		Jobs []*jobReport `json:"jobs"`
		Exit int          `json:"exit"`
	}{reports, code}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(out)
}
