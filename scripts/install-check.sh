#!/usr/bin/env bash
# Builds the .deb and the .tar.gz (Release, in build/package), installs the .deb with apt, then runs the
# installed programs from /usr/bin (version, a new store, every view rendered on a virtual display) and
# validates the installed desktop entry and AppStream metadata. Leaves the package installed.
# Usage: scripts/install-check.sh      (as root, or as a user who may sudo)
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/package
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-check.sh installs a package: run it as root, or install sudo." >&2; exit 1; }
  sudo_cmd=(sudo)
fi

step() { printf '\n== %s\n' "$*"; }
fail() { echo "install check FAILED: $*" >&2; exit 1; }

step "Building the packages"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTANDPOINT_BUILD_TESTS=OFF
cmake --build "$build" --target standpoint standpoint-cli
rm -f "$build"/standpoint_*.deb "$build"/standpoint-*.tar.gz
(cd "$build" && cpack -G DEB && cpack -G TGZ)
deb=$(ls "$build"/standpoint_*.deb)
tarball=$(ls "$build"/standpoint-*.tar.gz)
ls -l "$deb" "$tarball"
dpkg-deb --info "$deb"

step "Installing $deb"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y -q --reinstall "./$deb"
dpkg -L standpoint

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

step "The installed command-line tool"
[ "$(command -v standpoint-cli)" = /usr/bin/standpoint-cli ] || fail "standpoint-cli is not /usr/bin/standpoint-cli"
/usr/bin/standpoint-cli --version
/usr/bin/standpoint-cli --db "$tmp/store.db" init
[ -s "$tmp/store.db" ] || fail "standpoint-cli init made no store"
# Drawing needs no display either.
/usr/bin/standpoint-cli --db "$tmp/store.db" chart trade-turnover --out "$tmp/chart.png"
[ -s "$tmp/chart.png" ] || fail "standpoint-cli chart wrote no $tmp/chart.png"
# The pack installed as data loads as it is.
/usr/bin/standpoint-cli --db "$tmp/from-data.db" load-pack /usr/share/standpoint/packs/russia-china

step "The installed app, on a virtual display"
xvfb-run -a -s "-screen 0 1920x1080x24" /usr/bin/standpoint --db "$tmp/store.db" --screenshot-dir "$tmp/shots"
for view in compare compare-compact reader reader-side-by-side timeline figures reading-sets search reuse import; do
  [ -s "$tmp/shots/$view.png" ] || fail "no screenshot $tmp/shots/$view.png"
done
ls -l "$tmp/shots"
if [ -n "${STANDPOINT_KEEP_SHOTS:-}" ]; then
  mkdir -p "$STANDPOINT_KEEP_SHOTS" && cp "$tmp"/shots/*.png "$STANDPOINT_KEEP_SHOTS"/
fi

step "Desktop integration"
desktop=/usr/share/applications/standpoint.desktop
metainfo=/usr/share/metainfo/io.github.standpoint_app.standpoint.metainfo.xml
for f in "$desktop" "$metainfo" /usr/share/mime/packages/standpoint.xml /usr/share/icons/hicolor/scalable/apps/standpoint.svg \
         /usr/share/icons/hicolor/{16x16,32x32,48x48,64x64,128x128,256x256}/apps/standpoint.png; do
  [ -s "$f" ] || fail "$f is not installed"
done
said=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $said"
[ -z "$said" ] || fail "desktop-file-validate reported: $said"
echo "desktop-file-validate $desktop: nothing to report"
said=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) || fail "appstreamcli validate: $said"
echo "$said"
if grep -qE '^[EWIP]:' <<<"$said"; then fail "appstreamcli validate reported: $said"; fi
# shared-mime-info's trigger compiles the new type into the database, when shared-mime-info is installed.
if [ -f /usr/share/mime/globs2 ]; then
  grep -q '^[0-9]*:application/x-standpoint-set:\*\.standpoint' /usr/share/mime/globs2 || fail "*.standpoint is not in the MIME database"
  echo "MIME database: *.standpoint is application/x-standpoint-set"
fi

step "The tarball"
listing=$(tar -tzf "$tarball")
for f in bin/standpoint bin/standpoint-cli share/applications/standpoint.desktop share/standpoint/packs/russia-china/pack.json; do
  grep -q "^standpoint-[^/]*/$f\$" <<<"$listing" || fail "$tarball holds no $f"
done
echo "$tarball: $(grep -vc '/$' <<<"$listing") files"
# Unpacked as a /usr tree, the metadata's launchable desktop entry and icon must be found beside it.
mkdir -p "$tmp/tree/usr"
tar -xzf "$tarball" -C "$tmp/tree/usr" --strip-components=1
said=$(appstreamcli validate-tree --no-net --pedantic "$tmp/tree" 2>&1) || fail "appstreamcli validate-tree: $said"
if grep -qE '^[EWIP]:' <<<"$said"; then fail "appstreamcli validate-tree reported: $said"; fi
echo "appstreamcli validate-tree (the tarball as /usr): $said"

echo
echo "install check passed: $(basename "$deb") installed"
