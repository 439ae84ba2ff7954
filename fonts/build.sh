#!/usr/bin/env bash
# Rebuilds the default font set from Debian's packages, byte for byte the
# shipped files on Debian 12 (checked 2026-12-03):
#   apt-get install fonts-noto-cjk fonts-wqy-microhei python3-fonttools fontforge-nox
#   (and it downloads, without installing, texlive-lang-chinese for the Fandol fonts)
#
#   FandolFang-GB2312.ttf           FandolFang Regular, subset to GB2312 (GPL 3 with the font exception): 仿宋
#   FandolKai-GB2312.ttf            FandolKai Regular, subset to GB2312 (GPL 3 with the font exception): 楷体
#   NotoSerifSC-GB2312-Regular.ttf  Noto Serif CJK SC Regular (face 2), subset to GB2312  (SIL OFL 1.1)
#   NotoSerifSC-GB2312-Bold.ttf     Noto Serif CJK SC Bold (face 2), subset to GB2312     (SIL OFL 1.1)
#   WenQuanYiMicroHei-GBK.ttf       WenQuanYi Micro Hei (face 0), subset to GBK           (Apache 2.0)
#
# fpdf embeds only single TrueType (glyf) fonts, and Noto CJK is CFF inside a
# collection: pyftsubset cuts one face down to the Chinese national character
# set, and fontforge flattens its CID-keyed CFF and writes TrueType outlines.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

charset() { # $1 = codec: every character the codec can encode, plus ASCII
  /usr/bin/python3 - "$1" <<'PY'
import sys
codec = sys.argv[1]
chars = []
for cp in range(0x20, 0x10000):
    ch = chr(cp)
    if cp < 0x7f:
        chars.append(ch); continue
    try:
        ch.encode(codec)
        chars.append(ch)
    except UnicodeEncodeError:
        pass
sys.stdout.write("".join(chars))
PY
}
# GB2312 as Python maps it has U+2015 where Chinese text uses U+2014 (the
# dash of — 1 —), and lacks the middle dot; add what typesetting needs.
{ charset gb2312; printf '—·‧〇•–‘’€'; } > "$work/gb2312.txt"
charset gbk > "$work/gbk.txt"

# Each font's head table carries the time it was made; fontTools and
# fontforge take it from SOURCE_DATE_EPOCH when it is set. These are the
# times of the shipped fonts, so that a rebuild on Debian 12 gives the same
# bytes and the sums in sums.go stay as they are.
declare -A made=(
  [NotoSerifSC-GB2312-Regular.ttf]=1795692950 [NotoSerifSC-GB2312-Bold.ttf]=1795692963
  [FandolFang-GB2312.ttf]=1796226538 [FandolKai-GB2312.ttf]=1796226548
)

# gb2312_ttf SOURCE FACE NAME FAMILY FULL OUT: one face of a CFF font, cut
# down to GB2312 and written with TrueType outlines under its new names.
gb2312_ttf() {
  export SOURCE_DATE_EPOCH="${made[$6]}"
  /usr/bin/python3 -m fontTools.subset "$1" --font-number="$2" --text-file="$work/gb2312.txt" \
    --layout-features='' --no-hinting --desubroutinize --name-IDs='*' --notdef-outline \
    --output-file="$work/subset.otf"
  fontforge -lang=py -c "
import fontforge, sys
f = fontforge.open(sys.argv[1])
f.cidFlatten()
f.fontname, f.familyname, f.fullname = sys.argv[2], sys.argv[3], sys.argv[4]
f.generate(sys.argv[5], flags=('omit-instructions', 'short-post'))
" "$work/subset.otf" "$3" "$4" "$5" "$6"
}

noto=/usr/share/fonts/opentype/noto
for weight in Regular Bold; do
  gb2312_ttf "$noto/NotoSerifCJK-$weight.ttc" 2 "NotoSerifSC-GB2312-$weight" "Noto Serif SC GB2312" "Noto Serif SC GB2312 $weight" "NotoSerifSC-GB2312-$weight.ttf"
done

# The Fandol fonts (CID-keyed CFF) come in texlive-lang-chinese; the
# package is only unpacked, not installed. FandolFang's digits are evenly
# spaced (half an em) and its quotation marks full width, as in 仿宋_GB2312.
(cd "$work" && apt-get download texlive-lang-chinese >/dev/null && dpkg-deb -x texlive-lang-chinese_*.deb deb)
fandol="$work/deb/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
for face in Fang Kai; do
  gb2312_ttf "$fandol/Fandol$face-Regular.otf" 0 "Fandol$face-GB2312" "Fandol$face GB2312" "Fandol$face GB2312 Regular" "Fandol$face-GB2312.ttf"
done
{ cat "$work/deb/usr/share/doc/texlive-doc/fonts/fandol/README"; cat <<'NOTICE'

----------------------------------------------------------------------
jixiao embeds FandolFang Regular and FandolKai Regular, each cut down to
the GB2312 character set and converted to TrueType outlines by build.sh;
no glyph was changed. The Fandol fonts are under the GNU General Public
License version 3 (LICENSE-GPL-3.0.txt) with the font exception, which
reads:

  As a special exception, if you create a document which uses this font,
  and embed this font or unaltered portions of this font into the
  document, this font does not by itself cause the resulting document to
  be covered by the GNU General Public License. This exception does not
  however invalidate any other reasons why the document might be covered
  by the GNU General Public License. If you modify this font, you may
  extend this exception to your version of the font, but you are not
  obligated to do so. If you do not wish to do so, delete this exception
  statement from your version.

The sources of the Fandol fonts are in the TeX Live package
texlive-lang-chinese (fonts/opentype/public/fandol).
NOTICE
} > NOTICE-fandol.txt
zcat "$work/deb/usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz" > LICENSE-GPL-3.0.txt

/usr/bin/python3 -m fontTools.subset /usr/share/fonts/truetype/wqy/wqy-microhei.ttc --font-number=0 --text-file="$work/gbk.txt" --layout-features='' --no-hinting \
  --name-IDs='*' --notdef-outline --output-file=WenQuanYiMicroHei-GBK.ttf

ls -l ./*.ttf
echo "Now set the sums in sums.go (go test ./pipeline/runner -run EmbeddedSums says which):"
sha256sum ./*.ttf
