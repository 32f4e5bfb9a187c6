#!/usr/bin/env bash
# Rebuilds wqy-zenhei-exta.ttf, the fallback font of reports/ for the characters that WenQuanYi
# Micro Hei (the primary font) lacks, and its licence file, from Debian's fonts-wqy-zenhei.
#
# Why this font: names use characters of CJK Extension A (e.g. 䶮 U+4DAE), which Micro Hei does
# not have. gofpdf reads only plain TrueType with glyf outlines; of the Debian fonts reachable by
# apt that cover all of Extension A, Noto CJK is CFF, and HanaMin (22.7 MB) and BabelStone Han
# (51 MB, incomplete Ext-A) are Ming/Song styles; WenQuanYi Zen Hei is glyf TrueType, a 黑体
# like the primary font, and has all 6,582 Ext-A characters.
#
# Why a subset: the whole face is ~17 MB (with bitmaps). Only the ideographs Micro Hei lacks are
# kept: the CJK radicals (U+2E80–U+2FDF), Extension A (U+3400–U+4DBF), the end of the unified
# block (U+9FA6–U+9FFF) and the compatibility ideographs (U+F900–U+FAFF), minus any the primary
# already has. Outlines and metrics are unchanged; hinting, bitmaps and layout tables are
# dropped (gofpdf uses none of them): 7,082 characters, 2.6 MB.
#
#   bash reports/fonts/build-fallback.sh          # rewrite the font and the licence file
#   bash reports/fonts/build-fallback.sh -check   # rebuild into a temporary folder and compare
#
# Built from fonts-wqy-zenhei 0.9.45-8 and python3-fonttools 4.38.0 (Debian 12).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ttc=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
copyright=/usr/share/doc/fonts-wqy-zenhei/copyright
gpl=/usr/share/common-licenses/GPL-2
py=/usr/bin/python3 # Debian's, the one python3-fonttools installs into

if [ ! -f "$ttc" ] || ! "$py" -c 'import fontTools' 2>/dev/null; then
  apt-get update -qq
  apt-get install -y -qq fonts-wqy-zenhei python3-fonttools
fi

out="$here"
if [ "${1:-}" = "-check" ]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi

"$py" - "$ttc" "$here/wqy-microhei.ttf" "$out/wqy-zenhei-exta.ttf" <<'PY'
import sys
from fontTools.ttLib import TTCollection, TTFont
from fontTools import subset
src, primary, dst = sys.argv[1:4]
face = TTCollection(src, recalcTimestamp=False).fonts[0]
assert face["name"].getDebugName(4) == "WenQuanYi Zen Hei", face["name"].getDebugName(4)
assert "glyf" in face, "gofpdf needs TrueType (glyf) outlines"
have = TTFont(primary, lazy=True).getBestCmap()
ranges = [(0x2E80, 0x2FDF), (0x3400, 0x4DBF), (0x9FA6, 0x9FFF), (0xF900, 0xFAFF)]
want = sorted(c for c in face.getBestCmap() if any(a <= c <= b for a, b in ranges) and c not in have)
opts = subset.Options()
opts.hinting = False
opts.layout_features = []
opts.drop_tables += ["EBDT", "EBLC", "EBSC", "BDF ", "FFTM", "GDEF", "GSUB", "GPOS", "vhea", "vmtx"]
opts.notdef_outline = True
opts.name_IDs = ["*"]
opts.recalc_timestamp = False
s = subset.Subsetter(opts)
s.populate(unicodes=want)
s.subset(face)
face.save(dst)
print(f"{len(want)} characters", file=sys.stderr)
PY

{
  echo "wqy-zenhei-exta.ttf is a subset of the first face (WenQuanYi Zen Hei) of Debian's"
  echo "fonts-wqy-zenhei wqy-zenhei.ttc, made by build-fallback.sh: the CJK ideographs that"
  echo "WenQuanYi Micro Hei lacks (mainly CJK Extension A), outlines unchanged."
  echo "It is used under the GNU GPL version 2 with the font embedding exception quoted in"
  echo "Debian's copyright file below: PDFs that embed it are not thereby covered by the GPL."
  echo
  echo "==== Debian copyright file ($copyright) ===="
  echo
  cat "$copyright"
  echo
  echo "==== GNU General Public License version 2 ($gpl) ===="
  echo
  cat "$gpl"
} >"$out/LICENSE-wqy-zenhei.txt"

if [ "${1:-}" = "-check" ]; then
  for f in wqy-zenhei-exta.ttf LICENSE-wqy-zenhei.txt; do
    cmp "$out/$f" "$here/$f" || { echo "reports/fonts/$f differs from a rebuild"; exit 1; }
  done
  echo "reports/fonts matches a rebuild"
fi
ls -l "$out"/wqy-zenhei-exta.ttf
