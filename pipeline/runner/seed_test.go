package runner

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"jixiao/pipeline/job"

	"github.com/xuri/excelize/v2"
)

// seed is the published 2023 document, parsed from testdata/seed the way
// the independent checker reads it.
type seed struct {
	title     string
	paras     []string
	label     string
	tableHead string
	header    []string
	rows      [][]string
	total     string
}

var spaces = regexp.MustCompile(`\s+`)

func squash(s string) string { return spaces.ReplaceAllString(s, "") }

func loadSeed(t *testing.T) seed {
	t.Helper()
	raw, err := os.ReadFile("testdata/seed/qinyuan-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.ReplaceAll(string(raw), "[bookmark: _GoBack]", ""), "\n")
	var s seed
	s.title = squash(strings.Join(lines[:3], ""))
	i := 3
	for ; !strings.HasPrefix(strings.TrimSpace(lines[i]), "附件"); i++ {
		if p := strings.TrimSpace(lines[i]); p != "" {
			s.paras = append(s.paras, p)
		}
	}
	s.label = strings.TrimSpace(lines[i])
	for i++; strings.TrimSpace(lines[i]) == ""; i++ {
	}
	s.tableHead = strings.TrimSpace(lines[i])
	body := string(raw)
	totalAt := strings.Index(body, "合  计")
	after := strings.Fields(body[totalAt+len("合  计"):])
	s.total = after[0]
	f, err := os.Open("testdata/seed/attachment.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	s.header, s.rows = all[0], all[1:]
	return s
}

// wordDoc is what a reader of document.xml sees: body paragraphs and tables.
type wordDoc struct {
	paras  []string
	tables [][][]cellText
}

type cellText struct {
	text  string
	merge string // "", "restart" or "continue"
}

func readWord(t *testing.T, data []byte) wordDoc {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var doc []byte
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			doc, _ = io.ReadAll(rc)
			rc.Close()
		}
	}
	type run struct {
		T []string `xml:"t"`
	}
	type para struct {
		Runs []run `xml:"r"`
	}
	type tc struct {
		Pr struct {
			VMerge *struct {
				Val string `xml:"val,attr"`
			} `xml:"vMerge"`
		} `xml:"tcPr"`
		Paras []para `xml:"p"`
	}
	type tr struct {
		Cells []tc `xml:"tc"`
	}
	type tbl struct {
		Rows []tr `xml:"tr"`
	}
	text := func(p para) string {
		var b strings.Builder
		for _, r := range p.Runs {
			for _, t := range r.T {
				b.WriteString(t)
			}
		}
		return b.String()
	}
	var out wordDoc
	dec := xml.NewDecoder(bytes.NewReader(doc))
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 3 && el.Name.Local == "p" {
				var p para
				if err := dec.DecodeElement(&p, &el); err != nil {
					t.Fatal(err)
				}
				depth--
				out.paras = append(out.paras, text(p))
			}
			if depth == 3 && el.Name.Local == "tbl" {
				var tb tbl
				if err := dec.DecodeElement(&tb, &el); err != nil {
					t.Fatal(err)
				}
				depth--
				var rows [][]cellText
				for _, r := range tb.Rows {
					var cells []cellText
					for _, c := range r.Cells {
						var parts []string
						for _, p := range c.Paras {
							parts = append(parts, text(p))
						}
						ct := cellText{text: strings.Join(parts, "\n")}
						if c.Pr.VMerge != nil {
							ct.merge = "continue"
							if c.Pr.VMerge.Val == "restart" {
								ct.merge = "restart"
							}
						}
						cells = append(cells, ct)
					}
					rows = append(rows, cells)
				}
				out.tables = append(out.tables, rows)
			}
		case xml.EndElement:
			depth--
		}
	}
	return out
}

