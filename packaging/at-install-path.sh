#!/usr/bin/env bash
# Runs a command while DIR appears at the absolute path INSTALL_PATH (e.g. /opt/myomap), in a
# mount namespace of that command only: the real INSTALL_PATH, its parent and anything installed
# there are neither read nor changed. Used to make a JDK 17 AppCDS archive, which records the
# absolute class path, for the installed layout without installing anything.
#
#   packaging/at-install-path.sh DIR INSTALL_PATH COMMAND [ARGS...]
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 DIR INSTALL_PATH COMMAND [ARGS...]" >&2; exit 2; }
dir=$(cd "$1" && pwd)
target=$2
shift 2
# A user who is not root gets root's rights inside a user namespace of their own.
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(--map-root-user)
exec unshare --mount --propagation private "${as_root[@]}" bash -euc '
  dir=$1 target=$2
  shift 2
  # DIR is first bound to a scratch mount point, in case it lives under the folder hidden next.
  stage=$(mktemp -d)
  mount --bind "$dir" "$stage"
  mount -t tmpfs -o mode=755 tmpfs "$(dirname "$target")"
  mkdir -p "$target"
  mount --move "$stage" "$target"
  rmdir "$stage"
  exec "$@"' bash "$dir" "$target" "$@"
