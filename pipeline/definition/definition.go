package definition

import (
	"strings"

	"jixiao/pipeline/money"

	"github.com/shopspring/decimal"
)

// Kind is what a column holds.
type Kind string

const (
	Text     Kind = "text"     // any text
	Amount   Kind = "amount"   // money, in a unit (元, 万元, 亿元)
	Score    Kind = "score"    // an evaluation score, 0–100 unless bounded otherwise
	Grade    Kind = "grade"    // one grade of a scale (优/良/中/差)
	Integer  Kind = "integer"  // a whole number
	Date     Kind = "date"     // a date, printed 2023年12月31日
	Sequence Kind = "sequence" // the row's number (序号), renumbered on output
)

// Kinds lists every kind, for messages.
var Kinds = []Kind{Text, Amount, Score, Grade, Integer, Date, Sequence}

// Numeric reports whether values of k are numbers.
func (k Kind) Numeric() bool { return k == Amount || k == Score || k == Integer }

// Blank says what an empty cell of a column means.
type Blank string

const (
	// BlankError: the cell must be filled (the default for required columns).
	BlankError Blank = "error"
	// BlankAllowed: an empty cell prints as empty (the default otherwise).
	BlankAllowed Blank = "blank"
	// BlankAbove: an empty cell takes the value of the cell above.
	BlankAbove Blank = "above"
	// BlankMerge: an empty cell, or one covered by a merged range, joins
	// the cell above in a vertical merge, which the outputs reproduce.
	BlankMerge Blank = "merge"
)

// Definition is one document's shape.
type Definition struct {
	// Name is a title for messages and the README: 沁源县2023年绩效目标情况说明.
	Name   string
	Tables []*Table
	// Sections are the narrative's parts, in document order.
	Sections []*Section
	// Scales are the grade scales columns may use, by name.
	Scales map[string]*Scale
	// Source is the file the definition came from, for messages; "" for the built-in one.
	Source string
}

// Table is one table the job reads: one worksheet, or one CSV file.
type Table struct {
	Key   string
	Sheet string
	// Label names the table in messages; the sheet's name by default.
	Label string
	// JobKey is the job file's sheets key that renames this table's sheet
	// (pre_evaluation …), kept so that older job files go on working.
	JobKey string
	// HeaderWithin is how many rows from the top the header row may be.
	HeaderWithin int
	// Unit is the unit of amount columns whose header and definition name
	// none, as a line 单位：万元 above a table gives it; "" for none.
	Unit    money.Unit
	Columns []*Column
	// Unique lists the columns that together tell one row from another;
	// a repeated combination is an error.
	Unique []string
	// TotalLabels are the texts that mark the total row (合计, 总计).
	TotalLabels []string
	// SectionRows says that rows holding only a heading (一、项目绩效评价)
	// group the rows under them.
	SectionRows bool
	// KeepRows says that the outputs print this table's rows; other tables
	// are only counted and summed, so a sheet of a million rows costs
	// memory for its sums only. Set by Parse for every table a section
	// lists rows of.
	KeepRows bool
	Line     int
}

// Column is one declared column.
type Column struct {
	Key     string
	Kind    Kind
	Headers []string
	// Label names the column in messages; the first header by default.
	Label string
	// Required says every cell must be filled. Whether the column must be
	// in the sheet at all is Optional's business: a declared column is
	// needed unless it says optional, so that a renamed header is an
	// error and never a column of blanks that prints as zero.
	Required bool
	// Optional lets the sheet lack the column. Such a column is read and
	// checked where present, but no figure, filter or template field may
	// rest on it, since it would print as empty or zero where absent.
	Optional bool
	Blank    Blank
	// Unit is the unit an amount column is written in, where its header
	// does not say; Print.Unit is the unit it prints in.
	Unit  money.Unit
	Print Print
	// Scale is the grade scale of a grade column.
	Scale *Scale
	// FromScore is the score column a grade column is computed from where
	// it is empty, and checked against where it is not; "" for none.
	FromScore string
	// Min and Max bound a score or integer; nil for no bound.
	Min, Max *decimal.Decimal
	// MergeKey is the row field a template passes to 纵向合并 for a
	// merge column: 机构合并.
	MergeKey string
	// SumsShown says a sum figure prints the column's sums as the workbook
	// shows them (print: {decimals: as_displayed}), as a table's 合计 row does.
	SumsShown bool
	Line      int
}

// Print says how a number prints.
type Print struct {
	Unit money.Unit
	// Decimals is the number of decimals; -1 prints the value as the
	// workbook displays it (2059, 1424.74, 162.00).
	Decimals int
	Grouped  bool // thousands separators: 2,272.47
	// AsWritten prints a grade as the workbook spells it (良好), not by
	// its scale's short name (良).
	AsWritten bool
}

// AsDisplayed is Print.Decimals for a number printed as the workbook shows it.
const AsDisplayed = -1

// Scale is a grade scale: its grades, best first.
type Scale struct {
	Name   string
	Grades []*GradeDef
}

// GradeDef is one grade: its name, the other spellings that mean it, and
// the lowest score that earns it.
type GradeDef struct {
	Name      string
	Spellings []string
	// Min is the lowest score of the grade; nil for the lowest grade.
	Min *decimal.Decimal
}

// Find returns the index of the grade s spells, or -1.
func (s *Scale) Find(text string) int {
	t := strings.Join(strings.Fields(text), "")
	t = foldWidth(t)
	for i, g := range s.Grades {
		if foldWidth(g.Name) == t {
			return i
		}
		for _, sp := range g.Spellings {
			if foldWidth(sp) == t {
				return i
			}
		}
	}
	return -1
}

