package main

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"jixiao/pipeline/ingest"
	"jixiao/pipeline/money"
)

// csvForm is how a spreadsheet program saves a CSV file: Excel's “CSV
// （逗号分隔）” in GBK with CRLF, its “CSV UTF-8” with a BOM, WPS and
// LibreOffice in UTF-8 with LF.
type csvForm struct {
	name string
	enc  string // GBK, BOM or UTF-8
	crlf bool
}

var csvForms = []csvForm{{"GBK", "GBK", true}, {"UTF-8带BOM", "BOM", true}, {"UTF-8换行LF", "UTF-8", false}, {"GBK换行LF", "GBK", false}}

// writeCSVAs saves the kept workbook's sheet as form writes it, each cell
// as the sheet shows it, quoting fields with commas, quotes or line breaks.
func (k keptBook) writeCSVAs(t *testing.T, path string, form csvForm) {
	t.Helper()
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.UseCRLF = form.crlf
	width := len(k.rows[k.header-1])
	for _, row := range k.rows {
		w.Write(displayed(row, max(width, len(row))))
	}
	w.Flush()
	out := []byte(b.String())
	switch form.enc {
	case "GBK":
		gbk, err := simplifiedchinese.GBK.NewEncoder().String(b.String())
		if err != nil {
			t.Fatalf("%s: %v", form.name, err)
		}
		out = []byte(gbk)
	case "BOM":
		out = append([]byte("\xEF\xBB\xBF"), out...)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// affixed is an amount in a format with text beside the number, as the
// format shows it; the amounts are exact at the shown decimals, as a CSV
// file keeps them.
func affixed(prefix, suffix string, decimals int, grouped bool) func(v float64) shown {
	format := ingest.WrittenFormat(decimals, grouped)
	if prefix != "" {
		format = `"` + prefix + `"` + format
	}
	if suffix != "" {
		format += `"` + suffix + `"`
	}
	return func(v float64) shown {
		s := fmt.Sprintf("%.*f", decimals, v)
		if grouped {
			s = money.Group(s)
		}
		return shown{v, format, prefix + s + suffix}
	}
}

// csvAffixBooks are tables whose amounts the sheet shows with text beside
// the number, for year y, each with the form it is saved in: the outputs
// print the rows and the 合计 (and 总计) as the sheet shows them.
func csvAffixBooks(y int) []struct {
	keptBook
	form csvForm
} {
	next := y - 2023
	type book = struct {
		keptBook
		form csvForm
	}
	var out []book
	add := func(name, amount string, form csvForm, as func(float64) shown, decimals int, top bool) {
		scale := math.Pow(10, float64(decimals))
		rows, sum := items(3+next, y, func(i int, a float64) []any {
			a = math.Round(a/10*scale) / scale
			return []any{i, fmt.Sprintf("道路,桥梁项目%d", i), "交通局", as(a), gradesByRow[i]}
		})
		sum = 0
		for _, r := range rows {
			sum += r[3].(shown).value.(float64)
		}
		sum = math.Round(sum*scale) / scale
		head := [][]any{{"序号", "项目名称", "主管部门", amount, "评价等级"}}
		if top {
			head = append(head, []any{"总计", nil, nil, as(sum)})
		}
		out = append(out, book{keptBook{bureau: bureau{name: name, sheet: "Sheet1", header: 1,
			rows: append(append(head, rows...), []any{"合计", nil, nil, as(sum)})}}, form})
	}
	add("万元后缀", "资金（万元）", csvForms[0], affixed("", "万元", 2, false), 2, false)
	add("元后缀千分位", "资金（元）", csvForms[2], affixed("", "元", 2, true), 2, false)
	add("约数", "资金（万元）", csvForms[3], affixed("约 ", "", 1, false), 1, false)
	add("人民币符号", "资金（万元）", csvForms[1], affixed("¥", "", 2, true), 2, false)
	add("全角人民币符号", "资金（万元）", csvForms[0], affixed("￥", "", 2, true), 2, false)
	add("总计在上合计在下万元", "资金（万元）", csvForms[1], affixed("", "万元", 2, false), 2, true)
	return out
}

// Tables whose amounts show text beside the number, saved as CSV files in
// each encoding and line end: init --from drafts the column as amounts,
// build prints the rows and the 合计 as the sheet shows them in the .docx,
// the .xlsx and the PDF; then next year's file through the same job.
func TestAffixedAmountsFromCSV(t *testing.T) {
	this, next := csvAffixBooks(2023), csvAffixBooks(2024)
	for i, k := range this {
		t.Run(k.name+"/"+k.form.name, func(t *testing.T) {
			book := filepath.Join(t.TempDir(), "数据.csv")
			k.writeCSVAs(t, book, k.form)
			runKept(t, k.keptBook, next[i].keptBook, book, func(n keptBook) { n.writeCSVAs(t, book, next[i].form) })
		})
	}
}

// A CSV column whose cells show the amount in different patterns (万元
// on one row, bare on another, 万 on a third) is refused at the first
// cell that differs, naming the first cell's pattern, in build as the draft
// was made from a consistent year.
func TestMixedAffixesInCSVRefusedAtTheCell(t *testing.T) {
	k := csvAffixBooks(2023)[0]
	dir := t.TempDir()
	book := filepath.Join(dir, "数据.csv")
	k.writeCSVAs(t, book, k.form)
	jobDir := filepath.Join(dir, "任务")
	if code, out, errOut := runCmd("init", "--from", book, "--county", "某县", "--year", "2023", jobDir); code != 0 {
		t.Fatalf("init: %d\n%s%s", code, out, errOut)
	}
	for _, bad := range []string{"1416.13", "1416.13万"} {
		k.rows[2][3] = shown{1416.13, "", bad}
		k.writeCSVAs(t, book, k.form)
		code, out, errOut := runCmd("build", filepath.Join(jobDir, "某县2023.yaml"))
		want := fmt.Sprintf("数据.csv!D3：“资金（万元）”列的数写法不一致：D2 写作“%s”，这里写作“%s”", k.rows[1][3].(shown).want, bad)
		if code == 0 || !strings.Contains(out+errOut, want) {
			t.Errorf("build with %q: exit %d, want %q:\n%s%s", bad, code, want, out, errOut)
		}
	}
}

// Sections under headings across the row (一、教育 in the first cell, the
// rest of the row empty) saved as CSV in each form, and as an .xlsx whose
// clerk let the heading run over the empty cells without merging them:
// init drafts the headings and build reads them so, printed as in the
// merged .xlsx; then next year.
func TestUnmergedHeadingsAcrossTheRow(t *testing.T) {
	pick := func(y int) keptBook {
		for _, k := range bothTotals(y, "#,##0.00", "0.00") {
			if k.name == "总计在上分组标题整行小计合计在下" {
				return k
			}
		}
		t.Fatal("no shape with headings across the row")
		return keptBook{}
	}
	this, next := pick(2023), pick(2024)
	for _, form := range csvForms {
		t.Run(form.name, func(t *testing.T) {
			book := filepath.Join(t.TempDir(), "数据.csv")
			this.writeCSVAs(t, book, form)
			runKept(t, this, next, book, func(n keptBook) { n.writeCSVAs(t, book, form) })
		})
	}
	t.Run("xlsx未合并", func(t *testing.T) {
		unmerged := func(k keptBook) keptBook {
			var keep []string
			for _, m := range k.merges {
				if !strings.Contains(m, ":C") { // the totals' merges end in B
					keep = append(keep, m)
				}
			}
			k.merges = keep
			return k
		}
		book := filepath.Join(t.TempDir(), "数据.xlsx")
		a, b := unmerged(this), unmerged(next)
		if len(a.merges) == len(this.merges) {
			t.Fatal("no heading merge taken out")
		}
		a.write(t, book)
		runKept(t, a, b, book, func(n keptBook) { n.write(t, book) })
	})
}

// The kept and held shapes a CSV file can hold, saved in the other forms
// (UTF-8 with a BOM, UTF-8 and GBK with LF), one form a shape in turn:
// read as the GBK file with CRLF is.
func TestShapesInEachCSVForm(t *testing.T) {
	this, next := append(keptBooks(2023), keptOf(heldBooks(2023))...), append(keptBooks(2024), keptOf(heldBooks(2024))...)
	for n, name := range append(slices.Clone(keptCSV), heldCSV...) {
		i := keptIndex(t, this, name)
		form := csvForms[1+n%(len(csvForms)-1)]
		t.Run(name+"/"+form.name, func(t *testing.T) {
			book := filepath.Join(t.TempDir(), "数据.csv")
			this[i].writeCSVAs(t, book, form)
			runKept(t, this[i], next[i], book, func(k keptBook) { k.writeCSVAs(t, book, form) })
		})
	}
}

// The same tables as LibreOffice saves their .xlsx as a UTF-8 CSV file,
// each cell as shown; skipped without LibreOffice unless JIXIAO_INTEROP=1.
func TestAffixedAmountsAsLibreOfficeCSV(t *testing.T) {
	books := func(y int) []keptBook {
		var out []keptBook
		for _, b := range csvAffixBooks(y) {
			out = append(out, b.keptBook)
		}
		return out
	}
	keptSavedBy(t, books(2023), books(2024), "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true")
}
