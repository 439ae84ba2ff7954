// Package changes says what a rebuild changed, in words a clerk checks
// before publishing: projects added and removed, amounts, scores and grades
// that changed (old → new), and narrative figures that changed
// (合计 64,152.77 → 64,300.00). It compares the facts of the last build
// with the new ones and writes 变更说明.txt.
//
// Only a build that changes something writes a report: a rebuild that
// changes nothing (--force, a new template, the web page's 重新生成) keeps
// the last one. Every report is also added on top of 变更记录.txt, the
// history, as 【第 N 次】; History lists those entries, newest first, for
// the web page. Neither file holds a date, so that outputs stay
// deterministic; the run log (.jixiao-history.jsonl) says when.
package changes
