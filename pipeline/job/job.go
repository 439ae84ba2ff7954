package job

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"jixiao/pipeline/definition"

	"github.com/shopspring/decimal"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Job is one decoded, checked job file with its paths made absolute.
type Job struct {
	Path   string // the job file
	County string
	Year   int
	// PriorYear is the year the 自评, 重点 and 统筹整合 clauses look back on.
	PriorYear int
	Input     string
	Output    string
	// Requirements are the numbers the city requires (requirements:), by
	// key, as the definition's requirement figures name them.
	Requirements map[string]int
	// Sheets renames tables' sheets, by table key.
	Sheets map[string]string
	// Definition is the document definition on disk; "" for the built-in one.
	Definition string
	// Bands are the grades key's lowest scores (excellent, good, fair);
	// nil entries keep the definition's.
	Bands [3]*decimal.Decimal
	// Template is a .docx on disk that replaces the embedded default; "" for the default.
	Template string
	// XlsxTemplate is an .xlsx on disk that replaces the embedded default; "" for the default.
	XlsxTemplate string
	// DocxName is the Word output's file name.
	DocxName string
	// XlsxName is the attachment workbook's file name.
	XlsxName string
	// PDFName is the PDF's file name: the .docx's with .pdf.
	PDFName string
	// PDFPreset is a layout preset on disk; "" for the embedded GB/T 9704 one.
	PDFPreset string
	// Fonts maps a font role (fangsong, xiaobiaosong, hei, song, kai, fallback)
	// to a .ttf on disk that replaces the embedded default.
	Fonts map[string]string
	// Author goes into the PDF's properties.
	Author string
	// Date is the PDF's creation date, fixed by the job so that builds repeat.
	Date time.Time
	// PDFA: the PDF is PDF/A-1b, for archiving (pdfa:, true unless set false).
	PDFA bool
	// OFD: the build publishes an OFD copy (GB/T 33190) of the PDF
	// (ofd:, false unless set true); OFDName is its file name, the
	// .docx's with .ofd.
	OFD     bool
	OFDName string
	// Previous is last year's output folder, whose facts.json the
	// plausibility checks compare with; "" when not set.
	Previous string
	// lines are the lines of the keys under requirements and sheets,
	// as "requirements.key_evaluations", for messages about them.
	lines map[string]int
	// LockWait is how long a run waits for another run of the same output
	// folder to finish (build --wait); zero is the runner's default. It is
	// the run's, not the job file's.
	LockWait time.Duration
}

// Line returns the line of a key under requirements or sheets
// ("sheets.attachment"), or 0.
func (j *Job) Line(key string) int { return j.lines[key] }

// encoding refuses a job file that is not UTF-8, naming what it is.
func encoding(path string, raw []byte) error {
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return &Error{Path: path, Msg: "文件是 UTF-16 编码（Windows 记事本的“Unicode”），请用记事本“另存为”，编码选 UTF-8"}
	case !utf8.Valid(raw):
		if _, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw); err == nil {
			return &Error{Path: path, Msg: "文件是 GBK（GB18030）编码，请用记事本“另存为”，编码选 UTF-8"}
		}
		return &Error{Path: path, Msg: "文件不是 UTF-8 编码的文本，请用记事本“另存为”，编码选 UTF-8"}
	}
	return nil
}

// keyLines finds the lines of the keys of a job file: the top-level ones
// as county, the second-level ones as requirements.key_evaluations.
func keyLines(raw []byte) map[string]int {
	out := map[string]int{}
	var root yaml.Node
	if yaml.Unmarshal(raw, &root) != nil || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return out
	}
	top := root.Content[0].Content
	for i := 0; i+1 < len(top); i += 2 {
		out[top[i].Value] = top[i].Line
		if inner := top[i+1]; inner.Kind == yaml.MappingNode {
			for k := 0; k+1 < len(inner.Content); k += 2 {
				out[top[i].Value+"."+inner.Content[k].Value] = inner.Content[k].Line
			}
		}
	}
	return out
}

