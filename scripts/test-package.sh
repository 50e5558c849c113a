#!/usr/bin/env bash
# Tests the packages in dist/ (make test-package builds them first): the
# Linux tarball is installed into a temporary prefix with its Makefile,
# run (version, import, FTS5 search) and opened under Xvfb until its
# window shows, then uninstalled; the Windows marsad.exe is checked to be
# a PE32+ amd64 GUI executable with its icon, version and manifest, and
# no DLL that Windows lacks; a macOS zip, when there is one, is checked
# for its bundle. The tests are cmd/marsad/package_test.go.
#
# They run in a copy of the source the packages were built from (SOURCE,
# as for scripts/package.sh), so that work in progress elsewhere in the
# tree does not stop them.
#
# MARSAD_PACKAGES lists the systems whose packages must be there (default:
# what scripts/package.sh builds here); MARSAD_MAX_GLIBC bounds the glibc
# the Linux binary may need. A screenshot of the Linux window is left in
# dist/test-package-linux.png.
# shellcheck source-path=SCRIPTDIR source=package-lib.sh
source "$(dirname "$0")/package-lib.sh"

start=$SECONDS
set_version
src=$DIST/build/test/src
stage "$src"
export MARSAD_PACKAGE_TEST=1
export MARSAD_DIST=$DIST
export MARSAD_SCREENSHOT=${MARSAD_SCREENSHOT:-$DIST/test-package-linux.png}
(cd "$src" && "$ROOT/scripts/with-display.sh" go test -tags "$TAGS" -count=1 -v -run '^TestPackage' ./cmd/marsad)
echo "package tests passed in $((SECONDS - start))s"
