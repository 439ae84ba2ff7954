package pdf

import (
	"errors"
	"strings"
	"testing"

	"jixiao/pipeline/output"
	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestALayoutsRefusalIsTheTemplates: where the layout refuses a page (a
// shape's blurred shadow in front of the text it would hide), the PDF
// writer's error is the template's, which build reports as 模板有误 with
// its exit code, not as the program's own failure.
func TestALayoutsRefusalIsTheTemplates(t *testing.T) {
	rect := st.Anchor{H: "page", V: "page", X: 720000, Y: 30 * 36000, CX: 1800000, CY: 720000}
	shadow := `<a:effectLst><a:outerShdw blurRad="50800" dist="38100" dir="2700000" algn="tl" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw></a:effectLst>`
	docx := st.Docx(t, st.Para(st.Text("正文在页顶"), st.Run(rect.Drawing(2, "矩形 2", st.Shape(rect, "rect", "", st.Fill("FFC000")+shadow, st.Style(true), "", "")), "")), nil)
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = jobLayout{testOptions(t)}.Render(&output.Input{Filled: doc, Shared: &output.Shared{}})
	if !errors.As(err, new(*output.TemplateError)) || !strings.Contains(err.Error(), "矩形 2") {
		t.Errorf("a blurred shadow over the text: %T %v", err, err)
	}
	if output.Refused(nil) != nil {
		t.Error("no error refused")
	}
}
