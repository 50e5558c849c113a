#!/usr/bin/env bash
# Builds Marsad's installable packages into dist/ — what this machine can
# build: on Linux the Linux tarball and the Windows zip (cross-built with
# mingw-w64), on a Mac the macOS app, on Windows (MSYS2) the Windows zip.
# Name the systems to build only some: scripts/package.sh linux windows.
# See scripts/package-lib.sh for SOURCE, VERSION and DIST.
set -euo pipefail
here=$(dirname "$0")

if [ $# -eq 0 ]; then
  case $(uname -s) in
    Linux) set -- linux windows ;;
    Darwin) set -- macos ;;
    MINGW* | MSYS* | CYGWIN*) set -- windows ;;
    *) echo "package: no packages for $(uname -s)" >&2; exit 1 ;;
  esac
fi
for os in "$@"; do
  case $os in
    linux | windows | macos) bash "$here/package-$os.sh" ;;
    darwin) bash "$here/package-macos.sh" ;;
    *) echo "package: unknown system $os (linux, windows, macos)" >&2; exit 2 ;;
  esac
done
