// Package changes says what a rebuild changed, in words a clerk checks
// before publishing: projects added and removed, amounts, scores and grades
// that changed (old → new), and narrative figures that changed
// (合计 64,152.77 → 64,300.00). It compares the facts of the last build
// with the new ones and writes 变更说明.txt.
package changes
