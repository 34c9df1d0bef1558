#!/usr/bin/env bash
# Renders the app icon (packaging/icons/standpoint.svg) into the PNG sizes the desktop looks for, as
# packaging/icons/standpoint-<size>.png. The PNGs are committed, so the build needs no SVG tool; run this
# after changing the SVG. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons"

command -v rsvg-convert >/dev/null || { echo "make-icons.sh needs rsvg-convert: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio standpoint.svg --output "standpoint-$size.png"
  echo "packaging/icons/standpoint-$size.png"
done
