package definition

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"jixiao/pipeline/money"
	"jixiao/pipeline/suggest"

	"github.com/shopspring/decimal"
	"go.yaml.in/yaml/v3"
)

// Error lists every problem of a definition, each with its line.
type Error struct {
	File     string
	Problems []string
}

func (e *Error) Error() string {
	name := e.File
	if name == "" {
		name = "内置文档定义"
	}
	return fmt.Sprintf("文档定义 %s 有 %d 处问题：\n  %s", name, len(e.Problems), strings.Join(e.Problems, "\n  "))
}

// The raw types mirror the YAML; each keeps the line it starts on.
type rawDef struct {
	Name     string                `yaml:"name"`
	Scales   map[string][]rawGrade `yaml:"scales"`
	Tables   []rawTable            `yaml:"tables"`
	Sections []rawSection          `yaml:"sections"`
}

type rawGrade struct {
	Name      string   `yaml:"name"`
	Spellings []string `yaml:"spellings"`
	Min       *string  `yaml:"min"`
}

type rawTable struct {
	Key          string      `yaml:"key"`
	Sheet        string      `yaml:"sheet"`
	Label        string      `yaml:"label"`
	JobKey       string      `yaml:"job_key"`
	HeaderWithin int         `yaml:"header_within"`
	Unit         string      `yaml:"unit"`
	Unique       []string    `yaml:"unique"`
	TotalLabels  []string    `yaml:"total_labels"`
	SectionRows  bool        `yaml:"section_rows"`
	Columns      []rawColumn `yaml:"columns"`
	line         int
}

type rawPrint struct {
	Unit      string `yaml:"unit"`
	Decimals  string `yaml:"decimals"`
	Grouped   bool   `yaml:"grouped"`
	AsWritten bool   `yaml:"as_written"`
}

type rawColumn struct {
	Key       string    `yaml:"key"`
	Kind      string    `yaml:"kind"`
	Headers   []string  `yaml:"headers"`
	Label     string    `yaml:"label"`
	Required  bool      `yaml:"required"`
	Optional  bool      `yaml:"optional"`
	Blank     string    `yaml:"blank"`
	Unit      string    `yaml:"unit"`
	Print     *rawPrint `yaml:"print"`
	Scale     string    `yaml:"scale"`
	FromScore string    `yaml:"from_score"`
	Min       *string   `yaml:"min"`
	Max       *string   `yaml:"max"`
	MergeKey  string    `yaml:"merge_key"`
	line      int
}

type rawSection struct {
	Key     string      `yaml:"key"`
	Label   string      `yaml:"label"`
	Table   string      `yaml:"table"`
	Rows    string      `yaml:"rows"`
	Heading string      `yaml:"heading"`
	Figures []rawFigure `yaml:"figures"`
	line    int
}

type rawFigure struct {
	Key         string            `yaml:"key"`
	Kind        string            `yaml:"kind"`
	Label       string            `yaml:"label"`
	Of          string            `yaml:"of"`
	Where       map[string]string `yaml:"where"`
	Heading     string            `yaml:"heading"`
	Print       *rawPrint         `yaml:"print"`
	Text        string            `yaml:"text"`
	Group       string            `yaml:"group"`
	Requirement string            `yaml:"requirement"`
	Compare     string            `yaml:"compare"`
	Parts       []string          `yaml:"parts"`
	Over        keyList           `yaml:"over"`
	Wording     struct {
		FarAbove string `yaml:"far_above"`
		Above    string `yaml:"above"`
		Equal    string `yaml:"equal"`
		Below    string `yaml:"below"`
		Warn     string `yaml:"warn"`
	} `yaml:"wording"`
	Each string  `yaml:"each"`
	All  string  `yaml:"all"`
	Sep  *string `yaml:"sep"`
	Omit string  `yaml:"omit"`
	line int
}

// The UnmarshalYAML methods record where each item starts, for messages.
func (t *rawTable) UnmarshalYAML(n *yaml.Node) error {
	type plain rawTable
	t.line = n.Line
	return decodeStrict(n, (*plain)(t))
}

func (c *rawColumn) UnmarshalYAML(n *yaml.Node) error {
	type plain rawColumn
	c.line = n.Line
	return decodeStrict(n, (*plain)(c))
}

