#!/usr/bin/env bash
# Builds the small WOFF2 faces embedded in HTML output (Latin + Vietnamese only, ~11 KB each)
# from the shipped Liberation Serif. Needs Debian's fonttools + python3-brotli; run by hand,
# the results are checked in. The subset is a Modified Version under the OFL, so it is renamed
# (the Reserved Font Name "Liberation" may not be used for it).
set -euo pipefail
cd "$(dirname "$0")/.."
UNICODES="U+0020-007E,U+00A0-00FF,U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0303,U+0309,U+0323,U+1EA0-1EF9,U+2010-2027,U+2030,U+2039-203A,U+20AB,U+20AC,U+2116,U+2122,U+2212"
mkdir -p assets/fonts/web
for s in Regular Bold Italic BoldItalic; do
  out="assets/fonts/web/MinutesSerifWeb-$s.woff2"
  pyftsubset "assets/fonts/LiberationSerif-$s.ttf" --unicodes="$UNICODES" --flavor=woff2 \
    --layout-features='kern,liga' --no-hinting --desubroutinize --output-file="$out" 2>/dev/null
  /usr/bin/python3 - "$out" "$s" <<'PY'
import sys
from fontTools.ttLib import TTFont
path, style = sys.argv[1], sys.argv[2]
f = TTFont(path)
family = "MinutesSerif Web"
sub = {"Regular": "Regular", "Bold": "Bold", "Italic": "Italic", "BoldItalic": "Bold Italic"}[style]
for rec in list(f["name"].names):
    if rec.nameID in (1, 3, 4, 6, 16, 17):
        value = {1: family, 3: f"{family} {sub}", 4: f"{family} {sub}", 6: f"MinutesSerifWeb-{style}", 16: family, 17: sub}[rec.nameID]
        rec.string = value
f.save(path)
PY
done
ls -la assets/fonts/web
