#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to build, run and test Marsad:
# the C toolchain and GL/X11 headers for Fyne, Xvfb and X tools for the
# end-to-end tests, Chromium for the HTML export test, mingw for the Windows
# build, and the pinned ECharts asset from the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(
  gcc pkg-config make
  libgl1-mesa-dev xorg-dev libxkbcommon-dev
  xvfb xauth x11-utils xdotool imagemagick python3 python3-xlib
  fonts-noto-core fonts-dejavu-core
  sqlite3 chromium
  xz-utils zip unzip
  gcc-mingw-w64-x86-64
)
missing=()
if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
  echo "deps: no apt-get here; install a C compiler, Node/npm and (on Linux) the GL/X11 headers yourself" >&2
  pkgs=()
fi
for p in ${pkgs[@]+"${pkgs[@]}"}; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Pinned ECharts (package-lock.json), copied into resources/ for embedding.
if [ -f package.json ]; then
  if [ ! -f node_modules/echarts/dist/echarts.min.js ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
  mkdir -p resources/js
  cp node_modules/echarts/dist/echarts.min.js resources/js/echarts.min.js
fi

go mod download
