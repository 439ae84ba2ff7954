package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"jixiao/pipeline/example"
	"jixiao/pipeline/job"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/runner"
)

// exampleState is last year's document a clerk uploaded for a job, and
// the candidates chosen since, so that a choice makes the template again.
// It is kept on disk beside the job (serve_example_state.go).
type exampleState struct {
	docx    []byte
	name    string
	choices map[example.Place]string
	bookExt string // the extension of last year's workbook uploaded with it; "" for none
}

// exampleView is the report on the job's page: last year's text, each
// paragraph with its numbers and what became of them.
type exampleView struct {
	Summary string
	Loops   []string
	Notes   []string // what to check besides the numbers: a typed heading number, a column's values past the bound
	Paras   []exampleParagraph
}

type exampleParagraph struct {
	N     int
	Text  string
	Marks []exampleMark
}

type exampleMark struct {
	Text, State, Result string
	Place               string // para:at, sent back with a choice
	Options             []exampleOption
}

type exampleOption struct {
	ID, Label string
	Selected  bool
}

// exampleUpload takes last year's published document and makes the job's
// Word template from it, with the job's workbook as last year's data.
func (s *server) exampleUpload(w http.ResponseWriter, r *http.Request) {
	sv := s.served(w, r)
	if sv == nil {
		return
	}
	if sv.Job.Template == "" {
		s.showJob(w, r, sv, "这个任务使用内置模板：请先在任务文件中写 templates: {docx: 文件路径}，再上传去年的说明", nil)
		return
	}
	data, filename, err := formFile(r, "file")
	if err != nil {
		s.showJob(w, r, sv, uploadProblem(err), nil)
		return
	}
	if !strings.EqualFold(filepath.Ext(filename), ".docx") {
		s.showJob(w, r, sv, "去年的说明应为 .docx 文件（.doc 请在 Word 或 WPS 中另存为 .docx）", nil)
		return
	}
	st := &exampleState{docx: data, name: clerkName(filename, "去年的说明.docx"), choices: map[example.Place]string{}}
	book := []byte{} // none: the job's workbook is last year's data
	if bookData, bookName, err := formFile(r, "data"); !errors.Is(err, http.ErrMissingFile) {
		if st.bookExt = bookExtOf(bookName); err == nil && st.bookExt == "" {
			s.showJob(w, r, sv, "去年的工作簿应为 .xlsx、.xls、.et 或 .csv 文件", nil)
			return
		}
		if err != nil {
			s.showJob(w, r, sv, "无法读取上传的工作簿", nil)
			return
		}
		book = bookData
	}
	s.uploads.Lock()
	err = st.save(exampleDir(sv.Job), book)
	if err == nil {
		s.examples[sv.ID] = st
	}
	s.uploads.Unlock()
	if err != nil {
		s.logf("无法保存去年的说明：%v", err)
		s.showJob(w, r, sv, "无法保存去年的说明：任务文件夹无法写入，请联系管理员", nil)
		return
	}
	s.applyExample(w, r, sv, st, "已按去年的说明生成 Word 模板")
}

// exampleChoose takes another candidate for one number of last year's
// document and makes the template again.
func (s *server) exampleChoose(w http.ResponseWriter, r *http.Request) {
	sv := s.served(w, r)
	if sv == nil {
		return
	}
	s.uploads.Lock()
	st := s.examples[sv.ID]
	var err error
	if st == nil {
		st, err = loadExample(exampleDir(sv.Job)) // uploaded before the server started
	}
	var next *exampleState
	place, ok := parsePlace(r.PostFormValue("place"))
	if st != nil && ok && err == nil {
		next = &exampleState{docx: st.docx, name: st.name, choices: maps.Clone(st.choices), bookExt: st.bookExt}
		next.choices[place] = r.PostFormValue("candidate")
		if err = next.save(exampleDir(sv.Job), nil); err == nil {
			s.examples[sv.ID] = next
		}
	}
	s.uploads.Unlock()
	if err != nil {
		s.logf("无法读写去年的说明：%v", err)
		s.showJob(w, r, sv, "无法读写保存的去年的说明（“"+exampleFolder+"”文件夹），请联系管理员", nil)
		return
	}
	if next == nil {
		s.showJob(w, r, sv, "请先上传去年的说明", nil)
		return
	}
	s.applyExample(w, r, sv, next, "已按所选改写 Word 模板")
}

func parsePlace(v string) (example.Place, bool) {
	a, b, ok := strings.Cut(v, ":")
	para, err1 := strconv.Atoi(a)
	at, err2 := strconv.Atoi(b)
	return example.Place{Para: para, At: at}, ok && err1 == nil && err2 == nil
}

