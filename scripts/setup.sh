#!/usr/bin/env bash
# Sets Standpoint up on Debian 12: installs the packages it needs (only those missing), builds, then
#   run   opens the desktop app on the bundled debate
#   test  runs every test through CTest
# Usage: scripts/setup.sh run|test      (as root, or as a user who may sudo)
set -euo pipefail

cd "$(dirname "$0")/.."
mode="${1:-}"
case "$mode" in
  run|test) ;;
  *) echo "usage: scripts/setup.sh run|test" >&2; exit 2 ;;
esac

# The one list of what Standpoint needs on Debian 12 to build, run and test.
packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  libsqlite3-dev sqlite3 libgtest-dev
  xvfb xauth fonts-dejavu-core
  libquazip1-qt6-dev libgumbo-dev libpoppler-qt6-dev
  libreoffice-impress-nogui poppler-utils librsvg2-bin unzip
  clang libclang-rt-14-dev
  dpkg-dev desktop-file-utils appstream
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Missing packages (${missing[*]}) and no sudo: run this as root." >&2; exit 1; }
    sudo_cmd=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

preset=release
cmake --preset "$preset"
cmake --build --preset "$preset"

if [ "$mode" = test ]; then
  ctest --preset "$preset"
  exit $?
fi

app="build/$preset/app/standpoint"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Built $app, but there is no display to open it on (DISPLAY is not set)." >&2
  echo "To take pictures of every view instead: xvfb-run -a $app --screenshot-dir shots" >&2
  exit 1
fi
exec "$app" "${@:2}"
