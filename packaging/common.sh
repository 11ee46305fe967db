# Shared by the packaging scripts (sourced, not run).

fail() {
  echo "packaging: $*" >&2
  exit 1
}

# install_missing COMMAND_OR_FILE:PACKAGE...: installs with apt-get the packages whose command (or
# file, for an absolute path) is missing, as root or through sudo.
install_missing() {
  local pair what pkg need=()
  for pair in "$@"; do
    what=${pair%%:*}
    pkg=${pair#*:}
    if [[ $what == /* ]]; then
      [ -e "$what" ] || need+=("$pkg")
    else
      command -v "$what" >/dev/null 2>&1 || need+=("$pkg")
    fi
  done
  [ ${#need[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || fail "missing ${need[*]}, and there is no apt-get to install them"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "packaging: installing ${need[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
}