func (s *rawSection) UnmarshalYAML(n *yaml.Node) error {
	type plain rawSection
	s.line = n.Line
	return decodeStrict(n, (*plain)(s))
}

func (f *rawFigure) UnmarshalYAML(n *yaml.Node) error {
	type plain rawFigure
	f.line = n.Line
	return decodeStrict(n, (*plain)(f))
}

// decodeStrict decodes n, refusing keys the type does not have: Node.Decode
// does not inherit the outer decoder's KnownFields.
func decodeStrict(n *yaml.Node, v any) error {
	if n.Kind == yaml.MappingNode {
		known := yamlKeys(v)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if !slices.Contains(known, k.Value) {
				msg := fmt.Sprintf("第%d行：未知的配置项 %s", k.Line, k.Value)
				if _, what := FullWidthSign(k.Value); what != "" {
					msg += "：其中有" + what
				} else if near := suggest.Closest(k.Value, known, nil); near != "" {
					msg += fmt.Sprintf("，是否应为 %s？", near)
				}
				return &lineError{msg}
			}
		}
	}
	return n.Decode(v)
}

type lineError struct{ msg string }

func (e *lineError) Error() string { return e.msg }

// Parse reads and checks a definition; file names it in messages.
func Parse(file string, raw []byte) (*Definition, error) {
	var r rawDef
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&r); err != nil {
		var le *lineError
		if errors.As(err, &le) {
			return nil, &Error{File: file, Problems: []string{le.msg}}
		}
		if errors.Is(err, io.EOF) {
			return nil, &Error{File: file, Problems: []string{"文件为空"}}
		}
		if line, msg, ok := YAMLProblem(raw, err); ok {
			return nil, &Error{File: file, Problems: []string{fmt.Sprintf("第%d行：%s", line, msg)}}
		}
		return nil, &Error{File: file, Problems: []string{"YAML 格式错误：" + strings.TrimPrefix(err.Error(), "yaml: ")}}
	}
	b := &builder{def: &Definition{Name: r.Name, Source: file, Scales: map[string]*Scale{}}}
	b.scales(r.Scales)
	for i := range r.Tables {
		b.table(&r.Tables[i])
	}
	if len(r.Tables) == 0 {
		b.errorf(0, "没有声明任何表格（tables）")
	}
	for i := range r.Sections {
		b.section(&r.Sections[i])
	}
	if len(b.problems) > 0 {
		return nil, &Error{File: file, Problems: b.problems}
	}
	return b.def, nil
}

type builder struct {
	def      *Definition
	problems []string
}

func (b *builder) errorf(line int, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if line > 0 {
		msg = fmt.Sprintf("第%d行：%s", line, msg)
	}
	b.problems = append(b.problems, msg)
}

// StandardScale is the scale of 财预〔2020〕10号, which every definition has
// under the name 标准 unless it declares its own.
func StandardScale() *Scale {
	n := func(v int64) *decimal.Decimal { d := decimal.NewFromInt(v); return &d }
	return &Scale{Name: "标准", Grades: []*GradeDef{
		{Name: "优", Spellings: []string{"优秀"}, Min: n(90)},
		{Name: "良", Spellings: []string{"良好"}, Min: n(80)},
		{Name: "中", Spellings: []string{"一般", "中等", "中（一般）", "中(一般)"}, Min: n(60)},
		{Name: "差", Spellings: []string{"较差"}},
	}}
}

func (b *builder) scales(raw map[string][]rawGrade) {
	b.def.Scales["标准"] = StandardScale()
	names := make([]string, 0, len(raw))
	for name := range raw {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		s := &Scale{Name: name}
		for i, g := range raw[name] {
			gd := &GradeDef{Name: g.Name, Spellings: g.Spellings}
			if g.Name == "" {
				b.errorf(0, "等级标准 %s 的第%d个等级没有 name", name, i+1)
			}
			if g.Min != nil {
				d, err := decimal.NewFromString(*g.Min)
				if err != nil {
					b.errorf(0, "等级标准 %s 的“%s”的 min 应为数字：%s", name, g.Name, *g.Min)
				}
				gd.Min = &d
			} else if i < len(raw[name])-1 {
				b.errorf(0, "等级标准 %s 的“%s”缺少 min（只有最后一个等级可以不写）", name, g.Name)
			}
			s.Grades = append(s.Grades, gd)
		}
		b.def.Scales[name] = s
	}
}

