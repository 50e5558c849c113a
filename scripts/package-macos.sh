#!/usr/bin/env bash
# Builds dist/marsad-<version>-macos-<arch>.zip holding Marsad.app, on a
# Mac (it cannot be cross-built from Linux: Fyne needs Apple's SDK for
# Cocoa and OpenGL). Needs Go and the Xcode command line tools
# (xcode-select --install). <arch> is arm64 on Apple silicon, amd64 on
# Intel; GOARCH=amd64 on Apple silicon builds for Intel Macs.
#
# The bundle is signed ad hoc, which Apple silicon requires to run it.
# With MACOS_SIGN_IDENTITY set to a "Developer ID Application: …"
# certificate in the keychain it is signed with that identity and the
# hardened runtime instead; then, with MACOS_NOTARY_PROFILE naming a
# notarytool keychain profile, it is notarised and stapled, and opens
# without Gatekeeper's warning.
# shellcheck source-path=SCRIPTDIR source=package-lib.sh
source "$(dirname "$0")/package-lib.sh"

[ "$(uname -s)" = Darwin ] || die "the macOS package is built on a Mac (see docs/INSTALL.md)"
command -v clang >/dev/null || die "no C compiler: run xcode-select --install"

start=$SECONDS
set_version
arch=${GOARCH:-$(go env GOARCH)}
export GOARCH=$arch CGO_ENABLED=1
name=marsad-$VERSION-macos-$arch
work=$DIST/build/macos-$arch
src=$work/src

log "staging $SOURCE into $src"
stage "$src"
fyne_package darwin "$src"

app=$src/Marsad.app
[ -d "$app" ] || die "fyne package did not write Marsad.app"
check_tags "$app/Contents/MacOS/marsad"
plutil -lint "$app/Contents/Info.plist" >/dev/null

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  log "signing with $MACOS_SIGN_IDENTITY"
  codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$app"
else
  codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict "$app"

mkdir -p "$DIST"
out=$DIST/$name.zip
rm -f "$out"
ditto -c -k --sequesterRsrc --keepParent "$app" "$out"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  log "notarising"
  xcrun notarytool submit "$out" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$app"
  rm -f "$out"
  ditto -c -k --sequesterRsrc --keepParent "$app" "$out"
fi
log "$out ($(du -h "$out" | cut -f1), $(elapsed "$start"))"
echo "$out"
