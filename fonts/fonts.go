// Package fonts holds the default font set, embedded in the binary so that
// the PDF is right on a machine with no Chinese fonts at all. build.sh
// remakes the files from Debian's packages; the licences sit beside them.
//
//	SerifRegular  Noto Serif CJK SC Regular, GB2312 subset (SIL OFL 1.1): 仿宋 and 宋体 roles
//	SerifBold     Noto Serif CJK SC Bold, GB2312 subset (SIL OFL 1.1): 小标宋 role
//	Hei           WenQuanYi Micro Hei, GBK subset (Apache 2.0): 黑体 role and per-character fallback
//
// A job can point each role at a real font file instead (仿宋_GB2312.ttf, …).
package fonts

import _ "embed"

//go:embed NotoSerifSC-GB2312-Regular.ttf
var SerifRegular []byte

//go:embed NotoSerifSC-GB2312-Bold.ttf
var SerifBold []byte

//go:embed WenQuanYiMicroHei-GBK.ttf
var Hei []byte