// sampleJob is the README's sample job, writing into a temporary folder.
func sampleJob(t testing.TB) *job.Job {
	t.Helper()
	j, err := job.Load(filepath.Join("..", "..", "config", "qinyuan-2023.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return j.WithOutput(t.TempDir())
}

// agencyBlocks are the published 评价机构 merges: first and last row.
var agencyBlocks = [][2]int{{1, 4}, {5, 7}, {8, 8}, {9, 13}, {14, 14}, {15, 22}, {23, 27}, {28, 30}, {31, 31}, {32, 32}, {33, 35}}

func TestSampleJobReproducesTheSeedDocument(t *testing.T) {
	want := loadSeed(t)
	res, err := Run(sampleJob(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Written) != 4 || !strings.HasSuffix(res.Written[3], "/facts.json") || !strings.HasSuffix(res.Written[0], "/沁源县2023年公开重大政策和重点项目等绩效目标情况说明.docx") ||
		!strings.HasSuffix(res.Written[1], "/附件：沁源县2023年重点绩效评价项目结果汇总表.xlsx") ||
		!strings.HasSuffix(res.Written[2], "/沁源县2023年公开重大政策和重点项目等绩效目标情况说明.pdf") {
		t.Fatalf("written: %v", res.Written)
	}
	data, err := os.ReadFile(res.Written[0])
	if err != nil {
		t.Fatal(err)
	}
	doc := readWord(t, data)
	var paras []string
	for _, p := range doc.paras {
		if squash(p) != "" {
			paras = append(paras, squash(p))
		}
	}
	title := ""
	i := 0
	for ; i < len(paras) && len(title) < len(want.title); i++ {
		title += paras[i]
	}
	if title != want.title {
		t.Errorf("title = %q, want %q", title, want.title)
	}
	for n, p := range want.paras {
		if i >= len(paras) || paras[i] != squash(p) {
			got := ""
			if i < len(paras) {
				got = paras[i]
			}
			t.Errorf("paragraph %d:\n got %q\nwant %q", n+1, got, squash(p))
		}
		i++
	}
	if i+1 >= len(paras) || paras[i] != squash(want.label) || paras[i+1] != squash(want.tableHead) {
		t.Errorf("附件 lines = %q, want %q, %q", paras[i:], want.label, want.tableHead)
	}
	if len(doc.tables) != 1 {
		t.Fatalf("%d tables, want 1", len(doc.tables))
	}
	tbl := doc.tables[0]
	if len(tbl) != 37 {
		t.Fatalf("table has %d rows, want header + 35 + 合计", len(tbl))
	}
	for c, h := range want.header {
		if squash(tbl[0][c].text) != squash(h) {
			t.Errorf("header column %d = %q, want %q", c+1, tbl[0][c].text, h)
		}
	}
	for r, row := range want.rows {
		for c, cell := range row {
			got := tbl[r+1][c]
			if got.merge == "continue" {
				got.text = ""
			}
			if squash(got.text) != squash(cell) {
				t.Errorf("row %d column %d = %q, want %q", r+1, c+1, got.text, cell)
			}
		}
	}
	var merges []string
	for r := 1; r <= 35; r++ {
		merges = append(merges, tbl[r][6].merge)
	}
	var wantMerges []string
	for _, b := range agencyBlocks {
		if b[1] == b[0] {
			wantMerges = append(wantMerges, "")
			continue
		}
		wantMerges = append(wantMerges, "restart")
		for k := b[0]; k < b[1]; k++ {
			wantMerges = append(wantMerges, "continue")
		}
	}
	if strings.Join(merges, ",") != strings.Join(wantMerges, ",") {
		t.Errorf("评价机构 merges\n got %v\nwant %v", merges, wantMerges)
	}
	last := tbl[36]
	if squash(last[1].text) != "合计" || last[3].text != want.total || want.total != "64,152.77" {
		t.Errorf("合计 row = %+v, want 合计 %s", last, want.total)
	}
	var tail bool
	for _, p := range res.Problems {
		tail = tail || strings.Contains(p.Message, "相差 0.01 万元")
	}
	if !tail {
		t.Errorf("no 尾差 note among %v", res.Problems)
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	j := sampleJob(t)
	a, err := Render(j)
	if err != nil {
		t.Fatal(err)
	}
	// Across a second boundary, so that anything stamped from the clock
	// (a font subsetter's head table did) shows up.
	time.Sleep(1100 * time.Millisecond)
	b, err := Render(j)
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.Files {
		if !bytes.Equal(a.Files[i].Data, b.Files[i].Data) {
			t.Errorf("%s differs between two builds", a.Files[i].Name)
		}
	}
}

func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}