// applyExample makes the template, checks it as an uploaded one is
// checked, puts it in place of the job's (keeping the old one) and builds.
//
// Last year's data is the workbook uploaded with the document, or else
// the job's own. Figures the numbers need and the job's own definition
// lacks are added to it as init adds them, the old one kept as well.
func (s *server) applyExample(w http.ResponseWriter, r *http.Request, sv *served, st *exampleState, msg string) {
	res, defText, err := s.exampleTemplate(sv.Job, st)
	if err != nil {
		var ee *exampleError
		if errors.As(err, &ee) {
			s.showJob(w, r, sv, st.name+" 无法读取为 Word 文档", nil)
		} else {
			s.showJob(w, r, sv, "去年的工作簿有误，无法对照去年的说明："+err.Error(), nil)
		}
		return
	}
	target := sv.Job.Template
	dir, candidate, done, err := stageBeside(target, filepath.Base(target), res.Docx)
	defer done()
	trial := *sv.Job
	trial.Template = candidate
	if err == nil && defText != nil {
		var doneDef func()
		_, trial.Definition, doneDef, err = stageBeside(sv.Job.Definition, filepath.Base(sv.Job.Definition), defText)
		defer doneDef()
	}
	if err != nil {
		s.logf("无法保存生成的模板：%v", err)
		s.showJob(w, r, sv, "无法保存生成的模板：任务文件夹无法写入，请联系管理员", nil)
		return
	}
	if _, err := runner.CheckTemplates(&trial); err != nil {
		s.showJob(w, r, sv, "生成的模板有误（程序内部错误，请把这条信息告诉维护人员）："+hidePath(err.Error(), dir), nil)
		return
	}
	user := sessionOf(r).user
	if defText != nil {
		keptDef, err := s.replaceKeeping(sv.Job.Definition, trial.Definition)
		if err != nil {
			s.showJob(w, r, sv, "无法替换文档定义："+hidePath(publish.Explain(err), dir), nil)
			return
		}
		s.logf("%s 按 %s 在文档定义中添加了数字，原文档定义保存为 %s", user, st.name, keptDef)
		msg += "，并在文档定义中添加了去年的说明所需的数字"
	}
	kept, err := s.replaceKeeping(target, candidate)
	if err != nil {
		s.showJob(w, r, sv, "无法替换原模板："+hidePath(publish.Explain(err), dir), nil)
		return
	}
	if kept != "" {
		s.logf("%s 按 %s 生成了模板，原模板保存为 %s", user, st.name, kept)
	}
	sum := sha256.Sum256(st.docx)
	runner.Record(sv.Job, runner.Event{Time: s.now(), User: user, Action: "按去年的说明生成模板", File: st.name, SHA256: hex.EncodeToString(sum[:]), Result: "已采用"})
	s.build(sv, user)
	s.showJobWith(w, r, sv, fmt.Sprintf("%s（原模板已保存到“%s”文件夹），正在生成……", msg, keptFolder), nil, exampleViewOf(res))
}

// exampleTemplate makes the template from st against last year's data,
// and the job's definition with the figures added (nil when unchanged,
// or when the job uses the built-in one, which serve does not rewrite).
func (s *server) exampleTemplate(j *job.Job, st *exampleState) (*example.Result, []byte, error) {
	last := st.lastYearsJob(j)
	if j.Definition == "" {
		d, _, err := runner.Check(last)
		if err != nil {
			return nil, nil, err
		}
		res, err := example.Make(st.docx, d, example.Options{Choices: st.choices})
		if err != nil {
			return nil, nil, &exampleError{err}
		}
		return res, nil, nil
	}
	old, err := os.ReadFile(j.Definition)
	if err != nil {
		return nil, nil, err
	}
	tmp, err := os.MkdirTemp("", "jixiao-example-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(tmp)
	res, text, err := widenedTemplate(last, old, true, st.docx, tmp, st.choices)
	if err != nil || bytes.Equal(text, old) {
		return res, nil, err
	}
	return res, text, nil
}

func exampleViewOf(res *example.Result) *exampleView {
	v := &exampleView{Summary: res.Summary(), Loops: res.Loops, Notes: res.Notes}
	states := map[example.State]string{example.Bound: "已对应", example.Ambiguous: "有歧义", example.Unbound: "与数据无关", example.Skipped: "保留"}
	for _, m := range res.Marks {
		if len(v.Paras) == 0 || v.Paras[len(v.Paras)-1].N != m.Para {
			v.Paras = append(v.Paras, exampleParagraph{N: m.Para, Text: res.Paras[m.Para-1]})
		}
		mv := exampleMark{Text: m.Text, State: states[m.State], Result: m.Describe(), Place: fmt.Sprintf("%d:%d", m.Para, m.At)}
		if len(m.Candidates) > 1 {
			for k, c := range m.Candidates {
				mv.Options = append(mv.Options, exampleOption{ID: c.ID, Label: c.Label, Selected: k == m.Chosen})
			}
		}
		p := &v.Paras[len(v.Paras)-1]
		p.Marks = append(p.Marks, mv)
	}
	return v
}
