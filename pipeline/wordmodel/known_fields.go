package wordmodel

import "strings"

// Fields are known by kind as elements are: a page number is laid out
// (fields.go); most others print their saved result, which is what Word
// shows until the field is updated; some show something Word draws or
// updates by itself, which the saved result is not.

// savedResult are the field kinds whose saved result is what Word shows.
// The fields that run or fetch something (DDE, INCLUDETEXT …) are here
// too: the template is refused for them on its own (docx/active.go).
var savedResult = map[string]bool{}

// fieldShows are the field kinds whose saved result is not what Word
// shows, with what the clerk calls them.
var fieldShows = map[string]string{
	"DATE":           "日期或时间域（Word 打开或打印时更新为当天，与 PDF 不一致）",
	"TIME":           "日期或时间域（Word 打开或打印时更新为当天，与 PDF 不一致）",
	"PRINTDATE":      "打印日期域（Word 打印时更新）",
	"EQ":             "公式域（EQ，带圈字符、分数等由 Word 绘制）",
	"ADVANCE":        "ADVANCE 域（移动文字位置）",
	"AUTONUM":        "自动编号域（编号由 Word 绘制）",
	"AUTONUMLGL":     "自动编号域（编号由 Word 绘制）",
	"AUTONUMOUT":     "自动编号域（编号由 Word 绘制）",
	"BARCODE":        "条形码域",
	"DISPLAYBARCODE": "条形码域",
	"BIDIOUTLINE":    "BIDIOUTLINE 域",
	"FORMCHECKBOX":   "复选框型窗体域（方框由 Word 绘制）",
	"FORMDROPDOWN":   "下拉型窗体域（所选内容由 Word 绘制）",
	"SHAPE":          "绘图画布域（SHAPE）",
}

func init() {
	for _, kind := range strings.Fields(`TOC HYPERLINK REF NOTEREF SEQ STYLEREF DOCPROPERTY DOCVARIABLE TITLE SUBJECT
		AUTHOR KEYWORDS COMMENTS LASTSAVEDBY FILENAME FILESIZE TEMPLATE NUMWORDS NUMCHARS INFO REVNUM SECTION
		CREATEDATE SAVEDATE EDITTIME QUOTE SYMBOL IF COMPARE SET LISTNUM GOTOBUTTON FORMTEXT XE TC TA TOA RD
		INDEX BIBLIOGRAPHY CITATION MERGEFIELD MERGEREC MERGESEQ NEXT NEXTIF SKIPIF GREETINGLINE ADDRESSBLOCK
		PRIVATE USERNAME USERADDRESS USERINITIALS DDE DDEAUTO INCLUDETEXT INCLUDE INCLUDEPICTURE IMPORT LINK
		EMBED DATABASE MACROBUTTON AUTOTEXT AUTOTEXTLIST PRINT ADDIN ASK FILLIN
		PAGE NUMPAGES SECTIONPAGES PAGEREF`) {
		savedResult[kind] = true
	}
}

// checkField lists a field, its instruction read, whose saved result the
// PDF would print where Word shows something else.
func (s *sheet) checkField(f *field) {
	if f == nil {
		return
	}
	kind := f.kind
	switch {
	case kind == "" || strings.HasPrefix(kind, "="):
		return // no instruction; a formula's result is saved
	case f.unknown != "":
		s.known.fields = append(s.known.fields, "页码域的数字格式（\\* "+f.unknown+"）")
	case fieldShows[kind] != "":
		s.known.fields = append(s.known.fields, fieldShows[kind])
	case kind == "STYLEREF" && s.inMargin:
		if why := s.styleRef(f); why != "" {
			s.known.fields = append(s.known.fields, "页眉页脚中的 STYLEREF 域（"+why+"）")
		}
	case !savedResult[kind]:
		s.known.fields = append(s.known.fields, "未能识别的域 "+kind)
	}
}
