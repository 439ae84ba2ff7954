// Package fonts holds the default font set, embedded in the binary so that
// the PDF is right on a machine with no Chinese fonts at all. build.sh
// remakes the files from Debian's packages, byte for byte on Debian 12 (it
// fixes each font's time with SOURCE_DATE_EPOCH); the licences sit beside
// them.
//
//	FangSong      FandolFang Regular, GB2312 subset (GPL 3 with the font exception): 仿宋 role, the body
//	Kai           FandolKai Regular, GB2312 subset (GPL 3 with the font exception): 楷体 role
//	SerifRegular  Noto Serif CJK SC Regular, GB2312 subset (SIL OFL 1.1): 宋体 role
//	SerifBold     Noto Serif CJK SC Bold, GB2312 subset (SIL OFL 1.1): 小标宋 role
//	Hei           WenQuanYi Micro Hei, GBK subset (Apache 2.0): 黑体 role and per-character fallback
//
// FandolFang is the 仿宋 of official documents as they look in 仿宋_GB2312:
// its digits are evenly spaced (half an em, so table columns line up) and
// its quotation marks full width. The GPL's font exception lets a document
// embed the font without the document falling under the GPL.
//
// A job can point each role at a real font file instead (仿宋_GB2312.ttf, …).
package fonts

import _ "embed"

//go:embed FandolFang-GB2312.ttf
var FangSong []byte

//go:embed FandolKai-GB2312.ttf
var Kai []byte

//go:embed NotoSerifSC-GB2312-Regular.ttf
var SerifRegular []byte

//go:embed NotoSerifSC-GB2312-Bold.ttf
var SerifBold []byte

//go:embed WenQuanYiMicroHei-GBK.ttf
var Hei []byte