// Of returns the index of the grade a score earns.
func (s *Scale) Of(score decimal.Decimal) int {
	for i, g := range s.Grades {
		if g.Min == nil || score.GreaterThanOrEqual(*g.Min) {
			return i
		}
	}
	return len(s.Grades) - 1
}

// Names lists the grades' names, for messages.
func (s *Scale) Names() []string {
	out := make([]string, len(s.Grades))
	for i, g := range s.Grades {
		out[i] = g.Name
	}
	return out
}

// Section is one part of the narrative.
type Section struct {
	Key   string
	Label string
	Table *Table
	// Rows is the field the table's rows appear under ({{range .附件.行}});
	// "" when the section prints no rows.
	Rows string
	// Heading keeps every figure of the section to the rows under one
	// section heading of its table (1 for 一); 0 for all rows.
	Heading int
	Figures []*Figure
	Line    int
}

// FigureKind is what a figure computes.
type FigureKind string

const (
	Count        FigureKind = "count"        // rows (with a filled Of column)
	Sum          FigureKind = "sum"          // of an amount, score or integer column
	Distribution FigureKind = "distribution" // grade counts, in words
	Distinct     FigureKind = "distinct"     // different values of a column
	Min          FigureKind = "min"
	Max          FigureKind = "max"
	Mean         FigureKind = "mean"
	Present      FigureKind = "present"      // true when the table has rows
	TextFigure   FigureKind = "text"         // a wording with {县} {年度} {上年度}
	SentenceEnd  FigureKind = "sentence_end" // ； or 。 for clauses joined into one sentence
	Requirement  FigureKind = "requirement"  // a comparison with a number the job file gives
	Tail         FigureKind = "tail"         // 尾差: printed rows' sum minus printed total
	Clause       FigureKind = "clause"       // a wording around other figures, left out when they print empty
	Rate         FigureKind = "rate"         // parts over a whole, as a percentage: 85.71 (the text writes the %)
	Difference   FigureKind = "difference"   // a count minus the number the job file requires: 比要求多4个
)

// FigureKinds lists every figure kind, for messages.
var FigureKinds = []FigureKind{Count, Sum, Distribution, Distinct, Min, Max, Mean, Present, TextFigure, SentenceEnd, Requirement, Tail, Clause, Rate, Difference}

// Figure is one number or wording a section cites.
type Figure struct {
	Key   string
	Kind  FigureKind
	Label string
	// Of is the column the figure is computed over.
	Of *Column
	// Where keeps only rows whose column holds the value (备注 = 项目单位自评);
	// a grade column matches any spelling of the grade.
	Where []Condition
	// Heading keeps only the rows under the table's Heading-th section
	// heading (一 is 1), as heading: 一 says; 0 for all rows.
	Heading int
	// Print is how a sum, min, max, mean or tail prints.
	Print Print
	// Text is the wording of a text figure.
	Text string
	// Group joins sentence_end figures: of the sections present in one
	// group, each clause ends in ；and the last in 。.
	Group string
	// Requirement is the job file's requirements key; Compare the figure
	// of the same section it is compared with.
	Requirement string
	Compare     *Figure
	// Parts and Over are a rate's figures, of its section or of an
	// earlier one: the sum of Parts over the sum of Over, times 100
	// (优良率 is 优 and 良 over 项目数).
	Parts   []*Figure
	Over    []*Figure
	Wording RequirementWording
	// Each, All and Sep word a distribution: 评价等级为“{等级}”的{个数}个,
	// 评价等级全部为“{等级}”, joined by ，.
	Each, All, Sep string
	// Cites are the figures a clause's Text names ({等级分布}), and
	// OmitZero says that a cited number of 0 drops the clause as an
	// empty one does.
	Cites    []*Figure
	OmitZero bool
	Line     int
}

// Condition is one filter of a figure.
type Condition struct {
	Column *Column
	Value  string
}

// RequirementWording words a comparison of a figure with a required number.
type RequirementWording struct {
	FarAbove, Above, Equal, Below string
	// Warn is a warning when the figure falls short ({实际} and {要求} are
	// the two numbers); "" for none.
	Warn string
}

// Table returns the table with key k, or nil.
func (d *Definition) Table(k string) *Table {
	for _, t := range d.Tables {
		if t.Key == k {
			return t
		}
	}
	return nil
}

// Column returns the column with key k, or nil.
func (t *Table) Column(k string) *Column {
	for _, c := range t.Columns {
		if c.Key == k {
			return c
		}
	}
	return nil
}

// Index returns the position of c among t's columns, or -1.
func (t *Table) Index(c *Column) int {
	for i, x := range t.Columns {
		if x == c {
			return i
		}
	}
	return -1
}

// ColumnsOf lists the columns of kind k.
func (t *Table) ColumnsOf(k Kind) []*Column {
	var out []*Column
	for _, c := range t.Columns {
		if c.Kind == k {
			out = append(out, c)
		}
	}
	return out
}

// Figure returns the figure with key k, or nil.
func (s *Section) Figure(k string) *Figure {
	for _, f := range s.Figures {
		if f.Key == k {
			return f
		}
	}
	return nil
}

// widthFolder is made once, and used only on text with a full-width
// bracket: Find runs for the text and every spelling on each graded row of
// a table, and a Replacer copies even text it leaves alone.
var widthFolder = strings.NewReplacer("（", "(", "）", ")")

func foldWidth(s string) string {
	if !strings.ContainsAny(s, "（）") {
		return s
	}
	return widthFolder.Replace(s)
}

// Section returns the section with key k, or nil.
func (d *Definition) Section(k string) *Section {
	for _, s := range d.Sections {
		if s.Key == k {
			return s
		}
	}
	return nil
}