func (b *builder) table(r *rawTable) {
	t := &Table{Key: r.Key, Sheet: r.Sheet, Label: r.Label, JobKey: r.JobKey, HeaderWithin: r.HeaderWithin,
		Unique: r.Unique, TotalLabels: r.TotalLabels, SectionRows: r.SectionRows, Line: r.line}
	if t.Key == "" {
		b.errorf(r.line, "表格缺少 key")
	}
	if b.def.Table(t.Key) != nil && t.Key != "" {
		b.errorf(r.line, "表格 key “%s”重复", t.Key)
	}
	if t.Sheet == "" {
		t.Sheet = t.Key
	}
	if t.Label == "" {
		t.Label = t.Sheet
	}
	if t.HeaderWithin == 0 {
		t.HeaderWithin = 10
	}
	if t.TotalLabels == nil {
		t.TotalLabels = []string{"合计", "总计"}
	}
	if r.Unit != "" {
		u, ok := money.ParseUnit(r.Unit)
		if !ok {
			b.errorf(r.line, "表格 %s 的 unit 应为 元、万元 或 亿元，而不是“%s”", t.Key, r.Unit)
		}
		t.Unit = u
	}
	if len(r.Columns) == 0 {
		b.errorf(r.line, "表格 %s 没有声明任何列（columns）", t.Key)
	}
	for i := range r.Columns {
		if c := b.column(t, &r.Columns[i]); c != nil {
			if t.Column(c.Key) != nil {
				b.errorf(c.Line, "表格 %s 的列 key “%s”重复", t.Key, c.Key)
				continue
			}
			t.Columns = append(t.Columns, c)
		}
	}
	for _, c := range t.Columns {
		if c.FromScore == "" {
			continue
		}
		if s := t.Column(c.FromScore); s == nil || s.Kind != Score {
			b.errorf(c.Line, "列 %s 的 from_score “%s”不是本表的评分（score）列", c.Key, c.FromScore)
		}
	}
	for _, k := range t.Unique {
		if t.Column(k) == nil {
			b.errorf(r.line, "表格 %s 的 unique 中的“%s”不是本表的列%s", t.Key, k, b.near(k, columnKeys(t)))
		}
	}
	b.def.Tables = append(b.def.Tables, t)
}

func columnKeys(t *Table) []string {
	var out []string
	for _, c := range t.Columns {
		out = append(out, c.Key)
	}
	return out
}

func (b *builder) near(k string, candidates []string) string {
	if n := suggest.Closest(k, candidates, nil); n != "" {
		return "，是否应为“" + n + "”？"
	}
	if len(candidates) > 0 {
		return "。可用的有：" + strings.Join(candidates, "、")
	}
	return ""
}

