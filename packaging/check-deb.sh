#!/usr/bin/env bash
# Installs MyoMap's .deb, checks the installed app, and removes it again:
#   - `myomap --version` and the commands sample, verify and export (a PDF report) through the
#     launcher on the PATH, run as an unprivileged user when the script runs as root;
#   - the class-data archive is used (forced on, so a mismatch fails instead of passing slowly);
#   - SQLite's native library is loaded from /opt/myomap, and not unpacked into java.io.tmpdir;
#   - the window starts on a virtual display and paints the body (the start-up probe), creates the
#     default database in the platform data folder, and shows on a screenshot;
#   - `dpkg -r` removes the program and leaves the user's database.
#
#   packaging/check-deb.sh [DEB]
#
# Without DEB it takes BUILD_DIR/jpackage/myomap_*.deb (BUILD_DIR: $MYOMAP_BUILD_DIR, else target),
# building it first with `mvn -B -Ppackage -DskipTests package` when there is none (with
# -Dpackage.jdk=$PACKAGE_JDK when that is set). Needs root, or sudo, for dpkg. Screenshots and
# logs go to BUILD_DIR/check-deb/.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
# shellcheck source=packaging/common.sh
source "$here/common.sh"

build_dir=${MYOMAP_BUILD_DIR:-target}
[[ $build_dir == /* ]] || build_dir="$project/$build_dir"
deb=${1:-}
if [ -z "$deb" ]; then
  deb=$(ls "$build_dir"/jpackage/myomap_*.deb 2>/dev/null | head -1 || true)
  if [ -z "$deb" ]; then
    echo "check-deb: no .deb in $build_dir/jpackage; building it"
    jdk_arg=()
    [ -n "${PACKAGE_JDK:-}" ] && jdk_arg=("-Dpackage.jdk=$PACKAGE_JDK")
    (cd "$project" && mvn -B -q -Ppackage -DskipTests "-Dbuild.dir=$build_dir" "${jdk_arg[@]}" package)
    deb=$(ls "$build_dir"/jpackage/myomap_*.deb | head -1)
  fi
fi
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
install_missing Xvfb:xvfb xwininfo:x11-utils xprop:x11-utils import:imagemagick \
  desktop-file-validate:desktop-file-utils \
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core

if dpkg-query -W -f='${Status}' myomap 2>/dev/null | grep -q 'install ok installed'; then
  fail "myomap is installed already; this check installs and removes it, so remove it first (apt-get remove myomap)"
fi

results="$build_dir/check-deb"
rm -rf "$results"
mkdir -p "$results"
scratch=$(mktemp -d)
display_pid=
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$display_pid" ] && kill "$display_pid" 2>/dev/null || true
  # Whatever happened, no trace of the package stays (the user's files are not the package's).
  if dpkg-query -W myomap >/dev/null 2>&1; then
    "${sudo[@]}" dpkg --purge myomap >/dev/null 2>&1 || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

checks=0
pass() {
  checks=$((checks + 1))
  echo "ok $checks - $*"
}

# The user who runs the app: not root, so that a write into /opt/myomap would fail as it would for
# a practitioner. Their data folder, settings and temp folder live in the scratch folder.
user_args=()
if [ "$(id -u)" -eq 0 ]; then
  user_args=(runuser -u nobody --)
  chmod 755 "$scratch"
fi
home="$scratch/home"
mkdir -p "$home/data" "$home/tmp" "$home/prefs" "$home/work"
[ "$(id -u)" -eq 0 ] && chown -R nobody "$home"
as_user() {
  "${user_args[@]}" env HOME="$home" XDG_DATA_HOME="$home/data" DISPLAY="${DISPLAY:-}" \
    JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$home/tmp -Djava.util.prefs.userRoot=$home/prefs ${extra_options:-}" \
    "$@"
}

echo "check-deb: installing $deb"
"${sudo[@]}" dpkg -i "$deb" >"$results/dpkg-install.log" 2>&1 || {
  # dpkg -i does not fetch dependencies; apt-get does, then configures the package.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >>"$results/dpkg-install.log" 2>&1
}
dpkg-query -W -f='${Status}' myomap | grep -q 'install ok installed' || fail "the .deb did not install (see $results/dpkg-install.log)"
[ -x /opt/myomap/bin/MyoMap ] && [ "$(readlink -f /usr/bin/myomap)" = /opt/myomap/bin/MyoMap ]
pass "installed: /opt/myomap/bin/MyoMap, myomap on the PATH"
desktop=/usr/share/applications/myomap.desktop
[ -f "$desktop" ] && grep -q '^Exec=/opt/myomap/bin/MyoMap$' "$desktop" &&
  [ -f /usr/share/icons/hicolor/16x16/apps/myomap.png ] &&
  [ -f /usr/share/icons/hicolor/256x256/apps/myomap.png ] || fail "no menu entry or icons"
[ -z "$(desktop-file-validate "$desktop")" ] || fail "desktop-file-validate: $(desktop-file-validate "$desktop")"
pass "menu entry $desktop (valid) with its icons in /usr/share/icons/hicolor"

cfg=/opt/myomap/lib/app/MyoMap.cfg
if grep -q 'AOTCache=' "$cfg"; then
  force="-XX:AOTMode=on"
else
  force="-Xshare:on"
fi

version=$(as_user myomap --version 2>/dev/null)
[[ $version == "MyoMap "* ]] || fail "myomap --version said: $version"
pass "myomap --version: $version"

# The launcher starts Java at once: it asks no package manager which package it is in (jpackage's
# own launcher runs rpm -qf, dpkg -S and dpkg -L before every start).
spies="$scratch/spies"
mkdir -p "$spies"
for tool in dpkg dpkg-query rpm; do
  printf '#!/bin/sh\necho "%s $*" >>"%s"\nexit 1\n' "$tool" "$home/tmp/package-queries" >"$spies/$tool"
  chmod 755 "$spies/$tool"
done
as_user env PATH="$spies:$PATH" myomap --version >/dev/null
[ ! -e "$home/tmp/package-queries" ] ||
  fail "the launcher asked the package manager: $(cat "$home/tmp/package-queries")"
pass "the launcher asks no package manager before Java starts"

extra_options=$force
as_user myomap --version >/dev/null 2>"$results/archive.log" ||
  fail "the launcher cannot use its class-data archive with $force: $(cat "$results/archive.log")"
pass "class-data archive used ($force)"

extra_options="$force -Xlog:class+load=info:file=$home/tmp/class-load.log"
as_user myomap sample --db "$home/work/sample.db" >"$results/sample.log" 2>&1
extra_options=
pass "myomap sample"
shared=$(grep -c 'source: shared' "$home/tmp/class-load.log" || true)
loaded=$(grep -c 'source:' "$home/tmp/class-load.log" || true)
[ "$shared" -gt $((loaded / 2)) ] || fail "only $shared of $loaded classes came from the archive"
pass "$shared of $loaded classes loaded from the archive"
rm -f "$home/tmp/class-load.log"

as_user myomap verify --db "$home/work/sample.db" >"$results/verify.log" 2>"$results/verify.err"
pass "myomap verify: $(head -1 "$results/verify.log")"

as_user myomap export --db "$home/work/sample.db" --patient DEMO-001 --visit all --format pdf \
  -o "$home/work/reports" >"$results/export.log" 2>&1
pdfs=("$home"/work/reports/*.pdf)
[ ${#pdfs[@]} -ge 1 ] && [ "$(head -c 5 "${pdfs[0]}")" = "%PDF-" ] || fail "myomap export wrote no PDF"
pass "myomap export: ${#pdfs[@]} PDF reports"

# A display of its own, open to the unprivileged user.
for n in $(seq 90 120); do
  [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || break
done
Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp -ac >"$results/xvfb.log" 2>&1 &
display_pid=$!
export DISPLAY=":$n"
for _ in $(seq 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done

# The probe stops the app the moment the body is painted, so it opens the sample read-only.
extra_options="$force -Dmyomap.startupProbe=true"
probe=$(as_user timeout 60 myomap --read-only --db "$home/work/sample.db" 2>&1 || true)
extra_options=
[[ $probe == *"myomap.firstPaint="* ]] || fail "the window did not report painting the body: $probe"
pass "window started from the installed launcher and painted the body (start-up probe, $force)"

app_user=$([ "$(id -u)" -eq 0 ] && echo nobody || id -un)
# The launcher runs the JVM in its own process, named after it; the oldest of that name, as a
# process the JVM starts carries the name too until it has become the program it runs.
app_process() {
  local pid
  for _ in $(seq 100); do
    pid=$(pgrep -o -x -u "$app_user" 'myomap|MyoMap' || true)
    [ -n "$pid" ] && echo "$pid" && return 0
    sleep 0.1
  done
  fail "no MyoMap process"
}
# stop_app PID RUNNER: ends the app and waits for the background job that started it.
stop_app() {
  kill "$1"
  wait "$2" 2>/dev/null || true
}

# The default database, as a practitioner's first start makes it.
as_user myomap >"$results/window.log" 2>&1 &
runner=$!
app_pid=$(app_process)
database="$home/data/myomap/myomap.db"
for _ in $(seq 300); do [ -s "$database" ] && break; sleep 0.1; done
[ -s "$database" ] || fail "no database at $database"
pass "default database created in the platform data folder: \$XDG_DATA_HOME/${database#"$home"/data/}"
grep -q '/opt/myomap/lib/app/native/libsqlitejdbc.so' "/proc/$app_pid/maps" ||
  fail "the running app did not load /opt/myomap/lib/app/native/libsqlitejdbc.so"
pass "SQLite's library loaded from /opt/myomap/lib/app/native"
# sqlite-jdbc deletes a library it unpacked only when the JVM exits: while the app runs, a copy
# would be in the temp folder.
unpacked=$(find "$home/tmp" -name 'sqlite-*' | wc -l)
[ "$unpacked" -eq 0 ] || fail "sqlite-jdbc unpacked its library into java.io.tmpdir: $(ls "$home/tmp")"
pass "nothing unpacked into java.io.tmpdir while the app runs"
stop_app "$app_pid" "$runner"
app_pid=

# The sample database, for a screenshot of the body with a patient list.
as_user myomap --db "$home/work/sample.db" >"$results/window-sample.log" 2>&1 &
runner=$!
app_pid=$(app_process)
for _ in $(seq 300); do
  xwininfo -root -tree 2>/dev/null | grep -q '"MyoMap' && break
  sleep 0.1
done
window=$(xwininfo -root -tree | grep '"MyoMap' | head -1 | awk '{print $1}')
[ -n "$window" ] || fail "no MyoMap window on the display"
pass "window mapped: $(xwininfo -id "$window" | sed -n 's/.*Window id: [^ ]* //p')"
wm_class=$(xprop -id "$window" WM_CLASS 2>/dev/null || true)
grep -q '"MyoMap", "MyoMap"' <<<"$wm_class" || fail "WM_CLASS is $wm_class, not the desktop entry's StartupWMClass"
pass "WM_CLASS matches the desktop entry ($wm_class)"
sleep 3
import -window root "$results/installed-window.png"
colours=$(convert "$results/installed-window.png" -format '%k' info:)
[ "$colours" -gt 50 ] || fail "the screenshot holds $colours colours: nothing painted?"
pass "screenshot $results/installed-window.png ($colours colours)"
stop_app "$app_pid" "$runner"
app_pid=

"${sudo[@]}" dpkg -r myomap >"$results/dpkg-remove.log" 2>&1
[ ! -e /opt/myomap/bin/MyoMap ] && [ ! -e /usr/bin/myomap ] || fail "dpkg -r left the program behind"
pass "dpkg -r myomap removed /opt/myomap and /usr/bin/myomap"
[ -s "$database" ] || fail "removing the package removed the user's database"
pass "the user's database is still there: ${database#"$home"/}"

echo "check-deb: all $checks checks passed ($SECONDS s)"
