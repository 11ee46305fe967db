#!/usr/bin/env bash
# Builds MyoMap's Linux app image and .deb with jpackage: a runtime trimmed by jlink to the modules
# in runtime-modules.txt, SQLite's native library unpacked beside the jars (so it is not extracted
# into the temp folder at every start), and a class-data archive trained for the installed layout
# under /opt/myomap. Maven runs it: mvn -B -Ppackage -DskipTests package [-Dpackage.jdk=JDK]
#
#   packaging/package-linux.sh BUILD_DIR VERSION JDK_HOME
#
# BUILD_DIR holds the packaged jar and lib/ (mvn package); the results go to BUILD_DIR/jpackage:
# myomap_VERSION_ARCH.deb and the app image MyoMap/. The runtime comes from JDK_HOME: a JDK 25
# gets an AOT cache (-XX:AOTCache, JEP 483/514/515), a JDK 17 to 24 an AppCDS archive on top of
# jlink's base archive. The code stays compiled for Java 17 either way.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(dirname "$here")
build=$(cd "$1" && pwd)
version=$2
jdk=$3
out="$build/jpackage"

# shellcheck source=packaging/common.sh
source "$here/common.sh"

[ -x "$jdk/bin/jpackage" ] || fail "no jpackage in $jdk (give a full JDK 17 or newer)"
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
[ -n "$feature" ] && [ "$feature" -ge 17 ] || fail "$jdk is not a JDK 17 or newer"
jar=$(ls "$build"/myomap-"$version".jar 2>/dev/null) || fail "no $build/myomap-$version.jar; run mvn package first"

# jpackage needs fakeroot and dpkg-deb for the .deb, and objcopy for jlink's --strip-debug; the
# training run paints the window on a virtual display.
install_missing fakeroot:fakeroot dpkg-deb:dpkg objcopy:binutils xvfb-run:xvfb xauth:xauth \
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core

# jpackage wants a plain number; the jar still says 0.1.0-SNAPSHOT to --version and in the log.
app_version=${version%%-*}
arch=$(dpkg --print-architecture)
name=MyoMap
package=myomap
vendor="The MyoMap project"
description="Charts myofascial trigger points, twitch responses and referral zones on body outlines."
copyright="Copyright The MyoMap authors"

step() { printf '\n== package (%ss): %s\n' "$SECONDS" "$*"; }

rm -rf "$out"
mkdir -p "$out"

step "icon: rendering assets/icon/myomap.svg with MyoMap's SVG loader"
"$jdk/bin/java" -Djava.awt.headless=true -cp "$build/classes:$build/lib/*" \
  "$project/src/tools/java/app/myomap/tools/icon/IconRenderer.java" \
  "$project/assets/icon/myomap.svg" "$out/icons"

step "input: the jar, its libraries and SQLite's native library"
input="$out/input"
mkdir -p "$input/native"
cp "$jar" "$input/myomap.jar"
cp -r "$build/lib" "$input/lib"
case $(uname -m) in
  x86_64) sqlite_arch=x86_64 ;;
  aarch64) sqlite_arch=aarch64 ;;
  *) fail "no SQLite native library chosen for $(uname -m)" ;;
esac
(cd "$out" && "$jdk/bin/jar" xf "$input"/lib/sqlite-jdbc-*.jar \
  "org/sqlite/native/Linux/$sqlite_arch/libsqlitejdbc.so")
mv "$out/org/sqlite/native/Linux/$sqlite_arch/libsqlitejdbc.so" "$input/native/"
rm -rf "$out/org"

