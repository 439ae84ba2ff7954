package layout

import (
	"cmp"
	"strings"

	"jixiao/pipeline/wordmodel"
)

// A page shows the number Word gives it, not its place in the PDF: a
// section whose w:pgNumType has a start (正文 or the attachment
// restarting at 1) numbers its first page so, the pages after it counting
// on, in its format (w:fmt: i, ii; I, II; 一, 二; - 1 -). A PAGE field's
// \* switch (wordmodel's Run.NumFormat) shows its page in its own format,
// NUMPAGES and SECTIONPAGES their count in theirs (decimal unless
// switched), a TOC's page reference its bookmark's page as that page
// shows it.

// numberPage sets the number of a page that has just begun: its
// section's start on the section's first page.
func (r *renderer) numberPage() {
	if r.section >= len(r.pageSections) {
		return
	}
	s := r.pageSections[r.section]
	r.pageFormat = s.PageFormat
	if r.sectionPages == 1 && s.PageStart > 0 {
		r.pageNo = s.PageStart
	}
}

// pageLabel is the current page's number in format, "" for its
// section's, after its chapter's where the section shows one.
func (r *renderer) pageLabel(format string) string {
	if r.boxAt != nil {
		return r.boxLabel(format)
	}
	return r.chapterPrefix() + wordmodel.FormatNumber(r.pageNo, cmp.Or(format, r.pageFormat))
}

// countLabel is a count (NUMPAGES, SECTIONPAGES) in format, decimal
// unless switched.
func countLabel(n int, format string) string {
	return wordmodel.FormatNumber(n, cmp.Or(format, "decimal"))
}

// formatGlyphs are the characters a number in format may show, for the
// measuring pass to put in the fonts' subsets: every digit, and a
// format's letters and characters (ⅰ–ⅿ, 一 to 千 …): up to 60, every
// sign of the formats that cycle through a set (46 and 48 kana, 29
// Russian letters, the 60 甲子 year names).
func formatGlyphs(format string) string {
	var b strings.Builder
	b.WriteString("0123456789")
	if format == "" || format == "decimal" {
		return b.String()
	}
	for n := 1; n <= 60; n++ {
		b.WriteString(wordmodel.FormatNumber(n, format))
	}
	for _, n := range []int{40, 50, 90, 100, 101, 400, 500, 900, 1000} {
		b.WriteString(wordmodel.FormatNumber(n, format))
	}
	return b.String()
}

// leaveBlank leaves a blank page before section sec where it starts on
// the next odd page (w:type oddPage, 奇数页) and that page's number would
// be even, or the other way round (evenPage): the section then begins on
// the page after it. used says the current page holds something; one
// that holds nothing is itself the blank page. It reports whether it left
// one.
//
// The blank page is the last section's, not sec's, as in Word: the break
// ends that section and sec starts after the page it leaves (Microsoft's
// "Insert a section break" help: after an odd-page break "at the end of
// page 3, the next section will start on page 5"), so page 4 shows the
// last section's header and footer (its even or odd ones, as the page's
// number says; not its first page's) and the number after that section's
// last, and sec's first page, after it, has sec's first-page header and
// its restarted number. LibreOffice leaves such an "automatically
// inserted blank page" out of its PDF (the section's first page, its
// second, numbered 3), so it is no reference here.
func (r *renderer) leaveBlank(sec wordmodel.Section, used bool) bool {
	if sec.Parity == "" {
		return false
	}
	first := r.pageNo // the number sec's first page would have
	if used {
		first++
	}
	if sec.PageStart > 0 {
		first = sec.PageStart
	}
	if (first%2 == 1) == (sec.Parity == "odd") {
		return false
	}
	if used {
		r.newSheet() // the last section's blank page
	}
	return true
}
