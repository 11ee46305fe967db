#!/bin/bash
# MyoMap's launcher on Linux, installed as /opt/myomap/bin/MyoMap (and /usr/bin/myomap, a link to
# it) in place of jpackage's native one. It reads the same lib/app/MyoMap.cfg jpackage wrote (class
# path, main class, Java options with $APPDIR) and replaces itself with the bundled runtime's java.
#
# Why not jpackage's launcher: before it starts Java, it asks the package manager which package it
# belongs to (rpm -qf, then dpkg -S on its own path, then dpkg -L on the package, and all of it
# twice). dpkg -S reads every installed package's file list: 120-150 ms of a 500 ms start on a
# server with few packages, more on a desktop with thousands. The answer only tells it where the
# app folder is, which is known here from the launcher's own place.
#
# Only shell built-ins run between here and Java, apart from resolving the link.
set -eu

self=$(readlink -f -- "${BASH_SOURCE[0]}")
root=${self%/bin/*}
app=$root/lib/app
cfg=$app/MyoMap.cfg

classpath=
main=
options=()
while IFS= read -r line || [ -n "$line" ]; do
  case $line in
    app.classpath=*)
      entry=${line#app.classpath=}
      classpath=${classpath:+$classpath:}${entry//\$APPDIR/$app}
      ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*)
      option=${line#java-options=}
      options+=("${option//\$APPDIR/$app}")
      ;;
  esac
done <"$cfg"

if [ -z "$main" ] || [ -z "$classpath" ]; then
  echo "MyoMap: $cfg names no main class or class path; reinstall MyoMap." >&2
  exit 1
fi

# jpackage.app-path as jpackage's launcher sets it. The runtime's java is started through its link
# named MyoMap, so that task managers and pgrep list the program as MyoMap.
exec -a MyoMap "$root/lib/runtime/bin/MyoMap" "${options[@]}" "-Djpackage.app-path=$self" \
  -cp "$classpath" "$main" "$@"
