#!/usr/bin/env bash
# Installs everything ImTokens needs, idempotently: a fast no-op when all is present.
# Runs as root without prompts. Only Debian's apt repositories and the npm registry are used;
# extra apt entries are derived from the machine's own sources file so no host name lives here.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deps="$root/.deps"
mkdir -p "$deps"
log() { printf '[setup] %s\n' "$*"; }

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

APT_PACKAGES=(
  emscripten cmake g++ make ninja-build pkg-config libglfw3-dev libgl-dev libcurl4-openssl-dev
  nlohmann-json3-dev chromium xvfb xauth fonts-inter fonts-font-awesome fonts-dejavu-core fonttools dpkg-dev terser
  python3 ca-certificates postgresql
  # every script's glyphs, for tests, screenshots and the native fallback (src/ui/embedded_fonts.hpp)
  fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji fonts-symbola
  clang-14 libclang-rt-14-dev
)
BACKPORTS_PACKAGES=(catch2)
IMGUI_VERSION=1.90.1
IMGUI_DEB_VERSION=1.90.1+ds-1

main_sources=/etc/apt/sources.list.d/debian.sources

# Emit the first stanza of the machine's sources file with its Types/Suites replaced.
derive_stanza() { # types suites
  awk 'BEGIN{RS="";ORS="\n\n"} NR==1{print}' "$main_sources" |
    sed -e "s/^Types:.*/Types: $1/" -e "s/^Suites:.*/Suites: $2/"
}

# Returns success only when the file had to be (re)written.
write_if_different() { # file content
  if [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; then return 1; fi
  printf '%s\n' "$2" | sudo_if_needed tee "$1" >/dev/null
}

ensure_apt_sources() {
  local changed=0
  local bp=/etc/apt/sources.list.d/imtokens-bookworm-backports.sources
  local src=/etc/apt/sources.list.d/imtokens-trixie-src.sources
  write_if_different "$bp" "$(derive_stanza 'deb deb-src' bookworm-backports)" && changed=1
  write_if_different "$src" "$(derive_stanza deb-src trixie)" && changed=1
  if [ "$changed" = 1 ] || [ ! -f "$deps/.apt-updated" ]; then
    log "apt-get update"
    sudo_if_needed apt-get update -qq
    touch "$deps/.apt-updated"
  fi
}

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || printf '%s\n' "$p"
  done
}

ensure_apt_packages() {
  local missing backports_missing
  missing=$(missing_packages "${APT_PACKAGES[@]}")
  backports_missing=""
  if [ ! -f /usr/include/catch2/catch_all.hpp ]; then backports_missing="${BACKPORTS_PACKAGES[*]}"; fi
  if [ -z "$missing" ] && [ -z "$backports_missing" ]; then return; fi
  ensure_apt_sources
  export DEBIAN_FRONTEND=noninteractive
  if [ -n "$missing" ]; then
    log "apt-get install $(echo $missing)"
    sudo_if_needed apt-get install -y -qq --no-install-recommends $missing
  fi
  if [ -n "$backports_missing" ]; then
    log "apt-get install -t bookworm-backports $backports_missing"
    sudo_if_needed apt-get install -y -qq --no-install-recommends -t bookworm-backports $backports_missing
  fi
}

# Unpacks the upstream tarball of a Debian source package into dir, replacing what was there.
fetch_debian_source() { # package version dir
  local package=$1 version=$2 dir=$3 tmp
  ensure_apt_sources
  log "fetching $package $version from Debian's source package"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source -qq --download-only "$package=$version" >/dev/null &&
    tar -xf "${package}"_*.orig.tar.* &&
    rm -rf "$dir" && mv "$(find . -mindepth 1 -maxdepth 1 -type d | head -1)" "$dir")
  rm -rf "$tmp"
}

ensure_imgui_source() {
  local dir="$deps/imgui"
  if [ -f "$dir/imgui.h" ] && grep -q "#define IMGUI_VERSION *\"$IMGUI_VERSION\"" "$dir/imgui.h"; then return; fi
  fetch_debian_source imgui "$IMGUI_DEB_VERSION" "$dir"
  if ! grep -q "#define IMGUI_VERSION *\"$IMGUI_VERSION\"" "$dir/imgui.h"; then
    log "error: $dir/imgui.h is not version $IMGUI_VERSION"
    exit 1
  fi
}

# The Debian package ships Catch2 prebuilt for the host only; the WebAssembly test binary compiles
# Catch2 from the matching Debian source package.
ensure_catch2_source() {
  local dir="$deps/catch2"
  local version
  version=$(dpkg-query -W -f='${Version}' libcatch2-dev 2>/dev/null || dpkg-query -W -f='${Version}' catch2)
  if [ -f "$dir/.debian-version" ] && [ "$(cat "$dir/.debian-version")" = "$version" ]; then return; fi
  fetch_debian_source catch2 "$version" "$dir"
  printf '%s\n' "$version" >"$dir/.debian-version"
}

ensure_npm_tree() { # dir
  local dir="$1"
  [ -f "$dir/package-lock.json" ] || return 0
  if [ -d "$dir/node_modules" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then return; fi
  log "npm ci in ${dir#"$root"/}"
  (cd "$dir" && npm_config_nodedir=/usr npm ci --no-audit --no-fund --loglevel=error)
}

ensure_apt_packages
ensure_imgui_source
ensure_catch2_source
ensure_npm_tree "$root/tests/e2e"
ensure_npm_tree "$root/backend"
log "ready"
