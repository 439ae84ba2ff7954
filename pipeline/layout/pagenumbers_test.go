package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/fieldtest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// frontMatter is a section of two pages (前言) whose sectPr, as Word
// writes it in its last paragraph, names the template's footers and
// numbers its pages as pgNumType says; the body after it starts a page.
func frontMatter(pgNumType string) string {
	return rt.PageBreak("前言一") + `<w:p><w:pPr><w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/><w:footerReference w:type="even" r:id="rIdFooterEven"/>` +
		`<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/>` +
		pgNumType + `<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr></w:pPr>` + rt.Word.Run("", "前言二") + `</w:p>` +
		`<w:p><w:pPr><w:pageBreakBefore/></w:pPr>` + rt.Word.Run("", "正文一") + `<w:r><w:br w:type="page"/></w:r></w:p>` + rt.Para(rt.Word.Run("", "正文二"))
}

// footers are the footer's text on each page.
func footers(r *renderer) []string {
	var out []string
	for n := 1; n <= r.page; n++ {
		var b strings.Builder
		for _, o := range footOn(r, n) {
			b.WriteString(o.text)
		}
		out = append(out, strings.Join(strings.Fields(b.String()), ""))
	}
	return out
}

// TestPageNumbersRestartInTheirFormat: a front matter numbered i, ii
// (pgNumType fmt lowerRoman) and a body restarting at 1 (start 1), as
// Word and WPS write them, show in the template's footers as Word shows
// them; a start of 5 in upperRoman, chineseCounting and numberInDash
// count on from theirs.
func TestPageNumbersRestartInTheirFormat(t *testing.T) {
	cases := []struct {
		front, body string
		want        string
	}{
		{`<w:pgNumType w:fmt="lowerRoman"/>`, `<w:pgNumType w:start="1"/>`, "—i—|—ii—|—1—|—2—"},
		{`<w:pgNumType w:fmt="upperRoman" w:start="5"/>`, `<w:pgNumType w:fmt="chineseCounting" w:start="1"/>`, "—V—|—VI—|—一—|—二—"},
		{`<w:pgNumType w:fmt="upperLetter"/>`, `<w:pgNumType w:fmt="numberInDash"/>`, "—A—|—B—|—-3-—|—-4-—"},
		{`<w:pgNumType w:start="0"/>`, `<w:pgNumType w:fmt="decimal"/>`, "—1—|—2—|—3—|—4—"},
		// WPS writes the format after the start.
		{`<w:pgNumType w:start="3" w:fmt="lowerLetter"/>`, `<w:pgNumType w:start="1" w:fmt="decimalFullWidth"/>`, "—c—|—d—|—１—|—２—"},
	}
	for _, c := range cases {
		r := laidDocx(t, rt.Docx(t, frontMatter(c.front), c.body, nil))
		if got := strings.Join(footers(r), "|"); got != c.want {
			t.Errorf("%s then %s: footers %s, want %s", c.front, c.body, got, c.want)
		}
	}
}

// TestPageFieldSwitches: a PAGE field's \* switch shows the page in its
// format over the section's; NUMPAGES and SECTIONPAGES count in theirs.
func TestPageFieldSwitches(t *testing.T) {
	cases := []struct {
		instr, want string
		page        int
	}{
		{` PAGE \* ROMAN \* MERGEFORMAT `, "第III页", 3},
		{` PAGE \* roman `, "第iii页", 3},
		{` PAGE \* alphabetic `, "第c页", 3},
		{` PAGE \* ALPHABETIC `, "第C页", 3},
		{` PAGE \* ArabicDash `, "第- 3 -页", 3},
		{` PAGE \* CHINESENUM3 `, "第三页", 3},
		{` PAGE \* Arabic `, "第3页", 3},
		{` PAGE `, "第c页", 3},
		{` PAGE `, "第A页", 1},
		{` NUMPAGES \* ROMAN `, "第IV页", 3},
		{` NUMPAGES `, "第4页", 1},
		{` SECTIONPAGES \* CHINESENUM2 `, "第贰页", 1},
	}
	for _, c := range cases {
		where := map[int]string{1: "前言一", 3: "正文一"}[c.page]
		body := strings.Replace(frontMatter(`<w:pgNumType w:fmt="upperLetter"/>`), rt.Word.Run("", where),
			rt.Word.Run("", "第")+fieldtest.Complex("1", c.instr)+rt.Word.Run("", "页"), 1)
		r := laidDocx(t, rt.Docx(t, body, `<w:pgNumType w:fmt="lowerLetter"/>`, nil))
		var b strings.Builder
		for i, o := range r.ops {
			if o.kind == opText && pageOf(r, i) == c.page && o.y < r.blockBottom() {
				b.WriteString(o.text)
			}
		}
		if got := b.String(); got != c.want {
			t.Errorf("%s on page %d: %q, want %q", c.instr, c.page, got, c.want)
		}
	}
}

// TestAPageReferenceShowsItsPageAsNumbered: a page reference (a TOC's
// PAGEREF) to a bookmark on the front matter's second page shows ii, as
// that page is numbered, and II under a \* ROMAN switch.
func TestAPageReferenceShowsItsPageAsNumbered(t *testing.T) {
	for instr, want := range map[string]string{` PAGEREF _Toc9 \h `: "见ii", ` PAGEREF _Toc9 \* ROMAN \h `: "见II"} {
		body := strings.Replace(frontMatter(`<w:pgNumType w:fmt="lowerRoman"/>`), rt.Word.Run("", "前言二"),
			`<w:bookmarkStart w:id="9" w:name="_Toc9"/>`+rt.Word.Run("", "前言二")+`<w:bookmarkEnd w:id="9"/>`, 1)
		body = strings.Replace(body, rt.Word.Run("", "正文一"), rt.Word.Run("", "见")+fieldtest.Complex("2", instr), 1)
		r := laidDocx(t, rt.Docx(t, body, `<w:pgNumType w:start="1"/>`, nil))
		var b strings.Builder
		for i, o := range r.ops {
			if o.kind == opText && pageOf(r, i) == 3 && o.y < r.blockBottom() {
				b.WriteString(o.text)
			}
		}
		if got := b.String(); got != want {
			t.Errorf("%s: %q, want %q", instr, got, want)
		}
	}
}
