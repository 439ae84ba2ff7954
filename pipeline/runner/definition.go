package runner

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/job"
	"jixiao/pipeline/suggest"
	"jixiao/templates"
)

// DefinitionError is a document definition that cannot be used, or a job
// file that does not fit its definition.
type DefinitionError struct{ Err error }

func (e *DefinitionError) Error() string { return e.Err.Error() }

func (e *DefinitionError) Unwrap() error { return e.Err }

// parsed caches definitions by their bytes and the job's grade bands, so
// that a batch or a watcher parses each once and the template types made
// from it are made once too.
var parsed sync.Map // [32]byte → *definition.Definition

// Definition loads j's document definition, with the job's grade bands
// applied, and the sheets its tables are read from.
func Definition(j *job.Job) (*definition.Definition, map[string]string, error) {
	name, raw := "", templates.Definition
	if j.Definition != "" {
		b, err := os.ReadFile(j.Definition)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, nil, &DefinitionError{fmt.Errorf("文档定义 %s 不存在，请检查任务文件中的 definition", j.Definition)}
			}
			return nil, nil, &DefinitionError{fmt.Errorf("无法读取文档定义 %s：%w", j.Definition, err)}
		}
		name, raw = j.Definition, b
	}
	key := sha256.New()
	key.Write(raw)
	for _, b := range j.Bands {
		if b != nil {
			key.Write([]byte(b.String()))
		}
		key.Write([]byte{0})
	}
	var sum [32]byte
	copy(sum[:], key.Sum(nil))
	def, ok := parsed.Load(sum)
	if !ok {
		d, err := definition.Parse(name, raw)
		if err != nil {
			return nil, nil, &DefinitionError{err}
		}
		if err := applyBands(d, j); err != nil {
			return nil, nil, err
		}
		def, _ = parsed.LoadOrStore(sum, d)
	}
	d := def.(*definition.Definition)
	if err := requirementsOf(d, j); err != nil {
		return nil, nil, err
	}
	sheets, err := sheetsOf(d, j)
	return d, sheets, err
}

// requirementsOf checks that each of the job file's requirements is one a
// figure of the definition compares with.
func requirementsOf(d *definition.Definition, j *job.Job) error {
	var known []string
	for _, s := range d.Sections {
		for _, f := range s.Figures {
			if _, ok := j.Requirements[f.Requirement]; f.Kind == definition.Difference && !ok {
				return &job.Error{Path: j.Path, Msg: fmt.Sprintf("文档定义中 %s.%s 是与要求之差，任务文件的 requirements 中须写 %s", s.Key, f.Key, f.Requirement)}
			}
			if (f.Kind == definition.Requirement || f.Kind == definition.Difference) && !slices.Contains(known, f.Requirement) {
				known = append(known, f.Requirement)
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(j.Requirements)) {
		if slices.Contains(known, k) {
			continue
		}
		msg := fmt.Sprintf("requirements 中的 %s 不是文档定义中的要求", k)
		if near := suggest.Closest(k, known, nil); near != "" {
			msg += "，是否应为 " + near + "？"
		} else if len(known) > 0 {
			msg += "，应为 " + strings.Join(known, "、") + " 之一"
		} else {
			msg += "（文档定义中没有 requirement 数字）"
		}
		return &job.Error{Path: j.Path, Line: j.Line("requirements." + k), Msg: msg}
	}
	return nil
}

// applyBands sets the lowest scores of the standard scale's first three
// grades from the job file's grades key.
func applyBands(d *definition.Definition, j *job.Job) error {
	scale := d.Scales["标准"]
	for i, b := range j.Bands {
		if b == nil {
			continue
		}
		if scale == nil || i >= len(scale.Grades)-1 {
			return &DefinitionError{errors.New("任务文件的 grades 只能用于文档定义中的标准等级（标准）")}
		}
		scale.Grades[i].Min = b
	}
	return nil
}

// sheetsOf maps the job file's sheets key, by the definition's job keys
// (pre_evaluation …) or its table keys, to tables.
func sheetsOf(d *definition.Definition, j *job.Job) (map[string]string, error) {
	out := map[string]string{}
	var known []string
	for _, t := range d.Tables {
		known = append(known, t.Key)
		if t.JobKey != "" {
			known = append(known, t.JobKey)
		}
	}
	var unknown []string
	for k, v := range j.Sheets {
		found := false
		for _, t := range d.Tables {
			if t.Key == k || t.JobKey == k {
				out[t.Key] = v
				found = true
			}
		}
		if !found {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return nil, &job.Error{Path: j.Path, Line: j.Line("sheets." + unknown[0]), Msg: fmt.Sprintf("sheets 中的 %s 不是文档定义中的表格，应为 %s 之一", strings.Join(unknown, "、"), strings.Join(known, "、"))}
	}
	return out, nil
}
