#!/bin/sh
# The font the PDF deck's text layer is written in (src/slide/deck/toPdf.ts): DejaVu Sans from
# Debian's fonts-dejavu-core, cut down to the scripts the UI and the data use (Latin, Latin-1 and
# Extended-A, Cyrillic with the Tajik letters, common punctuation), with its licence beside it.
# Re-runnable; the output is byte-identical for the same Debian packages.
#   apt-get install fonts-dejavu-core fonttools && sh scripts/fonts/pdfFont.sh
set -eu
src=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
out=src/slide/deck/font
mkdir -p "$out"
pyftsubset "$src" \
  --unicodes='U+0020-007E,U+00A0-017F,U+0400-052F,U+2010-2027,U+2030-203A,U+2116,U+2190-2193,U+2212,U+2264-2265' \
  --output-file="$out/DejaVuSans-pdf.ttf" \
  --no-hinting --layout-features='' --name-IDs='*' --name-legacy --notdef-outline
cp /usr/share/doc/fonts-dejavu-core/copyright "$out/DejaVuSans-LICENSE.txt"
dpkg-query -W -f='fonts-dejavu-core ${Version}\n' fonts-dejavu-core > "$out/VERSION"
ls -l "$out"
