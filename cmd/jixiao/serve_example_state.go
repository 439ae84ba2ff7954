package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"jixiao/pipeline/example"
	"jixiao/pipeline/job"
)

// exampleFolder is where a job keeps last year's document uploaded on its
// page, last year's workbook if one came with it, and the candidates
// chosen since: beside the job file, so that a restarted server shows
// the same report and a choice still rewrites the template.
const exampleFolder = "去年的说明"

const (
	exampleDocx    = "说明.docx"
	exampleChoices = "选择.json"
	exampleBook    = "工作簿" // + the uploaded workbook's extension
)

// choice is one candidate chosen, as 选择.json keeps it.
type choice struct {
	Para int    `json:"para"`
	At   int    `json:"at"`
	ID   string `json:"id"`
}

func exampleDir(j *job.Job) string { return filepath.Join(filepath.Dir(j.Path), exampleFolder) }

// save writes st into dir: the document, the workbook when a new
// upload (book non-nil; empty with none, removing an earlier one), and the choices, sorted so that the file does not move when
// nothing changed.
func (st *exampleState) save(dir string, book []byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if book != nil {
		if err := removeBooks(dir); err != nil {
			return err
		}
	}
	if book != nil && st.bookExt != "" {
		if err := os.WriteFile(filepath.Join(dir, exampleBook+st.bookExt), book, 0o644); err != nil {
			return err
		}
	}
	var list []choice
	for p, id := range st.choices {
		list = append(list, choice{p.Para, p.At, id})
	}
	slices.SortFunc(list, func(a, b choice) int {
		if a.Para != b.Para {
			return a.Para - b.Para
		}
		return a.At - b.At
	})
	raw, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, exampleDocx), st.docx, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, exampleChoices), raw, 0o644)
}

// removeBooks removes the workbook an earlier upload left: a document
// uploaded without one is read against the job's own.
func removeBooks(dir string) error {
	old, _ := filepath.Glob(filepath.Join(dir, exampleBook+".*"))
	for _, f := range old {
		if err := os.Remove(f); err != nil {
			return err
		}
	}
	return nil
}

// loadExample reads what save wrote; nil, nil when nothing was uploaded.
func loadExample(dir string) (*exampleState, error) {
	docx, err := os.ReadFile(filepath.Join(dir, exampleDocx))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	st := &exampleState{docx: docx, name: exampleDocx, choices: map[example.Place]string{}}
	if raw, err := os.ReadFile(filepath.Join(dir, exampleChoices)); err == nil {
		var list []choice
		if err := json.Unmarshal(raw, &list); err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(dir, exampleChoices), err)
		}
		for _, c := range list {
			st.choices[example.Place{Para: c.Para, At: c.At}] = c.ID
		}
	}
	if books, _ := filepath.Glob(filepath.Join(dir, exampleBook+".*")); len(books) == 1 {
		st.bookExt = filepath.Ext(books[0])
	}
	return st, nil
}

// lastYearsJob is the job read as last year's: with the workbook uploaded
// with the document, a year before the job's; else the job itself.
func (st *exampleState) lastYearsJob(j *job.Job) *job.Job {
	if st.bookExt == "" {
		return j
	}
	last := *j
	last.Input = filepath.Join(exampleDir(j), exampleBook+st.bookExt)
	last.Year, last.PriorYear = j.Year-1, j.PriorYear-1
	return &last
}

// bookExtOf is an uploaded workbook's extension, or "" when it is not one
// jixiao reads.
func bookExtOf(name string) string {
	ext := strings.ToLower(filepath.Ext(name))
	if slices.Contains([]string{".xlsx", ".xlsm", ".xls", ".et", ".csv"}, ext) {
		return ext
	}
	return ""
}
