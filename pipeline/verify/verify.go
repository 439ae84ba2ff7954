package verify

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"jixiao/pipeline/docx"
	"jixiao/pipeline/facts"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/wordmodel"

	"github.com/shopspring/decimal"
)

// Outputs are a build's files in memory, and what the Word template placed.
type Outputs struct {
	DocxName, XlsxName, PDFName string
	Docx, Xlsx, PDF             []byte
	Placed                      []docx.Placement
	// DocxRead is Docx already read back, when the build has it (the PDF
	// was laid out from it); nil to read Docx here.
	DocxRead *wordmodel.Document
}

// Mismatch is one figure an output gets wrong.
type Mismatch struct {
	Fact   string // the fact's ID
	Label  string
	Output string // the file, or "计算" for the document's own arithmetic
	Want   string
	Got    string
}

func (m Mismatch) String() string {
	if m.Fact == "" {
		return fmt.Sprintf("%s：%s", m.Output, m.Want)
	}
	return fmt.Sprintf("%s（%s）：facts.json 中为 %s，%s 中为 %s", m.Label, m.Fact, m.Want, m.Output, m.Got)
}

// Error lists every mismatch of a build.
type Error struct{ Mismatches []Mismatch }

func (e *Error) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "输出文件与数据核对不一致（%d 处），未发布任何文件：", len(e.Mismatches))
	for _, m := range e.Mismatches {
		b.WriteString("\n  ")
		b.WriteString(m.String())
	}
	return b.String()
}

// expected is one placed figure and its fact.
type expected struct {
	fact    facts.Fact
	printed string
}

var number = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)

// Check compares the outputs with the facts.
func Check(f *facts.File, o Outputs) error {
	var ms []Mismatch
	for _, c := range f.Checks {
		if !c.OK {
			ms = append(ms, Mismatch{Output: "计算", Want: c.What + "不成立：" + c.Detail})
		}
	}
	want, placedWrong := placements(f, o.Placed, o.DocxName)
	ms = append(ms, placedWrong...)
	// The three outputs are read back side by side.
	var found [3][]Mismatch
	var errs [3]error
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		doc := o.DocxRead
		var err error
		if doc == nil {
			doc, err = wordmodel.Read(o.Docx)
		}
		if err != nil {
			errs[0] = fmt.Errorf("核对时无法读取 %s：%v", o.DocxName, err)
			return
		}
		docText, tableRows := docxText(doc)
		found[0] = align(want, tokens(docText), o.DocxName)
		if n, ok := f.Get("附件.项目数"); ok && tableRows >= 0 && strconv.Itoa(tableRows) != n.Value {
			found[0] = append(found[0], Mismatch{Fact: n.ID, Label: n.Label, Output: o.DocxName, Want: n.Value, Got: strconv.Itoa(tableRows) + " 行"})
		}
	}()
	go func() {
		defer wg.Done()
		if o.PDF == nil {
			return
		}
		runs, err := pdf.Runs(o.PDF)
		if err != nil {
			errs[1] = fmt.Errorf("核对时无法读取 %s：%v", o.PDFName, err)
			return
		}
		found[1] = align(want, pdfTokens(runs), o.PDFName)
	}()
	go func() {
		defer wg.Done()
		if o.Xlsx == nil {
			return
		}
		rows, err := ingest.FirstSheet(o.Xlsx)
		if err != nil {
			errs[2] = fmt.Errorf("核对时无法读取 %s：%v", o.XlsxName, err)
			return
		}
		found[2] = checkSheet(f, rows, o.XlsxName)
	}()
	wg.Wait()
	for i := range found {
		if errs[i] != nil {
			return errs[i]
		}
		ms = append(ms, found[i]...)
	}
	if len(ms) > 0 {
		return &Error{Mismatches: ms}
	}
	return nil
}

// placements turns the template's placed values into expected figures: an
// absolute field names its fact, a field inside the table's loop names the
// fact of the k-th row. A placed value that disagrees with its fact is a
// mismatch of the template's formatting.
func placements(f *facts.File, placed []docx.Placement, docxName string) ([]expected, []Mismatch) {
	var out []expected
	var ms []Mismatch
	seen := map[string]int{}
	for _, p := range placed {
		if !number.MatchString(p.Printed) || p.Field == "" {
			continue
		}
		id := strings.TrimPrefix(p.Field, ".")
		if _, ok := f.Get(id); !ok {
			seen[id]++
			id = fmt.Sprintf("附件.行[%d].%s", seen[id], id)
		}
		fact, ok := f.Get(id)
		if !ok {
			continue // a number that is not a published figure
		}
		if !sameNumber(p.Printed, fact.Value) {
			ms = append(ms, Mismatch{Fact: id, Label: fact.Label, Output: docxName + "（模板填写）", Want: fact.Printed, Got: p.Printed})
		}
		out = append(out, expected{fact, p.Printed})
	}
	return out, ms
}