// file mirrors the YAML; pointers tell a missing key from a zero.
type file struct {
	County       string            `yaml:"county"`
	Year         int               `yaml:"year"`
	PriorYear    int               `yaml:"prior_year"`
	Input        string            `yaml:"input"`
	Output       string            `yaml:"output"`
	Definition   string            `yaml:"definition"`
	Requirements map[string]int    `yaml:"requirements"`
	Sheets       map[string]string `yaml:"sheets"`
	Grades       struct {
		Excellent *float64 `yaml:"excellent"`
		Good      *float64 `yaml:"good"`
		Fair      *float64 `yaml:"fair"`
	} `yaml:"grades"`
	Templates struct {
		Docx string `yaml:"docx"`
		Xlsx string `yaml:"xlsx"`
		PDF  string `yaml:"pdf"`
	} `yaml:"templates"`
	Fonts    map[string]string `yaml:"fonts"`
	Previous string            `yaml:"previous_output"`
	Author   string            `yaml:"author"`
	Date     string            `yaml:"date"`
	PDFA     *bool             `yaml:"pdfa"`
	OFD      bool              `yaml:"ofd"`
	Outputs  struct {
		Docx string `yaml:"docx"`
		Xlsx string `yaml:"xlsx"`
	} `yaml:"outputs"`
}

// Error is a job file that cannot be used. Its message is Chinese and names
// the file and, where known, the line.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("任务文件 %s 第%d行：%s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("任务文件 %s：%s", e.Path, e.Msg)
}

// Load reads and checks the job file at path.
func Load(path string) (*Job, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Msg: "无法读取：" + describeFSError(err)}
	}
	return Parse(path, raw)
}

var unknownField = regexp.MustCompile(`line (\d+): field (\S+) not found`)
var yamlLine = regexp.MustCompile(`line (\d+): (.*)`)

var duplicateKey = regexp.MustCompile(`line (\d+): mapping key "([^"]*)" already defined at line (\d+)`)

// maxValue is the longest a job file's text value may be, in characters;
// a county's name is at most maxCounty.
const (
	maxValue  = 1000
	maxCounty = 50
)