func (b *builder) column(t *Table, r *rawColumn) *Column {
	c := &Column{Key: r.Key, Kind: Kind(r.Kind), Headers: r.Headers, Label: r.Label, Required: r.Required,
		Optional: r.Optional, Blank: Blank(r.Blank), FromScore: r.FromScore, MergeKey: r.MergeKey, Line: r.line}
	if c.Key == "" {
		b.errorf(r.line, "列缺少 key")
		return nil
	}
	if c.Kind == "" {
		c.Kind = Text
	}
	if !slices.Contains(Kinds, c.Kind) {
		b.errorf(r.line, "列 %s 的 kind “%s”不认识，应为 %s 之一", c.Key, r.Kind, joinKinds())
	}
	if len(c.Headers) == 0 {
		c.Headers = []string{c.Key}
	}
	if c.Label == "" {
		c.Label = strings.ReplaceAll(c.Headers[0], YearSlot, "某")
	}
	if c.Required && c.Optional {
		b.errorf(r.line, "列 %s 不能既是 required（每格必填）又是 optional（可以没有这一列）", c.Key)
	}
	for _, h := range c.Headers {
		if strings.ContainsAny(strings.ReplaceAll(h, YearSlot, ""), "{}") {
			b.errorf(r.line, "列 %s 的表头写法“%s”中只能用 %s 代表任意四位年份", c.Key, h, YearSlot)
		}
	}
	switch {
	case c.Blank == "" && c.Required:
		c.Blank = BlankError
	case c.Blank == "":
		c.Blank = BlankAllowed
	case !slices.Contains([]Blank{BlankError, BlankAllowed, BlankAbove, BlankMerge}, c.Blank):
		b.errorf(r.line, "列 %s 的 blank “%s”应为 error（必须填写）、blank（可以为空）、above（同上）或 merge（与上格合并）", c.Key, r.Blank)
	}
	if c.Kind == Amount && (c.Blank == BlankAbove || c.Blank == BlankMerge) {
		b.errorf(r.line, "金额列 %s 不能写 blank: %s：同一笔金额会被计入多行，合计就错了", c.Key, c.Blank)
	}
	if c.Blank == BlankMerge && c.MergeKey == "" {
		c.MergeKey = c.Key + "合并"
	}
	if r.Unit != "" {
		u, ok := money.ParseUnit(r.Unit)
		if !ok {
			b.errorf(r.line, "列 %s 的 unit 应为 元、万元 或 亿元，而不是“%s”", c.Key, r.Unit)
		}
		c.Unit = u
	}
	if r.Unit != "" && c.Kind != Amount {
		b.errorf(r.line, "列 %s 不是金额（amount）列，不能写 unit", c.Key)
	}
	c.Print = b.print(r.Print, r.line, c.Key, AsDisplayed)
	if c.Kind == Grade {
		name := r.Scale
		if name == "" {
			name = "标准"
		}
		if c.Scale = b.def.Scales[name]; c.Scale == nil {
			b.errorf(r.line, "列 %s 的等级标准 scale “%s”没有在 scales 中声明", c.Key, name)
		}
	} else if r.Scale != "" || r.FromScore != "" {
		b.errorf(r.line, "列 %s 不是等级（grade）列，不能写 scale 或 from_score", c.Key)
	}
	if c.Kind == Score {
		zero, hundred := decimal.Zero, decimal.NewFromInt(100)
		c.Min, c.Max = &zero, &hundred
	}
	for _, m := range []struct {
		raw *string
		dst **decimal.Decimal
		key string
	}{{r.Min, &c.Min, "min"}, {r.Max, &c.Max, "max"}} {
		if m.raw == nil {
			continue
		}
		d, err := decimal.NewFromString(*m.raw)
		if err != nil {
			b.errorf(r.line, "列 %s 的 %s 应为数字：%s", c.Key, m.key, *m.raw)
			continue
		}
		*m.dst = &d
	}
	return c
}

func (b *builder) print(r *rawPrint, line int, key string, decimals int) Print {
	p := Print{Decimals: decimals}
	if r == nil {
		return p
	}
	p.Grouped, p.AsWritten = r.Grouped, r.AsWritten
	if r.Unit != "" {
		u, ok := money.ParseUnit(r.Unit)
		if !ok {
			b.errorf(line, "%s 的 print.unit 应为 元、万元 或 亿元，而不是“%s”", key, r.Unit)
		}
		p.Unit = u
	}
	switch r.Decimals {
	case "":
	case "as_displayed":
		p.Decimals = AsDisplayed
	default:
		n, err := strconv.Atoi(r.Decimals)
		if err != nil || n < 0 || n > 10 {
			b.errorf(line, "%s 的 print.decimals 应为 0 到 10 的整数，或 as_displayed（按工作簿显示）", key)
		}
		p.Decimals = n
	}
	return p
}

func joinKinds() string {
	var s []string
	for _, k := range Kinds {
		s = append(s, string(k))
	}
	return strings.Join(s, "、")
}

