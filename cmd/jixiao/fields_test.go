package main

import (
	"html"
	"os"
	"strings"
	"testing"
	"time"
)

// jixiao fields and the job page list the same fields, with this year's
// values: the sample's 重点评价 has 18 projects, 3 of them 优.
func TestFieldsOnTheCommandLineAndTheJobPage(t *testing.T) {
	sj := serveJob(t, nil)
	code, out, errOut := runCmd("fields", sj.s.jobs[0].Path)
	if code != 0 {
		t.Fatalf("fields: %d %s", code, errOut)
	}
	want := [][3]string{
		{"{{.县}}", "沁源县", "县名"},
		{"{{.重点评价.项目数}}", "18", "行数"},
		{"{{.重点评价.优}}", "3", "“优”"},
		{"{{.重点评价.金额}}", "40206.26", "合计"},
		{"{{.项目名称}}", "", "项目名称"},
	}
	for _, w := range want {
		found := false
		for _, l := range strings.Split(out, "\n") {
			p := strings.Split(strings.TrimSpace(l), "\t")
			if len(p) == 3 && p[0] == w[0] && (w[1] == "" || p[1] == w[1]) && strings.Contains(p[2], w[2]) {
				found = true
			}
		}
		if !found {
			t.Errorf("fields lacks %v:\n%s", w, out)
		}
	}
	_, page := sj.get(t, "/jobs/1")
	page = html.UnescapeString(page)
	for _, w := range want {
		if !strings.Contains(page, "<code>"+w[0]+"</code>") || !strings.Contains(page, w[1]) {
			t.Errorf("the job page lacks %s %s", w[0], w[1])
		}
	}
	if code, _, errOut := runCmd("fields"); code != exitUsage || !strings.Contains(errOut, "用法") {
		t.Errorf("fields without a job: %d %s", code, errOut)
	}
}

// The job page reads the workbook again only when a source changed.
func TestJobPageFieldsAreKeptWhileTheSourcesAre(t *testing.T) {
	sj := serveJob(t, nil)
	j := sj.s.jobs[0].Job
	a, b := pageFields.list(j), pageFields.list(j)
	if len(a) == 0 || &a[0] != &b[0] {
		t.Fatal("the list was computed again with nothing changed")
	}
	later := time.Now().Add(time.Hour)
	os.Chtimes(j.Input, later, later)
	if c := pageFields.list(j); len(c) == 0 || &c[0] == &a[0] {
		t.Error("a changed workbook gave the old list")
	}
}