// Parse decodes raw as the job file at path.
func Parse(path string, raw []byte) (*Job, error) {
	raw = bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF"))
	if err := encoding(path, raw); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	var f file
	if err := dec.Decode(&f); err != nil {
		return nil, yamlError(path, raw, err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	dir := filepath.Dir(abs)
	var missing []string
	for key, empty := range map[string]bool{"county": f.County == "", "year": f.Year == 0, "input": f.Input == "", "output": f.Output == ""} {
		if empty {
			missing = append(missing, key)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return nil, &Error{Path: path, Msg: "缺少必填项 " + strings.Join(missing, "、")}
	}
	lines := keyLines(raw)
	// In a fixed order, so that of several overlong values the same is named each run.
	for _, kv := range [][2]string{{"county", f.County}, {"input", f.Input}, {"output", f.Output}, {"author", f.Author}, {"definition", f.Definition}} {
		key, v := kv[0], kv[1]
		limit := maxValue
		if key == "county" {
			limit = maxCounty
		}
		if n := utf8.RuneCountInString(v); n > limit {
			return nil, &Error{Path: path, Line: lines[key], Msg: fmt.Sprintf("%s 太长（%d 个字，最多 %d 个字）", key, n, limit)}
		}
	}
	if f.Year < 1949 || f.Year > 2200 {
		return nil, &Error{Path: path, Msg: fmt.Sprintf("year 应为四位年份，而不是 %d", f.Year)}
	}
	// The output folder and names may say {县}, {年度} and {上年度}, so that next
	// year's job differs from this year's in its year alone.
	prior := f.Year - 1
	if f.PriorYear != 0 {
		prior = f.PriorYear
	}
	named := strings.NewReplacer("{县}", f.County, "{年度}", strconv.Itoa(f.Year), "{上年度}", strconv.Itoa(prior))
	f.Output, f.Outputs.Docx, f.Outputs.Xlsx = named.Replace(f.Output), named.Replace(f.Outputs.Docx), named.Replace(f.Outputs.Xlsx)
	j := &Job{
		Path:         abs,
		County:       f.County,
		Year:         f.Year,
		PriorYear:    f.Year - 1,
		Input:        resolve(dir, f.Input),
		Output:       resolve(dir, f.Output),
		Requirements: map[string]int{},
		lines:        keyLines(raw),
		Sheets:       map[string]string{},
		DocxName:     f.Outputs.Docx,
		XlsxName:     f.Outputs.Xlsx,
	}
	if f.PriorYear != 0 {
		j.PriorYear = f.PriorYear
	}
	for _, k := range slices.Sorted(maps.Keys(f.Requirements)) {
		v := f.Requirements[k]
		if v < 0 {
			return nil, &Error{Path: path, Msg: fmt.Sprintf("requirements.%s 不能为负数", k)}
		}
		j.Requirements[k] = v
	}
	if f.Definition != "" {
		j.Definition = resolve(dir, f.Definition)
	}
	if f.Templates.Docx != "" {
		j.Template = resolve(dir, f.Templates.Docx)
	}
	if f.Templates.Xlsx != "" {
		j.XlsxTemplate = resolve(dir, f.Templates.Xlsx)
	}
	if f.Templates.PDF != "" {
		j.PDFPreset = resolve(dir, f.Templates.PDF)
	}
	j.Fonts = map[string]string{}
	for _, role := range slices.Sorted(maps.Keys(f.Fonts)) {
		p := f.Fonts[role]
		if !slices.Contains(FontRoles, role) {
			return nil, &Error{Path: path, Msg: fmt.Sprintf("fonts 中的 %s 不是字体角色，应为 %s 之一", role, strings.Join(FontRoles, "、"))}
		}
		j.Fonts[role] = resolve(dir, p)
	}
	if f.Previous != "" {
		j.Previous = resolve(dir, f.Previous)
	}
	j.Author = f.Author
	j.PDFA = f.PDFA == nil || *f.PDFA
	j.OFD = f.OFD
	if j.Author == "" {
		j.Author = j.County + "财政局"
	}
	j.Date = time.Date(j.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	if f.Date != "" {
		d, err := time.Parse("2006-01-02", f.Date)
		if err != nil {
			return nil, &Error{Path: path, Msg: "date 应写成 2024-03-31 这样的日期：" + f.Date}
		}
		j.Date = d
	}
	if j.DocxName == "" {
		j.DocxName = fmt.Sprintf("%s%d年公开重大政策和重点项目等绩效目标情况说明.docx", j.County, j.Year)
	}
	if j.XlsxName == "" {
		j.XlsxName = fmt.Sprintf("附件：%s%d年重点绩效评价项目结果汇总表.xlsx", j.County, j.Year)
	}
	for _, o := range []struct{ key, name, ext string }{{"outputs.docx", j.DocxName, ".docx"}, {"outputs.xlsx", j.XlsxName, ".xlsx"}} {
		if strings.ContainsAny(o.name, `/\`) || !strings.HasSuffix(strings.ToLower(o.name), o.ext) {
			return nil, &Error{Path: path, Msg: fmt.Sprintf("%s 应为以 %s 结尾的文件名，不含目录：%s", o.key, o.ext, o.name)}
		}
	}
	j.PDFName = j.DocxName[:len(j.DocxName)-len(".docx")] + ".pdf"
	j.OFDName = j.DocxName[:len(j.DocxName)-len(".docx")] + ".ofd"
	for _, k := range slices.Sorted(maps.Keys(f.Sheets)) {
		v := f.Sheets[k]
		if strings.TrimSpace(v) == "" {
			return nil, &Error{Path: path, Msg: fmt.Sprintf("sheets.%s 不能为空", k)}
		}
		j.Sheets[k] = v
	}
	for i, v := range []*float64{f.Grades.Excellent, f.Grades.Good, f.Grades.Fair} {
		if v != nil {
			d := decimal.NewFromFloat(*v)
			j.Bands[i] = &d
		}
	}
	for i := 0; i+1 < len(j.Bands); i++ {
		if a, b := j.Bands[i], j.Bands[i+1]; a != nil && b != nil && !a.GreaterThan(*b) {
			return nil, &Error{Path: path, Msg: "grades 的分数线应满足 excellent > good > fair"}
		}
	}
	return j, nil
}

// FontRoles are the roles the fonts key may name.
var FontRoles = []string{"fangsong", "xiaobiaosong", "hei", "song", "kai", "fallback"}

// WithLockWait is j waiting up to d for another run of its output folder.
func (j *Job) WithLockWait(d time.Duration) *Job {
	c := *j
	c.LockWait = d
	return &c
}

// WithOutput returns a copy of j that writes into dir (the -o flag).
func (j *Job) WithOutput(dir string) *Job {
	c := *j
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	c.Output = abs
	return &c
}

// Name is the job's short name: its file name without .yaml.
func (j *Job) Name() string {
	base := filepath.Base(j.Path)
	return strings.TrimSuffix(strings.TrimSuffix(base, ".yaml"), ".yml")
}

func resolve(dir, p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(dir, p)
}

func yamlError(path string, raw []byte, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		// Every unknown key is named, with its line; the error's own line is
		// the first one's.
		var first *Error
		var more []string
		for _, m := range te.Errors {
			if g := unknownField.FindStringSubmatch(m); g != nil {
				if first == nil {
					first = &Error{Path: path, Line: lineNo(g[1]), Msg: "未知的配置项 " + g[2] + "（请检查拼写）"}
					if _, what := definition.FullWidthSign(g[2]); what != "" {
						first.Msg = "未知的配置项 " + g[2] + "：其中有" + what
					}
				} else {
					more = append(more, fmt.Sprintf("第%s行 %s", g[1], g[2]))
				}
			}
		}
		if first != nil {
			if len(more) > 0 {
				first.Msg += "；另有未知的配置项：" + strings.Join(more, "、")
			}
			return first
		}
		for _, m := range te.Errors {
			if g := duplicateKey.FindStringSubmatch(m); g != nil {
				return &Error{Path: path, Line: lineNo(g[1]), Msg: fmt.Sprintf("重复的配置项 %s：第%s行和第%s行都写了，请删除其中一处", g[2], g[3], g[1])}
			}
		}
		if g := yamlLine.FindStringSubmatch(te.Errors[0]); g != nil {
			return &Error{Path: path, Line: lineNo(g[1]), Msg: "取值类型不对：" + g[2]}
		}
	}
	msg := err.Error()
	if g := duplicateKey.FindStringSubmatch(msg); g != nil {
		return &Error{Path: path, Line: lineNo(g[1]), Msg: fmt.Sprintf("重复的配置项 %s：第%s行和第%s行都写了，请删除其中一处", g[2], g[3], g[1])}
	}
	if line, zh, ok := definition.YAMLProblem(raw, err); ok {
		return &Error{Path: path, Line: line, Msg: zh}
	}
	if errors.Is(err, io.EOF) {
		return &Error{Path: path, Msg: "文件为空"}
	}
	return &Error{Path: path, Msg: "YAML 格式错误：" + msg}
}

func describeFSError(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "文件不存在"
	case errors.Is(err, os.ErrPermission):
		return "没有读取权限"
	}
	return err.Error()
}

func lineNo(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// Requirement is one number the city requires, for a new job file: the
// key the definition's requirement figure names, what it is, and its value
// where known.
type Requirement struct {
	Key, Label string
	Value      *int
}

// New writes the text of a new job file for county and year, whose input
// and output sit beside it. Requirements without a value are written
// commented out, for the clerk to fill in.
func New(county string, year int, input, output string, reqs []Requirement) []byte {
	b := fmt.Appendf(nil, `# %[1]s%[2]d年绩效目标情况说明：任务文件
# 由 jixiao init 生成。填好 %[3]s 后运行：jixiao build 本文件
county: %[1]s
year: %[2]d
input: %[3]s
output: %[4]s
`, county, year, input, output)
	if len(reqs) == 0 {
		return b
	}
	b = append(b, "requirements:\n"...)
	for _, r := range reqs {
		if r.Value != nil {
			b = fmt.Appendf(b, "  %s: %d    # %s\n", r.Key, *r.Value, r.Label)
		} else {
			b = fmt.Appendf(b, "  # %s: 0    # %s：知道后去掉行首的 # 并填写\n", r.Key, r.Label)
		}
	}
	return b
}
