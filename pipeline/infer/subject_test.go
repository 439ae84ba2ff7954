package infer

import (
	"archive/zip"
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A sheet without a title row (湘湖: a unit line, the header, the rows) is
// named in the narrative as the document labels it, never by its sheet's
// name; a sheet with a title keeps its title; the attachment labels match.
func TestNarrativeWithoutATitleRow(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "湘湖")
	f.SetSheetRow("湘湖", "A1", &[]any{"单位：万元"})
	f.SetSheetRow("湘湖", "A2", &[]any{"序号", "项目", "债券资金", "评价结果"})
	f.SetSheetRow("湘湖", "A3", &[]any{1, "湘湖三期", 12000, "优"})
	f.NewSheet("平桥")
	f.SetSheetRow("平桥", "A1", &[]any{"平桥镇2023年度专项债券项目绩效评价结果"})
	f.SetSheetRow("平桥", "A2", &[]any{"序号", "项目名称", "发行金额（万元）"})
	f.SetSheetRow("平桥", "A3", &[]any{1, "老街改造", 850})
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	r, err := Workbook(path, 2023)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(r.Docx), int64(len(r.Docx)))
	if err != nil {
		t.Fatal(err)
	}
	var body string
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			body = string(b)
		}
	}
	for _, want := range []string{"{{if .表1.有数据}}附件1共列{{.表1.项目数}}个项目", "平桥镇{{.年度}}年度专项债券项目绩效评价结果共列{{.表2.项目数}}个项目", "附件1：", "附件2："} {
		if !strings.Contains(body, want) {
			t.Errorf("the Word template lacks %q", want)
		}
	}
	if strings.Contains(body, "湘湖共列") {
		t.Error("the narrative starts with the sheet's name")
	}
}
