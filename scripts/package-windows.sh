#!/usr/bin/env bash
# Builds dist/marsad-<version>-windows-amd64.zip holding Marsad/marsad.exe:
# the release build (fyne package -os windows -release -tags sqlite_fts5)
# with the icon, version information and manifest compiled in.
#
# On Linux it cross-builds with mingw-w64 (Debian: gcc-mingw-w64-x86-64;
# CC defaults to x86_64-w64-mingw32-gcc). On Windows run it from an MSYS2
# MINGW64 shell, where gcc is the native compiler. The first cross build
# compiles GLFW and SQLite for Windows: about 6 minutes on 2 cores.
# shellcheck source-path=SCRIPTDIR source=package-lib.sh
source "$(dirname "$0")/package-lib.sh"

start=$SECONDS
set_version
name=marsad-$VERSION-windows-amd64
work=$DIST/build/windows
src=$work/src

case $(uname -s) in
  MINGW* | MSYS* | CYGWIN*) : "${CC:=gcc}" ;;
  *)
    : "${CC:=x86_64-w64-mingw32-gcc}"
    command -v "$CC" >/dev/null || die "$CC not found (Debian/Ubuntu: apt-get install gcc-mingw-w64-x86-64)"
    ;;
esac
export CC CGO_ENABLED=1 GOARCH=amd64
# mingw links its C runtime pieces (libgcc, libssp for the stack
# protector fyne turns on) statically, so that marsad.exe needs no DLL
# beyond those Windows ships.
export CGO_LDFLAGS="${CGO_LDFLAGS:-} -static"

log "staging $SOURCE into $src"
stage "$src"
fyne_package windows "$src"

exe=$src/cmd/marsad/Marsad.exe
[ -f "$exe" ] || exe=$src/cmd/marsad/marsad.exe
[ -f "$exe" ] || die "fyne package did not write Marsad.exe"
check_tags "$exe"

rm -rf "$work/zip"
mkdir -p "$work/zip/Marsad" "$DIST"
cp "$exe" "$work/zip/Marsad/marsad.exe"
out=$DIST/$name.zip
rm -f "$out"
if command -v zip >/dev/null; then
  (cd "$work/zip" && zip -q -9 -X -r "$out" Marsad)
elif command -v powershell >/dev/null; then
  powershell -NoProfile -Command "Compress-Archive -Path '$(cygpath -w "$work/zip/Marsad")' -DestinationPath '$(cygpath -w "$out")'"
else
  die "zip not found"
fi
log "$out ($(du -h "$out" | cut -f1), $(elapsed "$start"))"
echo "$out"
