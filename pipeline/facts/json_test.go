package facts

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

func sample() *File {
	return &File{
		County: "沁源县", Year: 2023, Input: "data.xlsx",
		Facts: []Fact{
			{ID: "year", Label: "年度", Value: "2023", Printed: "2023", How: "任务文件 year", Number: true},
			{ID: "自评.总额", Label: "自评金额 <合计> & \"引号\"", Value: "13600.5", Printed: "13,600.50", How: "sum(绩效自评!C2:C1167)", From: []string{"data.xlsx!绩效自评!C2:C1167"}, Number: true},
			{ID: "附件.行[1].金额", Label: "附件第1行金额", Value: "419", Printed: "419.00", How: "附件!C2", From: []string{"附件!C2"}, Number: true},
			{ID: "附件.行[1].序号", Label: "附件第1行序号", Value: "1", Printed: "1", How: "按行次重新编号", Number: true},
		},
		Checks: []Check{},
		Tables: []Table{{Section: "附件", Rows: 1, TotalLabels: []string{"合计"}}},
		Rows:   []Row{{Section: "附件", Key: "项目甲", Cells: []Cell{{Column: "序号", Printed: "1"}, {Column: "金额（万元）", Printed: "419.00"}}}},
	}
}

// The writer lays facts.json out element by element; it must come out as
// the standard library's indented encoder writes the whole File, which is
// the format earlier builds left on disk.
func TestJSONIsTheIndentedEncoding(t *testing.T) {
	tricky := &File{
		County: `县{"a":[1,2]},:\`, Input: "a\\b\"c\n\t\u2028<&>",
		Facts:  []Fact{{ID: `x[1].y`, Label: `\"}],{[:`, From: []string{}}, {ID: "", Value: "\\\\\""}},
		Checks: []Check{{What: "[]{}", OK: true, Detail: `"[" "{"`}},
		Tables: []Table{{TotalLabels: []string{}}, {Subtotals: []string{"", ","}}},
		Rows:   []Row{{Cells: []Cell{}}, {Cells: nil}, {Key: "：，", Cells: []Cell{{}, {Column: "]"}}}},
	}
	for name, f := range map[string]*File{"full": sample(), "empty": {County: "县"}, "tricky": tricky} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(f); err != nil {
			t.Fatal(err)
		}
		got := f.JSON()
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want.Bytes())
		}
		if cap(got) != len(got) {
			t.Errorf("%s: buffer of %d for %d bytes: not sized beforehand", name, cap(got), len(got))
		}
	}
}

func TestReadPreviousLeavesOutRowFacts(t *testing.T) {
	f := sample()
	got, err := ReadPrevious(bytes.NewReader(f.JSON()))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, x := range got.Facts {
		ids = append(ids, x.ID)
	}
	if strings.Join(ids, " ") != "year 自评.总额" {
		t.Errorf("facts read: %v", ids)
	}
	if x, ok := got.Get("自评.总额"); !ok || x.Printed != "13,600.50" || x.From[0] != "data.xlsx!绩效自评!C2:C1167" || x.Label != f.Facts[1].Label {
		t.Errorf("figure read as %+v", x)
	}
	if got.County != "沁源县" || got.Year != 2023 || got.Input != "data.xlsx" || len(got.Tables) != 1 || got.Tables[0].TotalLabels[0] != "合计" {
		t.Errorf("header read as %+v", got)
	}
	if len(got.Rows) != 1 || got.Rows[0].Cells[1] != f.Rows[0].Cells[1] || got.Rows[0].Key != "项目甲" {
		t.Errorf("rows read as %+v", got.Rows)
	}
	for _, bad := range []string{"", "{", `{"facts": {}}`, `{"rows": [1]}`, "[]"} {
		if _, err := ReadPrevious(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "facts.json 无法读取") {
			t.Errorf("%q: %v", bad, err)
		}
	}
	if got, err := ReadPrevious(strings.NewReader(`{"facts": null, "rows": null, "extra": {"a": [1]}}`)); err != nil || len(got.Facts) != 0 {
		t.Errorf("nulls and unknown fields: %+v %v", got, err)
	}
}

func TestIsRowID(t *testing.T) {
	expression := regexp.MustCompile(`^[^.]+\.[^.\[]+\[[0-9]+\]\.`) // what IsRowID was
	for id, want := range map[string]bool{
		"附件.行[1].金额": true, "attachment.rows[120].amount": true,
		"year": false, "自评.总额": false, "自评.a[1]": false, "[1].x": false,
		".行[1].x": false, "a..行[1].x": false, "a.[1].x": false, "a.行[].x": false, "a.行[1]x": false, "a.行[1.x": false,
		"a.行[x1].y": false, "a.b.行[1].x": false, "a\n.行\n[07].": true, "a.行[1]].x": false, "a.行[1].": true, "\xff.\xfe[9].z": true,
	} {
		if IsRowID(id) != want || expression.MatchString(id) != want {
			t.Errorf("IsRowID(%q) = %v, the expression says %v, want %v", id, IsRowID(id), expression.MatchString(id), want)
		}
	}
}

// TestRowFactsPassedOverByTheirID: a printed row's fact is known by the id
// it begins with, however the file is spaced; a fact whose id has escapes,
// or that does not begin with its id, is decoded whole, and kept unless
// it is a row's.
func TestRowFactsPassedOverByTheirID(t *testing.T) {
	for raw, want := range map[string]string{
		`{"id": "附件.行[1].金额", "label": "x"}`:                   "附件.行[1].金额",
		"\n  {\n\t\"id\" :\r\n \"a.b[2].c\",\"number\": true}": "a.b[2].c",
		`{"id": "a\"b", "label": "x"}`:                         "",
		`{"label": "x", "id": "附件.行[1].金额"}`:                   "",
		`[1]`:       "",
		`{"id": 5}`: "",
	} {
		got, ok := leadingID([]byte(raw))
		if got != want || ok != (want != "") {
			t.Errorf("leadingID(%s) = %q %v, want %q", raw, got, ok, want)
		}
	}
	file := `{"facts": [{"id": "附件.行[1].金额", "number": "not a bool"}, {"label": "附件第2行", "id": "附件.行[2].金额"}, {"id": "自评\u002e总额", "printed": "13,600.50"}]}`
	got, err := ReadPrevious(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Facts) != 1 || got.Facts[0].ID != "自评.总额" || got.Facts[0].Printed != "13,600.50" {
		t.Errorf("facts read: %+v", got.Facts)
	}
}
