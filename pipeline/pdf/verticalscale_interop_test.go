package pdf

import (
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestLibreOfficeScalesAndTabsUprightCellsAlike: LibreOffice's PDF of
// tbRl cells sets what ours does along the column (pdftotext -bbox, the
// tops of unscaled characters, within 0.5 pt): 名称 at 200% two ems each
// and 单位 at 50% half an em each, so that 合 stands 80 pt and 末 112 pt
// under 项 at 16 pt; a tab to the default stops (every 21 pt) takes 年
// 42 pt under 日, and one to a stop at 84 pt takes 乙 84 pt under 甲.
// The row has an exact height that holds the text, as LibreOffice 7.4
// does not grow a row for vertical text.
func TestLibreOfficeScalesAndTabsUprightCellsAlike(t *testing.T) {
	opctest.Require(t, "pdftotext", "-v")
	withFonts(t)
	w := rt.Word
	tab := `<w:r><w:tab/></w:r>`
	stop := `<w:p><w:pPr><w:snapToGrid w:val="0"/><w:tabs><w:tab w:val="left" w:leader="dot" w:pos="1680"/></w:tabs><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>` +
		w.Run("", "甲") + tab + w.Run("", "乙") + `</w:p>`
	left := func(runs ...string) string {
		return strings.Replace(rt.Centred(runs...), `w:val="center"`, `w:val="left"`, 1)
	}
	body := rt.Table([]int{1200, 1200, 6444},
		w.Cell(1200, "tbRl", "", left(w.Run("", "项"), w.Run(rt.Scale(200), "名称"), w.Run("", "合"), w.Run(rt.Scale(50), "单位"), w.Run("", "末"))),
		w.Cell(1200, "tbRl", "", left(w.Run("", "日期"), tab, w.Run("", "年")), stop),
		w.Cell(6444, "", "", rt.Centred(w.Run("", "说明"))))
	body = strings.Replace(body, "<w:tr>", `<w:tr><w:trPr><w:trHeight w:val="4000" w:hRule="exact"/></w:trPr>`, 1)
	body = strings.Replace(body, `<w:tblW w:w="0" w:type="auto"/>`, `<w:tblW w:w="8844" w:type="dxa"/>`, 1)
	_, ours, theirs := bothPDFs(t, rt.Docx(t, body, "", nil))
	for _, pair := range []struct {
		from, to string
		down     float64
	}{{"项", "合", 80}, {"项", "末", 112}, {"日", "年", 42}, {"甲", "乙", 84}} {
		_, a0 := wordAt(t, ours, pair.from)
		_, a1 := wordAt(t, ours, pair.to)
		_, b0 := wordAt(t, theirs, pair.from)
		_, b1 := wordAt(t, theirs, pair.to)
		if math.Abs((a1-a0)-(b1-b0)) > 0.5 || math.Abs((a1-a0)-pair.down) > 0.5 {
			t.Errorf("%s %.1f pt under %s, LibreOffice's %.1f, want %.0f", pair.to, a1-a0, pair.from, b1-b0, pair.down)
		}
	}
}
