#!/usr/bin/env bash
# Tests the packages in dist/ (make test-package builds them first): the
# Linux tarball is installed into a temporary prefix with its Makefile,
# run (version, import, FTS5 search) and opened under Xvfb until its
# window shows, then uninstalled; the Windows marsad.exe is checked to be
# a PE32+ amd64 GUI executable with its icon, version and manifest, and
# no DLL that Windows lacks; a macOS zip, when there is one, is checked
# for its bundle. The tests are cmd/marsad/package_test.go.
#
# MARSAD_PACKAGES lists the systems whose packages must be there (default:
# what scripts/package.sh builds here). A screenshot of the Linux window
# is left in dist/test-package-linux.png.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
export MARSAD_PACKAGE_TEST=1
export MARSAD_DIST=${MARSAD_DIST:-$PWD/dist}
export MARSAD_SCREENSHOT=${MARSAD_SCREENSHOT:-$MARSAD_DIST/test-package-linux.png}
scripts/with-display.sh go test -tags sqlite_fts5 -count=1 -v -run '^TestPackage' ./cmd/marsad
echo "package tests passed in $((SECONDS - start))s"