step "runtime: jlink from $jdk (Java $feature)"
modules=$(grep -v '^\s*#' "$here/runtime-modules.txt" | grep -v '^\s*$' | paste -sd, -)
needed=$("$jdk/bin/jdeps" --multi-release "$feature" --ignore-missing-deps --print-module-deps -q \
  "$input/myomap.jar" "$input"/lib/*.jar | tail -1)
for module in ${needed//,/ }; do
  [[ ",$modules," == *",$module,"* ]] ||
    fail "jdeps says MyoMap needs $module, which packaging/runtime-modules.txt lacks"
done
echo "modules: $modules (jdeps: $needed)"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --generate-cds-archive --output "$out/runtime"
# Used only with a heap over 32 GB (no compressed oops); MyoMap never asks for one.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

step "app image: jpackage"
java_options=(
  # SQLite's library from the image instead of a copy unpacked into the temp folder at each start
  "-Dorg.sqlite.lib.path=\$APPDIR/native"
  "-Dorg.sqlite.lib.name=libsqlitejdbc.so"
  # the windows' WM_CLASS, which the menu entry's StartupWMClass names (X11WindowClass)
  "--add-opens=java.desktop/sun.awt.X11=ALL-UNNAMED"
)
if [ "$feature" -ge 22 ]; then
  # sqlite-jdbc loads a native library: allowed without a warning on every start
  java_options+=("--enable-native-access=ALL-UNNAMED")
fi
option_args=()
for option in "${java_options[@]}"; do
  option_args+=(--java-options "$option")
done
common=(--name "$name" --app-version "$app_version" --vendor "$vendor"
  --description "$description" --copyright "$copyright")
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest "$out/image" \
  --icon "$out/icons/myomap.png" --input "$input" --main-jar myomap.jar \
  --main-class app.myomap.app.Main --runtime-image "$out/runtime" "${option_args[@]}"

step "deb: jpackage (uncompressed; it is packed again once the archive is in)"
# Built from an app image, the .deb takes its icon from the resource folder, not from --icon.
resources="$out/resources"
mkdir -p "$resources"
cp "$here/linux/copyright" "$here/linux/postinst" "$here/linux/prerm" "$resources/"
cp "$out/icons/myomap.png" "$resources/$name.png"
# jpackage's own install scripts call xdg-desktop-menu, which fails the whole installation on a
# system without a desktop menu; ours do nothing, as the menu entry and icons are package files.
# AWT finds fonts through fontconfig, which it loads at run time (no linked library shows it).
DPKG_DEB_COMPRESSOR_TYPE=none "$jdk/bin/jpackage" --type deb "${common[@]}" \
  --app-image "$out/image/$name" --dest "$out/deb-raw" --resource-dir "$resources" \
  --linux-package-name "$package" --linux-app-category misc \
  --linux-package-deps "libfontconfig1, fonts-dejavu-core" \
  --linux-deb-maintainer "packaging@myomap.invalid"

# Work on the .deb's own tree: dpkg installs these files with these modification times, and a
# class-data archive holds the times of the jars it was made from.
root="$out/deb-root"
dpkg-deb -R "$out"/deb-raw/"$package"_*.deb "$root"
app="$root/opt/$package"
cfg="$app/lib/app/$name.cfg"
[ -f "$cfg" ] || fail "jpackage wrote no $cfg"

step "launcher: packaging/linux/launcher.sh in place of jpackage's"
# jpackage's Linux launcher asks dpkg and rpm which package holds it before it starts Java (see the
# script); ours reads the same MyoMap.cfg and starts the bundled java at once.
install -m 755 "$here/linux/launcher.sh" "$app/bin/$name"
# The runtime's java under the app's name, so that the running program is listed as MyoMap (a
# process takes the name of the file it was started from).
ln -s java "$app/lib/runtime/bin/$name"

step "class-data archive: training run (a start from the kept picture of the body, then the PDF export)"
if [ "$feature" -ge 25 ]; then
  # An AOT cache checks its class path relative to the app's folder, so it can be made in place.
  archive=myomap.aot
  train_at=$app
  record_option="-XX:AOTCacheOutput=$train_at/lib/app/$archive"
  use_option="-XX:AOTCache=\$APPDIR/$archive"
  force_option="-XX:AOTMode=on"
  in_place=()
else
  # AppCDS before JDK 25 matches the class path by absolute path: train at /opt/myomap itself,
  # inside a mount namespace of this process only, so nothing is written to the real /opt.
  archive=myomap.jsa
  train_at=/opt/$package
  record_option="-XX:ArchiveClassesAtExit=$train_at/lib/app/$archive"
  use_option="-XX:SharedArchiveFile=\$APPDIR/$archive"
  force_option="-Xshare:on"
  in_place=("$here/at-install-path.sh" "$app" "$train_at")
fi
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\\\$APPDIR|$train_at/lib/app|g" |
  paste -sd: -)
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | sed "s|\\\$APPDIR|$train_at/lib/app|g")
# The JVM lists every class it leaves out of the archive (old class files, classes that failed
# verification); that list goes to the log, not the console.
# First a start as a practitioner's first one (it keeps the picture of the body), then the recorded
# run, which starts from that picture as every later start does, and exports.
training_log="$out/training.log"
training_folder=$(mktemp -d)
for phase in --first-start record; do
  if [ "$phase" = record ]; then
    run=("$record_option" -cp "$classpath" app.myomap.app.TrainingRun "$training_folder")
  else
    run=(-cp "$classpath" app.myomap.app.TrainingRun "$training_folder" "$phase")
  fi
  if ! "${in_place[@]}" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$train_at/lib/runtime/bin/java" "${options[@]}" "${run[@]}" >>"$training_log" 2>&1; then
    tail -30 "$training_log" >&2
    rm -rf "$training_folder"
    fail "the training run ($phase) failed (whole output in $training_log)"
  fi
done
rm -rf "$training_folder"
grep '^training:' "$training_log"
echo "classes left out of the archive: $(grep -c 'Skipping' "$training_log") (see $training_log)"
[ -s "$app/lib/app/$archive" ] || fail "the training run wrote no $archive"

# The launcher reads the archive from the image; a mismatch is tried loudly right below.
awk -v line="java-options=$use_option" '
  { print }
  /^\[JavaOptions\]/ { print line }' "$cfg" >"$cfg.new"
mv "$cfg.new" "$cfg"
grep -q "^java-options=$use_option" "$cfg" || fail "could not add the archive to $cfg"
step "archive check: the launcher with $force_option"
JAVA_TOOL_OPTIONS="$force_option" "${in_place[@]}" "$train_at/bin/$name" --version ||
  fail "the launcher cannot use its archive"

step "deb: the command on the PATH, the menu entry and its icons, then pack"
mkdir -p "$root/usr/bin" "$root/usr/share/applications"
ln -s "/opt/$package/bin/$name" "$root/usr/bin/$package"
install -m 644 "$here/linux/$package.desktop" "$root/usr/share/applications/$package.desktop"
# jpackage's copy of a menu entry, which only its own install script would have used
rm -f "$app/lib/$package-$name.desktop"
for png in "$out"/icons/myomap-*.png; do
  size=${png##*-}
  size=${size%.png}
  install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/$package.png"
done
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $installed_kb/" "$root/DEBIAN/control"
if [ -f "$root/DEBIAN/md5sums" ]; then
  (cd "$root" && find . -path ./DEBIAN -prune -o -type f -print | sed 's|^\./||' | sort |
    xargs -d '\n' md5sum) >"$root/DEBIAN/md5sums"
fi
deb="$out/${package}_${app_version}_${arch}.deb"
# xz at level 1: on 2 cores 30 s and 10 % larger than the default level 6, which takes 3 minutes.
dpkg-deb --root-owner-group -Zxz -z1 -b "$root" "$deb"

# The app image beside the .deb, with its archive (times kept, so a JDK 25 cache still matches).
mv "$app" "$out/$name"
rm -rf "$out/deb-raw" "$out/image" "$out/resources" "$root"

step "done"
ls -l "$deb"
echo "app image: $out/$name ($(du -sh "$out/$name" | cut -f1)); archive: $archive ($(du -h "$out/$name/lib/app/$archive" | cut -f1))"
