#!/usr/bin/env bash
# Rebuilds wqy-microhei.ttf (the font every PDF in reports/ embeds) and its licence file from
# Debian's fonts-wqy-microhei.
#
# gofpdf reads only plain TrueType with glyf outlines, not the .ttc collection Debian ships, so the
# first face ("WenQuanYi Micro Hei", not "… Mono") is taken out of the collection with fontTools.
# The timestamps inside the font are kept as they are (recalcTimestamp=False), so a rebuild with
# the same package versions gives the same bytes; build.sh -check says whether it does.
#
#   bash reports/fonts/build.sh          # rewrite the font and the licence file
#   bash reports/fonts/build.sh -check   # rebuild into a temporary folder and compare
#
# Built from fonts-wqy-microhei 0.2.0-beta-3.1 and python3-fonttools 4.38.0 (Debian 12).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ttc=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
copyright=/usr/share/doc/fonts-wqy-microhei/copyright
apache=/usr/share/common-licenses/Apache-2.0
# Debian's own interpreter: it is the one python3-fonttools installs into (a pyenv or venv
# python3 earlier on PATH would not see it).
py=/usr/bin/python3

if [ ! -f "$ttc" ] || ! "$py" -c 'import fontTools' 2>/dev/null; then
  apt-get update -qq
  apt-get install -y -qq fonts-wqy-microhei python3-fonttools
fi

out="$here"
if [ "${1:-}" = "-check" ]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi

"$py" - "$ttc" "$out/wqy-microhei.ttf" <<'PY'
import sys
from fontTools.ttLib import TTCollection
src, dst = sys.argv[1], sys.argv[2]
face = TTCollection(src, recalcTimestamp=False).fonts[0]
assert face["name"].getDebugName(4) == "WenQuanYi Micro Hei", face["name"].getDebugName(4)
assert "glyf" in face, "gofpdf needs TrueType (glyf) outlines"
face.save(dst)
PY

{
  echo "wqy-microhei.ttf is the first face (WenQuanYi Micro Hei) of Debian's"
  echo "fonts-wqy-microhei wqy-microhei.ttc, taken out unchanged by build.sh."
  echo "It is used here under the Apache License 2.0, whose full text follows Debian's"
  echo "copyright file below."
  echo
  echo "==== Debian copyright file ($copyright) ===="
  echo
  cat "$copyright"
  echo
  echo "==== Apache License 2.0 ($apache) ===="
  echo
  cat "$apache"
} >"$out/LICENSE-wqy-microhei.txt"

if [ "${1:-}" = "-check" ]; then
  for f in wqy-microhei.ttf LICENSE-wqy-microhei.txt; do
    cmp "$out/$f" "$here/$f" || { echo "reports/fonts/$f differs from a rebuild"; exit 1; }
  done
  echo "reports/fonts matches a rebuild"
fi
ls -l "$out"/wqy-microhei.ttf