// sameNumber reports whether printed shows value at printed's precision.
func sameNumber(printed, value string) bool {
	p, err := decimal.NewFromString(strings.ReplaceAll(number.FindString(printed), ",", ""))
	if err != nil {
		return false
	}
	v, err := decimal.NewFromString(value)
	if err != nil {
		return false
	}
	places := int32(0)
	if _, frac, ok := strings.Cut(number.FindString(printed), "."); ok {
		places = int32(len(frac))
	}
	return p.Equal(v.Round(places))
}

// align finds each expected figure, in order, among an output's numbers.
// A figure not found is a mismatch, reported with the number that stood
// where it should have been.
func align(want []expected, got []string, output string) []Mismatch {
	var ms []Mismatch
	pos := 0
	for _, w := range want {
		found := -1
		for i := pos; i < len(got); i++ {
			if got[i] == w.printed {
				found = i
				break
			}
		}
		if found < 0 {
			there := "（缺失）"
			if pos < len(got) {
				there = got[pos]
			}
			ms = append(ms, Mismatch{Fact: w.fact.ID, Label: w.fact.Label, Output: output, Want: w.printed, Got: there})
			continue
		}
		pos = found + 1
	}
	return ms
}

func tokens(text string) []string { return number.FindAllString(text, -1) }

// docxText is the document's text in reading order, and the number of body
// rows of its table (-1 when it has none).
func docxText(doc *wordmodel.Document) (string, int) {
	var b strings.Builder
	rows := -1
	for _, bl := range doc.Blocks {
		switch bl := bl.(type) {
		case *wordmodel.Paragraph:
			b.WriteString(bl.Text)
			b.WriteByte('\n')
		case *wordmodel.Table:
			rows = 0
			for _, r := range bl.Rows {
				text := ""
				for _, c := range r.Cells {
					b.WriteString(c.Text)
					b.WriteByte('\n')
					text += c.Text
				}
				if !r.Header && !strings.Contains(strings.Join(strings.Fields(text), ""), "合计") {
					rows++
				}
			}
		}
	}
	return b.String(), rows
}

var pageNumber = regexp.MustCompile(`^\s*[—–-]\s*\d+\s*[—–-]\s*$`)

// pdfTokens are the numbers of a PDF's text runs, without its page numbers.
func pdfTokens(pages [][]string) []string {
	var out []string
	for _, runs := range pages {
		// The page number is the page's last three runs: — N —.
		if n := len(runs); n >= 3 && pageNumber.MatchString(strings.Join(runs[n-3:], "")) {
			runs = runs[:n-3]
		}
		for _, r := range runs {
			out = append(out, tokens(r)...)
		}
	}
	return out
}

// checkSheet finds the table in the workbook's first sheet by its header
// and compares each row's 序号, amount and score, and the 合计.
func checkSheet(f *facts.File, rows [][]string, output string) []Mismatch {
	header := -1
	cols := map[string]int{}
	for i, r := range rows {
		for c, v := range r {
			v = strings.Join(strings.Fields(v), "")
			switch {
			case v == "序号":
				cols["序号"] = c
				header = i
			case strings.Contains(v, "万元"):
				cols["金额"] = c
			case strings.HasPrefix(v, "评分") && !strings.Contains(v, "等级"):
				cols["评分"] = c
			}
		}
		if header >= 0 {
			break
		}
	}
	if header < 0 {
		return []Mismatch{{Output: output, Want: "找不到附件表格的表头（序号）"}}
	}
	var ms []Mismatch
	cell := func(r, c int) string {
		if r < len(rows) && c < len(rows[r]) {
			return rows[r][c]
		}
		return ""
	}
	n := 0
	if count, ok := f.Get("附件.项目数"); ok {
		n, _ = strconv.Atoi(count.Value)
	}
	for k := 1; k <= n; k++ {
		r := header + k
		for _, field := range []string{"序号", "金额", "评分"} {
			c, ok := cols[field]
			fact, has := f.Get(fmt.Sprintf("附件.行[%d].%s", k, field))
			if !ok || !has {
				continue
			}
			if got := cell(r, c); !sameNumber(got, fact.Value) || got == "" {
				ms = append(ms, Mismatch{Fact: fact.ID, Label: fact.Label, Output: output, Want: fact.Printed, Got: orMissing(got)})
			}
		}
	}
	if total, ok := f.Get("附件.合计"); ok {
		got := cell(header+n+1, cols["金额"])
		if !sameNumber(got, total.Value) || got == "" {
			ms = append(ms, Mismatch{Fact: total.ID, Label: total.Label, Output: output, Want: total.Printed, Got: orMissing(got)})
		}
	}
	return ms
}

func orMissing(s string) string {
	if s == "" {
		return "（空）"
	}
	return s
}