func (b *builder) section(r *rawSection) {
	s := &Section{Key: r.Key, Label: r.Label, Rows: r.Rows, Line: r.line}
	if s.Key == "" {
		b.errorf(r.line, "部分（section）缺少 key")
	}
	for _, o := range b.def.Sections {
		if o.Key == s.Key && s.Key != "" {
			b.errorf(r.line, "部分 key “%s”重复", s.Key)
		}
	}
	if s.Label == "" {
		s.Label = s.Key
	}
	var tableKeys []string
	for _, t := range b.def.Tables {
		tableKeys = append(tableKeys, t.Key)
	}
	if s.Table = b.def.Table(r.Table); s.Table == nil {
		b.errorf(r.line, "部分 %s 的 table “%s”不是声明过的表格%s", s.Key, r.Table, b.near(r.Table, tableKeys))
		b.def.Sections = append(b.def.Sections, s)
		return
	}
	if s.Rows != "" {
		s.Table.KeepRows = true
	}
	s.Heading = b.heading(s.Table, r.Heading, r.line, "部分 "+s.Key)
	for i := range r.Figures {
		if f := b.figure(s, &r.Figures[i]); f != nil {
			if s.Figure(f.Key) != nil || f.Key == s.Rows {
				b.errorf(f.Line, "部分 %s 中的“%s”重复", s.Key, f.Key)
				continue
			}
			s.Figures = append(s.Figures, f)
		}
	}
	b.def.Sections = append(b.def.Sections, s)
}

// needsColumn are the figure kinds computed over one column, with the
// column kinds each accepts.
var needsColumn = map[FigureKind][]Kind{
	Sum: {Amount, Score, Integer}, Min: {Amount, Score, Integer}, Max: {Amount, Score, Integer}, Mean: {Amount, Score, Integer},
	Tail: {Amount}, Distribution: {Grade}, Distinct: Kinds,
}

func (b *builder) figure(s *Section, r *rawFigure) *Figure {
	f := &Figure{Key: r.Key, Kind: FigureKind(r.Kind), Label: r.Label, Text: r.Text, Group: r.Group,
		Requirement: r.Requirement, Each: r.Each, All: r.All, Sep: "，", Line: r.line}
	f.Wording = RequirementWording(r.Wording)
	if r.Sep != nil {
		f.Sep = *r.Sep
	}
	if f.Key == "" {
		b.errorf(r.line, "数字（figure）缺少 key")
		return nil
	}
	if f.Label == "" {
		f.Label = s.Label + f.Key
	}
	if !slices.Contains(FigureKinds, f.Kind) {
		var kinds []string
		for _, k := range FigureKinds {
			kinds = append(kinds, string(k))
		}
		b.errorf(r.line, "数字 %s 的 kind “%s”不认识，应为 %s 之一", f.Key, r.Kind, strings.Join(kinds, "、"))
		return nil
	}
	keys := columnKeys(s.Table)
	if r.Of != "" {
		if f.Of = s.Table.Column(r.Of); f.Of == nil {
			b.errorf(r.line, "数字 %s 的 of “%s”不是表格 %s 的列%s", f.Key, r.Of, s.Table.Key, b.near(r.Of, keys))
			return nil
		}
	}
	if f.Of != nil && f.Of.Optional {
		b.errorf(r.line, "数字 %s 按可选列 %s（optional: true）计算：工作表没有这一列时它会印成空或 0。请去掉该列的 optional，或不用这个数字", f.Key, f.Of.Key)
	}
	if kinds, ok := needsColumn[f.Kind]; ok {
		switch {
		case f.Of == nil:
			b.errorf(r.line, "数字 %s（%s）须用 of 指明按哪一列计算", f.Key, f.Kind)
			return nil
		case !slices.Contains(kinds, f.Of.Kind):
			b.errorf(r.line, "数字 %s（%s）不能按 %s 列（%s）计算", f.Key, f.Kind, f.Of.Key, f.Of.Kind)
			return nil
		}
	}
	conds := make([]string, 0, len(r.Where))
	for k := range r.Where {
		conds = append(conds, k)
	}
	slices.Sort(conds)
	for _, k := range conds {
		c := s.Table.Column(k)
		if c == nil {
			b.errorf(r.line, "数字 %s 的 where 中的“%s”不是表格 %s 的列%s", f.Key, k, s.Table.Key, b.near(k, keys))
			continue
		}
		if c.Optional {
			b.errorf(r.line, "数字 %s 的 where 用了可选列 %s（optional: true）：工作表没有这一列时它会印成 0。请去掉该列的 optional", f.Key, c.Key)
		}
		if c.Kind == Grade && c.Scale != nil && c.Scale.Find(r.Where[k]) < 0 {
			b.errorf(r.line, "数字 %s 的 where 中“%s”不是等级 %s 之一", f.Key, r.Where[k], strings.Join(c.Scale.Names(), "、"))
		}
		f.Where = append(f.Where, Condition{Column: c, Value: r.Where[k]})
	}
	f.Heading = s.Heading
	if r.Heading != "" {
		f.Heading = b.heading(s.Table, r.Heading, r.line, "数字 "+f.Key)
	}
	decimals := 2
	if f.Of != nil && f.Of.Kind == Integer {
		decimals = 0
	}
	f.Print = b.print(r.Print, r.line, f.Key, decimals)
	if f.Print.Unit == money.NoUnit && f.Of != nil && f.Of.Kind == Amount {
		f.Print.Unit = f.Of.Print.Unit
	}
	if f.Kind == Sum && f.Of != nil && f.Print.Decimals == AsDisplayed {
		f.Of.SumsShown = true
	}
	switch f.Kind {
	case Distribution:
		if f.Each == "" {
			f.Each = "评价等级为“{等级}”的{个数}个"
		}
		if f.All == "" {
			f.All = "评价等级全部为“{等级}”"
		}
	case Rate:
		b.rate(s, f, r)
	case Requirement, Difference:
		if f.Requirement == "" {
			b.errorf(r.line, "数字 %s（requirement）须用 requirement 指明任务文件 requirements 中的项", f.Key)
		}
		if f.Compare = s.Figure(r.Compare); f.Compare == nil || (f.Compare.Kind != Count && f.Compare.Kind != Distinct) {
			b.errorf(r.line, "数字 %s 的 compare “%s”应为本部分前面声明的计数（count）", f.Key, r.Compare)
		}
	case SentenceEnd:
		if f.Group == "" {
			f.Group = "默认"
		}
	case TextFigure:
		if f.Text == "" {
			b.errorf(r.line, "数字 %s（text）缺少 text", f.Key)
		}
	case Clause:
		b.clause(s, f, r)
	}
	if r.Omit != "" && f.Kind != Clause {
		b.errorf(r.line, "数字 %s 不是分句（clause），不能写 omit", f.Key)
	}
	return f
}

// yamlKeys lists the YAML keys of the struct v points to.
func yamlKeys(v any) []string {
	t := reflect.TypeOf(v).Elem()
	var out []string
	for i := 0; i < t.NumField(); i++ {
		if tag, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); tag != "" && tag != "-" {
			out = append(out, tag)
		}
	}
	return out
}

// rate finds a rate's parts and whole: figures of the section declared
// before it, or of an earlier section as 部分.数字 (部门整体支出 over the
// whole table's 金额); each must be a number (a count, a sum, …).
func (b *builder) rate(s *Section, f *Figure, r *rawFigure) {
	find := func(key string) *Figure {
		in, where := s, "本部分"
		if sec, _, ok := strings.Cut(key, "."); ok && sec != s.Key {
			if in = b.def.Section(sec); in == nil {
				b.errorf(r.line, "数字 %s（rate）引用的“%s”中，“%s”应为前面声明的部分", f.Key, key, sec)
				return nil
			}
			where = "部分 " + sec + " 中"
		}
		g := in.Figure(strings.TrimPrefix(key, in.Key+"."))
		if g == nil || !numericKinds[g.Kind] {
			b.errorf(r.line, "数字 %s（rate）引用的“%s”应为%s前面声明的计数、合计、最小、最大或平均数", f.Key, key, where)
			return nil
		}
		return g
	}
	if len(r.Parts) == 0 || len(r.Over) == 0 {
		b.errorf(r.line, "数字 %s（rate）须用 parts 列出分子、用 over 指明分母", f.Key)
		return
	}
	for _, k := range r.Parts {
		if g := find(k); g != nil {
			f.Parts = append(f.Parts, g)
		}
	}
	for _, k := range r.Over {
		if g := find(k); g != nil {
			f.Over = append(f.Over, g)
		}
	}
}

// keyList is one key or a list of them: a rate's over is one figure or
// the sum of several (优良率 over two sections' 项目数).
type keyList []string

func (k *keyList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*k = keyList{n.Value}
		return nil
	}
	return n.Decode((*[]string)(k))
}

// numericKinds are the figure kinds that compute one number.
var numericKinds = map[FigureKind]bool{Count: true, Distinct: true, Sum: true, Min: true, Max: true, Mean: true, Rate: true, Difference: true}
